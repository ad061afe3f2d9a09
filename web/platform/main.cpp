// The browser platform: a WebGL2 context on #canvas, Dear ImGui fed from the DOM events that
// shell/glue.js forwards, and frames drawn only when something changed. Idle, nothing runs.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "app.hpp"
#include "platform/browser_shell.hpp"
#include "platform/keys.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace {

using ln::web::BrowserShell;

struct Platform {
    BrowserShell shell;
    // The workspace lives in the IndexedDB-backed mount that shell/glue.js loads before main() runs.
    ln::web::WorkspaceFiles files{"/ln", "/journal.json"};
    bool wake_pending = false;
    double wake_at = 0;
    std::unique_ptr<ln::web::App> app;
    float pixel_ratio = 0.0f;  // fonts are rasterised on the first resize, for the real ratio
    bool frame_scheduled = false;
    bool first_frame_done = false;
    bool wanted_text_input = false;
    int frames_left = 0;  // frames still to draw after the last event, so ImGui's input queue and layout settle
    bool ready = false;   // main() got a WebGL2 context and valid data
};
Platform g;

// ImGui 1.87+ takes at most one change of a key or button per frame, and layouts settle over a frame or two.
constexpr int kFramesAfterEvent = 3;

void draw_frame();
void request_frames(int n);

// A save comes due without input: wake up for it (one timer at a time, the earliest needed).
void on_wake(void*) {
    g.wake_pending = false;
    request_frames(1);
}
void schedule_wake() {
    const auto at = g.app->wake_at();
    if (!at || (g.wake_pending && g.wake_at <= *at)) return;
    g.wake_pending = true;
    g.wake_at = *at;
    emscripten_set_timeout(on_wake, std::max(0.0, *at - g.shell.now_ms()) + 1.0, nullptr);
}

EM_BOOL on_animation_frame(double, void*) {
    g.frame_scheduled = false;
    draw_frame();
    return EM_FALSE;
}

void request_frames(int n) {
    if (!g.ready) return;
    g.frames_left = std::max(g.frames_left, n);
    if (!g.frame_scheduled) {
        g.frame_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void draw_frame() {
    if (!g.app) return;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool more = g.app->frame();
    ImGui::Render();
    const int fb_w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
    const int fb_h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!g.first_frame_done) {
        g.first_frame_done = true;
        BrowserShell::first_frame();
    }
    if (io.WantTextInput != g.wanted_text_input) {
        g.wanted_text_input = io.WantTextInput;
        BrowserShell::text_input_wanted(g.wanted_text_input);
    }
    --g.frames_left;
    if (more) g.frames_left = std::max(g.frames_left, 1);
    // Events still queued inside ImGui need frames of their own.
    if (g.frames_left > 0 || !GImGui->InputEventsQueue.empty()) request_frames(std::max(g.frames_left, 1));
    schedule_wake();
}

// Ctrl+C / Ctrl+X in a field go to the system clipboard. Pasting comes through the page's paste event
// (reading the clipboard is asynchronous in browsers), so ImGui only ever reads back its own copy.
std::string g_clipboard;
void set_clipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    BrowserShell::copy_to_clipboard(g_clipboard.c_str());
}
const char* get_clipboard(void*) { return g_clipboard.c_str(); }

void set_modifiers(int mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, mods & 1);
    io.AddKeyEvent(ImGuiMod_Shift, mods & 2);
    io.AddKeyEvent(ImGuiMod_Alt, mods & 4);
    io.AddKeyEvent(ImGuiMod_Super, mods & 8);
}

}  // namespace

