// A network other than the app's own, from KS's program file opened in «Om nettverket»: every view takes its
// facts from it, it is kept with the stored work, and going back to the app's own network is one press.
#include <doctest/doctest.h>

#include <fstream>

#include "enrollment_format.hpp"
#include "file_text.hpp"
#include "headless.hpp"
#include "temp_dir.hpp"

using ln::test::Headless;
using namespace ln;

namespace {

const std::string kSixBrackets = file_text(LN_TEST_DATA "/programs/test-seks-trinn-tre-samlinger.json");
const std::string nbsp = "\u00a0";
std::string kr(const std::string& n) { return "kr" + nbsp + n; }

bool shows(std::string_view text) { return web::ui::find(text) != nullptr; }

// The fee the fee view says for a population.
std::string fee_for(Headless& ui, const char* population) {
    ui.app->open_route("#/avgift");
    ui.frames(3);
    ui.click_field("Innbyggertall");
    ui.app->page_event({web::ui::PageEvent::Kind::Input, ui.field("Innbyggertall").id, population});
    ui.frames(2);
    return ui.shell.live();
}

void open_about(Headless& ui) {
    ui.app->open_route("#/program");
    ui.frames(3);
}

}  // namespace

TEST_CASE("a program file opened in «Om nettverket» is what every view uses, kept with the work") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        Headless ui("nb", {1000, 4000});
        ui.open_stored(files, "#/program");
        CHECK(shows("Appen viser nettverket som er bygd inn i den (programmet «ks-viken-naeringsutvikling-2022»)."));
        CHECK(fee_for(ui, "12000").find(kr("28" + nbsp + "250")) != std::string::npos);
        open_about(ui);
        ui.click_field("Åpne programfil …");
        CHECK(ui.shell.file_pickers_opened == 1);
        ui.app->file_picked("nytt-nettverk.json", kSixBrackets);
        ui.frames(2);
        CHECK(ui.shell.live() == "Programfilen «nytt-nettverk.json» er åpnet: appen viser nå «Testnettverk med seks trinn og tre samlinger».");
        CHECK(shows("Testnettverk med seks trinn og tre samlinger"));  // the heading
        CHECK(shows("Appen viser nettverket i programfilen «nytt-nettverk.json», åpnet 28.11.2026 (programmet "
                    "«test-seks-trinn-tre-samlinger»). Filen er lagret sammen med arbeidet ditt i denne nettleseren."));
        // The fee from its six brackets: 8 001–15 000 is kr 22 000.
        CHECK(fee_for(ui, "12000").find(kr("22" + nbsp + "000")) != std::string::npos);
        // The sign-up is exported for it.
        ui.app->open_route("#/pamelding");
        ui.frames(3);
        ui.app->session().export_now();
        REQUIRE_FALSE(ui.shell.downloads.empty());
        const auto exported = import_enrollment(ui.shell.downloads.back().bytes);
        REQUIRE(exported.ok());
        CHECK(exported.document->program == "test-seks-trinn-tre-samlinger");
        ui.settle();
    }
    {
        // Another visit: the kept file is used from the start, and one press goes back to the app's own.
        Headless ui("nb", {1000, 4000});
        ui.open_stored(files, "#/program");
        CHECK(shows("Testnettverk med seks trinn og tre samlinger"));
        CHECK(fee_for(ui, "12000").find(kr("22" + nbsp + "000")) != std::string::npos);
        open_about(ui);
        ui.click_field("Bruk nettverket som er bygd inn");
        CHECK(ui.shell.live() == "Appen viser igjen nettverket som er bygd inn: «Læringsnettverk næringsutvikling».");
        CHECK(fee_for(ui, "12000").find(kr("28" + nbsp + "250")) != std::string::npos);
        CHECK_FALSE(ui.app->session().workspace().program_file.has_value());
        ui.settle();
    }
    {
        Headless ui("nb", {1000, 4000});
        ui.open_stored(files, "#/program");
        CHECK(shows("Appen viser nettverket som er bygd inn i den (programmet «ks-viken-naeringsutvikling-2022»)."));
    }
}

