#include "app.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "case_book_format.hpp"
#include "dates.hpp"
#include "enrollment_format.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace ln::web {

namespace {
struct RouteInfo {
    Route route;
    std::string_view hash;
    const char* nav_key;
};
constexpr RouteInfo kRoutes[] = {
    {Route::Fee, "#/avgift", "nav.fee"},
    {Route::Enrollment, "#/pamelding", "nav.enrollment"},
    {Route::Case, "#/case", "nav.case"},
    {Route::Program, "#/program", "nav.program"},
};
constexpr double kRetryMs = 5000.0;  // a failed sync is tried again this long after
}  // namespace

Route route_from_hash(std::string_view hash) {
    for (const auto& r : kRoutes)
        if (r.hash == hash) return r.route;
    return Route::Fee;
}

std::string_view hash_of(Route route) {
    for (const auto& r : kRoutes)
        if (r.route == route) return r.hash;
    return "#/avgift";
}

App::App(Bundled data, std::string language, ShellPort& shell)
    : data_(std::move(data)), language_(language == "en" ? "en" : "nb"), shell_(shell) {}

// ---- The workspace and its saving ----

void App::open_workspace(WorkspaceFiles* files, StorageAccess access) {
    files_ = files;
    access_ = files ? access : StorageAccess::Unavailable;
    load_from_files();
    loaded_ = true;
    autosave_.set_writable(access_ == StorageAccess::Writer);
    if (rescued_ && autosave_.writable()) shell_.persist(autosave_.written(), 0.0, 0);
    rescued_ = false;
}

void App::load_from_files() {
    if (!files_) return;
    const Catalog& cat = data_.catalog(language_);
    auto opened = files_->open(data_.program);
    ws_ = opened.workspace.value_or(Workspace{});
    revision_ = opened.revision;
    if (!opened.broken_name.empty()) {
        broken_ = Broken{opened.broken_name, opened.errors.empty() ? "" : cat.describe(opened.errors.front()),
                         opened.from_previous ? format_date(opened.saved_at.substr(0, 10)) + " " + opened.saved_at.substr(11, 5) + " UTC" : ""};
        storage_message_ = cat.text("storage.broken", {{"file", opened.broken_name}});
    }
    enrollment_.draft = ws_.enrollment;
    enrollment_.municipality_query = ws_.enrollment.municipality_name;
    // Rescued from the journal: written as the current file, still to be made durable.
    if (opened.from_journal) rescued_ = true;
}

void App::take_over() {
    access_ = StorageAccess::Writer;
    load_from_files();  // what the other tab saved last, never this tab's older copy
    autosave_.set_writable(files_ != nullptr);
    if (rescued_ && autosave_.writable()) shell_.persist(autosave_.written(), 0.0, 0);
    rescued_ = false;
    storage_message_ = data_.catalog(language_).text("storage.took_over");
    // A field being edited keeps its own copy of the text and would write that older text back over
    // what was just read: let go of it, then focus the view's first field again.
    widgets_stale_ = true;
}

void App::save_now() {
    const Catalog& cat = data_.catalog(language_);
    const std::string now = shell_.now_utc();
    const double started = shell_.now_ms();
    if (ws_.settings.created_at.empty()) ws_.settings.created_at = now;
    const std::string bytes = save_workspace(ws_, data_.program, now, revision_ + 1);
    const auto error = files_->write(bytes);
    if (error) {
        autosave_.write_failed(cat.text(*error, {{"size", std::to_string(bytes.size() / (1024 * 1024))}}));
        storage_message_ = cat.text("storage.not_saved", {{"reason", autosave_.error()}});
        return;
    }
    ++revision_;
    const auto written = autosave_.written();
    shell_.persist(written, shell_.now_ms() - started, bytes.size());
}

