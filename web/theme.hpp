#pragma once
// Colours, sizes and fonts: one place for the look. Sizes of the layout are in font units (em: the body
// font's size), so they grow with the text; ImGui's style is in CSS pixels.
#include <string>
#include <vector>

#include <imgui.h>

namespace ln::web::theme {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* subheading = nullptr;
    ImFont* figure = nullptr;
};

// The UI font's bytes (Noto Sans, subset at build time): the browser runner reads the file the page loaded
// (the page uses the same file for its text), native programs give the embedded copy. Call before load_fonts.
void set_font_data(std::string bytes);
bool has_font_data();

// Loads the UI font into the atlas at three sizes, rasterised for the screen's pixel ratio so that text
// stays sharp at devicePixelRatio 1, 2 and in between.
void load_fonts(float pixel_ratio);
const Fonts& fonts();
void apply_style();

// `n` em in CSS pixels, for the font in use (call inside a frame).
inline float em(float n) { return n * ImGui::GetFontSize(); }

// Text sizes as ImGui sizes them (ascent to descent, in CSS px): whole pixels, since ImGui truncates a
// font's size. Body text is 22, which is 16.15 CSS px in the browser's terms (it was 12.5, too small on a
// phone); headings and the big figure in proportion. css_px() gives the page's font-size for each.
inline constexpr float kBodyPx = 22.0f;
inline constexpr float kSubheadingPx = 26.0f;
inline constexpr float kHeadingPx = 33.0f;
inline constexpr float kFigurePx = 44.0f;
// Touch targets (buttons, tabs, fields, checkboxes) at least this tall: WCAG 2.5.5, Apple's and Google's 44.
inline constexpr float kTargetCssPx = 44.0f;

// The browser's text size setting (its default font size / 16 px): every size above, the style's paddings
// and spacings and the page's own (in rem) grow with it. Set before apply_style() and load_fonts().
void set_text_scale(float scale);
float text_scale();
// A size of the theme (at the default text size) as it is drawn now.
inline float scaled(float px) { return px * text_scale(); }

inline constexpr float kContentMaxEm = 38.0f;  // a readable column on wide screens (~90 characters)
// The room the site title keeps beside the look and language buttons; with less they go under it.
inline constexpr float kTitleRoomEm = 12.0f;
inline constexpr float kNarrowEm = 35.0f;      // below this, columns stack
inline constexpr float kGapEm = 0.25f;         // small gaps: between suggestions, inside notices
inline constexpr float kNoticeInsetEm = 0.6f;  // a notice's text from its frame

// The page's form fields set their text larger than the canvas's body text (shell/app.css: 16 px, lines
// 1.3): easier to read, and phones do not zoom in on them. A text area is sized for that text.
inline constexpr float kFieldTextPx = 16.0f;
inline constexpr float kFieldLineHeight = 1.3f;
inline constexpr float kNotoLineRatio = 1.362f;  // Noto Sans: ascent + descent per em (ImGui's size → CSS size)
// ImGui sizes a font by its ascent + descent, CSS by its em: the CSS font-size of an ImGui size.
constexpr float css_px(float imgui_px) { return imgui_px / kNotoLineRatio; }

// The colours, as a light and a dark palette (prefers-color-scheme, or the user's own choice). The page's
// CSS has the same two sets (shell/app.css, --ln-* properties).
struct Palette {
    ImVec4 page, text, muted;
    ImVec4 light_fill;  // a tab, a secondary button, a table's header
    ImVec4 alt_row;     // every other table row
    ImVec4 border;      // fields, controls, a progress bar's outline (3:1 against the page: WCAG 1.4.11)
    ImVec4 accent;      // links, headings of sections, the open tab and primary buttons
    ImVec4 on_accent;   // text on an accent background
    ImVec4 highlight;   // the current row, a notice, a suggestion
    ImVec4 warning_fill, warning_border, error, success;
    ImVec4 track;       // a progress bar's empty part
};
inline constexpr Palette kLight{
    {1.0f, 1.0f, 1.0f, 1.0f},    {0.10f, 0.11f, 0.13f, 1.0f}, {0.33f, 0.36f, 0.40f, 1.0f}, {0.93f, 0.94f, 0.96f, 1.0f},
    {0.97f, 0.97f, 0.98f, 1.0f}, {0.45f, 0.48f, 0.52f, 1.0f}, {0.02f, 0.33f, 0.55f, 1.0f}, {1.0f, 1.0f, 1.0f, 1.0f},
    {0.86f, 0.93f, 0.98f, 1.0f}, {1.0f, 0.95f, 0.85f, 1.0f},  {0.85f, 0.55f, 0.10f, 1.0f}, {0.70f, 0.07f, 0.10f, 1.0f},
    {0.05f, 0.45f, 0.20f, 1.0f}, {0.89f, 0.91f, 0.94f, 1.0f}};
inline constexpr Palette kDark{
    {0.08f, 0.10f, 0.12f, 1.0f}, {0.91f, 0.92f, 0.93f, 1.0f}, {0.69f, 0.72f, 0.76f, 1.0f}, {0.15f, 0.18f, 0.21f, 1.0f},
    {0.11f, 0.13f, 0.16f, 1.0f}, {0.55f, 0.59f, 0.64f, 1.0f}, {0.49f, 0.77f, 0.98f, 1.0f}, {0.04f, 0.09f, 0.14f, 1.0f},
    {0.13f, 0.23f, 0.33f, 1.0f}, {0.26f, 0.21f, 0.08f, 1.0f}, {0.85f, 0.65f, 0.20f, 1.0f}, {1.0f, 0.56f, 0.56f, 1.0f},
    {0.45f, 0.85f, 0.55f, 1.0f}, {0.22f, 0.25f, 0.29f, 1.0f}};
// The palette in use, and the switch between the two (apply_style() takes it into ImGui's style).
const Palette& colours();
void use_dark(bool dark);
bool dark();

// Every pair of colours the app draws text or a control's edge with, and the contrast WCAG 2.1 asks of it
// (4.5:1 for text, 3:1 for borders and focus rings: 1.4.3, 1.4.11). The page darkens a hovered control by
// 8 % (shell/app.css), so hovered states are listed too. Checked by tests/ui/test_theme.cpp.
struct ColourPair {
    const char* what;
    ImVec4 fg, bg;
    float min_ratio;
};
std::vector<ColourPair> contrast_pairs(const Palette& palette);
// WCAG's contrast ratio of two opaque colours, 1 to 21.
float contrast_ratio(const ImVec4& a, const ImVec4& b);

}  // namespace ln::web::theme
