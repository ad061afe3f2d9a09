#pragma once
// ShellPort for the browser: forwards to window.LN in shell/glue.js.
#include "shell_port.hpp"
#include "storage_access.hpp"

namespace ln::web {

class BrowserShell final : public ShellPort {
public:
    void announce(const std::string& text) override;
    void show_route(std::string_view route, bool replace) override;
    void show_language(std::string_view language) override;
    void load_language(std::string_view language) override;
    void show_theme(bool dark) override;
    void update_semantics(const std::string& changes) override;
    void show_title(const std::string& title) override;
    void download(const std::string& file_name, const std::string& mime_type, const std::string& bytes) override;
    void pick_file(const std::string& accept) override;
    void pick_files(bool folder) override;
    void copy_text(const std::string& text) override;
    std::string now_utc() override;
    double now_ms() override;
    std::string local_time() override;
    void persist(std::uint64_t write_number, double write_ms, std::size_t bytes) override;
    void show_save_state(std::string_view state, const std::string& text) override;

    // The semantic layer's changes wait until the frame is on screen: the page then builds elements while
    // the user already sees the view. The runner calls this after presenting each frame.
    void flush_semantics();

    // Not part of ShellPort: the platform's own messages to the page.
    static void first_frame();
    static void failed(const char* reason, const std::string& detail);
    // What the page found when it opened the storage (page_abi storage_role).
    static StorageAccess storage_access();
    // The page started the module while storage is still opening (it calls ln_storage_opened when done).
    static bool storage_opening();

private:
    std::string pending_semantics_;
};

}  // namespace ln::web
