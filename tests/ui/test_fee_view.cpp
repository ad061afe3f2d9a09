#include <doctest/doctest.h>

#include "headless.hpp"

using ln::test::Headless;

namespace {
const std::string nbsp = "\u00a0";
std::string kr(const std::string& figure) { return "kr" + nbsp + figure; }
}  // namespace

TEST_CASE("the fee view opens at #/avgift with the population field focused") {
    Headless ui;
    REQUIRE_FALSE(ui.shell.routes.empty());
    CHECK(ui.shell.routes.front() == std::pair<std::string, bool>{"#/avgift", true});
    CHECK(ui.shell.focus_label == "Innbyggertall");
    CHECK(ui.shell.live() == "Skriv inn innbyggertallet for å se avgiften.");
}

TEST_CASE("typing a population announces the fee, for each side of every boundary") {
    const std::pair<const char*, std::string> cases[] = {
        {"5000", "Avgift " + kr("11" + nbsp + "625") + " for 5" + nbsp + "000 innbyggere (opp til 5" + nbsp + "000)"},
        {"5001", "Avgift " + kr("14" + nbsp + "125") + " for 5" + nbsp + "001 innbyggere (5" + nbsp + "001–7" + nbsp + "500)"},
        {"40000", "Avgift " + kr("47" + nbsp + "375") + " for 40" + nbsp + "000 innbyggere (30" + nbsp + "001–40" + nbsp + "000)"},
        {"40001", "Avgift " + kr("55" + nbsp + "000") + " for 40" + nbsp + "001 innbyggere (40" + nbsp + "001 og mer)"},
    };
    for (const auto& [typed, expected] : cases) {
        Headless ui;
        ui.type(typed);
        CHECK(ui.shell.live() == expected);
        CHECK(ui.shell.focus_value == typed);
    }
}

TEST_CASE("a wrong population is explained, and corrected by editing") {
    Headless ui;
    ui.type("12,5");
    CHECK(ui.shell.live() == "«12,5» er ikke et helt tall. Skriv hele tall, uten desimaler.");
    ui.press(ImGuiKey_Backspace);
    ui.press(ImGuiKey_Backspace);
    CHECK(ui.shell.live() == "Avgift " + kr("11" + nbsp + "625") + " for 12 innbyggere (opp til 5" + nbsp + "000)");
    ui.select_all_and_delete();
    ui.type("0");
    CHECK(ui.shell.live() == "Innbyggertallet må være minst 1.");
}

TEST_CASE("a municipality is picked by keyboard: Tab, type, Enter") {
    Headless ui;
    ui.press(ImGuiKey_Tab);
    CHECK(ui.shell.focus_label == "Kommune (valgfritt)");
    ui.type("bær");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app->fee_view().input.population == "128982");
    CHECK(ui.app->fee_view().municipality_query == "Bærum");
    CHECK(ui.shell.live() == "Avgift " + kr("55" + nbsp + "000") + " for 128" + nbsp + "982 innbyggere (40" + nbsp + "001 og mer)");
}

TEST_CASE("arrow keys move through the suggestions") {
    Headless ui;
    ui.press(ImGuiKey_Tab);
    ui.type("hol");  // Hol (4 504), Hole (6 859)
    ui.press(ImGuiKey_DownArrow);
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app->fee_view().municipality_query == "Hole");
    CHECK(ui.app->fee_view().input.population == "6859");
}

TEST_CASE("a suggestion can be clicked, and the population stays editable") {
    Headless ui;
    ui.click_field("Kommune (valgfritt)");
    ui.type("aremark");
    const auto f = ui.field("Kommune (valgfritt)");
    CHECK(f.has(ln::web::kExpanded));
    // The first suggestion sits just under the field, and is a listed option of it.
    const auto option = ui.field("Aremark (3012)");
    CHECK(option.role == ln::web::Role::Option);
    CHECK(option.rect.y >= f.rect.y + f.rect.h);
    CHECK(option.rect.y < f.rect.y + f.rect.h + 2 * ImGui::GetTextLineHeight());
    ui.click_field("Aremark (3012)");
    CHECK(ui.app->fee_view().input.population == "1315");
    CHECK(ui.shell.live() == "Avgift " + kr("11" + nbsp + "625") + " for 1" + nbsp + "315 innbyggere (opp til 5" + nbsp + "000)");
    ui.click_field("Innbyggertall");
    ui.select_all_and_delete();
    ui.type("6000");
    CHECK(ui.shell.live() == "Avgift " + kr("14" + nbsp + "125") + " for 6" + nbsp + "000 innbyggere (5" + nbsp + "001–7" + nbsp + "500)");
}

