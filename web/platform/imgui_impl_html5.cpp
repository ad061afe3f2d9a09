#include "platform/imgui_impl_html5.h"

#include <algorithm>
#include <cfloat>
#include <string>

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "page_abi.hpp"
#include "platform/keys.hpp"

namespace {

namespace abi = ln::page_abi;

struct BackendData {
    ImGui_ImplHtml5_Callbacks callbacks;
    float pixel_ratio = 1.0f;
    std::string clipboard;  // what ImGui copied last; pasting comes through the page's paste event
};
BackendData* g_backend = nullptr;

// ImGui 1.87+ takes at most one change of a key or button per frame, and layouts settle over a frame or two.
constexpr int kFramesAfterEvent = 3;

void request(int frames) {
    if (g_backend && g_backend->callbacks.request_frames) g_backend->callbacks.request_frames(frames);
}

void set_clipboard(void*, const char* text) {
    g_backend->clipboard = text ? text : "";
    if (g_backend->callbacks.copy_to_clipboard) g_backend->callbacks.copy_to_clipboard(g_backend->clipboard.c_str());
}
const char* get_clipboard(void*) { return g_backend->clipboard.c_str(); }

void set_modifiers(int mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & abi::modifier::ctrl) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & abi::modifier::shift) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & abi::modifier::alt) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & abi::modifier::super) != 0);
}

}  // namespace

void ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks, float pixel_ratio) {
    IM_ASSERT(g_backend == nullptr && "already initialised");
    g_backend = IM_NEW(BackendData)();
    g_backend->callbacks = callbacks;
    g_backend->pixel_ratio = pixel_ratio;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "imgui_impl_html5";
    io.BackendPlatformUserData = g_backend;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
}

void ImGui_ImplHtml5_Shutdown() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = nullptr;
    io.BackendPlatformUserData = nullptr;
    IM_DELETE(g_backend);
    g_backend = nullptr;
}

bool ImGui_ImplHtml5_InputPending() { return !GImGui->InputEventsQueue.empty(); }

// Called by shell/input.js and shell/glue.js. Coordinates are CSS pixels relative to the canvas.
extern "C" {

EMSCRIPTEN_KEEPALIVE void ln_resize(double css_width, double css_height, double pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_width), static_cast<float>(css_height));
    const float ratio = static_cast<float>(pixel_ratio > 0 ? pixel_ratio : 1.0);
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
    if (ratio != g_backend->pixel_ratio) {
        // A window moved to another screen, or the page was zoomed.
        g_backend->pixel_ratio = ratio;
        if (g_backend->callbacks.pixel_ratio_changed) g_backend->callbacks.pixel_ratio_changed(ratio);
    }
    request(kFramesAfterEvent);
}

// kind: page_abi pointer.move / down / up. Returns whether ImGui wants text input after this event, so
// the page can raise the on-screen keyboard while still inside the user's gesture.
EMSCRIPTEN_KEEPALIVE int ln_pointer(int kind, double x, double y, int button, int mods) {
    ImGuiIO& io = ImGui::GetIO();
    set_modifiers(mods);
    io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
    if (kind != abi::pointer::move && button >= 0 && button < 3) {
        const int imgui_button = button == 2 ? 1 : button == 1 ? 2 : 0;  // DOM: 0 left, 1 middle, 2 right
        io.AddMouseButtonEvent(imgui_button, kind == abi::pointer::down);
    }
    if (kind == abi::pointer::move) {
        request(2);
        return io.WantTextInput;
    }
    // A press or release is drawn at once, inside the event, so focus changes are known right away.
    if (g_backend->callbacks.draw_now) g_backend->callbacks.draw_now();
    request(kFramesAfterEvent);
    return io.WantTextInput;
}

EMSCRIPTEN_KEEPALIVE void ln_pointer_leave() {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    request(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE void ln_wheel(double dx, double dy) {
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(dx), static_cast<float>(dy));
    request(kFramesAfterEvent);
}

// Returns whether the key means something to ImGui (the page then keeps the browser from acting on it).
EMSCRIPTEN_KEEPALIVE int ln_key(const char* code, int down, int mods) {
    set_modifiers(mods);
    const ImGuiKey key = ln::web::key_from_dom_code(code);
    if (key == ImGuiKey_None) return 0;
    ImGui::GetIO().AddKeyEvent(key, down != 0);
    request(kFramesAfterEvent);
    return 1;
}

EMSCRIPTEN_KEEPALIVE void ln_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    request(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE void ln_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    request(kFramesAfterEvent);
}

}  // extern "C"
