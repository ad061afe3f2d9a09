#include "platform/imgui_impl_html5.h"

#include <emscripten/emscripten.h>
#include <imgui.h>

namespace {

struct BackendData {
    ImGui_ImplHtml5_Callbacks callbacks;
    float pixel_ratio = 1.0f;
};
BackendData* g_backend = nullptr;

// Layouts settle over a frame or two after a change of size.
constexpr int kFramesAfterResize = 3;

}  // namespace

void ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Callbacks& callbacks, float pixel_ratio) {
    IM_ASSERT(g_backend == nullptr && "already initialised");
    g_backend = IM_NEW(BackendData)();
    g_backend->callbacks = callbacks;
    g_backend->pixel_ratio = pixel_ratio;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "imgui_impl_html5";
    io.BackendPlatformUserData = g_backend;
}

void ImGui_ImplHtml5_Shutdown() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = nullptr;
    io.BackendPlatformUserData = nullptr;
    IM_DELETE(g_backend);
    g_backend = nullptr;
}

// Called by shell/glue.js: the canvas's size in CSS pixels and the screen's pixel ratio.
extern "C" EMSCRIPTEN_KEEPALIVE void ln_resize(double css_width, double css_height, double pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_width), static_cast<float>(css_height));
    const float ratio = static_cast<float>(pixel_ratio > 0 ? pixel_ratio : 1.0);
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
    if (ratio != g_backend->pixel_ratio) {
        g_backend->pixel_ratio = ratio;
        if (g_backend->callbacks.pixel_ratio_changed) g_backend->callbacks.pixel_ratio_changed(ratio);
    }
    if (g_backend->callbacks.request_frames) g_backend->callbacks.request_frames(kFramesAfterResize);
}
