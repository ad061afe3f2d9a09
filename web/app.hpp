#pragma once
// The app: which view is open, the language, the page chrome (title, tabs, save state, notices), and one
// frame of drawing. The workspace and its saving are the WorkspaceSession's. Knows nothing of the browser:
// the platform layer feeds it input and gives it a ShellPort.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bundled.hpp"
#include "routes.hpp"
#include "shell_port.hpp"
#include "storage_access.hpp"
#include "views/case_view.hpp"
#include "views/desk.hpp"
#include "views/enrollment_view.hpp"
#include "views/fee_view.hpp"
#include "views/program_view.hpp"
#include "views/statement_view.hpp"
#include "semantics.hpp"
#include "widgets.hpp"
#include "workspace_session.hpp"

namespace ln::web {

class App {
public:
    App(Bundled data, std::string language, ShellPort& shell);
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // The address asked for a network by its program id (?program=<id>). The app uses the program kept
    // with the workspace, else its own; asked for another, it says so on every view.
    void ask_program(std::string_view id) { asked_program_ = id; }
    // The address bar changed (load, back/forward, a typed URL). Unknown routes open the fee view.
    void open_route(std::string_view hash);
    // Draws one frame; call between ImGui::NewFrame() and ImGui::Render(). Returns true when another
    // frame is needed even without new input (a focus move still landing).
    bool frame();
    // A file the user picked (ShellPort::pick_file, pick_files) arrived; read_failed: the browser could not
    // read it; more: further files of the same pick follow; whole_size: the file's size, when only its start
    // was read (past the import limit).
    void file_picked(const std::string& name, const std::string& bytes, bool read_failed = false, bool more = false,
                     std::uint64_t whole_size = 0);
    // What the user did to an element of the page's semantic layer (typed, pressed, chose, focused).
    void page_event(ui::PageEvent event) { ui::post(widgets_, std::move(event)); }
    // The page scrolled to `y` CSS pixels: the canvas follows the document.
    void scrolled(float y) { scroll_y_ = y; }
    // The other tab closed and this one holds the lock now (the files were re-read from storage).
    void take_over();
    // The user chose a language (one of kLanguages): at once when its texts are here, else as soon as the
    // page has fetched them (ShellPort::load_language).
    void choose_language(std::string_view language);
    // The page fetched a language's catalogue: the app switches to it if that is still the one chosen.
    void language_loaded(std::string_view json);
    // It could not be fetched (offline before the first visit kept it): said, and the page stays as it is.
    void language_failed(std::string_view language);

    WorkspaceSession& session() { return session_; }
    const WorkspaceSession& session() const { return session_; }
    Route route() const { return route_; }
    const std::string& language() const { return language_; }
    FeeView& fee_view() { return fee_; }
    EnrollmentView& enrollment_view() { return enrollment_; }
    CaseView& case_view() { return case_; }
    // What the views hold that is not stored work (the fee calculator's figures), as JSON: the page keeps it
    // across its reload into another module (KS-mottak and back) and hands it to restore_view_state.
    std::string view_state() const { return fee_.state(); }
    void restore_view_state(std::string_view state) { fee_.restore(state, shown_.municipalities); }
    // Carries KS-mottak (#/mottak, linked from the footer); `desk` must outlive the app.
    void add_desk(Desk& desk) { desk_ = &desk; }

private:
    const Catalog& cat() const { return data_.catalog(language_); }
    void draw_header();
    void draw_footer();
    void draw_notices();
    void draw_save_state();
    ViewOutcome draw_view();
    void go(Route route);
    void leave(Route route);
    void switch_theme();
    // The program the views, exports and checks use: the file kept with the workspace, else the app's own.
    const Program& program_in_use() const { return kept_program_ ? *kept_program_ : data_.program; }
    // The views and the session follow the program kept with the workspace (after a load or a change).
    void follow_program();
    // The program in use in the user's language, and what the notice says about it.
    void show_program();
    void open_program_file(const std::string& name, const std::string& bytes, std::uint64_t whole_size);
    void drop_program_file();
    void follow_workspace();
    void tell_shell();
    bool keeps_work() const { return shows_stored_work(route_); }

    Bundled data_;
    std::string language_;
    std::string language_pending_;  // chosen, its catalogue on its way
    std::string language_notice_;   // a chosen language could not be fetched: said on every view
    std::optional<Program> kept_program_;  // parsed from the workspace's program file; none: data_.program
    std::optional<Error> kept_unusable_;   // why this version cannot use the kept program file
    std::string asked_program_;     // ?program=<id> in the address (empty: none asked for)
    std::string program_notice_;    // the address asked for a program the app does not have: said on every view
    // What the views show: the program in use with its texts in the user's language (its `original` is
    // what the session saves and exports, the same in every language), and the bundled municipalities and
    // goals (data_ gave them up to this).
    Bundled shown_;
    ShellPort& shell_;
    WorkspaceSession session_;
    ui::Context widgets_;
    std::string refusal_;  // a text refused as too long: what #live says until the next edit
    Route route_ = Route::Fee;
    bool focus_pending_ = true;
    bool waiting_for_storage_ = false;  // a view that shows stored work was drawn before storage opened
    bool scroll_to_top_ = false;
    int generation_seen_ = 0;  // the session's workspace generation the views were last set up for
    FeeView fee_;
    EnrollmentView enrollment_;
    CaseView case_;
    ProgramView program_;
    StatementView statement_;
    Desk* desk_ = nullptr;  // KS-mottak, where it is added
    SemanticsDiff semantics_;
    float scroll_y_ = 0;
    float content_height_ = 0;
    int announced_said_ = 0;
    std::string announced_, title_, save_state_shown_;
};

}  // namespace ln::web