TEST_CASE("the travel estimate adds to a total") {
    Headless ui("nb", ImVec2(1000, 1600));  // tall enough that every field is on screen
    ui.type("12000");
    ui.click_field("Deltakere fra kommunen");
    ui.type("3");
    ui.click_field("Reise per person og samling (kr)");
    ui.type("1000");
    ui.click_field("Opphold per person og samling (kr)");
    ui.type("1500");
    // 3 participants × 4 gatherings × (1 000 + 1 500) = 30 000, plus the fee 28 250.
    CHECK(ui.shell.live() == "Avgift " + kr("28" + nbsp + "250") + " for 12" + nbsp + "000 innbyggere (10" + nbsp +
                                 "001–15" + nbsp + "000). Totalt med reise og opphold " + kr("58" + nbsp + "250"));
}

TEST_CASE("English at ?lang=en, and the language switch") {
    Headless ui("en");
    CHECK(ui.shell.focus_label == "Population");
    ui.type("12000");
    CHECK(ui.shell.live() == "Fee " + kr("28" + nbsp + "250") + " for 12" + nbsp + "000 inhabitants (10" + nbsp + "001–15" +
                                 nbsp + "000)");
}

TEST_CASE("on a phone-sized screen the fields stack") {
    Headless ui("nb", ImVec2(390, 800));
    const auto pop = ui.field("Innbyggertall");
    const auto muni = ui.field("Kommune (valgfritt)");
    CHECK(muni.rect.y > pop.rect.y + pop.rect.h);
    CHECK(pop.rect.x + pop.rect.w <= 390);
    ui.type("7500");
    CHECK(ui.shell.live() == "Avgift " + kr("14" + nbsp + "125") + " for 7" + nbsp + "500 innbyggere (5" + nbsp + "001–7" + nbsp + "500)");
}

TEST_CASE("garbage typed into every field never breaks the view") {
    Headless ui;
    const char* junk[] = {"\xff\xfe", "-99999999999999999999", "1e9", "   ", "12 000 000", "\t"};
    for (const char* label : {"Innbyggertall", "Deltakere fra kommunen", "Samlinger med oppmøte (av 4)",
                              "Reise per person og samling (kr)"}) {
        ui.click_field(label);
        for (const char* j : junk) {
            ui.type(j);
            ui.frames(2);
        }
        ui.select_all_and_delete();
    }
    CHECK_FALSE(ui.shell.live().empty());
}

TEST_CASE("the suggestions lie over the page: nothing below moves when they open, and each is a 44 px target") {
    Headless ui;
    auto heading_y = [](const std::string& name) {
        for (const auto& n : ln::web::ui::nodes())
            if (n.role == ln::web::Role::Heading && n.name == name) return n.rect.y;
        return -1.0f;
    };
    const float before = heading_y("Deltakeravgift");
    REQUIRE(before > 0);
    ui.click_field("Kommune (valgfritt)");
    ui.type("h");
    REQUIRE(ui.field("Kommune (valgfritt)").has(ln::web::kExpanded));
    CHECK(heading_y("Deltakeravgift") == before);
    int options = 0;
    for (const auto& n : ln::web::ui::nodes())
        if (n.role == ln::web::Role::Option) {
            ++options;
            CHECK(n.rect.h >= 44);
        }
    CHECK(options >= 2);
}

// Seen in the browser: a name typed and Enter pressed before the next frame (keys wait a frame behind the
// text); the frame that took Enter added the municipality, and the page was never told the emptied field,
// so the next name typed was appended to «gol».
TEST_CASE("a municipality picked by Enter right after its name: the page is told the field is empty again") {
    using K = ln::web::ui::PageEvent::Kind;
    Headless ui("nb", {1000, 3000});
    ui.click_field("Legg til kommune");
    const auto id = ui.field("Legg til kommune").id;
    ui.app->page_event({K::Input, id, "gol"});
    ui.app->page_event({K::Key, id, "Enter"});
    ui.frame();  // as the browser draws: a frame, then as many as the app asks for
    REQUIRE(ui.app->fee_view().region.size() == 1);
    CHECK(ui.field("Legg til kommune").value.empty());
}

