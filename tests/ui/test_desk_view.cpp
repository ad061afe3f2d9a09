// KS-mottak headless: files picked arrive between frames, are said once, shown as intake's
// overview (filter, order, totals per bracket), downloaded as the CLI's CSV, kept in storage, emptied and
// put back; a read-only tab only looks.
#include <doctest/doctest.h>

#include <algorithm>

#include "document.hpp"
#include "enrollment_format.hpp"
#include "headless.hpp"
#include "fee_text.hpp"
#include "received.hpp"
#include "sign_ups.hpp"
#include "register_check.hpp"
#include "temp_dir.hpp"

using namespace ln;

namespace {

std::string sign_up(std::string_view name, std::string exported_at, bool complete = true) {
    Enrollment e = test::signed_up(test::Headless::data().municipalities, name);
    e.travel_costs_acknowledged = complete;
    return export_enrollment(e, test::Headless::data().program, exported_at);
}

struct Sent {
    std::string name, bytes;
};

std::vector<Sent> some_files() {
    return {{"pamelding-3041-gol.json", sign_up("Gol", "2026-11-01T10:00:00Z")},
            {"pamelding-3041-gol-ny.json", sign_up("Gol", "2026-11-20T10:00:00Z")},
            {"pamelding-3203-asker.json", sign_up("Asker", "2026-11-21T10:00:00Z", false)},
            {"pamelding-3042-hemsedal.json", sign_up("Hemsedal", "2026-11-22T10:00:00Z")},
            {"notater.json", "{ dette er ikke JSON"}};
}

// As the page hands them over (shell/files.js): one call per file, the last with more = false.
void drop(test::Headless& h, const std::vector<Sent>& files) {
    for (std::size_t i = 0; i < files.size(); ++i) h.app->file_picked(files[i].name, files[i].bytes, false, i + 1 < files.size());
    h.frames(2);
}

void open_desk(test::Headless& h, web::WorkspaceFiles& files, web::StorageAccess access = web::StorageAccess::Writer) {
    h.open_stored(files, "#/mottak", access);
}

}  // namespace

TEST_CASE("KS-mottak: reached from the footer; its buttons open the file picker for files or a folder") {
    test::Headless h("nb", {1100, 3000});
    h.click_field("KS-mottak");
    CHECK(h.app->route() == web::Route::Desk);
    CHECK(h.shell.routes.back().first == "#/mottak");
    h.field("KS-mottak: påmeldinger som er kommet inn");  // the heading, which takes focus in the page (e2e)
    CHECK(ln::web::ui::find("KS-mottak")->has(web::kSelected));  // the footer's link: aria-current
    CHECK_FALSE(ln::web::ui::find("Tilgjengelighetserklæring")->has(web::kSelected));
    CHECK(h.shell.live() == "Ingen filer er tatt imot ennå.");
    h.click_field("Legg til filer …");
    CHECK(h.shell.files_pickers_opened == 1);
    h.click_field("Legg til en mappe …");
    CHECK(h.shell.folder_pickers_opened == 1);
}

