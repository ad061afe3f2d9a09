// The workspace session on its own, without ImGui: what the views report (edited, exported) and what
// storage reports (synced, failed) turn into saves, retries, news and the save status.
#include <doctest/doctest.h>

#include "headless.hpp"
#include "temp_dir.hpp"
#include "workspace_session.hpp"

using namespace ln;
using web::SyncResult;

namespace {
struct Fixture {
    test::RecordingShell shell;
    test::TempDir dir;
    web::WorkspaceFiles files{dir.path.string(), dir.file("journal.json")};
    web::WorkspaceSession session{test::Headless::data().program, test::Headless::data().catalog("nb"), shell};
};
}  // namespace

TEST_CASE("session: nothing is written before the load, then an edit is saved after the quiet time") {
    Fixture f;
    f.session.edited();
    f.shell.clock_ms += 5000;
    f.session.tick();
    CHECK(f.shell.persists.empty());  // not loaded yet: nothing to write over
    CHECK(f.session.generation() == 0);

    f.session.open(&f.files, web::StorageAccess::Writer);
    CHECK(f.session.generation() == 1);
    CHECK(f.session.save_status().state.empty());
    f.session.workspace().enrollment.municipality_name = "Hole";
    f.session.edited();
    CHECK(f.session.save_status().state == "saving");
    f.shell.clock_ms += Autosave::kQuietMs - 1;
    f.session.tick();
    CHECK(f.shell.persists.empty());
    f.shell.clock_ms += 1;
    f.session.tick();
    REQUIRE(f.shell.persists.size() == 1);
    CHECK(f.dir.read("workspace.json").find("Hole") != std::string::npos);
    f.session.storage_synced(f.shell.persists[0], SyncResult::Ok, "");
    CHECK(f.session.save_status().state == "saved");
    CHECK(f.session.save_status().text == "Lagret 13:00");
}

TEST_CASE("session: an export is remembered (the reminder's clock), a read-only tab changes nothing") {
    Fixture f;
    f.session.open(&f.files, web::StorageAccess::ReadOnly);
    f.session.workspace().enrollment.municipality_name = "typed in a read-only tab";
    f.session.edited();
    f.session.exported();
    f.shell.clock_ms += 5000;
    f.session.tick();
    CHECK(f.shell.persists.empty());
    CHECK(f.session.workspace().settings.last_export_at.empty());
    CHECK(f.session.case_book() == nullptr);  // never started where it cannot be kept
    CHECK(f.session.save_status().state == "readonly");

    Fixture w;
    w.session.open(&w.files, web::StorageAccess::Writer);
    w.session.exported();
    CHECK(w.session.workspace().settings.last_export_at == w.shell.utc);
    w.session.workspace().enrollment.case_sketch.title = "Fra skissen";
    REQUIRE(w.session.case_book() != nullptr);
    CHECK(w.session.case_book()->title == "Fra skissen");
    w.shell.clock_ms += Autosave::kLongestMs;
    w.session.tick();
    CHECK(w.shell.persists.size() == 1);
}

TEST_CASE("session: a full disk is told in words and retried; a later success clears it") {
    Fixture f;
    f.session.open(&f.files, web::StorageAccess::Writer);
    f.session.edited();
    f.shell.clock_ms += Autosave::kLongestMs;
    f.session.tick();
    REQUIRE(f.shell.persists.size() == 1);
    f.session.storage_synced(f.shell.persists[0], SyncResult::Quota, "QuotaExceededError");
    CHECK(f.session.save_status().state == "failed");
    CHECK(f.session.news().find("lagringsplass") != std::string::npos);
    REQUIRE(f.session.wake_at());
    CHECK(*f.session.wake_at() == doctest::Approx(f.shell.clock_ms + web::WorkspaceSession::kRetryMs));
    f.session.edited();  // working on does not hide the failure
    CHECK_FALSE(f.session.news().empty());
    f.shell.clock_ms += web::WorkspaceSession::kRetryMs;
    f.session.tick();
    REQUIRE(f.shell.persists.size() >= 2);
    f.session.storage_synced(f.shell.persists.back(), SyncResult::Ok, "");
    CHECK(f.session.save_status().state == "saved");
    CHECK(f.session.news().empty());

    f.session.storage_synced(f.shell.persists.back() + 1, SyncResult::Failed, "UnknownError");
    CHECK(f.session.news().find("UnknownError") != std::string::npos);
}
