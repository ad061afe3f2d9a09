#include <doctest/doctest.h>
#include <algorithm>

#include "enrollment_format.hpp"
#include "headless.hpp"

using ln::test::Headless;

namespace {
Headless& open_enrollment(Headless& ui) {
    ui.app->open_route("#/pamelding");
    ui.frames(3);
    return ui;
}
void fill(Headless& ui, const char* label, const char* text) {
    ui.click_field(label);
    ui.select_all_and_delete();
    ui.type(text);
}
}  // namespace

TEST_CASE("the enrollment view opens with the municipality search focused and says what is missing") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    CHECK(ui.shell.focus_label == "Finn kommunen");
    CHECK(ui.shell.live() == "0 av 10 obligatoriske felt. Ikke klar: 10 feil, 3 advarsler.");
}

TEST_CASE("filling the enrollment by keyboard, exporting it, and importing it back") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    ui.type("bær");
    ui.press(ImGuiKey_Enter);
    auto& d = ui.app->session().workspace().enrollment;
    CHECK(d.municipality_number == "3024");
    CHECK(d.orgnr == "935478715");
    CHECK(d.population == "128982");
    CHECK(ui.shell.live() == "4 av 10 obligatoriske felt. Ikke klar: 6 feil, 3 advarsler.");

    fill(ui, "Fakturaadresse", "Postboks 700, 1304 Sandvika");
    ui.press(ImGuiKey_Tab);  // → Fakturareferanse
    ui.type("EHF-4711");
    ui.press(ImGuiKey_Tab);  // → Navn (contact)
    ui.type("Kari Nordmann");
    ui.press(ImGuiKey_Tab);
    ui.type("Næringssjef");
    ui.press(ImGuiKey_Tab);
    ui.type("kari@baerum.kommune.no");
    ui.press(ImGuiKey_Tab);
    ui.type("934 57 137");
    CHECK(d.contact.phone == "934 57 137");
    CHECK(d.invoice_reference == "EHF-4711");

    // The acknowledgement checkbox: reached by Tab (which does not toggle it), toggled by Space.
    ui.click_field("Hvorfor nå");
    ui.press(ImGuiKey_Tab);
    CHECK(ui.shell.focus_label == "Vi har lest at kommunen dekker egne reise- og oppholdsutgifter på samlingene.");
    CHECK_FALSE(d.travel_costs_acknowledged);
    ui.press(ImGuiKey_Space);
    CHECK(d.travel_costs_acknowledged);
    ui.press(ImGuiKey_Space);
    CHECK_FALSE(d.travel_costs_acknowledged);
    ui.press(ImGuiKey_Space);
    CHECK(d.travel_costs_acknowledged);
    CHECK(ui.shell.live() == "10 av 10 obligatoriske felt. Klar til å sendes (3 advarsler).");

    ui.click_field("Eksporter");
    REQUIRE(ui.shell.downloads.size() == 1);
    const auto& file = ui.shell.downloads.back();
    CHECK(file.name == "pamelding-3024-baerum.json");
    CHECK(file.mime == "application/json");
    CHECK(ui.shell.live() == "Eksportert som pamelding-3024-baerum.json. Send filen til KS Viken.");
    auto exported = ln::import_enrollment(file.bytes);
    REQUIRE(exported.ok());
    CHECK(exported.document->exported_at == "2026-11-28T12:00:00Z");

    // Change something, then import the export: the preview lists the change, and applying restores it.
    fill(ui, "Fakturaadresse", "Feil adresse");
    ui.app->file_picked("pamelding-3024-baerum.json", file.bytes);
    ui.frames(2);
    CHECK(ui.shell.live() == "pamelding-3024-baerum.json: 1 endring. Se gjennom og velg «Bruk filen».");
    CHECK(d.invoice_address == "Feil adresse");  // nothing changes before the user confirms
    ui.click_field("Bruk filen");
    CHECK(d.invoice_address == "Postboks 700, 1304 Sandvika");
    CHECK(d.contact.phone == "93457137");
    CHECK(ui.shell.live() == "pamelding-3024-baerum.json er importert.");
}

TEST_CASE("a broken file is refused with the reason, and nothing changes") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    ui.type("aremark");
    ui.press(ImGuiKey_Enter);
    const auto before = ui.app->session().workspace().enrollment;
    ui.app->file_picked("tull.json", "{\"format\": \"ks.laeringsnettverk.enrollment\", \"version\": 7}");
    ui.frames(2);
    CHECK(ui.shell.live() ==
          "tull.json kan ikke brukes: version: Filen er laget med en nyere versjon (7) enn denne appen kjenner. "
          "Ingenting er endret.");
    CHECK(ui.app->session().workspace().enrollment == before);
    ui.click_field("Lukk");
    ui.app->file_picked("bilde.json", std::string("\x89PNG\r\n\x1a\n\xff", 9));
    ui.frames(2);
    CHECK(ui.shell.live().find("ikke gyldig UTF-8") != std::string::npos);
    CHECK(ui.app->session().workspace().enrollment == before);
}