TEST_CASE("KS-mottak: a drop of files is said once and shown as intake's overview, kept, filtered, sorted") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless h("nb", {1100, 4000});
        open_desk(h, files);
        const int said_before = static_cast<int>(h.shell.announced.size());
        drop(h, some_files());
        CHECK(static_cast<int>(h.shell.announced.size()) == said_before + 1);  // one message for the drop
        CHECK(h.shell.live() == "Tok imot 5 filer. 5 filer: 2 klare, 1 med feil, 1 ugyldig, 1 erstattet.");
        // Totals: Gol and Hemsedal are ready, in the smallest bracket.
        h.field("Klare påmeldinger per sats");
        const auto& d = test::Headless::data();
        CHECK(ln::web::ui::find(bracket_range(d.catalog("nb"), d.program.fees.brackets()[0], true)) != nullptr);
        h.field("Mottatte filer");
        h.field("pamelding-3203-asker.json");
        CHECK(ln::web::ui::find("Asker (3025)") != nullptr);
        CHECK(ln::web::ui::find("erstattet") != nullptr);
        CHECK(ln::web::ui::find("ugyldig fil") != nullptr);

        // What the pick did stays on screen, not only in #live; the notes name no field paths.
        CHECK(ln::web::ui::find("Tok imot 5 filer.") != nullptr);
        CHECK(ln::web::ui::find("5 filer: 2 klare, 1 med feil, 1 ugyldig, 1 erstattet.") != nullptr);
        CHECK(ln::web::ui::find("feil: Bekreft at kommunen dekker egne reise- og oppholdsutgifter.") != nullptr);
        // The same files again add nothing, and say so.
        drop(h, {some_files()[0]});
        CHECK(h.shell.live() == "Tok imot 0 filer. 1 fil var tatt imot før og ble ikke lagt til igjen. 5 filer: 2 klare, 1 med feil, 1 ugyldig, 1 erstattet.");

        h.choose("Vis", "Med feil eller ugyldige (2)");
        CHECK(ln::web::ui::find("pamelding-3041-gol.json") == nullptr);
        CHECK(ln::web::ui::find("notater.json") != nullptr);
        h.choose("Vis", "Erstattet (1)");
        CHECK(ln::web::ui::find("pamelding-3041-gol.json") != nullptr);
        CHECK(ln::web::ui::find("notater.json") == nullptr);
        h.choose("Vis", "Alle filer (5)");
        h.choose("Sorter etter", "Høyest avgift først");

        // The CSV is the CLI's for the same files.
        h.click_field("Last ned oversikten som CSV");
        REQUIRE(h.shell.downloads.size() == 1);
        CHECK(h.shell.downloads[0].name == "mottak-2026-11-28.csv");
        std::vector<IntakeFile> same;
        for (const auto& f : some_files()) same.push_back({f.name, f.bytes, std::nullopt});
        CHECK(h.shell.downloads[0].bytes == intake_csv(take_in(same, d.program, d.municipalities), d.catalog("nb")));
        h.settle();
        CHECK(h.shell.save_state == "saved");
    }
    // Another visit: the files are still there.
    test::Headless again("nb", {1100, 4000});
    open_desk(again, files);
    CHECK(again.shell.live() == "5 filer: 2 klare, 1 med feil, 1 ugyldig, 1 erstattet.");
    again.click_field("Tøm mottaket");
    CHECK(again.shell.live() == "5 filer er fjernet fra mottaket.");
    CHECK(again.app->session().workspace().received.empty());
    CHECK(again.shell.focus_label == "Angre tømmingen");  // the pressed button is gone: focus on its undo
    again.press(ImGuiKey_Enter);
    CHECK(again.shell.live() == "5 filer er lagt tilbake.");
    CHECK(again.app->session().workspace().received.size() == 5);
    CHECK(again.shell.focus_label == "Tøm mottaket");  // back where the user was
}

TEST_CASE("KS-mottak: a file the browser could not read is listed with the reason; a read-only tab takes nothing") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless h("nb", {1100, 3000});
        open_desk(h, files);
        h.app->file_picked("borte.json", "", /*read_failed=*/true, /*more=*/false);
        h.frames(2);
        CHECK(h.shell.live() == "Tok imot 1 fil. 1 fil: 0 klare, 0 med feil, 1 ugyldig, 0 erstattet.");
        CHECK(ln::web::ui::find("Nettleseren kunne ikke lese filen.") != nullptr);
        // A file past the import limit: the page read its start; intake's words, with its whole size.
        h.app->file_picked("stor.json", std::string(kMaxImportBytes + 1, ' '), false, false, 9'000'000);
        h.frames(2);
        const auto& stored = h.app->session().workspace().received.back();
        REQUIRE_FALSE(stored.errors.empty());
        CHECK(stored.errors[0].message.key == "import.too_large");
        CHECK(*stored.errors[0].message.param("size") == "8" + std::string("\xC2\xA0") + "790");
        CHECK(stored.text.empty());
        h.settle();
    }
    test::Headless reader("nb", {1100, 3000});
    open_desk(reader, files, web::StorageAccess::ReadOnly);
    const auto* add = ln::web::ui::find("Legg til filer …");
    REQUIRE(add != nullptr);
    CHECK(add->has(web::kDisabled));
    reader.app->file_picked("ny.json", sign_up("Gol", "2026-11-28T10:00:00Z"), false, false);
    reader.frames(2);
    CHECK(reader.app->session().workspace().received.size() == 2);
    CHECK(reader.shell.live() == "Denne fanen kan bare lese. Importer i fanen som lagrer, eller lukk den først.");
}

