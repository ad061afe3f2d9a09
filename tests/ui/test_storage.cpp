// The app's saving with real files in a temporary folder: what the browser does with the IndexedDB mount.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "headless.hpp"
#include "temp_dir.hpp"

using namespace ln;

namespace {

// Opens the case book in a headless app on `dir` and returns once the title field has focus.
void open_case(test::Headless& h, web::WorkspaceFiles& files, web::StorageAccess access = web::StorageAccess::Writer) {
    h.open_stored(files, "#/case", access);
}

void settle(test::Headless& h) { h.settle(); }
}  // namespace

TEST_CASE("storage: typing is saved half a second later, «Lagret» only when durable, and read back") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless h;
        open_case(h, files);
        REQUIRE(h.shell.focus_label == "Tittel på casen");
        h.type("Næringsareal");
        CHECK(h.shell.save_state == "saving");
        h.shell.clock_ms += 400;
        h.frames(1);
        CHECK(h.shell.persists.empty());  // still within the quiet time
        h.shell.clock_ms += 200;
        h.frames(1);
        REQUIRE(h.shell.persists.size() == 1);
        CHECK(h.shell.save_state == "saving");  // written, not yet durable
        h.app->session().storage_synced(h.shell.persists.back(), web::SyncResult::Ok, "");
        h.frames(1);
        CHECK(h.shell.save_state == "saved");
        CHECK(h.shell.save_text == "Lagret 13:00");
        CHECK(dir.read("workspace.json").find("Næringsareal") != std::string::npos);
    }
    test::Headless again;
    open_case(again, files);
    CHECK(again.shell.focus_value == "Næringsareal");
    CHECK(again.shell.save_state == "saved");
}

TEST_CASE("storage: the previous copy is kept, and a broken file is moved aside and offered") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless h;
        open_case(h, files);
        h.type("Første");
        settle(h);
        h.type(" andre");
        settle(h);
    }
    CHECK(dir.read("workspace.prev.json").find("\"Første\"") != std::string::npos);
    CHECK(dir.read("workspace.json").find("\"Første andre\"") != std::string::npos);
    dir.write("workspace.json", "{ not json");
    test::Headless h;
    open_case(h, files);
    CHECK(h.shell.focus_value == "Første");
    CHECK(h.shell.live() == "Den lagrede fila kunne ikke leses og er lagt til side som workspace.broken-1.json.");
    CHECK(dir.read("workspace.broken-1.json") == "{ not json");
    h.click_field("Last ned fila slik den er");
    REQUIRE(h.shell.downloads.size() == 1);
    CHECK(h.shell.downloads[0].name == "workspace.broken-1.json");
    CHECK(h.shell.downloads[0].bytes == "{ not json");
}

TEST_CASE("storage: a read-only tab shows what is stored, changes nothing, and takes over with the newest") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless writer;
        open_case(writer, files);
        writer.type("Skrevet her");
        settle(writer);
    }
    const std::string stored = dir.read("workspace.json");

    test::Headless reader;
    open_case(reader, files, web::StorageAccess::ReadOnly);
    CHECK(reader.shell.save_state == "readonly");
    CHECK(reader.shell.focus_value == "Skrevet her");
    reader.type("XYZ");
    reader.shell.clock_ms += 5000;
    reader.frames(2);
    CHECK(reader.shell.focus_value == "Skrevet her");
    CHECK(reader.shell.persists.empty());
    CHECK(dir.read("workspace.json") == stored);

    // Meanwhile the writing tab saves more (ImGui runs one app per process here, so its file is written
    // the way that tab writes it).
    auto newer = load_workspace(stored, test::Headless::data().program);
    REQUIRE(newer.ok());
    newer.workspace->case_book->title = "Skrevet her og mer";
    REQUIRE_FALSE(files.write(save_workspace(*newer.workspace, test::Headless::data().program, "2026-11-28T12:01:00Z",
                                             newer.revision + 1)));
    reader.app->take_over();
    reader.frames(4);
    CHECK(reader.shell.live() == "Den andre fanen er lukket. Denne fanen lagrer nå, og viser det som sist ble lagret.");
    CHECK(reader.shell.focus_value == "Skrevet her og mer");
    reader.shell.clock_ms += 5000;
    reader.frames(2);
    CHECK(reader.shell.persists.empty());  // taking over writes nothing by itself
    reader.press(ImGuiKey_End);  // focus selects the whole text; typing goes after it
    reader.type("!");
    settle(reader);
    CHECK(dir.read("workspace.json").find("Skrevet her og mer!") != std::string::npos);
}