TEST_CASE("a program file that is not one is refused with where and why, and nothing changes") {
    Headless ui("nb", {1000, 4000});
    open_about(ui);
    std::string wrong = kSixBrackets;
    wrong.replace(wrong.find("\"NOK\""), 5, "\"SEK\"");
    ui.app->file_picked("feil.json", wrong);
    ui.frames(2);
    const std::string said = ui.shell.live();
    CHECK(said.rfind("Programfilen «feil.json» kan ikke brukes. fees.currency: ", 0) == 0);
    CHECK(said.find("Appen viser fortsatt det samme nettverket.") != std::string::npos);
    CHECK(shows(said));  // shown as well as said
    CHECK_FALSE(ui.app->session().workspace().program_file.has_value());
    CHECK(fee_for(ui, "12000").find(kr("28" + nbsp + "250")) != std::string::npos);

    open_about(ui);
    ui.app->file_picked("pamelding.json", "{\"format\": \"ks.laeringsnettverk.enrollment\"}");
    ui.frames(2);
    CHECK(ui.shell.live().rfind("Programfilen «pamelding.json» kan ikke brukes.", 0) == 0);
    ui.app->file_picked("stor.json", std::string(1000, ' '), false, false, 5 * 1024 * 1024);
    ui.frames(2);
    CHECK(ui.shell.live() == "«stor.json» er ikke en programfil: den er større enn 1" + nbsp + "024 kB. Appen viser fortsatt det samme nettverket.");
    // The built-in network's own file, or one that claims its id.
    std::string same = file_text(LN_TEST_DATA "/../../assets/program/ks-viken-naeringsutvikling-2022.json");
    REQUIRE_FALSE(same.empty());
    ui.app->file_picked("kopi.json", same);
    ui.frames(2);
    CHECK(ui.shell.live() == "«kopi.json» har samme id som nettverket som er bygd inn («ks-viken-naeringsutvikling-2022»). En "
                             "programfil for et annet nettverk har sin egen id. Appen viser fortsatt det samme nettverket.");
    ui.app->file_picked("borte.json", "", /*read_failed=*/true);
    ui.frames(2);
    CHECK(ui.shell.live() == "Nettleseren kunne ikke lese «borte.json». Appen viser fortsatt det samme nettverket.");
    CHECK_FALSE(ui.app->session().workspace().program_file.has_value());
}

TEST_CASE("?program=<id>: the network the app has is shown; another is said on every view") {
    {
        Headless ui;
        ui.app->ask_program("ks-viken-naeringsutvikling-2022");
        ui.app->open_route("#/program");
        ui.frames(3);
        CHECK_FALSE(shows("Adressen ber om nettverket «ks-viken-naeringsutvikling-2022», som appen ikke har. "
                          "Appen viser «Læringsnettverk næringsutvikling»."));
    }
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        Headless ui("nb", {1000, 4000});
        ui.app->ask_program("ks-annet-nettverk-2027");
        ui.open_stored(files, "#/avgift");
        const std::string unknown = "Adressen ber om nettverket «ks-annet-nettverk-2027», som appen ikke har. "
                                    "Appen viser «Læringsnettverk næringsutvikling».";
        CHECK(shows(unknown));
        open_about(ui);
        CHECK(shows(unknown));
        ui.app->file_picked("nytt-nettverk.json", kSixBrackets);
        ui.frames(2);
        CHECK(shows("Adressen ber om nettverket «ks-annet-nettverk-2027», men arbeidet i denne nettleseren hører til "
                    "«Testnettverk med seks trinn og tre samlinger» fra en programfil. Bytt nettverk under «Om nettverket»."));
        ui.settle();
    }
    {
        // The address names the kept file's network: nothing to say.
        Headless ui("nb", {1000, 4000});
        ui.app->ask_program("test-seks-trinn-tre-samlinger");
        ui.open_stored(files, "#/avgift");
        CHECK_FALSE(shows("Bytt nettverk under «Om nettverket»."));
        const auto& nodes = web::ui::nodes();
        CHECK(std::none_of(nodes.begin(), nodes.end(), [](const web::SemanticsNode& n) { return n.name.rfind("Adressen ber om", 0) == 0; }));
    }
}

TEST_CASE("a program file in nynorsk and English: its texts stay KS's, the app's own are translated") {
    Headless ui("en", {1000, 4000});
    open_about(ui);
    ui.app->file_picked("new-network.json", kSixBrackets);
    ui.frames(2);
    CHECK(ui.shell.live() == "The program file «new-network.json» is open: the app now shows «Testnettverk med seks trinn og tre samlinger».");
    CHECK(shows("Use the built-in network"));
}

TEST_CASE("a case book follows the network: a page for each gathering, and nothing written is lost") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    Headless ui("nb", {1000, 4000});
    ui.open_stored(files, "#/program");
    ui.app->file_picked("nytt-nettverk.json", kSixBrackets);  // three gatherings
    ui.frames(2);
    ui.app->open_route("#/case");
    ui.frames(3);
    REQUIRE(ui.app->session().workspace().case_book.has_value());
    CHECK(ui.app->session().workspace().case_book->gatherings.size() == 3);
    CHECK(web::ui::find("Samling 4") == nullptr);
    ui.click_field("Samling 3");
    ui.app->session().workspace().case_book->gatherings[2].topics[0].after = "Skrevet under tredje samling";
    // Back to the app's own network (four gatherings): the fourth has its page, the third keeps its notes.
    open_about(ui);
    ui.click_field("Bruk nettverket som er bygd inn");
    ui.app->open_route("#/case");
    ui.frames(3);
    const auto& book = *ui.app->session().workspace().case_book;
    CHECK(book.gatherings.size() == 4);
    CHECK(book.gatherings[2].topics[0].after == "Skrevet under tredje samling");
    ui.click_field("Samling 4");
    ui.frames(2);
    CHECK(shows("Samling 4"));
}