void App::storage_synced(std::uint64_t write_number, bool ok, const std::string& error) {
    const Catalog& cat = data_.catalog(language_);
    if (ok) {
        autosave_.synced(write_number, true, "", shell_.local_time());
        retry_at_.reset();
        if (autosave_.state() == Autosave::State::Saved && storage_failure_shown_) {
            storage_message_.clear();
            storage_failure_shown_ = false;
        }
        return;
    }
    const std::string reason = error.find("Quota") != std::string::npos ? cat.text("storage.quota")
                                                                        : cat.text("storage.sync_failed", {{"error", error}});
    autosave_.synced(write_number, false, reason, "");
    storage_message_ = cat.text("storage.not_saved", {{"reason", reason}});
    storage_failure_shown_ = true;
    retry_at_ = shell_.now_ms() + kRetryMs;
}

void App::flush() {
    if (autosave_.writable() && autosave_.unsaved()) save_now();
}

std::optional<double> App::wake_at() const {
    auto due = autosave_.wake_at();
    if (retry_at_) due = std::min(due.value_or(*retry_at_), *retry_at_);
    return due;
}

void App::take_edits() {
    if (!editable()) {
        enrollment_.draft = ws_.enrollment;  // nothing can be typed here; keep the view on what is stored
        return;
    }
    bool changed = false;
    if (!(enrollment_.draft == ws_.enrollment)) {
        ws_.enrollment = enrollment_.draft;
        changed = true;
    }
    const int exports = enrollment_.exports() + case_.exports();
    if (exports != exports_seen_) {
        exports_seen_ = exports;
        ws_.settings.last_export_at = shell_.now_utc();
        changed = true;
    }
    const double now = shell_.now_ms();
    if (changed) {
        autosave_.edited(now);
        if (!storage_failure_shown_) storage_message_.clear();  // old news once the user works on
    }
    if (autosave_.due(now)) save_now();
    if (retry_at_ && now >= *retry_at_) {
        retry_at_.reset();
        shell_.persist(autosave_.last_write(), 0.0, 0);
    }
}

// ---- Routes ----

void App::open_route(std::string_view hash) {
    const Route r = route_from_hash(hash);
    if (r != route_) {
        leave(route_);
        focus_pending_ = scroll_to_top_ = true;
    }
    route_ = r;
    if (hash != hash_of(r)) shell_.show_route(hash_of(r), /*replace=*/true);
}

void App::go(Route route) {
    if (route == route_) return;
    leave(route_);
    route_ = route;
    focus_pending_ = true;
    scroll_to_top_ = true;
    shell_.show_route(hash_of(route), /*replace=*/false);
}

void App::leave(Route route) {
    switch (route) {
    case Route::Fee: break;
    case Route::Enrollment: enrollment_.left(); break;
    case Route::Case: case_.left(); break;
    case Route::Program: program_.left(); break;
    }
}

void App::file_picked(const std::string& name, const std::string& bytes) {
    const Catalog& cat = data_.catalog(language_);
    if (!editable()) {  // the other tab keeps the work; an import here could not be saved
        storage_message_ = cat.text("storage.readonly.import");
        return;
    }
    // The file belongs to the view whose Import button opened the picker.
    if (route_ == Route::Case && ws_.case_book) {
        case_.file_picked(name, bytes, *ws_.case_book, data_, cat);
        return;
    }
    go(Route::Enrollment);
    enrollment_.file_picked(name, bytes, cat);
}

void App::switch_language() {
    language_ = language_ == "en" ? "nb" : "en";
    shell_.show_language(language_);
}

// ---- Drawing ----

