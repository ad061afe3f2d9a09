// The case book view, drawn for real under headless ImGui and used by keyboard and clicks.
#include <doctest/doctest.h>

#include "case_book_format.hpp"
#include "headless.hpp"

using namespace ln;

namespace {
void open_case(test::Headless& h) {
    h.app->session().open(nullptr, web::StorageAccess::Writer);  // no storage: the view works all the same
    h.app->session().workspace().enrollment.municipality_number = "3024";
    h.app->session().workspace().enrollment.municipality_name = "Bærum";
    h.app->session().workspace().enrollment.case_sketch.title = "Arealer fra påmeldingen";
    h.frames(1);
    h.app->open_route("#/case");
    h.frames(4);
}
}  // namespace

TEST_CASE("case view: starts from the sign-up's sketch, with focus in the title") {
    test::Headless h("nb", {1000, 6000});  // tall: every control of the long page is on screen
    open_case(h);
    CHECK(h.shell.focus_label == "Tittel på casen");
    CHECK(h.shell.focus_value == "Arealer fra påmeldingen");
    CHECK(h.shell.live() == "Arbeidsbok: 0 av 42 notater, 0 åpne tiltak.");
}

TEST_CASE("case view: a gathering's topics are the prompts, with notes before, at and after") {
    test::Headless h("nb", {1000, 6000});  // tall: every control of the long page is on screen
    open_case(h);
    h.click_field("Samling 2");
    const auto& topic = h.app->session().workspace().case_book->gatherings.at(1);
    REQUIRE_FALSE(topic.topics.empty());
    const std::string first_topic = test::Headless::data().program.gatherings[1].topics[0];
    h.click_field("På samlingen – " + first_topic);
    h.type("Vi lærte mye.\n");
    CHECK(h.app->session().workspace().case_book->gatherings[1].topics[0].at == "Vi lærte mye.\n");
    CHECK(h.shell.live() == "Arbeidsbok: 1 av 42 notater, 0 åpne tiltak.");
}

TEST_CASE("case view: actions are added, reordered, marked done and filtered") {
    test::Headless h("nb", {1000, 6000});  // tall: every control of the long page is on screen
    open_case(h);
    h.click_field("Tiltak (0 åpne)");
    h.click_field("Legg til tiltak");
    CHECK(h.shell.focus_label == "Hva (tiltak 1)");
    h.type("Kartlegge arealer");
    h.click_field("Legg til tiltak");
    h.type("Møte med næringsrådet");
    h.click_field("Flytt tiltak 2 opp");
    auto& actions = h.app->session().workspace().case_book->actions;
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].what == "Møte med næringsrådet");
    // Focus follows the moved action, and the move is said: a second Enter cannot undo it unseen.
    CHECK(h.shell.focus_label == "Hva (tiltak 1)");
    CHECK(h.shell.focus_value == "Møte med næringsrådet");
    CHECK(h.shell.live() == "Tiltak 2 er flyttet til plass 1.");
    h.click_field("Merk tiltak 1 som ferdig");
    CHECK(actions[0].status == ActionStatus::Done);
    CHECK(h.shell.focus_label == "Hva (tiltak 1)");  // not lost with the button that went away
    CHECK(h.shell.live() == "Tiltak 1 er merket som ferdig.");
    h.click_field("Vis bare tiltak som ikke er ferdige");
    CHECK(web::ui::find("Hva (tiltak 1)") == nullptr);
    CHECK(h.field("Hva (tiltak 2)").value == "Kartlegge arealer");
    h.click_field("Frist (tiltak 2)");
    h.type("31.02.2023");
    h.frames(2);
    CHECK(h.app->session().workspace().case_book->actions[1].due == "31.02.2023");
    // Removing asks nothing: the action goes, and «Angre» stands in its place with focus on it (never on
    // the next action's «Fjern»). Undo puts it back where it was, with all it held.
    h.click_field("Vis bare tiltak som ikke er ferdige");
    const ln::Action first = actions[0];
    const std::string undo_first = "Angre: sett inn «" + first.what + "» igjen";
    h.click_field("Fjern tiltak 1");
    REQUIRE(actions.size() == 1);
    CHECK(h.shell.focus_label == undo_first);  // named by what it held: «tiltak 1» is now another action
    CHECK(h.shell.live() == "Tiltak 1, «" + first.what + "», er fjernet.");
    h.click_field(undo_first);
    REQUIRE(actions.size() == 2);
    CHECK(actions[0] == first);
    CHECK(h.shell.focus_label == "Hva (tiltak 1)");
    CHECK(h.shell.live() == "Tiltak 1 er satt inn igjen.");
    CHECK(web::ui::find(undo_first) == nullptr);
    // A second removal replaces the first one's «Angre», and is said again even in the same words;
    // adding an action ends it.
    const std::string second = actions[1].what;
    h.click_field("Fjern tiltak 2");
    h.click_field("Fjern tiltak 1");
    REQUIRE(actions.empty());
    CHECK(web::ui::find("Angre: sett inn «" + second + "» igjen") == nullptr);
    CHECK(h.shell.focus_label == undo_first);
    h.click_field("Legg til tiltak");
    CHECK(web::ui::find(undo_first) == nullptr);
}

