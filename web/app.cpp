#include "app.hpp"

#include <algorithm>

#include <imgui.h>

#include "theme.hpp"
#include "widgets.hpp"

namespace ln::web {

namespace {
struct RouteInfo {
    Route route;
    std::string_view hash;
    const char* nav_key;
};
constexpr RouteInfo kRoutes[] = {
    {Route::Fee, "#/avgift", "nav.fee"},
    {Route::Enrollment, "#/pamelding", "nav.enrollment"},
    {Route::Program, "#/program", "nav.program"},
};
}  // namespace

Route route_from_hash(std::string_view hash) {
    for (const auto& r : kRoutes)
        if (r.hash == hash) return r.route;
    return Route::Fee;
}

std::string_view hash_of(Route route) {
    for (const auto& r : kRoutes)
        if (r.route == route) return r.hash;
    return "#/avgift";
}

App::App(Bundled data, std::string language, ShellPort& shell)
    : data_(std::move(data)), language_(language == "en" ? "en" : "nb"), shell_(shell) {}

void App::open_route(std::string_view hash) {
    const Route r = route_from_hash(hash);
    if (r != route_) {
        leave(route_);
        focus_pending_ = scroll_to_top_ = true;
    }
    route_ = r;
    if (hash != hash_of(r)) shell_.show_route(hash_of(r), /*replace=*/true);
}

void App::go(Route route) {
    if (route == route_) return;
    leave(route_);
    route_ = route;
    focus_pending_ = true;
    scroll_to_top_ = true;
    shell_.show_route(hash_of(route), /*replace=*/false);
}

void App::leave(Route route) {
    switch (route) {
    case Route::Fee: break;
    case Route::Enrollment: enrollment_.left(); break;
    case Route::Program: program_.left(); break;
    }
}

void App::file_picked(const std::string& name, const std::string& bytes) {
    // Only the enrollment view imports today; a file arriving elsewhere goes there too.
    go(Route::Enrollment);
    enrollment_.file_picked(name, bytes, data_.catalog(language_));
}

void App::switch_language() {
    language_ = language_ == "en" ? "nb" : "en";
    shell_.show_language(language_);
}

void App::draw_header() {
    const Catalog& cat = data_.catalog(language_);
    const std::string switch_label = cat.text("app.language_switch");
    const float switch_width = ImGui::CalcTextSize(switch_label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushFont(theme::fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - switch_width - 12.0f + ImGui::GetCursorPosX());
    ImGui::TextUnformatted(cat.text("app.title").c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - switch_width);
    if (ui::button(switch_label)) switch_language();
    ui::muted(cat.text("app.organiser", {{"organiser", data_.program.organiser}}));
    std::vector<std::string> labels;
    std::size_t current = 0;
    for (std::size_t i = 0; i < std::size(kRoutes); ++i) {
        labels.push_back(cat.text(kRoutes[i].nav_key));
        if (kRoutes[i].route == route_) current = i;
    }
    if (auto clicked = ui::tabs(labels, current)) go(kRoutes[*clicked].route);
    ui::separator();
}

bool App::frame() {
    const Catalog& cat = data_.catalog(language_);
    ui::begin_frame();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // A readable column on wide screens, the full width on phones: the side padding centres it.
    const float pad_y = ImGui::GetStyle().WindowPadding.y;
    const float min_pad_x = ImGui::GetStyle().WindowPadding.x;
    const float pad_x = std::max(min_pad_x, (vp->WorkSize.x - theme::kContentMaxWidth) * 0.5f);
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, pad_y));
    ImGui::Begin("##app", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    if (scroll_to_top_) {
        ImGui::SetScrollY(0.0f);
        scroll_to_top_ = false;
    }
    draw_header();
    if (focus_pending_) {
        ui::focus_next_field();
        focus_pending_ = false;
    }
    switch (route_) {
    case Route::Fee: fee_.draw(data_, cat); break;
    case Route::Enrollment: enrollment_.draw(data_, cat, shell_); break;
    case Route::Program:
        if (program_.draw(data_, cat, shell_)) go(Route::Fee);
        break;
    }
    ImGui::Dummy(ImVec2(0, pad_y));
    ImGui::End();
    tell_shell();
    return ui::settling();
}

void App::tell_shell() {
    const Catalog& cat = data_.catalog(language_);
    std::string live;
    switch (route_) {
    case Route::Fee: live = fee_.live_text(data_, cat); break;
    case Route::Enrollment: live = enrollment_.live_text(data_, cat); break;
    case Route::Program: live = program_.live_text(data_, cat); break;
    }
    if (live != announced_) {
        announced_ = live;
        shell_.announce(live);
    }
    const ui::FieldInfo* f = ui::focused_field();
    const std::string label = f ? f->label : "";
    const std::string value = f ? f->value : "";
    if (label != focus_label_ || value != focus_value_) {
        focus_label_ = label;
        focus_value_ = value;
        shell_.describe_focus(label, value);
    }
}

}  // namespace ln::web
