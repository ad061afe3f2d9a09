#include "theme.hpp"


namespace ln::web::theme {

namespace {
Fonts g_fonts;
std::string g_font_data;  // kept for the atlas's lifetime: the atlas does not own it
}

void set_font_data(std::string bytes) { g_font_data = std::move(bytes); }
bool has_font_data() { return !g_font_data.empty(); }

const Fonts& fonts() { return g_fonts; }

void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes stay in g_font_data
    // Rasterised at the screen's pixel size and drawn 1:1, so no oversampling is needed: half the work
    // at start-up, and glyphs snap to whole pixels.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    // What users may type (Latin-1 and Latin Extended-A: names such as «Kárášjohka»), and punctuation.
    static const ImWchar text[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC, 0x2212, 0x2212, 0};
    // Headings come from our own texts: Latin-1 and punctuation are enough.
    static const ImWchar headings[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0};
    // The big figures are amounts only: "kr 28 250", "kr 2,35", "−".
    static const ImWchar figures[] = {0x0020, 0x0020, 0x002C, 0x002E, 0x0030, 0x0039, 0x006B, 0x006B, 0x0072, 0x0072,
                                      0x00A0, 0x00A0, 0x2212, 0x2212, 0};
    IM_ASSERT(has_font_data() && "theme::set_font_data first");
    void* data = g_font_data.data();
    const int size = static_cast<int>(g_font_data.size());
    auto add = [&](float px, const ImWchar* ranges) {
        return io.Fonts->AddFontFromMemoryTTF(data, size, px * pixel_ratio, &cfg, ranges);
    };
    g_fonts.body = add(17.0f, text);
    g_fonts.heading = add(23.0f, headings);
    g_fonts.subheading = add(19.0f, headings);
    g_fonts.figure = add(34.0f, figures);
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.Fonts->Build();
}

void apply_style() {
    ImGuiStyle& s = ImGui::GetStyle();
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = {20, 16};
    s.FramePadding = {10, 8};
    s.ItemSpacing = {12, 10};
    s.CellPadding = {10, 6};
    s.FrameRounding = 4;
    s.FrameBorderSize = 1;
    s.WindowBorderSize = 0;
    s.ScrollbarSize = 14;
    s.Colors[ImGuiCol_WindowBg] = {1, 1, 1, 1};
    s.Colors[ImGuiCol_Text] = {0.10f, 0.11f, 0.13f, 1};
    s.Colors[ImGuiCol_TextDisabled] = kMuted;
    s.Colors[ImGuiCol_FrameBg] = {1, 1, 1, 1};
    s.Colors[ImGuiCol_FrameBgHovered] = {0.96f, 0.98f, 1, 1};
    s.Colors[ImGuiCol_FrameBgActive] = {1, 1, 1, 1};
    s.Colors[ImGuiCol_Border] = {0.45f, 0.48f, 0.52f, 1};
    s.Colors[ImGuiCol_Button] = kAccent;
    s.Colors[ImGuiCol_ButtonHovered] = {0.05f, 0.42f, 0.68f, 1};
    s.Colors[ImGuiCol_ButtonActive] = {0.01f, 0.25f, 0.43f, 1};
    s.Colors[ImGuiCol_Header] = kHighlight;
    s.Colors[ImGuiCol_HeaderHovered] = {0.78f, 0.88f, 0.96f, 1};
    s.Colors[ImGuiCol_HeaderActive] = {0.70f, 0.83f, 0.94f, 1};
    s.Colors[ImGuiCol_TableHeaderBg] = {0.93f, 0.94f, 0.96f, 1};
    s.Colors[ImGuiCol_TableRowBgAlt] = {0.97f, 0.97f, 0.98f, 1};
    s.Colors[ImGuiCol_NavHighlight] = kAccent;
    s.Colors[ImGuiCol_Tab] = {0.93f, 0.94f, 0.96f, 1};
    s.Colors[ImGuiCol_TabActive] = kAccent;
    s.Colors[ImGuiCol_TabHovered] = {0.05f, 0.42f, 0.68f, 1};
}

}  // namespace ln::web::theme
