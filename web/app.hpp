#pragma once
// The app: which view is open, the language, and one frame of drawing. Knows nothing of the browser:
// the platform layer feeds it input and gives it a ShellPort.
#include <string>
#include <string_view>

#include "bundled.hpp"
#include "shell_port.hpp"
#include "views/enrollment_view.hpp"
#include "views/fee_view.hpp"
#include "views/program_view.hpp"

namespace ln::web {

enum class Route { Fee, Enrollment, Program };

class App {
public:
    App(Bundled data, std::string language, ShellPort& shell);

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

private:
    void draw_header();
    void go(Route route);
    void leave(Route route);
    void switch_language();
    void tell_shell();

    Bundled data_;
    std::string language_;
    ShellPort& shell_;
    Route route_ = Route::Fee;
    bool focus_pending_ = true;
    bool scroll_to_top_ = false;
    FeeView fee_;
    EnrollmentView enrollment_;
    ProgramView program_;
    std::string announced_, focus_label_, focus_value_;
};

// "#/avgift" → Route::Fee; the canonical hash of a route.
Route route_from_hash(std::string_view hash);
std::string_view hash_of(Route route);

}  // namespace ln::web