void App::draw_header() {
    const Catalog& cat = data_.catalog(language_);
    const std::string switch_label = cat.text("app.language_switch");
    const float switch_width = ImGui::CalcTextSize(switch_label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushFont(theme::fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - switch_width - 12.0f + ImGui::GetCursorPosX());
    ImGui::TextUnformatted(cat.text("app.title").c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - switch_width);
    if (ui::button(switch_label)) switch_language();
    ui::muted(cat.text("app.organiser", {{"organiser", data_.program.organiser}}));
    std::vector<std::string> labels;
    std::size_t current = 0;
    for (std::size_t i = 0; i < std::size(kRoutes); ++i) {
        labels.push_back(cat.text(kRoutes[i].nav_key));
        if (kRoutes[i].route == route_) current = i;
    }
    if (auto clicked = ui::tabs(labels, current)) go(kRoutes[*clicked].route);
    draw_save_state();
    ui::separator();
}

void App::draw_save_state() {
    const Catalog& cat = data_.catalog(language_);
    std::string state, text;
    if (access_ == StorageAccess::ReadOnly) {
        state = "readonly";
        text = cat.text("storage.state.readonly");
    } else if (access_ == StorageAccess::Unavailable) {
        state = "unavailable";
        text = cat.text("storage.state.unavailable");
    } else {
        switch (autosave_.state()) {
        case Autosave::State::Clean:
            // Nothing saved in this visit yet, but what was stored before is there.
            if (loaded_ && has_work(ws_)) state = "saved", text = cat.text("storage.state.stored");
            break;
        case Autosave::State::Pending:
        case Autosave::State::Saving: state = "saving", text = cat.text("storage.state.saving"); break;
        case Autosave::State::Saved:
            state = "saved", text = cat.text("storage.state.saved", {{"time", autosave_.saved_time()}});
            break;
        case Autosave::State::Failed:
            state = "failed", text = cat.text("storage.not_saved", {{"reason", autosave_.error()}});
            break;
        }
    }
    const std::string shown = state + "\n" + text;
    if (shown != save_state_shown_) {
        save_state_shown_ = shown;
        shell_.show_save_state(state, text);
    }
    if (text.empty() || (route_ != Route::Enrollment && route_ != Route::Case)) return;
    if (state == "failed") ui::error_text(text);
    else ui::muted(text);
}

void App::draw_notices() {
    const Catalog& cat = data_.catalog(language_);
    if (access_ == StorageAccess::ReadOnly && (route_ == Route::Enrollment || route_ == Route::Case)) {
        ui::begin_notice(true);
        ui::paragraph(cat.text("storage.readonly.notice"));
        ui::end_notice();
    }
    if (access_ == StorageAccess::Unavailable && loaded_ && (route_ == Route::Enrollment || route_ == Route::Case)) {
        ui::begin_notice(true);
        ui::paragraph(cat.text("storage.unavailable.notice"));
        ui::end_notice();
    }
    if (broken_ && !broken_->dismissed) {
        ui::begin_notice(true);
        ui::paragraph(cat.text("storage.broken.notice", {{"file", broken_->file}, {"reason", broken_->reason}}));
        ui::paragraph(broken_->restored_from.empty() ? cat.text("storage.broken.empty")
                                                     : cat.text("storage.broken.restored", {{"time", broken_->restored_from}}));
        if (ui::button(cat.text("storage.broken.download"))) {
            if (auto bytes = files_ ? files_->read(broken_->file) : std::nullopt)
                shell_.download(broken_->file, "application/octet-stream", *bytes);
        }
        ui::same_line();
        if (ui::small_button(cat.text("storage.broken.dismiss"))) broken_->dismissed = true;
        ui::end_notice();
    }
    if (access_ == StorageAccess::Writer && export_reminder_due(ws_, shell_.now_utc())) {
        ui::begin_notice(false);
        const std::string& last = ws_.settings.last_export_at;
        ui::paragraph(last.empty() ? cat.text("storage.reminder.never")
                                   : cat.text("storage.reminder", {{"date", format_date(last.substr(0, 10))}}));
        if (ui::button(cat.text("storage.reminder.export"))) {
            const std::string now = shell_.now_utc();
            if (ws_.case_book)
                shell_.download(case_book_file_name(ws_.enrollment.municipality_number, ws_.enrollment.municipality_name, ".json"),
                                "application/json", export_case_book(*ws_.case_book, data_.program, now));
            shell_.download(enrollment_file_name(ws_.enrollment), "application/json",
                            export_enrollment(ws_.enrollment, data_.program, now));
            ws_.settings.last_export_at = now;
            autosave_.edited(shell_.now_ms());
            storage_message_ = cat.text("storage.reminder.done");
        }
        ui::same_line();
        if (ui::small_button(cat.text("storage.reminder.later"))) {
            ws_.settings.reminder_snoozed_at = shell_.now_utc();
            autosave_.edited(shell_.now_ms());
        }
        ui::end_notice();
    }
}

bool App::frame() {
    const Catalog& cat = data_.catalog(language_);
    ui::begin_frame();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // A readable column on wide screens, the full width on phones: the side padding centres it.
    const float pad_y = ImGui::GetStyle().WindowPadding.y;
    const float min_pad_x = ImGui::GetStyle().WindowPadding.x;
    const float pad_x = std::max(min_pad_x, (vp->WorkSize.x - theme::kContentMaxWidth) * 0.5f);
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, pad_y));
    ImGui::Begin("##app", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    if (scroll_to_top_) {
        ImGui::SetScrollY(0.0f);
        scroll_to_top_ = false;
    }
    if (widgets_stale_) {
        ImGui::ClearActiveID();
        focus_pending_ = true;
        widgets_stale_ = false;
    }
    draw_header();
    draw_notices();
    if (focus_pending_) {
        ui::focus_next_field();
        focus_pending_ = false;
    }
    bool book_changed = false;
    switch (route_) {
    case Route::Fee: fee_.draw(data_, cat); break;
    case Route::Enrollment:
        ui::set_read_only(!editable());
        enrollment_.draw(data_, cat, shell_);
        ui::set_read_only(false);
        break;
    case Route::Case:
        // The book starts from the sign-up's sketch of the case the first time it is opened.
        if (!ws_.case_book && editable() && loaded_) {
            ws_.case_book = new_case_book(data_.program, &ws_.enrollment);
            book_changed = true;
        }
        if (ws_.case_book) {
            ui::set_read_only(!editable());
            book_changed |= case_.draw(*ws_.case_book, ws_.enrollment, data_, cat, shell_);
            ui::set_read_only(false);
        } else {
            ui::heading(cat.text("case.heading"));
            ui::paragraph(cat.text("case.none_yet"));
        }
        break;
    case Route::Program:
        if (program_.draw(data_, cat, shell_)) go(Route::Fee);
        break;
    }
    ImGui::Dummy(ImVec2(0, pad_y));
    ImGui::End();
    if (book_changed && editable()) {
        autosave_.edited(shell_.now_ms());
        if (!storage_failure_shown_) storage_message_.clear();
    }
    if (loaded_) take_edits();
    tell_shell();
    return ui::settling();
}

void App::tell_shell() {
    const Catalog& cat = data_.catalog(language_);
    std::string live;
    switch (route_) {
    case Route::Fee: live = fee_.live_text(data_, cat); break;
    case Route::Enrollment: live = enrollment_.live_text(data_, cat); break;
    case Route::Case: live = ws_.case_book ? case_.live_text(*ws_.case_book, cat) : cat.text("case.none_yet"); break;
    case Route::Program: live = program_.live_text(data_, cat); break;
    }
    // What happened to the stored work is news on the views that keep work.
    if (!storage_message_.empty() && (route_ == Route::Enrollment || route_ == Route::Case)) live = storage_message_;
    if (live != announced_) {
        announced_ = live;
        shell_.announce(live);
    }
    const ui::FieldInfo* f = ui::focused_field();
    const std::string label = f ? f->label : "";
    const std::string value = f ? f->value : "";
    if (label != focus_label_ || value != focus_value_) {
        focus_label_ = label;
        focus_value_ = value;
        shell_.describe_focus(label, value);
    }
}

}  // namespace ln::web
