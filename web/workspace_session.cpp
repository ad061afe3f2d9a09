#include "workspace_session.hpp"

#include <algorithm>

#include "case_book_format.hpp"
#include "dates.hpp"
#include "enrollment_format.hpp"

namespace ln::web {

void WorkspaceSession::open(WorkspaceFiles* files, StorageAccess access) {
    files_ = files;
    opening_ = false;
    access_ = files ? access : StorageAccess::Unavailable;
    load();
    loaded_ = true;
    autosave_.set_writable(access_ == StorageAccess::Writer);
    persist_rescued();
}

void WorkspaceSession::load() {
    ++generation_;
    if (!files_) return;
    auto opened = files_->open(shipped_);
    ws_ = std::move(opened.workspace).value_or(Workspace{});
    revision_ = opened.revision;
    if (!opened.broken_name.empty()) {
        broken_ = BrokenFile{opened.broken_name, opened.errors.empty() ? "" : cat_->describe(opened.errors.front()),
                             opened.from_previous ? format_local_time(opened.saved_at) : ""};
        news_ = cat_->text("storage.broken", {{"file", opened.broken_name}});
    }
    // Rescued from the journal: written as the current file, still to be made durable.
    if (opened.from_journal) rescued_ = true;
}

void WorkspaceSession::persist_rescued() {
    if (rescued_ && autosave_.writable()) shell_.persist(autosave_.written(), 0.0, 0);
    rescued_ = false;
}

void WorkspaceSession::take_over() {
    access_ = StorageAccess::Writer;
    load();  // what the other tab saved last, never this tab's older copy
    autosave_.set_writable(files_ != nullptr);
    persist_rescued();
    news_ = cat_->text("storage.took_over");
}

void WorkspaceSession::save_now() {
    const std::string now = shell_.now_utc();
    const double started = shell_.now_ms();
    if (ws_.settings.created_at.empty()) ws_.settings.created_at = now;
    const std::string bytes = save_workspace(ws_, *program_, now, revision_ + 1);
    if (const auto error = files_->write(bytes)) {
        autosave_.write_failed(cat_->text(*error, {{"size", std::to_string(bytes.size() / (1024 * 1024))}}));
        news_ = cat_->text("storage.not_saved", {{"reason", autosave_.error()}});
        return;
    }
    ++revision_;
    const auto written = autosave_.written();
    shell_.persist(written, shell_.now_ms() - started, bytes.size());
}

void WorkspaceSession::storage_synced(std::uint64_t write_number, SyncResult result, const std::string& detail) {
    if (result == SyncResult::Ok) {
        autosave_.synced(write_number, true, "", shell_.local_time());
        retry_at_.reset();
        if (autosave_.state() == Autosave::State::Saved && failure_shown_) {
            news_.clear();
            failure_shown_ = false;
        }
        return;
    }
    const std::string reason = result == SyncResult::Quota ? cat_->text("storage.quota")
                                                           : cat_->text("storage.sync_failed", {{"error", detail}});
    autosave_.synced(write_number, false, reason, "");
    news_ = cat_->text("storage.not_saved", {{"reason", reason}});
    failure_shown_ = true;
    retry_at_ = shell_.now_ms() + kRetryMs;
}

void WorkspaceSession::flush() {
    if (autosave_.writable() && autosave_.unsaved()) save_now();
}

std::optional<double> WorkspaceSession::wake_at() const {
    auto due = autosave_.wake_at();
    if (retry_at_) due = std::min(due.value_or(*retry_at_), *retry_at_);
    return due;
}

void WorkspaceSession::edited() {
    if (!editable() || !loaded_) return;
    autosave_.edited(shell_.now_ms());
    if (!failure_shown_) news_.clear();  // old news once the user works on
}

void WorkspaceSession::exported() {
    if (!editable() || !loaded_) return;  // a read-only tab cannot note it; the writing tab keeps the time
    ws_.settings.last_export_at = shell_.now_utc();
    edited();
}

void WorkspaceSession::tick() {
    if (!loaded_ || !editable()) return;
    const double now = shell_.now_ms();
    if (autosave_.due(now)) save_now();
    if (retry_at_ && now >= *retry_at_) {
        retry_at_.reset();
        shell_.persist(autosave_.last_write(), 0.0, 0);
    }
}

CaseBook* WorkspaceSession::case_book() {
    if (!ws_.case_book && editable() && loaded_) {
        ws_.case_book = new_case_book(*program_, &ws_.enrollment);
        edited();
    }
    return ws_.case_book ? &*ws_.case_book : nullptr;
}

bool WorkspaceSession::reminder_due() const {
    return access_ == StorageAccess::Writer && export_reminder_due(ws_, shell_.now_utc());
}

void WorkspaceSession::export_now() {
    const std::string now = shell_.now_utc();
    if (ws_.case_book)
        shell_.download(case_book_file_name(ws_.enrollment.municipality_number, ws_.enrollment.municipality_name, ".json"),
                        "application/json", export_case_book(*ws_.case_book, *program_, now));
    shell_.download(enrollment_file_name(ws_.enrollment), "application/json", export_enrollment(ws_.enrollment, *program_, now, number_style(cat_->language())));
    exported();
    news_ = cat_->text("storage.reminder.done");
}

void WorkspaceSession::snooze_reminder() {
    ws_.settings.reminder_snoozed_at = shell_.now_utc();
    edited();
}

void WorkspaceSession::download_broken() {
    if (!broken_ || !files_) return;
    if (auto bytes = files_->read(broken_->file)) shell_.download(broken_->file, "application/octet-stream", *bytes);
}

WorkspaceSession::SaveStatus WorkspaceSession::save_status() const {
    if (opening_) return {};  // nothing to say until the stored work is read
    if (access_ == StorageAccess::ReadOnly) return {"readonly", cat_->text("storage.state.readonly")};
    if (access_ == StorageAccess::Unavailable) return {"unavailable", cat_->text("storage.state.unavailable")};
    switch (autosave_.state()) {
    case Autosave::State::Clean:
        // Nothing saved in this visit yet, but what was stored before is there.
        if (loaded_ && has_work(ws_)) return {"saved", cat_->text("storage.state.stored")};
        return {};
    case Autosave::State::Pending:
    case Autosave::State::Saving: return {"saving", cat_->text("storage.state.saving")};
    case Autosave::State::Saved: return {"saved", cat_->text("storage.state.saved", {{"time", autosave_.saved_time()}})};
    case Autosave::State::Failed: return {"failed", cat_->text("storage.not_saved", {{"reason", autosave_.error()}})};
    }
    return {};
}

}  // namespace ln::web
