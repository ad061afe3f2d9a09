#pragma once
// The app: which view is open, the language, the workspace and its saving, and one frame of drawing.
// Knows nothing of the browser: the platform layer feeds it input and gives it a ShellPort.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "autosave.hpp"
#include "bundled.hpp"
#include "shell_port.hpp"
#include "views/case_view.hpp"
#include "views/enrollment_view.hpp"
#include "views/fee_view.hpp"
#include "views/program_view.hpp"
#include "workspace.hpp"
#include "workspace_files.hpp"

namespace ln::web {

enum class Route { Fee, Enrollment, Case, Program };

// What this tab may do with the stored workspace.
enum class StorageAccess {
    Writer,       // the one tab that saves
    ReadOnly,     // another tab of the app is open and saves; this one shows what was stored
    Unavailable,  // the browser gives no storage (e.g. some private windows): nothing is kept
};

class App {
public:
    App(Bundled data, std::string language, ShellPort& shell);

    // The stored files are in `files` (loaded from IndexedDB before this is called). Until then nothing is
    // saved. `files` must outlive the app.
    void open_workspace(WorkspaceFiles* files, StorageAccess access);
    // The other tab closed and this one holds the lock now; `files` were re-read from storage.
    void take_over();
    // Storage reports that writes up to `write_number` are durable (ok), or why syncing failed.
    void storage_synced(std::uint64_t write_number, bool ok, const std::string& error);
    // The page is being hidden or closed: write what is unsaved now.
    void flush();
    // When the app wants a frame without input (a save coming due), in ShellPort::now_ms time.
    std::optional<double> wake_at() const;

    // The address bar changed (load, back/forward, a typed URL). Unknown routes open the fee view.
    void open_route(std::string_view hash);
    // Draws one frame; call between ImGui::NewFrame() and ImGui::Render(). Returns true when another
    // frame is needed even without new input (a focus move still landing).
    bool frame();
    // A file the user picked (ShellPort::pick_file) arrived.
    void file_picked(const std::string& name, const std::string& bytes);

    Route route() const { return route_; }
    const std::string& language() const { return language_; }
    FeeView& fee_view() { return fee_; }
    EnrollmentView& enrollment_view() { return enrollment_; }
    CaseView& case_view() { return case_; }
    const Workspace& workspace() const { return ws_; }
    const Autosave& autosave() const { return autosave_; }
    StorageAccess access() const { return access_; }

private:
    void draw_header();
    void draw_notices();
    void draw_save_state();
    void go(Route route);
    void leave(Route route);
    void switch_language();
    void tell_shell();
    void load_from_files();
    void take_edits();
    void save_now();
    bool editable() const { return access_ != StorageAccess::ReadOnly; }

    Bundled data_;
    std::string language_;
    ShellPort& shell_;
    Route route_ = Route::Fee;
    bool focus_pending_ = true;
    bool scroll_to_top_ = false;
    FeeView fee_;
    EnrollmentView enrollment_;
    CaseView case_;
    ProgramView program_;
    std::string announced_, focus_label_, focus_value_, save_state_shown_;

    // The workspace and how it is kept.
    Workspace ws_;
    WorkspaceFiles* files_ = nullptr;
    StorageAccess access_ = StorageAccess::Unavailable;
    bool loaded_ = false;
    Autosave autosave_;
    std::int64_t revision_ = 0;
    std::optional<double> retry_at_;
    int exports_seen_ = 0;
    struct Broken {
        std::string file, reason, restored_from;  // restored_from: when the copy we started from was saved
        bool dismissed = false;
    };
    std::optional<Broken> broken_;
    std::string storage_message_;  // the last thing that happened to the storage, for #live
    bool storage_failure_shown_ = false;
    bool widgets_stale_ = false;
    bool rescued_ = false;  // the workspace came from the journal and is not yet durable  // the workspace was replaced under the widgets (take-over)
};

// "#/avgift" → Route::Fee; the canonical hash of a route.
Route route_from_hash(std::string_view hash);
std::string_view hash_of(Route route);

}  // namespace ln::web
