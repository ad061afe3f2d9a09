// Dear ImGui platform backend for a web page whose JavaScript forwards DOM events (shell/input.js), in the
// style of ImGui's own imgui_impl_* backends. Written for Læringsnettverk; no Emscripten GLFW or SDL port.
//
// Implemented features:
//  [X] Platform: mouse and pen (pointer events), wheel; touch taps (the page turns drags into wheel events).
//  [X] Platform: keyboard keys by KeyboardEvent.code, with modifiers (the bits in page_abi.json).
//  [X] Platform: text input through the page's textarea: IME, dead keys, æøå, on-screen keyboards, paste.
//  [X] Platform: clipboard writing (copy/cut); reading is the page's paste event, as browsers require.
//  [X] Platform: display size in CSS pixels and devicePixelRatio as the framebuffer scale.
//  [X] Platform: focus in/out of the page.
//  [ ] Platform: mouse cursor shapes, gamepads, multi-viewports (not needed here).
//
// The backend draws no frames of its own: it tells the runner when input wants frames.
#pragma once

struct ImGui_ImplHtml5_Callbacks {
    void (*request_frames)(int count) = nullptr;     // draw this many frames soon (an event arrived)
    void (*draw_now)() = nullptr;                    // draw one frame inside the current event (press/release)
    void (*pixel_ratio_changed)(float ratio) = nullptr;  // the screen's ratio changed: rasterise fonts anew
    void (*copy_to_clipboard)(const char* text) = nullptr;
};

// Call after ImGui::CreateContext(); `pixel_ratio` is the ratio the fonts were made for.
void ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks, float pixel_ratio);
void ImGui_ImplHtml5_Shutdown();
// Events still queued inside ImGui (1.87+ takes one change of a key or button per frame) need frames.
bool ImGui_ImplHtml5_InputPending();
