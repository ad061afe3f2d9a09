#include "app.hpp"

#include "numbers.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "dates.hpp"
#include "region_total.hpp"
#include "theme.hpp"

namespace ln::web {

App::App(Bundled data, std::string language, ShellPort& shell)
    : data_(std::move(data)),
      language_(supported_language(language)),
      // The views' copy takes the municipalities and the goals over: the app reads them there from now on.
      shown_(in_language(data_.program, language_), std::move(data_.municipalities), std::move(data_.sdgs)),
      shell_(shell),
      session_(data_.program, data_.catalog(language_), shell) {
    widgets_.too_long = [this](std::size_t max, std::size_t typed) {
        return cat().text("field.too_long", {{"max", format_number(static_cast<std::int64_t>(max))},
                                             {"typed", format_number(static_cast<std::int64_t>(typed))}});
    };
}

void App::take_over() { session_.take_over(); }


void App::follow_program() {
    const auto& file = session_.workspace().program_file;
    kept_program_.reset();
    kept_unusable_.reset();
    // Checked when opened and when loaded. One this version cannot use (its checks are stricter than those
    // of the version that kept it) stays kept, and the app's own program is used meanwhile.
    if (file) {
        auto read = read_program_file(file->text, shown_.municipalities);
        if (read) kept_program_ = std::move(read.value());
        else kept_unusable_ = read.error();
    }
    session_.set_program(program_in_use());
    // A case book begun under another network has a page for each of this one's gatherings and topics too
    // (what was written for gatherings this one lacks is kept, and shown again under the other).
    if (auto& book = session_.workspace().case_book) fit_to_program(*book, program_in_use());
    show_program();
}

void App::show_program() {
    const Program& p = program_in_use();
    shown_.program = in_language(p, language_);
    program_notice_.clear();
    if (const auto& file = session_.workspace().program_file; file && kept_unusable_)
        program_notice_ = cat().text("program.kept_unusable", {{"file", file->name}, {"reason", cat().describe(*kept_unusable_)}});
    else if (!asked_program_.empty() && asked_program_ != p.id)
        program_notice_ = cat().text(kept_program_ ? "program.asked_kept" : "program.asked_unknown",
                                     {{"id", asked_program_}, {"title", shown_.program.title}});
}

void App::open_program_file(const std::string& name, const std::string& bytes, std::uint64_t whole_size) {
    auto parsed = program_.file_picked(name, bytes, whole_size, shown_.municipalities, cat());
    if (!parsed) return;
    // Sign-ups and case books name their network by its id: another file under the built-in one's would
    // pass them off as made for it.
    if (parsed->id == data_.program.id) {
        program_.refused(cat().text("program.same_as_shipped", {{"file", name}, {"id", parsed->id}}));
        return;
    }
    session_.workspace().program_file = KeptProgram{name, shell_.now_utc(), bytes};
    follow_program();
    program_.opened(name, shown_.program, cat());
    session_.edited();
}

void App::drop_program_file() {
    if (!session_.workspace().program_file) return;
    session_.workspace().program_file.reset();
    follow_program();
    program_.dropped(shown_.program, cat());
    session_.edited();
}

// The session loaded or replaced the workspace: the views let go of what they held about the old one.
void App::follow_workspace() {
    const int generation = session_.generation();
    if (generation == generation_seen_) return;
    const bool replaced = generation_seen_ > 0;
    generation_seen_ = generation;
    follow_program();
    enrollment_.workspace_replaced(session_.workspace().enrollment);
    if (desk_) desk_->workspace_replaced();
    // The page's fields get the new texts with the next frame's semantics; focus goes to the view's start.
    if (replaced) focus_pending_ = true;
}

// ---- Routes ----

void App::open_route(std::string_view hash) {
    Route r = route_from_hash(hash);
    if (r == Route::Desk && !desk_) r = Route::Fee;  // this build has no desk: an unknown route
    if (r != route_) {
        leave(route_);
        focus_pending_ = scroll_to_top_ = true;
    }
    route_ = r;
    if (hash != hash_of(r)) shell_.show_route(hash_of(r), /*replace=*/true);
}

void App::go(Route route) {
    if (route == route_) return;
    if (route == Route::Desk && !desk_) {  // the page loads the module that has the desk at its address
        shell_.show_route(hash_of(route), /*replace=*/false);
        return;
    }
    leave(route_);
    route_ = route;
    focus_pending_ = true;
    scroll_to_top_ = true;
    shell_.show_route(hash_of(route), /*replace=*/false);
}

void App::leave(Route route) {
    refusal_.clear();  // said about a field of the view being left
    switch (route) {
    case Route::Fee: break;
    case Route::Enrollment: enrollment_.left(); break;
    case Route::Case: case_.left(); break;
    case Route::Program: program_.left(); break;
    case Route::Statement: break;
    case Route::Desk: break;
    }
}

void App::file_picked(const std::string& name, const std::string& bytes, bool read_failed, bool more,
                      std::uint64_t whole_size) {
    if (session_.opening()) {  // a file picked in the moment before the stored work was read
        session_.tell(cat().text("storage.opening"));
        return;
    }
    if (!session_.editable()) {  // the other tab keeps the work; an import here could not be saved
        session_.tell(cat().text("storage.readonly.import"));
        return;
    }
    if (route_ == Route::Program) {  // «Åpne programfil»
        if (read_failed) program_.read_failed(name, cat());
        else open_program_file(name, bytes, whole_size);
        return;
    }
    if (route_ == Route::Desk && desk_) {  // picked by the desk's buttons
        desk_->file_received(session_.workspace().received, name, bytes, read_failed, more, whole_size, shell_.now_utc());
        return;
    }
    if (read_failed) return;  // an import has nothing to show of a file the browser could not read
    // The file belongs to the view whose Import button opened the picker.
    if (route_ == Route::Case && session_.workspace().case_book) {
        case_.file_picked(name, bytes, *session_.workspace().case_book, shown_, cat());
        return;
    }
    go(Route::Enrollment);
    enrollment_.file_picked(name, bytes, session_.workspace().enrollment, cat(), shown_.program.id);
}

void App::switch_theme() {
    theme::use_dark(!theme::dark());
    theme::apply_style();
    shell_.show_theme(theme::dark());
}

void App::choose_language(std::string_view language) {
    const std::string_view chosen = supported_language(language);
    if (chosen == language_) {
        language_pending_.clear();
        return;
    }
    if (!data_.has_catalog(chosen)) {
        language_pending_ = chosen;
        shell_.load_language(chosen);
        return;
    }
    language_pending_.clear();
    language_notice_.clear();
    // What was typed means the same in the new language («12.000» in nynorsk is not twelve in English), and
    // what the views last said was said in the old one.
    carry_numbers(fee_.input);
    // Kept as carried, so a reload in the new language reads it the same.
    if (session_.editable() && carry_numbers(session_.workspace().enrollment, number_style(language_))) session_.edited();
    fee_.language_changed();
    if (desk_) desk_->language_changed();
    enrollment_.left();
    case_.left();
    program_.left();
    language_ = chosen;
    show_program();  // the program's texts and the notice in the new language
    session_.set_catalog(cat());
    shell_.show_language(language_);
}

void App::language_loaded(std::string_view json) {
    auto added = data_.add_catalog(json);
    if (!added) language_failed(language_pending_);  // a broken file is as good as none
    else if (added.value() == language_pending_) choose_language(added.value());
}

void App::language_failed(std::string_view language) {
    if (language != language_pending_) return;
    language_notice_ = cat().text("app.language_failed", {{"language", cat().text("language." + language_pending_)}});
    language_pending_.clear();
}

// ---- Drawing ----

void App::draw_header() {
    ui::skip_link(cat().text("app.skip"));
    ui::begin_landmark(Role::Banner);
    // Top right: the look (named by what it switches to) and the three languages, each named in itself
    // («Bokmål», «Nynorsk», «English»), the one in use pressed.
    const std::string theme_label = cat().text(theme::dark() ? "app.theme_light" : "app.theme_dark");
    std::vector<std::string> languages, tags;
    std::size_t in_use = 0;
    for (std::string_view l : kLanguages) {
        if (l == language_) in_use = languages.size();
        languages.push_back(cat().text("language.choice." + std::string(l)));
        tags.emplace_back(l);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    float buttons = ImGui::CalcTextSize(theme_label.c_str()).x + style.FramePadding.x * 2;
    for (const auto& l : languages) buttons += style.ItemSpacing.x + ImGui::CalcTextSize(l.c_str()).x + style.FramePadding.x * 2;
    // Beside the title when it keeps room for whole words; on a narrow phone the title takes the width and
    // the buttons go under it (and wrap).
    const bool beside = ImGui::GetContentRegionAvail().x - buttons - style.ItemSpacing.x >= theme::em(theme::kTitleRoomEm);
    ui::site_title(cat().text("app.title"), beside ? buttons + style.ItemSpacing.x : 0.0f);
    if (beside) ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons);
    if (ui::small_button("theme", theme_label)) switch_theme();
    ui::same_line();
    if (auto chosen = ui::pressed_choice("language", cat().text("app.language"), languages, tags, in_use)) choose_language(tags[*chosen]);
    ui::muted(cat().text("app.organiser", {{"organiser", shown_.program.organiser}}));
    std::vector<std::string> labels, hrefs;
    std::size_t current = std::size(kRoutes);
    for (const auto& r : kRoutes) {
        if (!r.in_nav) continue;
        if (r.route == route_) current = labels.size();
        labels.push_back(cat().text(r.nav_key));
        hrefs.emplace_back(r.hash);
    }
    if (auto clicked = ui::nav_links(cat().text("app.nav"), labels, hrefs, current)) go(route_from_hash(hrefs[*clicked]));
    draw_save_state();
    ui::end_landmark();
    ui::separator();
}

void App::draw_footer() {
    ui::separator();
    ui::begin_landmark(Role::ContentInfo);
    const RouteInfo& statement = route_info(Route::Statement);
    // A link to the view that is open says so (aria-current), as the tabs at the top do.
    if (ui::link(cat().text(statement.nav_key), std::string(statement.hash), route_ == Route::Statement)) go(Route::Statement);
    ui::same_line();
    const RouteInfo& desk = route_info(Route::Desk);
    if (ui::link(cat().text(desk.nav_key), std::string(desk.hash), route_ == Route::Desk)) go(Route::Desk);
    ui::end_landmark();
}

void App::draw_save_state() {
    const auto status = session_.save_status();
    const std::string shown = status.state + "\n" + status.text;
    if (shown != save_state_shown_) {
        save_state_shown_ = shown;
        shell_.show_save_state(status.state, status.text);
    }
    if (!keeps_work()) return;
    // The line is there before anything was saved, empty: «Lagrer…» appearing must not push the page
    // down under the user's finger or pointer.
    if (status.text.empty()) ImGui::Dummy({1, ImGui::GetTextLineHeight()});
    else if (status.state == "failed") ui::error_text(status.text);
    else ui::muted(status.text);
}

void App::draw_notices() {
    for (const std::string* notice : {&language_notice_, &program_notice_}) {
        if (notice->empty()) continue;  // on every view: the user just asked for it
        ui::begin_notice(true);
        ui::paragraph(*notice);
        ui::end_notice();
    }
    const auto access = session_.access();
    if (access == StorageAccess::ReadOnly && keeps_work()) {
        ui::begin_notice(true);
        ui::paragraph(cat().text("storage.readonly.notice"));
        ui::end_notice();
    }
    if (access == StorageAccess::Unavailable && session_.loaded() && keeps_work()) {
        ui::begin_notice(true);
        ui::paragraph(cat().text("storage.unavailable.notice"));
        ui::end_notice();
    }
    if (const auto& broken = session_.broken(); broken && !broken->dismissed) {
        ui::begin_notice(true);
        ui::paragraph(cat().text("storage.broken.notice", {{"file", broken->file}, {"reason", broken->reason}}));
        ui::paragraph(broken->restored_from.empty() ? cat().text("storage.broken.empty")
                                                    : cat().text("storage.broken.restored", {{"time", broken->restored_from}}));
        if (ui::button(cat().text("storage.broken.download"))) session_.download_broken();
        ui::same_line();
        if (ui::small_button(cat().text("storage.broken.dismiss"))) session_.dismiss_broken();
        ui::end_notice();
    }
    if (session_.reminder_due()) {
        ui::begin_notice(false);
        const std::string& last = session_.workspace().settings.last_export_at;
        ui::paragraph(last.empty() ? cat().text("storage.reminder.never")
                                   : cat().text("storage.reminder", {{"date", format_date_of(last)}}));
        if (ui::button(cat().text("storage.reminder.export"))) session_.export_now();
        ui::same_line();
        if (ui::small_button(cat().text("storage.reminder.later"))) session_.snooze_reminder();
        ui::end_notice();
    }
}

ViewOutcome App::draw_view() {
    // Storage opens beside the first frame of a view without stored work; one that shows it waits (a few
    // tens of ms, only when the user got here that fast), and then starts at its first field.
    if (keeps_work() && session_.opening()) {
        ui::paragraph(cat().text("storage.opening"));
        waiting_for_storage_ = true;
        return {};
    }
    if (std::exchange(waiting_for_storage_, false)) focus_pending_ = true;
    switch (route_) {
    case Route::Fee: fee_.draw(shown_, cat(), shell_); return {};
    case Route::Program: {
        const ViewOutcome out = program_.draw(shown_, cat(), shell_, session_.workspace().program_file, kept_program_.has_value(),
                                              session_.editable());
        if (program_.take_drop()) drop_program_file();
        return out;
    }
    case Route::Statement: statement_.draw(shown_, cat()); return {};
    case Route::Desk:
        if (desk_) return desk_->draw(session_.workspace().received, session_.editable(), shown_, cat(), shell_);
        return {};
    case Route::Enrollment: {
        ui::begin_read_only(!session_.editable());
        auto out = enrollment_.draw(session_.workspace().enrollment, shown_, cat(), shell_);
        ui::end_read_only();
        return out;
    }
    case Route::Case:
        if (CaseBook* book = session_.case_book()) {
            ui::begin_read_only(!session_.editable());
            auto out = case_.draw(*book, session_.workspace().enrollment, shown_, cat(), shell_);
            ui::end_read_only();
            return out;
        }
        ui::heading(cat().text("case.heading"));
        ui::paragraph(cat().text("case.none_yet"));
        return {};
    }
    return {};
}

bool App::frame() {
    ui::begin_frame(widgets_);
    follow_workspace();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // A readable column on wide screens, the full width on phones: the side padding centres it.
    const float pad_y = ImGui::GetStyle().WindowPadding.y;
    const float min_pad_x = ImGui::GetStyle().WindowPadding.x;
    const float pad_x = std::max(min_pad_x, (vp->WorkSize.x - theme::em(theme::kContentMaxEm)) * 0.5f);
    const bool to_top = scroll_to_top_;
    if (scroll_to_top_) scroll_y_ = 0;
    scroll_to_top_ = false;
    // The page scrolls (the document is as tall as the content), and the window shows what it scrolled to.
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::SetNextWindowScroll(ImVec2(0, std::min(scroll_y_, std::max(0.0f, content_height_ - vp->WorkSize.y))));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, pad_y));
    ImGui::Begin("##app", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    draw_header();
    ui::begin_landmark(Role::Main);
    draw_notices();
    if (focus_pending_) {
        // Views with fields start in the first one; the others at their heading.
        if (route_ == Route::Program || route_ == Route::Statement || route_ == Route::Desk) ui::focus_next_heading();
        else ui::focus_next_field();
        focus_pending_ = false;
    }
    const ViewOutcome out = draw_view();
    if (widgets_.refused_now) {
        // Said at once, not only shown under the field: the paste did nothing the user could see.
        refusal_ = widgets_.too_long(widgets_.refused_now->first, widgets_.refused_now->second);
        widgets_.refused_now.reset();
    } else if (out.edited) {
        refusal_.clear();
    }
    ui::end_landmark();
    draw_footer();
    ImGui::Dummy(ImVec2(0, pad_y));
    content_height_ = ImGui::GetCursorPosY();
    ImGui::End();
    if (out.edited) session_.edited();
    if (out.exported) session_.exported();
    if (out.go) go(*out.go);
    session_.tick();
    tell_shell();
    if (const std::string changes = semantics_.update(ui::nodes(), content_height_, to_top); !changes.empty())
        shell_.update_semantics(changes);
    const bool more = ui::settling();
    ui::end_frame();
    return more;
}

