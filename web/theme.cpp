#include "theme.hpp"

#include <algorithm>
#include <cmath>


namespace ln::web::theme {

namespace {
Fonts g_fonts;
const Palette* g_palette = &kLight;
float g_text_scale = 1.0f;
std::string g_font_data;  // kept for the atlas's lifetime: the atlas does not own it
}

void set_font_data(std::string bytes) { g_font_data = std::move(bytes); }
bool has_font_data() { return !g_font_data.empty(); }

const Fonts& fonts() { return g_fonts; }

void set_text_scale(float scale) { g_text_scale = scale; }
float text_scale() { return g_text_scale; }

const Palette& colours() { return *g_palette; }
void use_dark(bool dark) { g_palette = dark ? &kDark : &kLight; }
bool dark() { return g_palette == &kDark; }

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
        return io.Fonts->AddFontFromMemoryTTF(data, size, scaled(px) * pixel_ratio, &cfg, ranges);
    };
    g_fonts.body = add(kBodyPx, text);
    g_fonts.heading = add(kHeadingPx, headings);
    g_fonts.subheading = add(kSubheadingPx, headings);
    g_fonts.figure = add(kFigurePx, figures);
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.Fonts->Build();
    // ImGui truncated each size to whole device pixels; at a pixel ratio such as 1.25 that would draw text
    // a little smaller than the page's (and than the layout in em assumes). Scale it back to the exact size.
    for (auto [font, px] : {std::pair{g_fonts.body, kBodyPx}, {g_fonts.heading, kHeadingPx}, {g_fonts.subheading, kSubheadingPx},
                            {g_fonts.figure, kFigurePx}})
        font->Scale = scaled(px) * pixel_ratio / font->FontSize;
}

void apply_style() {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();  // sizes from scratch: scaling below must not compound when the style is applied again
    const Palette& c = colours();
    if (dark()) ImGui::StyleColorsDark(&s);
    else ImGui::StyleColorsLight(&s);
    s.WindowPadding = {20, 16};
    // A button, a tab or a field is kTargetCssPx tall: the body line and this padding above and below.
    s.FramePadding = {12, (kTargetCssPx - kBodyPx) / 2};
    s.ItemSpacing = {12, 10};
    s.CellPadding = {10, 6};
    s.FrameRounding = 4;
    s.FrameBorderSize = 1;
    s.WindowBorderSize = 0;
    s.ScrollbarSize = 14;
    s.Colors[ImGuiCol_WindowBg] = c.page;
    s.Colors[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    s.Colors[ImGuiCol_Text] = c.text;
    s.Colors[ImGuiCol_TextDisabled] = c.muted;
    s.Colors[ImGuiCol_FrameBg] = c.page;
    s.Colors[ImGuiCol_FrameBgHovered] = c.page;
    s.Colors[ImGuiCol_FrameBgActive] = c.page;
    s.Colors[ImGuiCol_Border] = c.border;
    s.Colors[ImGuiCol_Separator] = c.border;
    // Hover and press are the page's to show (app.css darkens a hovered control): the canvas gets no
    // pointer, so these only matter if it ever did.
    s.Colors[ImGuiCol_Button] = c.accent;
    s.Colors[ImGuiCol_ButtonHovered] = c.accent;
    s.Colors[ImGuiCol_ButtonActive] = c.accent;
    s.Colors[ImGuiCol_Header] = c.highlight;
    s.Colors[ImGuiCol_HeaderHovered] = c.highlight;
    s.Colors[ImGuiCol_HeaderActive] = c.highlight;
    s.Colors[ImGuiCol_TableHeaderBg] = c.light_fill;
    s.Colors[ImGuiCol_TableRowBg] = {0, 0, 0, 0};
    s.Colors[ImGuiCol_TableRowBgAlt] = c.alt_row;
    s.Colors[ImGuiCol_TableBorderStrong] = c.border;
    s.Colors[ImGuiCol_TableBorderLight] = c.border;
    s.Colors[ImGuiCol_NavHighlight] = c.accent;
    s.Colors[ImGuiCol_Tab] = c.light_fill;
    s.Colors[ImGuiCol_TabActive] = c.accent;
    s.Colors[ImGuiCol_TabHovered] = c.accent;
    s.Colors[ImGuiCol_PlotHistogram] = c.accent;
    s.Colors[ImGuiCol_CheckMark] = c.accent;
    s.ScaleAllSizes(text_scale());
}

namespace {
float luminance(const ImVec4& c) {
    auto linear = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z);
}
ImVec4 hovered(const ImVec4& c) { return {c.x * 0.92f, c.y * 0.92f, c.z * 0.92f, 1}; }  // app.css: 8 % black on top
}  // namespace

float contrast_ratio(const ImVec4& a, const ImVec4& b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

std::vector<ColourPair> contrast_pairs(const Palette& c) {
    return {
        {"body text", c.text, c.page, 4.5f},
        {"muted text", c.muted, c.page, 4.5f},
        {"error text", c.error, c.page, 4.5f},
        {"success text", c.success, c.page, 4.5f},
        {"link", c.accent, c.page, 4.5f},
        {"primary button", c.on_accent, c.accent, 4.5f},
        {"primary button, hovered", c.on_accent, hovered(c.accent), 4.5f},
        {"tab, secondary button", c.accent, c.light_fill, 4.5f},
        {"tab, secondary button, hovered", c.accent, hovered(c.light_fill), 4.5f},
        {"table header", c.text, c.light_fill, 4.5f},
        {"table row, alternate", c.text, c.alt_row, 4.5f},
        {"current row of a table", c.accent, c.highlight, 4.5f},
        {"suggestion, hovered", c.text, hovered(c.highlight), 4.5f},
        {"notice", c.text, c.highlight, 4.5f},
        {"warning notice", c.text, c.warning_fill, 4.5f},
        {"error text in a warning notice", c.error, c.warning_fill, 4.5f},
        {"field and control border", c.border, c.page, 3.0f},
        {"focus ring (app.css --ln-accent)", c.accent, c.page, 3.0f},
        {"progress bar fill against its track", c.accent, c.track, 3.0f},
        {"progress track outline", c.border, c.page, 3.0f},
    };
}

}  // namespace ln::web::theme