// Called by shell/glue.js. Coordinates are CSS pixels relative to the canvas.
extern "C" {

EMSCRIPTEN_KEEPALIVE void ln_resize(double css_width, double css_height, double pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_width), static_cast<float>(css_height));
    const float ratio = static_cast<float>(pixel_ratio > 0 ? pixel_ratio : 1.0);
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
    if (ratio != g.pixel_ratio) {
        // Re-rasterise the font for the new ratio (a window moved to another screen, or zoom).
        g.pixel_ratio = ratio;
        ln::web::theme::load_fonts(ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The first frame is drawn right away rather than on the next animation frame.
    if (!g.first_frame_done) draw_frame();
    request_frames(kFramesAfterEvent);
}

// kind: 0 move, 1 down, 2 up. Returns whether ImGui wants text input after this event, so the page can
// raise the on-screen keyboard while still inside the user's gesture.
EMSCRIPTEN_KEEPALIVE int ln_pointer(int kind, double x, double y, int button, int mods) {
    ImGuiIO& io = ImGui::GetIO();
    set_modifiers(mods);
    io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
    if (kind != 0 && button >= 0 && button < 3) {
        const int imgui_button = button == 2 ? 1 : button == 1 ? 2 : 0;  // DOM: 0 left, 1 middle, 2 right
        io.AddMouseButtonEvent(imgui_button, kind == 1);
    }
    if (kind == 0) {
        request_frames(2);
        return io.WantTextInput;
    }
    // A press or release is drawn at once, inside the event, so focus changes are known right away.
    draw_frame();
    request_frames(kFramesAfterEvent);
    return io.WantTextInput;
}

EMSCRIPTEN_KEEPALIVE void ln_pointer_leave() {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    request_frames(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE void ln_wheel(double dx, double dy) {
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(dx), static_cast<float>(dy));
    request_frames(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE int ln_key(const char* code, int down, int mods) {
    set_modifiers(mods);
    const ImGuiKey key = ln::web::key_from_dom_code(code);
    if (key == ImGuiKey_None) return 0;
    ImGui::GetIO().AddKeyEvent(key, down != 0);
    request_frames(kFramesAfterEvent);
    return 1;
}

EMSCRIPTEN_KEEPALIVE void ln_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    request_frames(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE void ln_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    request_frames(kFramesAfterEvent);
}

// The page read a file the user picked; bytes were copied into wasm memory with malloc and are freed here.
EMSCRIPTEN_KEEPALIVE void ln_file_picked(const char* name, char* bytes, int size) {
    if (g.app) g.app->file_picked(name, std::string(bytes, static_cast<std::size_t>(size > 0 ? size : 0)));
    free(bytes);
    request_frames(kFramesAfterEvent);
}

// Storage (shell/glue.js): writes up to `write_number` are durable in IndexedDB, or syncing failed.
EMSCRIPTEN_KEEPALIVE void ln_storage_synced(double write_number, int ok, const char* error) {
    if (g.app) g.app->storage_synced(static_cast<std::uint64_t>(write_number), ok != 0, error ? error : "");
    request_frames(1);
}

// The tab that saved was closed; this one holds the lock now and has re-read the stored files.
EMSCRIPTEN_KEEPALIVE void ln_storage_take_over() {
    if (g.app) g.app->take_over();
    request_frames(kFramesAfterEvent);
}

// The page is being hidden or closed: write unsaved work now (the page then makes it durable at once).
EMSCRIPTEN_KEEPALIVE void ln_flush() {
    if (g.app) g.app->flush();
}

EMSCRIPTEN_KEEPALIVE void ln_route(const char* hash) {
    if (g.app) g.app->open_route(hash);
    request_frames(kFramesAfterEvent);
}

}  // extern "C"

// argv: language ("nb"/"en"), devicePixelRatio, location.hash, passed by shell/glue.js (Module.arguments)
// so that everything the first frame needs is prepared here, while nothing is on screen yet.
int main(int argc, char** argv) {
    const std::string language = argc > 1 ? argv[1] : "nb";
    const float ratio = argc > 2 ? std::max(0.5f, std::min(8.0f, static_cast<float>(std::atof(argv[2])))) : 1.0f;
    const std::string route = argc > 3 ? argv[3] : "";

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.preserveDrawingBuffer = EM_FALSE;  // the page keeps showing the last frame while idle anyway
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) {
        BrowserShell::failed("webgl2", std::to_string(ctx));
        return 0;
    }
    emscripten_webgl_make_context_current(ctx);

    auto data = ln::load_bundled();
    if (!data) {
        BrowserShell::failed("data", data.error().path + " " + data.error().message.key);
        return 0;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    ln::web::ui::configure(io);
    io.BackendPlatformName = "laeringsnettverk_html5";
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    ln::web::theme::apply_style();
    ln::web::theme::load_fonts(ratio);
    g.pixel_ratio = ratio;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplOpenGL3_CreateDeviceObjects();  // shaders and the font texture, before the first frame

    g.app = std::make_unique<ln::web::App>(std::move(data.value()), language, g.shell);
    g.app->open_route(route);
    // 1: this tab saves; 2: another tab does (read-only here); 0: the browser gives no storage.
    const int storage = BrowserShell::storage_access();
    g.app->open_workspace(storage == 0 ? nullptr : &g.files,
                          storage == 2 ? ln::web::StorageAccess::ReadOnly : ln::web::StorageAccess::Writer);
    g.ready = true;
    // shell/glue.js then reports the canvas size (ln_resize), which draws the first frame.
    return 0;
}