TEST_CASE("storage: work rescued in the journal while closing is adopted when newer, ignored when older") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    {
        test::Headless h;
        open_case(h, files);
        h.type("Lagret");
        settle(h);
        h.type(" og reddet");
        h.app->session().flush();  // the page is closing: written at once, never made durable
    }
    const std::string rescued = dir.read("workspace.json");
    REQUIRE(rescued.find("Lagret og reddet") != std::string::npos);
    // IndexedDB never got it: the stored file is the saved one again; the journal has the rescued one.
    dir.write("workspace.json", dir.read("workspace.prev.json"));
    dir.write("journal.json", rescued);
    {
        test::Headless h;
        open_case(h, files);
        CHECK(h.shell.focus_value == "Lagret og reddet");
        CHECK(h.shell.persists.size() == 1);  // and made durable
        CHECK_FALSE(dir.exists("journal.json"));
    }
    // An older journal never wins over what is stored.
    dir.write("journal.json", dir.read("workspace.prev.json"));
    test::Headless h;
    open_case(h, files);
    CHECK(h.shell.focus_value == "Lagret og reddet");
}

TEST_CASE("storage: a failed sync (quota) is shown, retried, and cleared by a later success") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    test::Headless h;
    open_case(h, files);
    h.type("Tekst");
    h.shell.clock_ms += 600;
    h.frames(2);
    REQUIRE(h.shell.persists.size() == 1);
    h.app->session().storage_synced(h.shell.persists[0], web::SyncResult::Quota, "QuotaExceededError");
    h.frames(1);
    CHECK(h.shell.save_state == "failed");
    CHECK(h.shell.save_text.rfind("Ikke lagret: nettleseren har ikke mer lagringsplass", 0) == 0);
    h.shell.clock_ms += 5100;
    h.frames(1);
    REQUIRE(h.shell.persists.size() == 2);  // tried again
    h.app->session().storage_synced(h.shell.persists[1], web::SyncResult::Ok, "");
    h.frames(1);
    CHECK(h.shell.save_state == "saved");
}

TEST_CASE("storage: without storage the app works and says that nothing is kept") {
    test::Headless h;
    h.app->session().open(nullptr, web::StorageAccess::Writer);
    h.app->open_route("#/case");
    h.frames(4);
    h.type("Ikke lagret");
    CHECK(h.shell.save_state == "unavailable");
    CHECK(h.shell.persists.empty());
    CHECK(h.shell.focus_value == "Ikke lagret");
}

TEST_CASE("storage: «Lagrer…» appearing under the view links does not push the page down") {
    test::TempDir dir;
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    test::Headless h;
    h.app->session().open(&files, web::StorageAccess::Writer);
    h.app->open_route("#/pamelding");
    h.frames(4);
    auto heading_y = [] {
        for (const auto& n : web::ui::nodes())
            if (n.role == web::Role::Heading && n.level == 1) return n.rect.y;
        return -1.0f;
    };
    const float before = heading_y();
    REQUIRE(h.shell.save_text.empty());  // nothing to save yet: the line is empty
    h.click_field("Kommunenavn");
    h.type("Bærum");
    h.frames(1);
    REQUIRE(h.shell.save_state == "saving");
    CHECK(heading_y() == before);
}

TEST_CASE("storage: opened beside the first frame; a view with stored work reached before then waits for it") {
    test::TempDir dir;
    {
        web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
        test::Headless h;
        open_case(h, files);
        h.type("Lagret fra før");
        settle(h);
    }
    web::WorkspaceFiles files(dir.path.string(), dir.file("journal.json"));
    test::Headless h;
    h.app->session().wait_for_storage();  // as main() does when the page did not wait
    h.frames(2);
    CHECK(h.shell.save_state.empty());  // nothing said about saving before the work is read
    h.app->open_route("#/case");
    h.frames(2);
    CHECK(web::ui::find("Henter det lagrede arbeidet …") != nullptr);
    CHECK(web::ui::find("Tittel på casen") == nullptr);  // no empty form to type into and lose
    h.app->file_picked("arbeidsbok.json", "{}");
    h.frames(1);
    CHECK(h.app->session().news() == "Henter det lagrede arbeidet …");
    h.app->session().open(&files, web::StorageAccess::Writer);
    h.frames(3);
    CHECK(h.shell.focus_label == "Tittel på casen");  // the view starts at its first field, with the stored text
    CHECK(h.shell.focus_value == "Lagret fra før");
}
