#pragma once
// Runs the real App and views with Dear ImGui but no GPU and no browser. A small stand-in for the page
// (what shell/semantics.js does with real DOM elements) keeps keyboard focus among the semantics nodes,
// types into fields, presses buttons and moves with Tab, and posts the same PageEvents the page posts.
// What the page would be told is recorded.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "app.hpp"
#include "views/desk_view.hpp"
#include "bundled.hpp"
#include "ln_font.hpp"
#include "shell_port.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace ln::test {

struct RecordingShell final : web::ShellPort {
    std::vector<std::string> announced;
    std::vector<std::pair<std::string, bool>> routes;
    std::string language, title;
    std::string focus_label, focus_value;  // kept by Headless: the focused element's name and value
    int semantics_updates = 0;
    std::string last_semantics;

    void announce(const std::string& text) override { announced.push_back(text); }
    void show_route(std::string_view route, bool replace) override { routes.emplace_back(route, replace); }
    void show_language(std::string_view lang) override { language = lang; }
    std::vector<std::string> languages_fetched;  // load_language: the test hands the catalogue over
    void load_language(std::string_view lang) override { languages_fetched.emplace_back(lang); }
    std::string theme;
    void show_theme(bool dark) override { theme = dark ? "dark" : "light"; }
    void update_semantics(const std::string& changes) override {
        ++semantics_updates;
        last_semantics = changes;
    }
    void show_title(const std::string& t) override { title = t; }
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
    void pick_files(bool folder) override { ++(folder ? folder_pickers_opened : files_pickers_opened); }
    int files_pickers_opened = 0, folder_pickers_opened = 0;
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
    explicit Headless(std::string language = "nb", ImVec2 size = {1000, 800})
        : Headless(load_bundled().value(), std::move(language), size) {}
    // With data of the test's own (another program, a pseudo-language).
    Headless(Bundled bundled, std::string language, ImVec2 size = {1000, 800}) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        web::ui::configure(io);
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        web::theme::apply_style();
        if (!web::theme::has_font_data()) web::theme::set_font_data(std::string(embedded::ui_font));
        web::theme::load_fonts(1.0f);
        app = std::make_unique<web::App>(std::move(bundled), std::move(language), shell);
        app->add_desk(desk);
        app->open_route("");
        frames(3);
    }
    ~Headless() {
        app.reset();
        ImGui::DestroyContext();
    }
    static const Bundled& data() {
        static const Bundled d = load_bundled().value();
        return d;
    }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame, then as many more as the app asks for, as the browser platform does; then the page's
    // side: focus where the app asked for it, and what the focused element says.
    void frame() {
        for (int i = 0; i < 8; ++i) {
            ImGui::NewFrame();
            const bool more = app->frame();
            ImGui::Render();
            if (!more) break;
        }
        const auto* f = web::ui::focused_node();
        shell.focus_label = f ? f->name : "";
        shell.focus_value = f ? (f->role == web::Role::CheckBox ? (f->has(web::kChecked) ? "checked" : "") : f->value) : "";
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    // Opens the stored work in `files` (as this tab may use it) and the view at `route`.
    void open_stored(web::WorkspaceFiles& files, std::string_view route, web::StorageAccess access = web::StorageAccess::Writer) {
        app->session().open(&files, access);
        app->open_route(route);
        frames(4);
    }
    // Lets autosave's quiet time pass and storage report every write durable.
    void settle() {
        shell.clock_ms += 600;
        frames(2);
        for (auto n : shell.persists) app->session().storage_synced(n, web::SyncResult::Ok, "");
        shell.persists.clear();
        frames(1);
    }
    const web::SemanticsNode* focused() const { return web::ui::focused_node(); }
    void post(web::ui::PageEvent e) {
        app->page_event(std::move(e));
        frames(2);
    }
    void focus(const web::SemanticsNode& n) { post({web::ui::PageEvent::Kind::Focus, n.id}); }
    static bool editable(const web::SemanticsNode& n) {
        return n.role == web::Role::TextBox || n.role == web::Role::TextArea || n.role == web::Role::ComboBox;
    }
    // Typing into the focused field: the text goes at its end (where the caret is after focusing it).
    void type(const std::string& text) {
        const auto* f = focused();
        REQUIRE_MESSAGE(f != nullptr, "typing with nothing focused");
        if (editable(*f)) post({web::ui::PageEvent::Kind::Input, f->id, f->value + text});
        else if (text == " ") press(ImGuiKey_Space);
    }
    // A key as the browser handles it on the focused element.
    void press(ImGuiKey key, bool shift = false) {
        using K = web::ui::PageEvent::Kind;
        const auto* f = focused();
        if (key == ImGuiKey_Tab) {
            const auto& all = web::ui::nodes();
            std::vector<const web::SemanticsNode*> stops;
            for (const auto& n : all)
                if (web::focusable(n.role) && !n.has(web::kDisabled)) stops.push_back(&n);
            REQUIRE(!stops.empty());
            std::size_t at = stops.size();
            for (std::size_t i = 0; f && i < stops.size(); ++i)
                if (stops[i]->id == f->id) at = i;
            const std::size_t next = at == stops.size() ? (shift ? stops.size() - 1 : 0)
                                                        : (shift ? (at + stops.size() - 1) % stops.size() : (at + 1) % stops.size());
            focus(*stops[next]);
            return;
        }
        if (!f) return;
        const bool pressable = f->role == web::Role::Button || f->role == web::Role::Link || f->role == web::Role::Tab;
        switch (key) {
        case ImGuiKey_Enter:
            if (pressable) post({K::Activate, f->id});
            else if (f->role == web::Role::ComboBox) post({K::Key, f->id, "Enter"});
            else if (f->role == web::Role::TextArea) post({K::Input, f->id, f->value + "\n"});
            break;  // in a single-line field Enter changes nothing, as on a web form
        case ImGuiKey_Space:
            if (pressable || f->role == web::Role::CheckBox) post({K::Activate, f->id});
            else if (editable(*f)) post({K::Input, f->id, f->value + " "});
            break;
        case ImGuiKey_DownArrow:
        case ImGuiKey_UpArrow: {
            const bool down = key == ImGuiKey_DownArrow;
            if (f->role == web::Role::ComboBox) post({K::Key, f->id, down ? "ArrowDown" : "ArrowUp"});
            if (f->role == web::Role::Select) {
                const int n = static_cast<int>(f->options.size());
                const int to = std::clamp(f->selected + (down ? 1 : -1), 0, n - 1);
                if (to != f->selected) post({K::Choose, f->id, "", to});
            }
            break;
        }
        case ImGuiKey_Escape:
            if (f->role == web::Role::ComboBox) post({K::Key, f->id, "Escape"});
            break;
        case ImGuiKey_Backspace:
            if (editable(*f) && !f->value.empty()) {
                std::string v = f->value;
                do v.pop_back();
                while (!v.empty() && (static_cast<unsigned char>(v.back()) & 0xC0) == 0x80);
                if (!v.empty() && (static_cast<unsigned char>(v.back()) & 0xC0) == 0xC0) v.pop_back();
                post({K::Input, f->id, v});
            }
            break;
        default: frames(2);
        }
    }
    void select_all_and_delete() {
        const auto* f = focused();
        if (f && editable(*f)) post({web::ui::PageEvent::Kind::Input, f->id, ""});
    }
    // Picks an option of a choice by its text, as a person does in the drop-down.
    void choose(std::string_view label, std::string_view option) {
        const web::SemanticsNode n = field(label);  // a copy: focusing draws frames, which remake the nodes
        const auto it = std::find(n.options.begin(), n.options.end(), option);
        REQUIRE_MESSAGE(it != n.options.end(), "no option " << std::string(option));
        focus(n);
        post({web::ui::PageEvent::Kind::Choose, n.id, "", static_cast<int>(it - n.options.begin())});
    }
    const web::SemanticsNode& field(std::string_view label) {
        const auto* f = web::ui::find(label);
        REQUIRE_MESSAGE(f != nullptr, "nothing named " << std::string(label));
        return *f;
    }
    // A click on the element named `label`: focuses a field, presses a button, ticks a box, picks an option.
    void click_field(std::string_view label) {
        const web::SemanticsNode n = field(label);
        if (web::focusable(n.role)) focus(n);
        if (n.role == web::Role::Button || n.role == web::Role::Link || n.role == web::Role::Tab ||
            n.role == web::Role::CheckBox || n.role == web::Role::Option)
            post({web::ui::PageEvent::Kind::Activate, n.id});
    }

    RecordingShell shell;
    web::DeskView desk;  // KS-mottak: the headless app carries it
    std::unique_ptr<web::App> app;
};

}  // namespace ln::test