TEST_CASE("case view: SDGs are ticked, outcomes rated, and the files exported with the municipality's name") {
    test::Headless h("nb", {1000, 6000});  // tall: every control of the long page is on screen
    open_case(h);
    h.click_field("8 Anstendig arbeid og økonomisk vekst");
    CHECK(h.app->session().workspace().case_book->sdgs == std::vector<int>{8});
    h.click_field("Eksporter arbeidsbok (JSON)");
    h.click_field("Rapport (HTML)");
    h.click_field("Rapport (Markdown)");
    REQUIRE(h.shell.downloads.size() == 3);
    CHECK(h.shell.downloads[0].name == "arbeidsbok-3024-baerum.json");
    CHECK(h.shell.downloads[1].name == "arbeidsbok-3024-baerum.html");
    CHECK(h.shell.downloads[2].name == "arbeidsbok-3024-baerum.md");
    auto back = import_case_book(h.shell.downloads[0].bytes, test::Headless::data().program);
    REQUIRE(back.ok());
    CHECK(*back.book == *h.app->session().workspace().case_book);
    CHECK(h.app->session().workspace().settings.last_export_at == "2026-11-28T12:00:00Z");
}

TEST_CASE("case view: an import shows what it replaces and changes nothing until confirmed") {
    test::Headless h("nb", {1000, 6000});  // tall: every control of the long page is on screen
    open_case(h);
    CaseBook other = new_case_book(test::Headless::data().program);
    other.title = "Fra fila";
    const std::string file = export_case_book(other, test::Headless::data().program, "2026-11-28T12:00:00Z");
    h.app->file_picked("arbeidsbok.json", file);
    h.frames(2);
    CHECK(h.app->session().workspace().case_book->title == "Arealer fra påmeldingen");
    h.click_field("Erstatt arbeidsboka");
    CHECK(h.app->session().workspace().case_book->title == "Fra fila");
    h.frames(3);
    CHECK(h.shell.focus_label == "Importer arbeidsbok");  // not lost with the button that went away
    h.app->file_picked("tull.json", "{\"format\":\"ks.laeringsnettverk.casebook\",\"version\":7}");
    h.frames(2);
    CHECK(h.shell.live().rfind("tull.json kunne ikke brukes: ", 0) == 0);
    CHECK(h.app->session().workspace().case_book->title == "Fra fila");
}

TEST_CASE("case view: a removed actor comes back with «Angre», in its place") {
    test::Headless h("nb", {1000, 6000});
    open_case(h);
    auto& actors = h.app->session().workspace().case_book->actors;
    for (const char* name : {"Næringsforeningen", "Banken", "Skolen"}) {
        h.click_field("Legg til aktør");
        h.type(name);
    }
    h.frames(2);
    REQUIRE(actors.size() == 3);
    h.click_field("Fjern aktør 2");
    CHECK(actors == std::vector<std::string>{"Næringsforeningen", "Skolen"});
    CHECK(h.shell.focus_label == "Angre: sett inn «Banken» igjen");
    CHECK(h.shell.live() == "Aktør 2, «Banken», er fjernet.");
    h.click_field("Angre: sett inn «Banken» igjen");
    CHECK(actors == std::vector<std::string>{"Næringsforeningen", "Banken", "Skolen"});
    CHECK(h.shell.live() == "Aktør 2 er satt inn igjen.");
    CHECK(h.shell.focus_label == "Aktør 2");
    CHECK(h.shell.focus_value == "Banken");
}

TEST_CASE("case view: a due date typed short is read back in full; a done action says so") {
    test::Headless h("nb", {1000, 6000});
    open_case(h);
    h.app->case_view().tab = 5;  // Tiltak
    h.frames(2);
    h.click_field("Legg til tiltak");
    h.type("Kartlegge arealer");
    h.click_field("Frist (tiltak 1)");
    h.type("15.3.22");
    h.frames(2);
    CHECK(web::ui::find("Forstått som tirsdag 15.03.2022.") != nullptr);
    h.select_all_and_delete();
    h.type("15.03.2022");
    h.frames(2);
    CHECK(web::ui::find("Forstått som tirsdag 15.03.2022.") == nullptr);  // already written that way
    CHECK(web::ui::find("Tiltak 1 – ferdig") == nullptr);
    h.click_field("Merk tiltak 1 som ferdig");
    CHECK(web::ui::find("Tiltak 1 – ferdig") != nullptr);
}

TEST_CASE("case view: the same words said twice are announced twice («Tiltak 1 er fjernet.» after another)") {
    test::Headless h("nb", {1000, 6000});
    open_case(h);
    h.app->case_view().tab = 5;  // Tiltak
    h.frames(2);
    for (int i = 0; i < 3; ++i) h.click_field("Legg til tiltak");  // three empty actions: the message has no name
    h.frames(2);
    const std::size_t before = h.shell.announced.size();
    h.click_field("Fjern tiltak 1");
    h.click_field("Fjern tiltak 1");
    std::size_t said = 0;
    for (std::size_t i = before; i < h.shell.announced.size(); ++i) said += h.shell.announced[i] == "Tiltak 1 er fjernet.";
    CHECK(said == 2);
    CHECK(h.shell.live() == "Tiltak 1 er fjernet.");
}
