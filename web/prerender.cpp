// Build tool: the start view (the fee calculator) as the HTML the server sends, in every language. The real
// App draws it headlessly (Dear ImGui without a GPU) on a wide screen, and its semantics nodes are written
// as the elements shell/semantics.js would make for them — headings, text, the bracket table, the
// population field — so the page has real, readable, accessible content before app.wasm has arrived, and
// without WebAssembly at all. Compiled with Emscripten and run under node, like fallback_page.
//
//   prerender OUT_DIR PROGRAM.json   writes prerender-<lang>.html (the inside of #a11y) and shells-<lang>.html (the other
//                       views' headings) for nb, nn and en and prerender.css (where each element
//                       sits on a wide screen, as the canvas draws it)
#include <algorithm>
#include <iterator>
#include <cstdio>
#include <functional>
#include <fstream>
#include <memory>
#include <string>

#include <imgui.h>

#include "app.hpp"
#include "bundled.hpp"
#include "identifiers.hpp"
#include "ln_font.hpp"
#include "semantics.hpp"
#include "shell_port.hpp"
#include "theme.hpp"
#include "views/desk_view.hpp"
#include "widgets.hpp"

namespace {

using ln::web::Role;
using ln::web::SemanticsNode;

// The page as the app sees it while nothing is stored and nothing is pressed.
struct QuietShell final : ln::web::ShellPort {
    void announce(const std::string&) override {}
    void show_route(std::string_view, bool) override {}
    void show_language(std::string_view) override {}
    void load_language(std::string_view) override {}
    void show_theme(bool) override {}
    void update_semantics(const std::string&) override {}
    void show_title(const std::string&) override {}
    void download(const std::string&, const std::string&, const std::string&) override {}
    void pick_file(const std::string&) override {}
    void pick_files(bool) override {}
    void copy_text(const std::string&) override {}
    std::string now_utc() override { return "2026-01-01T00:00:00Z"; }
    double now_ms() override { return 0; }
    std::string local_time() override { return "00:00"; }
    void persist(std::uint64_t, double, std::size_t) override {}
    void show_save_state(std::string_view, const std::string&) override {}
};


bool container(Role r) {
    switch (r) {
    case Role::Banner: case Role::Navigation: case Role::Main: case Role::ContentInfo: case Role::Region: case Role::List:
    case Role::Table: case Role::Row: case Role::TabList: case Role::ListBox: case Role::Group: case Role::TabPanel:
        return true;
    default: return false;
    }
}

// The same tags as shell/semantics.js (TAGS), so that the page can adopt the controls as they are.
std::string tag_of(const SemanticsNode& n) {
    switch (n.role) {
    case Role::Heading: return "h" + std::to_string(std::clamp(n.level, 1, 3));
    case Role::Banner: return "header";
    case Role::Navigation: return "nav";
    case Role::Main: return "main";
    case Role::ContentInfo: return "footer";
    case Role::Region: return "section";
    case Role::List: return "ul";
    case Role::Table: return "table";
    case Role::Row: return "tr";
    case Role::ListItem: return "li";
    case Role::ColumnHeader: case Role::RowHeader: return "th";
    case Role::Cell: return "td";
    case Role::Label: return "label";
    case Role::Link: case Role::SkipLink: return "a";
    case Role::Button: case Role::Tab: return "button";
    case Role::CheckBox: case Role::TextBox: case Role::ComboBox: return "input";
    case Role::TextArea: return "textarea";
    case Role::Select: return "select";
    case Role::TabList: case Role::ListBox: case Role::Group: case Role::TabPanel: case Role::Option: case Role::ProgressBar:
        return "div";
    default: return "p";
    }
}

// CSS px at the default text size (16 px) in rem.
float rem(float px) { return px / 16.0f; }

struct Page {
    std::string html, css;
};

// `prefix` keeps the two languages' position classes apart; `dx` moves x from the prerendered screen's
// column to the column's left edge.
Page write_page(const std::vector<SemanticsNode>& nodes, const std::string& prefix, float dx) {
    Page page;
    std::vector<std::vector<std::size_t>> children(nodes.size() + 1);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        children[nodes[i].parent >= 0 ? static_cast<std::size_t>(nodes[i].parent) : nodes.size()].push_back(i);
    auto attr = [](const char* name, const std::string& value) { return " " + std::string(name) + "=\"" + ln::escape_html(value) + "\""; };
    std::function<void(std::size_t)> element = [&](std::size_t i) {
        const SemanticsNode& n = nodes[i];
        const std::string tag = tag_of(n);
        const std::string role = ln::web::role_id(n.role);
        std::string a = attr("data-role", role);
        if (n.level) a += attr("data-level", std::to_string(n.level));
        if (n.id) a += attr("data-id", std::to_string(n.id));
        const bool leaf = !container(n.role);
        std::string cls = leaf ? "t" : "c";
        if (leaf && n.role != Role::SkipLink) {
            const std::string pos = prefix + std::to_string(i);
            cls += " " + pos;
            char rule[200];
            // In rem: the canvas grows with the browser's text size setting, and so do these places.
            std::snprintf(rule, sizeof rule, "#a11y.static .%s{left:calc(var(--col) + %grem);top:%grem;width:%grem;height:%grem}\n",
                          pos.c_str(), rem(n.rect.x - dx), rem(n.rect.y), rem(n.rect.w), rem(n.rect.h));
            page.css += rule;
        }
        if (n.has(ln::web::kMuted)) cls += " muted";
        // Text drawn on more than one line wraps at the canvas's width; the rest stays on its line.
        const bool text = n.role == Role::Paragraph || n.role == Role::Heading || n.role == Role::Label ||
                          n.role == Role::Cell || n.role == Role::RowHeader || n.role == Role::ListItem || n.role == Role::Figure;
        if (text && n.rect.h > 1.6f * ImGui::GetTextLineHeight()) cls += " wraps";
        if (n.role == Role::SkipLink) cls = "t skip";
        a += attr("class", cls);
        if (!n.lang.empty()) a += attr("lang", n.lang);
        switch (n.role) {
        case Role::Main: a += attr("id", "main") + attr("tabindex", "-1"); break;
        case Role::Navigation: case Role::Table: case Role::Group: if (!n.name.empty()) a += attr("aria-label", n.name); break;
        case Role::Link: a += attr("href", n.href); if (n.has(ln::web::kSelected)) a += attr("aria-current", "page"); break;
        case Role::SkipLink: a += attr("href", "#main"); break;
        case Role::Label: if (n.label_for) a += attr("for", "f" + std::to_string(n.label_for)); break;
        case Role::Button: case Role::Tab:
            a += attr("type", "button");
            if (n.has(ln::web::kPressable)) a += attr("aria-pressed", n.has(ln::web::kSelected) ? "true" : "false");
            break;
        case Role::ColumnHeader: a += attr("scope", "col"); break;
        case Role::RowHeader: a += attr("scope", "row"); break;
        case Role::TextBox: case Role::ComboBox:
            a += attr("id", "f" + std::to_string(n.id));
            a += attr("type", n.input == "email" || n.input == "tel" ? n.input : "text");
            if (n.input == "numeric") a += attr("inputmode", "numeric");
            a += attr("autocomplete", n.autocomplete.empty() ? "off" : n.autocomplete);
            if (n.has(ln::web::kNoSpellcheck)) a += attr("spellcheck", "false");
            if (!n.placeholder.empty()) a += attr("placeholder", n.placeholder);
            if (n.has(ln::web::kRequired)) a += attr("aria-required", "true");
            if (n.role == Role::ComboBox) a += attr("role", "combobox") + attr("aria-autocomplete", "list") + attr("aria-expanded", "false");
            if (!n.value.empty()) a += attr("value", n.value);
            break;
        default: break;
        }
        page.html += "<" + tag + a + ">";
        if (tag == "input") return;  // void element
        if (leaf && n.role != Role::TextArea && n.role != Role::Select) page.html += ln::escape_html(n.name);
        for (std::size_t c : children[i]) element(c);
        page.html += "</" + tag + ">";
    };
    for (std::size_t top : children[nodes.size()]) element(top);
    return page;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: prerender OUT_DIR PROGRAM.json\n");
        return 2;
    }
    auto data = ln::load_bundled();
    if (!data) {
        std::fprintf(stderr, "bundled data: %s %s\n", data.error().path.c_str(), data.error().message.key.c_str());
        return 1;
    }
    // The browser's embedded program has no translations (they come with each language's catalogue): the
    // page in nynorsk and English is written from the whole program file.
    {
        std::ifstream in(argv[2], std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto whole = ln::parse_program(text);
        if (!whole) {
            std::fprintf(stderr, "%s: %s %s\n", argv[2], whole.error().path.c_str(), whole.error().message.key.c_str());
            return 1;
        }
        data.value().program = std::move(whole.value());
    }
    // A wide screen: the column has its full width, so positions hold on every screen at least as wide.
    constexpr float kWidth = 1280, kHeight = 900;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    ln::web::ui::configure(io);
    io.DisplaySize = {kWidth, kHeight};
    io.DeltaTime = 1.0f / 60.0f;
    ln::web::theme::apply_style();
    ln::web::theme::set_font_data(std::string(ln::embedded::ui_font));
    ln::web::theme::load_fonts(1.0f);
    QuietShell shell;
    std::string css;
    float column = 0, pad = 0, dx = 0, height = 0, header_gap = 0;
    std::string narrow_title;
    for (std::string_view language : ln::kLanguages) {
        const std::string lang(language);
        auto app = std::make_unique<ln::web::App>(data.value(), lang, shell);
        ln::web::DeskView desk;  // KS-mottak's heading, for the page loading desk.wasm at #/mottak
        app->add_desk(desk);
        app->open_route("#/avgift");
        for (int i = 0; i < 4; ++i) {
            ImGui::NewFrame();
            app->frame();
            ImGui::Render();
        }
        column = ln::web::theme::em(ln::web::theme::kContentMaxEm);
        pad = ImGui::GetStyle().WindowPadding.x;
        dx = std::max(pad, (kWidth - column) * 0.5f);
        const auto& nodes = ln::web::ui::nodes();
        // Each language's position classes apart: n(b), y (nynorsk), e(n).
        const Page page = write_page(nodes, lang == "nb" ? "n" : lang == "nn" ? "y" : "e", dx);
        for (const auto& n : nodes) height = std::max(height, n.rect.y + n.rect.h + ImGui::GetStyle().WindowPadding.y);
        // From the tabs to the view's heading (the separator and its spacing): where a narrow screen's flow
        // puts <main>.
        if (header_gap == 0) {
            float heading = 0, tabs = 0;
            for (const auto& n : nodes)
                if (n.role == Role::Heading && n.level == 1 && heading == 0) heading = n.rect.y;
            for (const auto& n : nodes)
                if (n.role == Role::Link && n.rect.y < heading) tabs = std::max(tabs, n.rect.y + n.rect.h);
            header_gap = heading - tabs;
        }
        std::ofstream(std::string(argv[1]) + "/prerender-" + lang + ".html", std::ios::binary) << page.html << "\n";
        css += page.css;
        // On a narrow screen the title keeps the look and language buttons beside it only while it has
        // kTitleRoomEm left (App::draw_header), else it takes the whole line and they go under it: its
        // flex basis is the width less theirs in the one case, the whole width in the other (the clamp is
        // that «if», in CSS).
        {
            const ImGuiStyle& style = ImGui::GetStyle();
            std::size_t title = nodes.size();
            for (std::size_t i = 0; i < nodes.size() && title == nodes.size(); ++i)
                if (nodes[i].role == Role::Paragraph && nodes[i].level == 1) title = i;
            float left = kWidth, right = 0;
            for (const auto& n : nodes)
                if (title < nodes.size() && n.role == Role::Button && n.rect.y == nodes[title].rect.y)
                    left = std::min(left, n.rect.x), right = std::max(right, n.rect.x + n.rect.w);
            if (title == nodes.size() || right <= left) {
                std::fprintf(stderr, "prerender: no site title with its buttons beside it in %s\n", lang.c_str());
                return 1;
            }
            char rule[400];
            const float reserved = rem(right - left + style.ItemSpacing.x);
            const float room = rem(ln::web::theme::em(ln::web::theme::kTitleRoomEm));
            std::snprintf(rule, sizeof rule, "#a11y.static .%s%zu{flex:1 1 calc(100%% - %grem + clamp(0rem, (%grem - 100%%) * 1000, %grem))}",
                          lang == "nb" ? "n" : lang == "nn" ? "y" : "e", title, reserved, reserved + room, reserved);
            narrow_title += rule;
        }
        // The other views' headings: until the app draws one of them, the page shows the start view's
        // header with that view's heading (shell/glue.js).
        std::string shells;
        for (const char* route : {"#/pamelding", "#/case", "#/program", "#/tilgjengelighet", "#/mottak"}) {
            app->open_route(route);
            for (int i = 0; i < 4; ++i) {
                ImGui::NewFrame();
                app->frame();
                ImGui::Render();
            }
            for (const auto& n : ln::web::ui::nodes())
                if (n.role == Role::Heading && n.level == 1) {
                    shells += "<h1 data-route=\"" + std::string(route) + "\">" + ln::escape_html(n.name) + "</h1>";
                    break;
                }
        }
        std::ofstream(std::string(argv[1]) + "/shells-" + lang + ".html", std::ios::binary) << shells << "\n";
    }
    // shell/app.css switches between these positions and a flowing page at the same width.
    constexpr float kAppCssBreakpoint = 876;  // 54.75em in app.css
    if (column + 2 * pad != kAppCssBreakpoint) {
        std::fprintf(stderr, "prerender: the column is now %.0f px (%gem) wide with its padding; change 54.75em in "
                             "shell/app.css and kAppCssBreakpoint here\n", column + 2 * pad, rem(column + 2 * pad));
        return 1;
    }
    // Where the column starts is the app's own rule (App::frame): centred, with at least the window padding.
    char head[600];
    std::snprintf(head, sizeof head,
                  "/* Made by web/prerender.cpp: the start view's elements where the canvas draws them, on screens "
                  "at least %gem wide (narrower ones flow, see app.css). */\n@media (min-width: %gem) {\n"
                  "#a11y.static{--col:max(%grem,calc((100%% - %grem) / 2));height:%grem;padding:0}\n"
                  "#a11y.static .t{position:absolute;margin:0}\n",
                  rem(column + 2 * pad), rem(column + 2 * pad), rem(pad), rem(column), rem(height));
    // The page's text and controls at the canvas's sizes (web/theme.hpp), so that text found, selected or
    // shown before the canvas draws sits exactly on the canvas's: one source for both. (A header cell's
    // rectangle is the whole cell, with the table's padding; a body cell's is its text.)
    namespace theme = ln::web::theme;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float frame = theme::kBodyPx + 2 * style.FramePadding.y;
    char type[2000];
    std::snprintf(type, sizeof type,
                  "/* Made by web/prerender.cpp from web/theme.hpp: the canvas's text and control sizes, in rem so that\n"
                  "   they follow the browser's text size setting as the canvas does. */\n"
                  "#a11y{font-size:%.6grem;line-height:%grem}\n"
                  "#a11y h1.t,#a11y header p[data-level=\"1\"]{font-size:%.6grem;line-height:%grem}\n"
                  "#a11y h2.t,#a11y h3.t{font-size:%.6grem;line-height:%grem}\n"
                  "#a11y p[data-role=figure]{font-size:%.6grem;line-height:%grem}\n"
                  "#a11y th.t{padding:%grem %grem}\n"
                  "@media (max-width:%gem){#a11y.static input.t:not([type=checkbox]){height:%grem}"
                  "#a11y.static a.t,#a11y.static button.t{padding:0 calc(%grem - 1px);line-height:%grem}\n"
                  "#a11y.static{padding:%grem %grem}#a11y.static .t{margin:0 0 %grem}#a11y.static header .t{margin:0}\n"
                  "#a11y.static header.c,#a11y.static header div.c,#a11y.static nav.c{gap:%grem %grem}\n"
                  "#a11y.static main.c{margin-top:%grem}\n/* A subheading's spacing above (ui::subheading) and the item spacing, which its margin collapses with. */\n#a11y.static h2.t,#a11y.static h3.t{margin-top:%grem}\n",
                  rem(theme::css_px(theme::kBodyPx)), rem(theme::kBodyPx), rem(theme::css_px(theme::kHeadingPx)),
                  rem(theme::kHeadingPx), rem(theme::css_px(theme::kSubheadingPx)), rem(theme::kSubheadingPx),
                  rem(theme::css_px(theme::kFigurePx)), rem(theme::kFigurePx), rem(style.CellPadding.y), rem(style.CellPadding.x),
                  rem(column + 2 * pad) - 0.001f, rem(frame), rem(style.FramePadding.x), rem(frame - 2),
                  rem(style.WindowPadding.y), rem(style.WindowPadding.x), rem(style.ItemSpacing.y), rem(style.ItemSpacing.y),
                  rem(style.ItemSpacing.x), rem(header_gap), rem(2 * style.ItemSpacing.y));
    std::ofstream out(std::string(argv[1]) + "/prerender.css", std::ios::binary);
    out << type << narrow_title << "}\n" << head << css << "#a11y.static a.t,#a11y.static button.t{padding:0 " << rem(style.FramePadding.x)
        << "rem;line-height:" << rem(frame - 2) << "rem}\n}\n";
    ImGui::DestroyContext();
    return out ? 0 : 1;
}
