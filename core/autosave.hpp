#pragma once
// When to save, and what to tell the user about it. No clock or I/O of its own: the caller passes the
// time (milliseconds) and reports what happened, so every rule here is tested without a browser.
//
// A save is two steps: the file is written (synchronously, in memory) and then made durable (IndexedDB,
// asynchronously, one sync at a time). Only a durable save is shown as «Lagret».
#include <cstdint>
#include <optional>
#include <string>

namespace ln {

class Autosave {
public:
    static constexpr double kQuietMs = 500.0;   // write this long after the last edit…
    static constexpr double kLongestMs = 2000.0;  // …but never later than this after the first unsaved one

    enum class State { Clean, Pending, Saving, Saved, Failed };

    // Nothing is written until the stored workspace has been loaded, nor by a read-only tab.
    void set_writable(bool writable) { writable_ = writable; }
    bool writable() const { return writable_; }

    // The workspace changed at `now`.
    void edited(double now);
    // Whether a write is due at `now` (or at once: `flush`, when the page is being hidden or closed).
    bool due(double now) const;
    bool unsaved() const { return dirty_; }
    // When to look again, if a write is waiting.
    std::optional<double> wake_at() const;

    // The file was written; returns the write's number, to match with synced().
    std::uint64_t written();
    // Writing failed before anything reached storage (e.g. too large); the edit stays unsaved.
    void write_failed(std::string error);
    // Storage reports that every write up to `upto` is durable, or that syncing failed.
    void synced(std::uint64_t upto, bool ok, std::string error, std::string local_time);

    std::uint64_t last_write() const { return last_write_; }
    State state() const;
    const std::string& saved_time() const { return saved_time_; }  // "14:32", local time of the last durable save
    const std::string& error() const { return error_; }

private:
    bool writable_ = false;
    bool dirty_ = false;  // edits not yet written
    double first_edit_ = 0, last_edit_ = 0;
    std::uint64_t last_write_ = 0, durable_ = 0;
    bool failed_ = false;
    std::string saved_time_, error_;
};

}  // namespace ln
