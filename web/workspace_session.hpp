#pragma once
// The one workspace of this tab and how it is kept: loading it from the stored files, saving it after
// edits (Autosave's rules), what storage reported, retries after a failure, the broken-file notice, the
// close-time flush, taking over from another tab, and when the work last left the browser (the export
// reminder). Free of ImGui and of the browser: the views edit workspace() in place and report what they
// did; ShellPort carries the rest to the page. Tested headless like Autosave.
#include <cstdint>
#include <optional>
#include <string>

#include "autosave.hpp"
#include "catalog.hpp"
#include "program.hpp"
#include "shell_port.hpp"
#include "storage_access.hpp"
#include "workspace.hpp"
#include "workspace_files.hpp"

namespace ln::web {

class WorkspaceSession {
public:
    static constexpr double kRetryMs = 5000.0;  // a failed sync is tried again this long after

    // `program` (the app's own) and `shell` must outlive the session. Messages are in `cat`'s language (set_catalog).
    WorkspaceSession(const Program& program, const Catalog& cat, ShellPort& shell)
        : shipped_(program), program_(&program), cat_(&cat), shell_(shell) {}
    void set_catalog(const Catalog& cat) { cat_ = &cat; }
    // The program the work is saved and exported with (the one kept with the workspace, if any); it must
    // outlive the session or the next call.
    void set_program(const Program& program) { program_ = &program; }

    // The stored files are in `files` (loaded from the browser's storage before this is called; null: no
    // storage). Until then nothing is saved. `files` must outlive the session.
    void open(WorkspaceFiles* files, StorageAccess access);
    // The page is still opening storage (the first view shows no stored work, so it did not wait): until
    // open(), views that show stored work say so instead.
    void wait_for_storage() { opening_ = true; }
    bool opening() const { return opening_; }
    // The other tab closed and this one holds the lock now; `files` were re-read from storage.
    void take_over();
    // Storage reports that writes up to `write_number` are durable, or why syncing failed.
    void storage_synced(std::uint64_t write_number, SyncResult result, const std::string& detail);
    // The page is being hidden or closed: write what is unsaved now.
    void flush();
    // When the session wants to run without input (a save or a retry coming due), in ShellPort::now_ms time.
    std::optional<double> wake_at() const;

    // What the views did this frame: the workspace changed; a file with the work left the browser.
    void edited();
    void exported();
    // Writes when a save is due and retries a failed sync; call once per frame.
    void tick();

    // The case book starts from the sign-up's sketch the first time it is needed (only where it can be
    // saved). Returns the book, if there is one.
    CaseBook* case_book();

    // The export reminder: due, «Eksporter nå» (downloads the case book and the sign-up), «later».
    bool reminder_due() const;
    void export_now();
    void snooze_reminder();

    struct BrokenFile {
        std::string file;           // the unreadable file, kept under this name
        std::string reason;         // why, in the user's words
        std::string restored_from;  // when the copy we started from was saved (empty: started empty)
        bool dismissed = false;
    };
    const std::optional<BrokenFile>& broken() const { return broken_; }
    void dismiss_broken() {
        if (broken_) broken_->dismissed = true;
    }
    void download_broken();

    struct SaveStatus {
        std::string state;  // "saved", "saving", "failed", "readonly", "unavailable" or "" (nothing to say)
        std::string text;
    };
    SaveStatus save_status() const;

    Workspace& workspace() { return ws_; }
    const Workspace& workspace() const { return ws_; }
    const Autosave& autosave() const { return autosave_; }
    StorageAccess access() const { return access_; }
    bool editable() const { return access_ != StorageAccess::ReadOnly; }
    bool loaded() const { return loaded_; }
    // The last thing that happened to the stored work, in the user's words (empty: nothing to tell).
    const std::string& news() const { return news_; }
    // Something the user should hear about the stored work (e.g. an import refused in a read-only tab).
    void tell(std::string news) { news_ = std::move(news); }
    // Counts the times the workspace was replaced under the views (loaded, taken over): a view holding
    // state about the old one (a field being edited, a search text) lets go of it when this changes.
    int generation() const { return generation_; }

private:
    void load();
    void save_now();
    void persist_rescued();

    const Program& shipped_;  // what a workspace without a program file of its own is read against
    const Program* program_;
    const Catalog* cat_;
    ShellPort& shell_;
    Workspace ws_;
    WorkspaceFiles* files_ = nullptr;
    StorageAccess access_ = StorageAccess::Unavailable;
    bool loaded_ = false;
    bool opening_ = false;
    Autosave autosave_;
    std::int64_t revision_ = 0;
    std::optional<double> retry_at_;
    std::optional<BrokenFile> broken_;
    std::string news_;
    bool failure_shown_ = false;  // news_ is a storage failure: it stays until a save succeeds
    bool rescued_ = false;        // the workspace came from the journal and is not yet durable
    int generation_ = 0;
};

}  // namespace ln::web
