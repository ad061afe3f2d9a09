// Dear ImGui platform backend for a web page that keeps real DOM elements over the canvas (shell/semantics.js),
// in the style of ImGui's own imgui_impl_* backends. Written for Læringsnettverk; no Emscripten GLFW or SDL.
//
// Here ImGui only draws. The keyboard, pointer, touch, text editing, IME, clipboard and scrolling belong to
// the page's elements, which report what the user did as semantic events (widgets.hpp PageEvent); the
// document scrolls and the canvas follows.
//
// Implemented features:
//  [X] Platform: display size in CSS pixels and devicePixelRatio as the framebuffer scale (sharp at any ratio).
//  [X] Platform: fonts re-rasterised when the ratio changes (another screen, zoom).
//  [ ] Platform: mouse, keyboard and text input to ImGui: on purpose not — the page's elements take them.
//  [ ] Platform: mouse cursor shapes, gamepads, multi-viewports (not needed here).
//
// The backend draws no frames of its own: it tells the runner when the display wants frames.
#pragma once

struct ImGui_ImplHtml5_Callbacks {
    void (*request_frames)(int count) = nullptr;     // draw this many frames soon (an event arrived)
    void (*pixel_ratio_changed)(float ratio) = nullptr;  // the screen's ratio changed: rasterise fonts anew
};

// Call after ImGui::CreateContext(); `pixel_ratio` is the ratio the fonts were made for.
void ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks, float pixel_ratio);
void ImGui_ImplHtml5_Shutdown();
