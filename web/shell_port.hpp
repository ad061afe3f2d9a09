#pragma once
// What the app asks of the page around it (shell/glue.js in a browser; a recorder in headless tests).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ln::web {

class ShellPort {
public:
    virtual ~ShellPort() = default;
    // Mirrors the key result or status as plain text into the page's aria-live region (#live).
    virtual void announce(const std::string& text) = 0;
    // Puts the current view's route (e.g. "#/avgift") into the address bar: as a new history entry when the
    // user switched views, in place when the app only corrected an unknown or empty route.
    virtual void show_route(std::string_view route, bool replace) = 0;
    // The page is now in `language`: its lang attribute and address (?lang=nn) follow without reloading,
    // and the choice is remembered on this device.
    virtual void show_language(std::string_view language) = 0;
    // Fetches a language's message catalogue, which the app has not got; it comes back through
    // App::language_loaded, or App::language_failed when it cannot be fetched.
    virtual void load_language(std::string_view language) = 0;
    // The user chose the dark or the light look: the page takes the same colours and remembers the choice.
    virtual void show_theme(bool dark) = 0;
    // What changed on the page's semantic layer (SemanticsDiff's JSON): the DOM elements for what is drawn.
    virtual void update_semantics(const std::string& changes) = 0;
    // The page's title, as the browser's tab and history show it: «Avgift – Læringsnettverk».
    virtual void show_title(const std::string& title) = 0;
    // Saves a file to the user's downloads (export, calendar file).
    virtual void download(const std::string& file_name, const std::string& mime_type, const std::string& bytes) = 0;
    // Opens the file picker; the chosen file's bytes come back through App::file_picked.
    virtual void pick_file(const std::string& accept) = 0;
    // Opens the file picker for many sign-up files, or for a folder (its .json files, subfolders too); each
    // comes back through App::file_picked, the last with more = false.
    virtual void pick_files(bool folder) = 0;
    // Puts text on the system clipboard.
    virtual void copy_text(const std::string& text) = 0;
    // The current time as ISO 8601 UTC.
    virtual std::string now_utc() = 0;
    // Milliseconds on a clock that only moves forward, for timing saves.
    virtual double now_ms() = 0;
    // The local time of day as the user reads it: "14:32".
    virtual std::string local_time() = 0;
    // Makes every file written so far durable (FS.syncfs to IndexedDB, one sync at a time, coalesced);
    // App::storage_synced reports back with `write_number` or a later one. `write_ms` and `bytes` say what
    // writing the file took (for the bench).
    virtual void persist(std::uint64_t write_number, double write_ms, std::size_t bytes) = 0;
    // Mirrors the save state for assistive technology and tests: state is "saved", "saving", "failed",
    // "readonly", "unavailable" or "" (nothing to save yet).
    virtual void show_save_state(std::string_view state, const std::string& text) = 0;
};

}  // namespace ln::web