void App::tell_shell() {
    std::string live;
    int said = 0;  // a view that says the same words again has news all the same
    switch (route_) {
    case Route::Fee:
        live = fee_.live_text(shown_, cat());
        said = fee_.said();
        break;
    case Route::Enrollment:
        live = enrollment_.live_text(shown_, cat());
        said = enrollment_.said();
        break;
    case Route::Case:
        live = session_.workspace().case_book ? case_.live_text(*session_.workspace().case_book, cat()) : cat().text("case.none_yet");
        said = case_.said();
        break;
    case Route::Program: live = program_.live_text(shown_, cat()); break;
    case Route::Statement: live = statement_.live_text(cat()); break;
    case Route::Desk:
        if (desk_) {
            live = desk_->live_text();
            said = desk_->said();
        }
        break;
    }
    // What happened to the stored work is news on the views that keep work.
    if (!session_.news().empty() && keeps_work()) live = session_.news();
    if (!refusal_.empty()) live = refusal_;
    if (!language_notice_.empty()) live = language_notice_;
    if (live != announced_ || said != announced_said_) {
        announced_ = live;
        announced_said_ = said;
        shell_.announce(live);
    }
    const std::string title = cat().text("app.page_title", {{"view", cat().text(route_info(route_).nav_key)}});
    if (title != title_) {
        title_ = title;
        shell_.show_title(title);
    }
}

}  // namespace ln::web