TEST_CASE("the working group: add members, pick their side, warnings for missing leadership") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    ui.click_field("Legg til medlem");
    CHECK(ui.shell.focus_label == "Navn");
    ui.type("Ola Ordfører");
    auto& group = ui.app->session().workspace().enrollment.group;
    REQUIRE(group.size() == 1);
    CHECK(group[0].name == "Ola Ordfører");
    CHECK(group[0].side == ln::Side::Political);
    const auto findings = ln::validate(ui.app->session().workspace().enrollment, ln::load_bundled().value().program);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const auto& f) { return f.message.key == "group.no_administrative"; }));
    // The member's fields are a group named «Medlem 1».
    bool grouped = false;
    for (const auto& n : ln::web::ui::nodes()) grouped |= n.role == ln::web::Role::Group && n.name == "Medlem 1";
    CHECK(grouped);
    ui.click_field("Fjern medlem 1");
    CHECK(group.empty());
    CHECK(ui.shell.focus_label == "Angre: sett inn Ola Ordfører igjen");
    CHECK(ui.shell.live() == "Medlem 1, Ola Ordfører, er fjernet.");
    ui.click_field("Angre: sett inn Ola Ordfører igjen");
    REQUIRE(group.size() == 1);
    CHECK(group[0].name == "Ola Ordfører");
    CHECK(ui.shell.focus_label == "Navn");
    CHECK(ui.shell.focus_value == "Ola Ordfører");
    CHECK(ui.shell.live() == "Medlem 1 er satt inn igjen.");
}

TEST_CASE("copy summary puts plain text on the clipboard") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    ui.type("ås");
    ui.press(ImGuiKey_Enter);
    ui.click_field("Kopier sammendrag");
    CHECK(ui.shell.clipboard.find("Kommune: Ås (3021)") != std::string::npos);
    CHECK(ui.shell.live() == "Sammendraget er kopiert. Lim det inn i en e-post til KS Viken.");
}

TEST_CASE("the draft survives switching views") {
    Headless ui("nb", ImVec2(1000, 3200));
    open_enrollment(ui);
    ui.type("hole");
    ui.press(ImGuiKey_Enter);
    ui.click_field("Avgift");
    CHECK(ui.shell.routes.back() == std::pair<std::string, bool>{"#/avgift", false});
    ui.click_field("Påmelding");
    CHECK(ui.app->session().workspace().enrollment.municipality_name == "Hole");
}

TEST_CASE("about the network: the program's facts, and the start meeting as a calendar file") {
    Headless ui("nb", ImVec2(1000, 4000));
    ui.app->open_route("#/program");
    ui.frames(3);
    CHECK(ui.shell.live() == "Om Læringsnettverk næringsutvikling: oppstart 03.03.2022.");
    ui.click_field("Last ned kalenderfil (.ics)");
    REQUIRE(ui.shell.downloads.size() == 1);
    CHECK(ui.shell.downloads[0].name == "ks-viken-naeringsutvikling-2022-oppstart.ics");
    CHECK(ui.shell.downloads[0].mime == "text/calendar");
    CHECK(ui.shell.downloads[0].bytes.find("DTSTART:20220303T080000Z") != std::string::npos);
    ui.click_field("Regn ut avgiften for din kommune");
    CHECK(ui.app->route() == ln::web::Route::Fee);
}

TEST_CASE("a paste beyond a field's limit is refused whole, said and shown, and nothing is lost") {
    ln::test::Headless ui;
    ui.app->open_route("#/pamelding");
    ui.frames(2);
    ui.click_field("Problemstillingen");
    ui.type("Vi mangler arealer.");
    REQUIRE(ui.field("Problemstillingen").value == "Vi mangler arealer.");
    const std::uint32_t echo = ui.field("Problemstillingen").echo;
    // Two million characters, as a paste: the field keeps its text and the page is told to show it again.
    const auto id = ui.field("Problemstillingen").id;
    ui.post({ln::web::ui::PageEvent::Kind::Input, id, std::string(2'000'000, 'x')});
    const auto& field = ui.field("Problemstillingen");
    CHECK(field.value == "Vi mangler arealer.");
    CHECK(field.echo == echo + 1);
    CHECK(ui.shell.live().find("Teksten er for lang: dette feltet tar høyst 100\u00a0000 tegn, og teksten du la inn har 2\u00a0000\u00a0000") == 0);
    bool described = false;
    for (const auto& n : ln::web::ui::nodes())
        if (n.describes == id && n.name.find("Teksten er for lang") == 0) described = true;
    CHECK(described);
    // The work is unchanged; a text within the limit is taken again and the message goes.
    CHECK(ui.app->session().workspace().enrollment.case_sketch.problem == "Vi mangler arealer.");
    ui.post({ln::web::ui::PageEvent::Kind::Input, id, std::string(100'000, 'y')});
    CHECK(ui.field("Problemstillingen").value.size() == 100'000);
    for (const auto& n : ln::web::ui::nodes()) CHECK(n.name.find("Teksten er for lang") == std::string::npos);
    // A line takes at most 1 000 characters.
    ui.click_field("Fakturaadresse");
    ui.post({ln::web::ui::PageEvent::Kind::Input, ui.field("Fakturaadresse").id, std::string(1001, 'z')});
    CHECK(ui.field("Fakturaadresse").value.empty());
}