TEST_CASE("KS-mottak in English and nynorsk") {
    {
        test::Headless en("en", {1100, 3000});
        en.app->open_route("#/mottak");
        en.frames(2);
        drop(en, some_files());
        CHECK(en.shell.live() == "Received 5 files. 5 files: 2 ready, 1 with errors, 1 invalid, 1 replaced.");
    }
    test::Headless nn("nn", {1100, 3000});
    nn.app->open_route("#/mottak");
    nn.frames(2);
    drop(nn, {some_files()[3]});
    CHECK(nn.shell.live() == "Tok imot 1 fil. 1 fil: 1 klar, 0 med feil, 0 ugyldige, 0 erstatta.");
}

TEST_CASE("KS-mottak: while a pick arrives, #live waits for the end and the page says it is receiving") {
    test::Headless h("nb", {1100, 3000});
    h.app->open_route("#/mottak");
    h.frames(2);
    const auto files = some_files();
    drop(h, {files[3]});  // an earlier pick: the overview and its download are there
    const std::string before = h.shell.live();
    CHECK(before == "Tok imot 1 fil. 1 fil: 1 klar, 0 med feil, 0 ugyldige, 0 erstattet.");
    h.app->file_picked(files[0].name, files[0].bytes, false, /*more=*/true);
    h.app->file_picked(files[1].name, files[1].bytes, false, /*more=*/true);
    h.frames(2);
    CHECK(h.shell.live() == before);  // no running count for a screen reader
    CHECK(ln::web::ui::find("Tar imot filer … 2 så langt.") != nullptr);
    const auto* download = ln::web::ui::find("Last ned oversikten som CSV");
    REQUIRE(download != nullptr);
    CHECK(download->has(web::kDisabled));  // not half an overview
    CHECK(ln::web::ui::find("Legg til filer …")->has(web::kDisabled));
    h.app->file_picked(files[2].name, files[2].bytes, false, /*more=*/false);
    h.frames(2);
    CHECK(h.shell.live() == "Tok imot 3 filer. 4 filer: 2 klare, 1 med feil, 0 ugyldige, 1 erstattet.");
    CHECK_FALSE(ln::web::ui::find("Last ned oversikten som CSV")->has(web::kDisabled));
}

TEST_CASE("KS-mottak on a phone: three columns, a file's name, what it is, its notes") {
    test::Headless h("nb", {390, 3000});
    h.app->open_route("#/mottak");
    h.frames(2);
    drop(h, some_files());
    int headers = 0, bracket_headers = 0;
    bool in_files = false, in_brackets = false;
    for (const auto& n : ln::web::ui::nodes()) {
        if (n.role == web::Role::Table) in_files = n.name == "Mottatte filer", in_brackets = n.name == "Klare påmeldinger per sats";
        if (in_files && n.role == web::Role::ColumnHeader) ++headers;
        if (in_brackets && n.role == web::Role::ColumnHeader) ++bracket_headers;
    }
    CHECK(headers == 3);
    CHECK(bracket_headers == 3);  // range, count, sum: amounts whole on a phone
    CHECK(ln::web::ui::find("Hemsedal (3042) · kr" + std::string("\xC2\xA0") + "11" + std::string("\xC2\xA0") + "625 · 22.11.2026 11:00 · klar") != nullptr);
}
