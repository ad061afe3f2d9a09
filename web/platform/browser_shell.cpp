#include "platform/browser_shell.hpp"

#include "dates.hpp"
#include "page_abi.hpp"

#include <cstdlib>
#include <string>

#include <emscripten/emscripten.h>

// Each of these is one call into shell/glue.js, which owns the DOM.
EM_JS(void, ln_js_live, (const char* text), { LN.live(UTF8ToString(text)); });
EM_JS(void, ln_js_route, (const char* route, int replace), { LN.showRoute(UTF8ToString(route), !!replace); });
EM_JS(void, ln_js_language, (const char* lang), { LN.showLanguage(UTF8ToString(lang)); });
EM_JS(void, ln_js_load_language, (const char* lang), { LN.loadLanguage(UTF8ToString(lang)); });
EM_JS(void, ln_js_theme, (int dark), { LN.showTheme(!!dark); });
EM_JS(void, ln_js_semantics, (const char* changes), { LN.semantics.update(UTF8ToString(changes)); });
EM_JS(void, ln_js_title, (const char* title), { document.title = UTF8ToString(title); });
EM_JS(void, ln_js_first_frame, (), { LN.firstFrame(); });
EM_JS(void, ln_js_download, (const char* name, const char* mime, const char* bytes, int size),
      { LN.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + size)); });
EM_JS(double, ln_js_now, (), { return Date.now(); });
EM_JS(void, ln_js_pick_file, (const char* accept), { LN.pickFile(UTF8ToString(accept)); });
EM_JS(void, ln_js_pick_files, (int folder), { LN.pickFiles(!!folder); });
EM_JS(void, ln_js_copy, (const char* text), { LN.copy(UTF8ToString(text)); });
EM_JS(double, ln_js_clock, (), { return performance.now(); });
EM_JS(double, ln_js_local_minutes, (), { const d = new Date(); return d.getHours() * 60 + d.getMinutes(); });
EM_JS(void, ln_js_persist, (double write_number, double write_ms, double bytes), { LN.storage.persist(write_number, write_ms, bytes); });
EM_JS(void, ln_js_save_state, (const char* state, const char* text), { LN.saveState(UTF8ToString(state), UTF8ToString(text)); });
EM_JS(int, ln_js_storage_access, (), { return LN.storage.access(); });
EM_JS(void, ln_js_failed, (const char* reason, const char* detail), { LN.failed(UTF8ToString(reason), UTF8ToString(detail)); });

namespace ln::web {

void BrowserShell::announce(const std::string& text) { ln_js_live(text.c_str()); }
void BrowserShell::show_route(std::string_view route, bool replace) {
    ln_js_route(std::string(route).c_str(), replace ? 1 : 0);
}
void BrowserShell::show_language(std::string_view language) { ln_js_language(std::string(language).c_str()); }
void BrowserShell::load_language(std::string_view language) { ln_js_load_language(std::string(language).c_str()); }
void BrowserShell::show_theme(bool dark) { ln_js_theme(dark ? 1 : 0); }
void BrowserShell::update_semantics(const std::string& changes) { pending_semantics_ = changes; }
void BrowserShell::flush_semantics() {
    if (pending_semantics_.empty()) return;
    ln_js_semantics(pending_semantics_.c_str());
    pending_semantics_.clear();
}
void BrowserShell::show_title(const std::string& title) { ln_js_title(title.c_str()); }
void BrowserShell::first_frame() { ln_js_first_frame(); }
void BrowserShell::download(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
    ln_js_download(file_name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void BrowserShell::pick_file(const std::string& accept) { ln_js_pick_file(accept.c_str()); }
void BrowserShell::pick_files(bool folder) { ln_js_pick_files(folder ? 1 : 0); }
void BrowserShell::copy_text(const std::string& text) { ln_js_copy(text.c_str()); }
std::string BrowserShell::now_utc() { return ln::iso_utc(ln_js_now()); }
StorageAccess BrowserShell::storage_access() {
    const int role = ln_js_storage_access();
    if (role == page_abi::storage_role::writer) return StorageAccess::Writer;
    if (role == page_abi::storage_role::reader) return StorageAccess::ReadOnly;
    return StorageAccess::Unavailable;
}
bool BrowserShell::storage_opening() { return ln_js_storage_access() == page_abi::storage_role::opening; }
double BrowserShell::now_ms() { return ln_js_clock(); }
std::string BrowserShell::local_time() {
    const int minutes = static_cast<int>(ln_js_local_minutes());
    auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return two(minutes / 60) + ":" + two(minutes % 60);
}
void BrowserShell::persist(std::uint64_t write_number, double write_ms, std::size_t bytes) {
    ln_js_persist(static_cast<double>(write_number), write_ms, static_cast<double>(bytes));
}
void BrowserShell::show_save_state(std::string_view state, const std::string& text) {
    ln_js_save_state(std::string(state).c_str(), text.c_str());
}
void BrowserShell::failed(const char* reason, const std::string& detail) { ln_js_failed(reason, detail.c_str()); }

}  // namespace ln::web
