#pragma once
// Colours, sizes and fonts: one place for the look, sized in CSS pixels.
#include <imgui.h>

namespace ln::web::theme {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* subheading = nullptr;
    ImFont* figure = nullptr;
};

// Loads the UI font into the atlas at three sizes, rasterised for the screen's pixel ratio so that text
// stays sharp at devicePixelRatio 1, 2 and in between.
void load_fonts(float pixel_ratio);
const Fonts& fonts();
void apply_style();

inline constexpr float kContentMaxWidth = 820.0f;
inline constexpr float kNarrowWidth = 600.0f;  // below this, columns stack
inline const ImVec4 kAccent{0.02f, 0.33f, 0.55f, 1.0f};
inline const ImVec4 kError{0.70f, 0.07f, 0.10f, 1.0f};
inline const ImVec4 kSuccess{0.05f, 0.45f, 0.20f, 1.0f};
inline const ImVec4 kMuted{0.33f, 0.36f, 0.40f, 1.0f};
inline const ImVec4 kHighlight{0.86f, 0.93f, 0.98f, 1.0f};

}  // namespace ln::web::theme