TEST_CASE("the regions a program names: added whole in the fee view, listed in «Om nettverket»") {
    Headless ui("nb", {1000, 4000});
    open_about(ui);
    ui.app->file_picked("nytt-nettverk.json", kSixBrackets);
    ui.frames(2);
    CHECK(shows("Regioner: Testregion Hallingdal (Flå, Nesbyen, Gol, Hemsedal, Ål, Hol); Testregion Ringerike (Ringerike, Hole)."));
    ui.app->open_route("#/avgift");
    ui.frames(3);
    ui.click_field("Legg til Testregion Hallingdal");
    auto& region = ui.app->fee_view().region;
    CHECK(region.size() == 6);
    // Six municipalities of 1 057–4 667 inhabitants: two in the first bracket (kr 9 000), four in the second.
    CHECK(ui.shell.live() == "Testregion Hallingdal er lagt til (6 kommuner): 6 kommuner i alt, avgift til sammen " +
                                 kr("78" + nbsp + "000") + ".");
    ui.field("Sum (6 kommuner)");
    ui.click_field("Legg til Testregion Hallingdal");
    CHECK(region.size() == 6);
    CHECK(ui.shell.live() == "Alle kommunene i Testregion Hallingdal er allerede med.");
    ui.click_field("Legg til Testregion Ringerike");
    CHECK(region.size() == 8);
    CHECK(ui.shell.live().rfind("Testregion Ringerike er lagt til (2 kommuner): 8 kommuner i alt", 0) == 0);
}

TEST_CASE("a program file whose region names a municipality the app does not know is refused with where") {
    Headless ui("nb", {1000, 4000});
    open_about(ui);
    std::string wrong = kSixBrackets;
    wrong.replace(wrong.find("\"3038\""), 6, "\"5001\"");
    ui.app->file_picked("feil-region.json", wrong);
    ui.frames(2);
    CHECK(ui.shell.live() == "Programfilen «feil-region.json» kan ikke brukes. regions[1].municipalities[1]: Kommunenummeret 5001 "
                             "finnes ikke blant kommunene i Viken (2020–2023). Appen viser fortsatt det samme nettverket.");
    CHECK_FALSE(ui.app->session().workspace().program_file.has_value());
}

TEST_CASE("the app's own network names no regions: no region buttons") {
    Headless ui("nb", {1000, 4000});
    CHECK_FALSE(shows("Regioner KS har satt opp for dette nettverket:"));
}

TEST_CASE("region names are shown whole and press their own button, «##» and «###» included") {
    std::string text = kSixBrackets;
    text.replace(text.find("Testregion Hallingdal"), 21, "Øst###r");
    text.replace(text.find("Testregion Ringerike"), 20, "Vest###r");
    Headless ui("nb", {1000, 4000});
    open_about(ui);
    ui.app->file_picked("nytt-nettverk.json", text);
    ui.frames(2);
    ui.app->open_route("#/avgift");
    ui.frames(3);
    ui.click_field("Legg til Vest###r");
    CHECK(ui.app->fee_view().region.size() == 2);  // Ringerike and Hole, not Øst's six
    CHECK(ui.shell.live().rfind("Vest###r er lagt til (2 kommuner)", 0) == 0);
    ui.click_field("Legg til Øst###r");
    CHECK(ui.app->fee_view().region.size() == 8);
}

TEST_CASE("a kept program file this version cannot use: the rest of the work is there, and the app says why") {
    test::TempDir dir;
    {
        web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
        Headless ui("nb", {1000, 4000});
        ui.open_stored(files, "#/program");
        ui.app->file_picked("nytt-nettverk.json", kSixBrackets);
        ui.frames(2);
        ui.settle();
    }
    // As if a later version checked more strictly: the stored file no longer passes.
    const std::string stored = file_text((dir.path / "workspace.json").string());
    std::string changed = stored;
    const std::string nok = R"(\"currency\": \"NOK\")";
    REQUIRE(changed.find(nok) != std::string::npos);
    changed.replace(changed.find(nok), nok.size(), R"(\"currency\": \"SEK\")");
    std::ofstream(dir.path / "workspace.json", std::ios::binary) << changed;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    Headless ui("nb", {1000, 4000});
    ui.open_stored(files, "#/program");
    const auto& nodes = web::ui::nodes();
    const auto notice = std::find_if(nodes.begin(), nodes.end(), [](const web::SemanticsNode& n) {
        return n.name.rfind("Programfilen «nytt-nettverk.json» som er lagret her, kan ikke brukes av denne versjonen av appen.", 0) == 0;
    });
    REQUIRE(notice != nodes.end());
    CHECK(notice->name.find("fees.currency") != std::string::npos);
    CHECK(shows("Læringsnettverk næringsutvikling"));  // the app's own network meanwhile
    ui.click_field("Bruk nettverket som er bygd inn");  // and the file can be let go
    CHECK_FALSE(ui.app->session().workspace().program_file.has_value());
}
