// The browser runner, read this first: a WebGL2 context on #canvas, Dear ImGui with the html5 backend and
// the OpenGL3 renderer, the App, and frames drawn only when something changed. What the user does arrives
// through the page's DOM elements (shell/semantics.js) as page events; the functions at the end are the
// page's calls into the app (page_abi.json lists them all).
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app.hpp"
#include "document.hpp"
#include "frame_digest.hpp"
#include "page_abi.hpp"
#include "platform/browser_shell.hpp"
#include "platform/frame_scheduler.hpp"
#include "platform/imgui_impl_html5.h"
#include "startup.hpp"
#include "theme.hpp"
#include "routes.hpp"
#if LN_WITH_DESK
#include "views/desk_view.hpp"
#endif

namespace {

namespace abi = ln::page_abi;
using ln::web::BrowserShell;

static_assert(abi::limits::import_max_bytes == ln::kMaxImportBytes, "the page reads as much as core accepts");
static_assert(abi::flag::checked == ln::web::kChecked && abi::flag::selected == ln::web::kSelected &&
                  abi::flag::expanded == ln::web::kExpanded && abi::flag::disabled == ln::web::kDisabled &&
                  abi::flag::invalid == ln::web::kInvalid && abi::flag::required == ln::web::kRequired &&
                  abi::flag::readonly == ln::web::kReadOnly && abi::flag::focus == ln::web::kFocus &&
                  abi::flag::warning == ln::web::kWarning && abi::flag::muted == ln::web::kMuted &&
                  abi::flag::nospellcheck == ln::web::kNoSpellcheck && abi::flag::oneline == ln::web::kOneLine &&
                  abi::flag::pressable == ln::web::kPressable,
              "the page reads the semantics flags the widgets write");
static_assert(std::size(abi::catalog::languages) == std::size(ln::kLanguages) &&
                  abi::catalog::languages[0] == ln::kLanguages[0] && abi::catalog::languages[1] == ln::kLanguages[1] &&
                  abi::catalog::languages[2] == ln::kLanguages[2],
              "the page fetches the catalogues of the languages the app offers");
static_assert(ln::web::kRoutes[0].route == ln::web::Route::Fee && ln::web::kRoutes[0].hash == abi::start::route,
              "the page writes the start view's address");
#if LN_WITH_DESK
static_assert(ln::web::kRoutes[static_cast<int>(ln::web::Route::Desk)].route == ln::web::Route::Desk &&
                  ln::web::kRoutes[static_cast<int>(ln::web::Route::Desk)].hash == abi::desk::route,
              "the page loads the desk's module for the desk's route");
#endif
// The page starts the module before storage is open only for views that show no stored work.
constexpr bool storage_first_as_app() {
    std::size_t n = 0;
    for (const auto& r : ln::web::kRoutes) {
        if (!ln::web::shows_stored_work(r.route)) continue;
        bool listed = false;
        for (std::string_view hash : abi::storage_first::routes) listed = listed || r.hash == hash;
        if (!listed) return false;
        ++n;
    }
    return n == std::size(abi::storage_first::routes);
}
static_assert(storage_first_as_app(), "the page waits for storage before the views that show stored work");
static_assert(abi::storage::files[0] == ln::web::WorkspaceFiles::kCurrent &&
                  abi::storage::files[1] == ln::web::WorkspaceFiles::kPrevious,
              "the page flushes the files the app writes");

bool draw_frame();
void open_session(ln::web::StorageAccess access);

struct Runner {
    BrowserShell shell;
    // The workspace lives in the IndexedDB-backed mount that shell/storage.js loads (before main() runs
    // for a view with stored work, beside it otherwise).
    ln::web::WorkspaceFiles files{std::string(abi::storage::mount), std::string(abi::storage::journal_file)};
#if LN_WITH_DESK
    // desk.wasm, the module the page loads for KS-mottak (#/mottak): the app with the desk. app.wasm, the
    // municipalities' module, is built without it (web/views/desk.hpp says why).
    ln::web::DeskView desk;
#endif
    std::unique_ptr<ln::web::App> app;
    ln::web::FrameScheduler frames{draw_frame};
    ln::web::FrameDigest digest;  // what is on screen, so identical frames are not submitted
    bool first_frame_shown = false;
};
Runner g;

bool draw_frame() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool more = g.app->frame();
    ImGui::Render();
    const int fb_w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
    const int fb_h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
    // A frame that would draw what is on screen is not submitted: the canvas keeps its picture.
    if (g.digest.changed(*ImGui::GetDrawData(), fb_w, fb_h)) {
        glViewport(0, 0, fb_w, fb_h);
        const ImVec4 page = ln::web::theme::colours().page;
        glClearColor(page.x, page.y, page.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }

    if (!g.first_frame_shown) {
        g.first_frame_shown = true;
        BrowserShell::first_frame();
    }
    g.shell.flush_semantics();
    g.frames.wake_at(g.app->session().wake_at(), g.shell.now_ms());
    return more;
}

// The stored work, in the IndexedDB-backed mount, or none where the browser gives no storage.
void open_session(ln::web::StorageAccess access) {
    g.app->session().open(access == ln::web::StorageAccess::Unavailable ? nullptr : &g.files, access);
}

void rasterise_fonts(float ratio) {
    ln::web::theme::load_fonts(ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    g.digest.invalidate();  // the same draw data, another texture
}

// The page fetched the UI font before main() (shell/glue.js) and put it in the file system.
// A file the page wrote into the module's memory file system before main() (or a page event) ran.
std::string read_page_file(const std::string& path) {
    std::string bytes;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return bytes;
    char buffer[16384];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
    std::fclose(f);
    return bytes;
}

bool read_font() {
    std::string bytes = read_page_file(std::string(abi::font::file));
    if (bytes.empty()) return false;
    ln::web::theme::set_font_data(std::move(bytes));
    return true;
}

std::string catalog_file(std::string_view language) { return std::string(abi::catalog::file) + std::string(language) + ".json"; }

bool create_webgl2_context() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    // The same as the context shell/glue.js made while app.wasm downloaded, so this one is that one.
    attrs.alpha = abi::webgl::alpha;
    attrs.depth = abi::webgl::depth;
    attrs.stencil = abi::webgl::stencil;
    attrs.antialias = abi::webgl::antialias;
    attrs.premultipliedAlpha = abi::webgl::premultipliedAlpha;
    attrs.preserveDrawingBuffer = abi::webgl::preserveDrawingBuffer;
    // ImGui's WebGL2 renderer needs no extension; enabling all of them costs start-up time.
    attrs.enableExtensionsByDefault = false;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) {
        BrowserShell::failed("webgl2", std::to_string(ctx));
        return false;
    }
    emscripten_webgl_make_context_current(ctx);
    return true;
}

}  // namespace

