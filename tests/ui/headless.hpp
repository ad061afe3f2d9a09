#pragma once
// Runs the real App and views with Dear ImGui but no GPU and no browser: input goes in through ImGuiIO
// as the platform layer would feed it, and what the page would be told is recorded.
#include <string>
#include <memory>
#include <vector>

#include <imgui.h>

#include "app.hpp"
#include "bundled.hpp"
#include "shell_port.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace ln::test {

struct RecordingShell final : web::ShellPort {
    std::vector<std::string> announced;
    std::vector<std::pair<std::string, bool>> routes;
    std::string language, focus_label, focus_value;

    void announce(const std::string& text) override { announced.push_back(text); }
    void show_route(std::string_view route, bool replace) override { routes.emplace_back(route, replace); }
    void show_language(std::string_view lang) override { language = lang; }
    void describe_focus(const std::string& label, const std::string& value) override {
        focus_label = label;
        focus_value = value;
    }
    struct Download {
        std::string name, mime, bytes;
    };
    std::vector<Download> downloads;
    int file_pickers_opened = 0;
    std::string clipboard;

    void download(const std::string& name, const std::string& mime, const std::string& bytes) override {
        downloads.push_back({name, mime, bytes});
    }
    void pick_file(const std::string&) override { ++file_pickers_opened; }
    void copy_text(const std::string& text) override { clipboard = text; }
    std::string now_utc() override { return utc; }
    double now_ms() override { return clock_ms; }
    std::string local_time() override { return "13:00"; }
    // Storage syncs asked for, by write number; the test says when (and whether) they finish.
    std::vector<std::uint64_t> persists;
    void persist(std::uint64_t n, double, std::size_t) override { persists.push_back(n); }
    std::string save_state, save_text;
    void show_save_state(std::string_view state, const std::string& text) override {
        save_state = state;
        save_text = text;
    }
    std::string utc = "2026-11-28T12:00:00Z";
    double clock_ms = 0;
    std::string live() const { return announced.empty() ? "" : announced.back(); }
};

class Headless {
public:
    explicit Headless(std::string language = "nb", ImVec2 size = {1000, 800}) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        web::ui::configure(io);
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        web::theme::apply_style();
        web::theme::load_fonts(1.0f);
        app = std::make_unique<web::App>(load_bundled().value(), std::move(language), shell);
        app->open_route("");
        frames(3);
    }
    ~Headless() { ImGui::DestroyContext(); }
    static const Bundled& data() {
        static const Bundled d = load_bundled().value();
        return d;
    }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame, then as many more as the app asks for (focus moves take a frame or two to land), as
    // the browser platform does.
    void frame() {
        for (int i = 0; i < 8; ++i) {
            ImGui::NewFrame();
            const bool more = app->frame();
            ImGui::Render();
            if (!more) break;
        }
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    void type(const std::string& text) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frames(2);
    }
    void press(ImGuiKey key, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(key, true);
        frame();
        io.AddKeyEvent(key, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
        frames(2);
    }
    void select_all_and_delete() {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_A, true);
        frame();
        io.AddKeyEvent(ImGuiKey_A, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        frame();
        press(ImGuiKey_Delete);
    }
    void click(ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(at.x, at.y);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(2);
    }
    const web::ui::FieldInfo& field(std::string_view label) {
        const auto* f = web::ui::find_field(label);
        REQUIRE_MESSAGE(f != nullptr, "no field labelled " << std::string(label));
        return *f;
    }
    void click_field(std::string_view label) {
        const auto& f = field(label);
        click(ImVec2((f.min.x + f.max.x) / 2, (f.min.y + f.max.y) / 2));
    }

    RecordingShell shell;
    std::unique_ptr<web::App> app;
};

}  // namespace ln::test
