// Fuzz target (fuzz_main.cpp): any bytes as the stored workspace (what IndexedDB or the close-time journal gives back
// after a crash, a second tab or a broken disk); what loads is saved and loaded again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bundled.hpp"
#include "workspace.hpp"

int fuzz_workspace(const std::uint8_t* data, std::size_t size) {
    static const ln::Bundled bundled = ln::load_bundled().value();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto loaded = ln::load_workspace(bytes, bundled.program);
    if (!loaded.workspace) {
        if (loaded.errors.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    const ln::Workspace& w = *loaded.workspace;
    (void)ln::has_work(w);
    (void)ln::export_reminder_due(w, "2026-01-01T00:00:00Z");
    // Saved with the program it was read against: its own kept program file, else the app's.
    const ln::Program& program = loaded.program ? *loaded.program : bundled.program;
    if (w.program_file.has_value() != loaded.program.has_value()) std::abort();
    const std::string text = ln::save_workspace(w, program, "2026-01-01T00:00:00Z", loaded.revision);
    auto again = ln::load_workspace(text, bundled.program);
    if (!again.workspace || again.revision != loaded.revision) std::abort();
    if (ln::save_workspace(*again.workspace, program, "2026-01-01T00:00:00Z", again.revision) != text) std::abort();
    return 0;
}
