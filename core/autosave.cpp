#include "autosave.hpp"

#include <algorithm>

namespace ln {

void Autosave::edited(double now) {
    if (!dirty_) first_edit_ = now;
    dirty_ = true;
    last_edit_ = now;
}

bool Autosave::due(double now) const {
    return writable_ && dirty_ && (now - last_edit_ >= kQuietMs || now - first_edit_ >= kLongestMs);
}

std::optional<double> Autosave::wake_at() const {
    if (!writable_ || !dirty_) return std::nullopt;
    return std::min(last_edit_ + kQuietMs, first_edit_ + kLongestMs);
}

std::uint64_t Autosave::written() {
    dirty_ = false;
    return ++last_write_;
}

void Autosave::write_failed(std::string error) {
    failed_ = true;
    error_ = std::move(error);
    dirty_ = false;  // retried on the next edit, not in a loop
}

void Autosave::synced(std::uint64_t upto, bool ok, std::string error, std::string local_time) {
    if (!ok) {
        failed_ = true;
        error_ = std::move(error);
        return;
    }
    durable_ = std::max(durable_, upto);
    if (durable_ == last_write_) {
        failed_ = false;
        error_.clear();
    }
    saved_time_ = std::move(local_time);
}

Autosave::State Autosave::state() const {
    if (failed_ && (dirty_ || durable_ < last_write_ || !error_.empty())) return State::Failed;
    if (dirty_) return State::Pending;
    if (durable_ < last_write_) return State::Saving;
    return last_write_ ? State::Saved : State::Clean;
}

}  // namespace ln