// Everything the first frame needs is prepared here, while nothing is on screen yet; shell/glue.js then
// reports the canvas size (ln_resize), which draws the first frame.
int main(int argc, char** argv) {
    ln::web::StartupDesc desc = ln::web::parse_startup(std::vector<std::string_view>(argv + 1, argv + argc));
    desc.storage = BrowserShell::storage_access();
    if (!read_font()) {
        BrowserShell::failed("load", std::string(abi::font::url));
        return 0;
    }
    if (!create_webgl2_context()) return 0;
    auto data = ln::load_bundled();
    if (!data) {
        BrowserShell::failed("data", data.error().path + " " + data.error().message.key);
        return 0;
    }
    // The page fetched this language's texts beside app.wasm (shell/glue.js); without them nothing reads.
    desc.language = std::string(ln::supported_language(desc.language));
    if (auto added = data.value().add_catalog(read_page_file(catalog_file(desc.language))); !added || added.value() != desc.language) {
        BrowserShell::failed("load", std::string(abi::catalog::url) + desc.language + ".json");
        return 0;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ln::web::ui::configure(ImGui::GetIO());
    ImGui_ImplHtml5_Callbacks callbacks;
    callbacks.request_frames = [](int n) { g.frames.request(n); };
    callbacks.pixel_ratio_changed = rasterise_fonts;
    ImGui_ImplHtml5_Init(callbacks, desc.pixel_ratio);
    ln::web::theme::use_dark(desc.dark);
    ln::web::theme::set_text_scale(desc.text_scale);
    ln::web::theme::apply_style();
    ln::web::theme::load_fonts(desc.pixel_ratio);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplOpenGL3_CreateDeviceObjects();  // shaders and the font texture, before the first frame

    g.app = std::make_unique<ln::web::App>(std::move(data.value()), desc.language, g.shell);
#if LN_WITH_DESK
    g.app->add_desk(g.desk);
#endif
    g.app->ask_program(desc.program);
    g.app->open_route(desc.route);
    g.app->restore_view_state(desc.view_state);
    // Storage may still be opening (a view without stored work started without waiting): the session opens
    // when the page says it is ready (ln_storage_opened).
    if (BrowserShell::storage_opening()) g.app->session().wait_for_storage();
    else open_session(desc.storage);
    g.frames.start();
    return 0;
}

// The page's calls into the app (shell/files.js, shell/storage.js, shell/glue.js).
extern "C" {

// A file the user picked; the bytes were copied into wasm memory with malloc and are freed here.
// size < 0: the browser could not read the file. more: further files of the same pick follow. whole: the
// file's size (the page reads at most a byte past the import limit).
EMSCRIPTEN_KEEPALIVE void ln_file_picked(const char* name, char* bytes, int size, int more, double whole) {
    if (g.app)
        g.app->file_picked(name, std::string(bytes, static_cast<std::size_t>(size > 0 ? size : 0)), size < 0, more != 0,
                           whole > 0 ? static_cast<std::uint64_t>(whole) : 0);
    free(bytes);
    g.frames.request(3);
}

// The page fetched a language's catalogue the user chose (LN.loadLanguage) into the memory file system, or
// could not (ok = 0).
EMSCRIPTEN_KEEPALIVE void ln_language_loaded(const char* language, int ok) {
    const std::string lang = language ? language : "";
    if (g.app) {
        std::string json = ok ? read_page_file(catalog_file(lang)) : std::string();
        if (json.empty()) g.app->language_failed(lang);
        else g.app->language_loaded(json);
    }
    g.frames.request(3);
}

// Writes up to `write_number` are durable in IndexedDB, or syncing failed (page_abi sync_result).
EMSCRIPTEN_KEEPALIVE void ln_storage_synced(double write_number, int result, const char* detail) {
    using ln::web::SyncResult;
    const SyncResult r = result == abi::sync_result::ok      ? SyncResult::Ok
                         : result == abi::sync_result::quota ? SyncResult::Quota
                                                             : SyncResult::Failed;
    if (g.app) g.app->session().storage_synced(static_cast<std::uint64_t>(write_number), r, detail ? detail : "");
    g.frames.request(1);
}

// Storage is open (the module started without waiting for it): the stored work is read now. Nothing when
// main() found it open already.
EMSCRIPTEN_KEEPALIVE void ln_storage_opened() {
    if (!g.app || !g.app->session().opening()) return;
    open_session(BrowserShell::storage_access());
    g.frames.request(3);
}

// The tab that saved was closed; this one holds the lock now and has re-read the stored files.
EMSCRIPTEN_KEEPALIVE void ln_storage_take_over() {
    if (g.app) g.app->take_over();
    g.frames.request(3);
}

// The page is about to load another module (KS-mottak and back): what the views hold beyond the stored
// work, as JSON, which the page hands to the next start (--view-state). Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* ln_view_state() {
    static std::string state;
    state = g.app ? g.app->view_state() : std::string();
    return state.c_str();
}

// The page is being hidden or closed: write unsaved work now (the page then makes it durable at once).
EMSCRIPTEN_KEEPALIVE void ln_flush() {
    if (!g.app) return;
    g.frames.draw_now();  // the last keystrokes may not have reached the workspace yet
    g.app->session().flush();
}

// The module failed (the page caught a trap or an abort) and ln_flush failed too: save what the session
// holds, without drawing (drawing may be what fails).
EMSCRIPTEN_KEEPALIVE void ln_rescue() {
    if (g.app) g.app->session().flush();
}

// What the user did to an element of the page (page_abi page_event: input, activate, choose, key, focus).
EMSCRIPTEN_KEEPALIVE void ln_page_event(int kind, double id, const char* text, int index) {
    using Kind = ln::web::ui::PageEvent::Kind;
    const Kind k = kind == abi::page_event::input      ? Kind::Input
                   : kind == abi::page_event::activate ? Kind::Activate
                   : kind == abi::page_event::choose   ? Kind::Choose
                   : kind == abi::page_event::key      ? Kind::Key
                                                       : Kind::Focus;
    if (g.app) g.app->page_event({k, static_cast<std::uint32_t>(id), text ? text : "", index});
    // A press is drawn at once, still inside the user's gesture: a file picker, a download or the
    // clipboard it leads to is then allowed by the browser.
    if (k == Kind::Activate) g.frames.draw_now();
    g.frames.request(2);
}

// The document scrolled: the canvas shows what is under the viewport.
EMSCRIPTEN_KEEPALIVE void ln_scroll(double y) {
    if (g.app) g.app->scrolled(static_cast<float>(y));
    g.frames.request(1);
}

EMSCRIPTEN_KEEPALIVE void ln_route(const char* hash) {
    if (g.app) g.app->open_route(hash);
    g.frames.request(3);
}

}  // extern "C"