TEST_CASE("several municipalities together: add, see each fee and the sum, remove, copy and download") {
    Headless ui("nb", {1000, 3000});
    // Travel estimated once, above: 2 people, all 4 gatherings, 1 000 + 500 kr each.
    ui.click_field("Deltakere fra kommunen");
    ui.type("2");
    ui.click_field("Reise per person og samling (kr)");
    ui.type("1000");
    ui.click_field("Opphold per person og samling (kr)");
    ui.type("500");
    for (const char* name : {"gol", "hemsedal", "ål"}) {
        ui.click_field("Legg til kommune");
        ui.type(name);
        ui.press(ImGuiKey_Enter);
    }
    auto& region = ui.app->fee_view().region;
    REQUIRE(region.size() == 3);
    CHECK(ui.shell.live() == "Ål er lagt til: 3 kommuner, avgift til sammen " + kr("34" + nbsp + "875") + ".");
    CHECK(ui.app->fee_view().region_query.empty());  // ready for the next one
    ui.field("Gol (3041)");                           // a row of the table
    ui.field("Sum (3 kommuner)");
    // Travel for all: 3 × 2 × 4 × 1 500 = 36 000; total 34 875 + 36 000.
    CHECK(ln::web::ui::find("Reise og opphold for alle (anslått): " + kr("36" + nbsp + "000")) != nullptr);
    CHECK(ln::web::ui::find(kr("70" + nbsp + "875")) != nullptr);
    // The same one again is said, not added.
    ui.click_field("Legg til kommune");
    ui.type("gol");
    ui.press(ImGuiKey_Enter);
    CHECK(region.size() == 3);
    CHECK(ui.shell.live() == "Gol er allerede med.");
    ui.click_field("Kopier tabellen");
    CHECK(ui.shell.clipboard.rfind("Kommune\tInnbyggere\tAvgift\nGol (3041)\t4" + nbsp + "667\t", 0) == 0);
    CHECK(ui.shell.live() == "Tabellen er kopiert. Lim den inn i et regneark eller en e-post.");
    ui.click_field("Last ned som CSV");
    REQUIRE(ui.shell.downloads.size() == 1);
    CHECK(ui.shell.downloads[0].name == "avgift-gol-hemsedal-al.csv");
    CHECK(ui.shell.downloads[0].bytes.find("3041;Gol;4667;11625\r\n") != std::string::npos);
    ui.click_field("Fjern Hemsedal");
    CHECK(region.size() == 2);
    CHECK(ui.shell.live() == "Hemsedal er fjernet.");
    CHECK(ui.shell.focus_label == "Legg til kommune");  // ready to add another
    ui.click_field("Fjern alle");
    CHECK(region.empty());
    CHECK(ln::web::ui::find("Kopier tabellen") == nullptr);
}

TEST_CASE("the calculator's figures go along when the page changes module, and hostile state is ignored") {
    std::string state;
    {
        Headless ui("nb", {1000, 3000});
        ui.click_field("Innbyggertall");
        ui.type("12345");
        ui.click_field("Deltakere fra kommunen");
        ui.type("3");
        for (const char* name : {"gol", "hemsedal"}) {
            ui.click_field("Legg til kommune");
            ui.type(name);
            ui.press(ImGuiKey_Enter);
        }
        state = ui.app->view_state();
    }
    Headless next("nb", {1000, 3000});
    next.app->restore_view_state(state);
    next.frames(2);
    CHECK(next.app->fee_view().input.population == "12345");
    CHECK(next.app->fee_view().input.participants == "3");
    CHECK(next.app->fee_view().region.size() == 2);
    CHECK(ln::web::ui::find("Sum (2 kommuner)") != nullptr);
    // Whatever the page hands over, nothing breaks and nothing out of place is taken.
    auto& fee = next.app->fee_view();
    for (const char* bad : {"", "{", "[1,2]", "null", "{\"population\": 5}", "{\"municipality\": 99999}",
                            "{\"region\": [0, 0, -1, 1e9, \"x\", 3]}", "{\"population\": \"\xff\xfe\"}"}) {
        next.app->restore_view_state(bad);
        next.frames(1);
    }
    CHECK(fee.input.population == "12345");
    CHECK_FALSE(fee.input.municipality.has_value());
    CHECK(fee.region.size() == 2);  // 0 and 3: the duplicate, the negative, the huge and the text are left out
    next.app->restore_view_state("{\"population\": \"" + std::string(1001, '9') + "\"}");
    CHECK(fee.input.population == "12345");  // longer than the field takes
}
