#include "views/case_view.hpp"

#include "case_book_format.hpp"
#include <algorithm>

#include "case_report.hpp"
#include "date_text.hpp"
#include "views/removal_text.hpp"
#include "dates.hpp"
#include "views/program_text.hpp"
#include "widgets.hpp"

namespace ln::web {


namespace {

std::string count_text(const Catalog& cat, int written, int total) {
    return cat.text("case.progress.count", {{"written", std::to_string(written)}, {"total", std::to_string(total)}});
}

std::string topic_label(const Program& program, const TopicRef& ref, const Catalog& cat) {
    const auto g = static_cast<std::size_t>(ref.gathering - 1);
    const auto t = static_cast<std::size_t>(ref.topic);
    const std::string topic = g < program.gatherings.size() && t < program.gatherings[g].topics.size()
                                  ? program.gatherings[g].topics[t]
                                  : "?";
    return cat.text("case.gathering", {{"n", std::to_string(ref.gathering)}}) + ": " + topic;
}

}  // namespace

void CaseView::draw_tabs(const CaseBook& book, const Bundled& data, const Catalog& cat) {
    std::vector<std::string> labels{cat.text("case.tab.case")};
    for (const auto& g : data.program.gatherings) labels.push_back(cat.text("case.gathering", {{"n", std::to_string(g.number)}}));
    labels.push_back(cat.text("case.tab.actions", {{"open", std::to_string(open_actions(book).size())}}));
    labels.push_back(cat.text("case.tab.outcomes"));
    if (tab >= labels.size()) tab = 0;
    if (auto clicked = ui::tabs(cat.text("case.tabs"), labels, tab)) {
        tab = *clicked;
        forget_removed();
    }
    ui::separator();
}

void CaseView::draw_case(CaseBook& book, const Bundled& data, const Catalog& cat) {
    out_.edited |= ui::text_field("title", cat.text("case.title"), book.title);
    out_.edited |= ui::text_area("problem", cat.text("case.problem"), book.problem, {}, 5.0f);
    out_.edited |= ui::text_area("goals", cat.text("case.goals"), book.goals, {}, 4.0f);

    ui::subheading(cat.text("case.actors.heading"), 2);
    ui::muted(cat.text("case.actors.intro"));
    std::optional<std::size_t> remove;
    bool undo = false;
    auto actor_undo = [&](std::size_t i) {
        if (removed_actor_ && removed_actor_->index == i) {
            const std::string n = std::to_string(i + 1);
            undo = undo_notice(removed_text(cat, "case.actor", n, removed_actor_->item), undo_text(cat, "case.actor", n, removed_actor_->item));
        }
    };
    for (std::size_t i = 0; i < book.actors.size(); ++i) {
        actor_undo(i);
        ImGui::PushID(static_cast<int>(i));
        if ((focus_new_actor_ && i + 1 == book.actors.size()) || focus_actor_ == i) {
            ui::focus_next_field();  // an actor just added or put back: type right away
            focus_new_actor_ = false;
            focus_actor_.reset();
        }
        out_.edited |= ui::text_field("actor", cat.text("case.actor", {{"n", std::to_string(i + 1)}}), book.actors[i]);
        if (ui::small_button(cat.text("case.actor.remove", {{"n", std::to_string(i + 1)}}))) remove = i;
        ImGui::PopID();
    }
    actor_undo(book.actors.size());
    if (undo) {
        const std::size_t at = restore_actor(book, std::move(*removed_actor_));
        removed_actor_.reset();
        out_.edited = true;
        focus_actor_ = at;
        status_.say(cat.text("case.actor.restored", {{"n", std::to_string(at + 1)}}));
    } else if (remove) {
        removed_actor_ = take_actor(book, *remove);
        out_.edited = true;
        focus_undo_ = true;
        status_.say(removed_text(cat, "case.actor", std::to_string(*remove + 1), removed_actor_->item));
    }
    if (ui::small_button(cat.text("case.actor.add"))) {
        add_actor(book);
        removed_actor_.reset();
        focus_new_actor_ = true;
        out_.edited = true;
    }

    ui::subheading(cat.text("case.sdgs.heading"), 2);
    ui::muted(cat.text("case.sdgs.intro", {{"count", std::to_string(book.sdgs.size())}}));
    ui::begin_columns("sdgs", 2);
    const std::size_t half = (data.sdgs.size() + 1) / 2;
    for (std::size_t i = 0; i < data.sdgs.size(); ++i) {
        if (i == half) ui::next_column();
        const Sdg& goal = data.sdgs[i];
        bool on = std::find(book.sdgs.begin(), book.sdgs.end(), goal.number) != book.sdgs.end();
        ImGui::PushID(goal.number);
        if (ui::checkbox("sdg", std::to_string(goal.number) + " " + goal.name(cat.language()), on)) {
            toggle_sdg(book, goal.number);
            out_.edited = true;
        }
        ImGui::PopID();
    }
    ui::end_columns();
}

void CaseView::draw_gathering(CaseBook& book, std::size_t g, const Bundled& data, const Catalog& cat) {
    const Gathering& gathering = data.program.gatherings[g];
    ui::heading(cat.text("case.gathering", {{"n", std::to_string(gathering.number)}}), 2);
    ui::muted(gathering.date ? cat.text("case.gathering.date", {{"date", format_date(*gathering.date)}})
                             : cat.text("case.gathering.no_date"));
    ui::muted(cat.text("case.gathering.intro"));
    static constexpr Phase kPhases[] = {Phase::Before, Phase::At, Phase::After};
    static constexpr const char* kPhaseKeys[] = {"case.phase.before", "case.phase.at", "case.phase.after"};
    for (std::size_t t = 0; t < gathering.topics.size() && t < book.gatherings[g].topics.size(); ++t) {
        ImGui::PushID(static_cast<int>(t));
        ui::subheading(gathering.topics[t], 3);
        for (int p = 0; p < 3; ++p) {
            ImGui::PushID(p);
            // The label names the topic too, so a screen reader (and a test) knows which note this is.
            out_.edited |= ui::text_area("note", cat.text(kPhaseKeys[p], {{"topic", gathering.topics[t]}}),
                                         book.gatherings[g].topics[t].of(kPhases[p]), {}, 3.0f);
            ImGui::PopID();
        }
        ImGui::PopID();
    }
}

void CaseView::draw_actions(CaseBook& book, const Bundled& data, const Catalog& cat) {
    ui::heading(cat.text("case.actions.heading"), 2);
    ui::muted(cat.text("case.actions.intro"));
    ui::checkbox("only_open", cat.text("case.actions.only_open"), only_open_actions);

    std::vector<std::string> statuses;
    for (ActionStatus s : kActionStatuses) statuses.push_back(cat.text("report.status." + std::string(action_status_id(s))));
    std::vector<std::string> topics{cat.text("case.action.no_topic")};
    std::vector<TopicRef> refs{{}};
    for (const auto& g : data.program.gatherings)
        for (std::size_t t = 0; t < g.topics.size(); ++t) {
            refs.push_back({g.number, static_cast<int>(t)});
            topics.push_back(topic_label(data.program, refs.back(), cat));
        }
    const auto problems = check(book, data.program);
    auto error_at = [&](const std::string& path) -> std::optional<std::string> {
        for (const auto& e : problems)
            if (e.path == path) return cat.describe(e);
        return std::nullopt;
    };

    std::optional<std::size_t> remove;
    std::optional<std::pair<std::size_t, int>> move;
    bool undo = false;
    auto action_undo = [&](std::size_t i) {
        if (removed_action_ && removed_action_->index == i) {
            const std::string n = std::to_string(i + 1);
            undo = undo_notice(removed_text(cat, "case.action", n, removed_action_->item.what),
                               undo_text(cat, "case.action", n, removed_action_->item.what));
        }
    };
    const std::size_t count = book.actions.size();
    for (std::size_t i = 0; i < count; ++i) {
        action_undo(i);
        Action& a = book.actions[i];
        if (only_open_actions && a.status == ActionStatus::Done) continue;
        ImGui::PushID(static_cast<int>(i));
        ui::separator();
        const std::string n = std::to_string(i + 1);
        ui::begin_group(Role::Group, cat.text("case.action.number", {{"n", n}}));
        // A done action says so at its top, in green: the list shows at a glance what is left.
        if (a.status == ActionStatus::Done) ui::success_text(cat.text("case.action.number_done", {{"n", n}}));
        else ui::muted(cat.text("case.action.number", {{"n", n}}));
        if ((focus_new_action_ && i + 1 == count) || focus_action_ == i) {
            ui::focus_next_field();
            focus_new_action_ = false;
            focus_action_.reset();
        }
        out_.edited |= ui::text_field("what", cat.text("case.action.what", {{"n", n}}), a.what);
        ui::begin_columns("a1", 3);
        out_.edited |= ui::text_field("owner", cat.text("case.action.owner", {{"n", n}}), a.owner);
        ui::next_column();
        ui::TextFieldOptions due;
        due.hint = cat.text("enroll.date_hint");
        due.error = error_at("actions[" + std::to_string(i) + "].due");
        if (!due.error) due.note = understood_date_note(cat, a.due);
        out_.edited |= ui::text_field("due", cat.text("case.action.due", {{"n", n}}), a.due, due);
        ui::next_column();
        int status = static_cast<int>(action_status_index(a.status));
        if (ui::choice("status", cat.text("case.action.status", {{"n", n}}), status, statuses)) {
            a.status = action_status_at(static_cast<std::size_t>(status));
            out_.edited = true;
        }
        ui::end_columns();
        int topic = 0;
        for (std::size_t r = 1; r < refs.size(); ++r)
            if (a.topic && *a.topic == refs[r]) topic = static_cast<int>(r);
        if (ui::choice("topic", cat.text("case.action.topic", {{"n", n}}), topic, topics)) {
            a.topic = topic == 0 ? std::nullopt : std::optional<TopicRef>(refs[static_cast<std::size_t>(topic)]);
            out_.edited = true;
        }
        if (a.status != ActionStatus::Done) {
            if (ui::small_button(cat.text("case.action.done", {{"n", n}}))) {
                a.status = ActionStatus::Done;
                out_.edited = true;
                status_.say(cat.text("case.action.marked_done", {{"n", n}}));
                if (only_open_actions) focus_add_action_ = true;
                else focus_action_ = i;
            }
            ui::same_line();
        }
        if (i > 0) {
            if (ui::small_button(cat.text("case.action.up", {{"n", n}}))) move = {i, -1};
            ui::same_line();
        }
        if (i + 1 < count) {
            if (ui::small_button(cat.text("case.action.down", {{"n", n}}))) move = {i, +1};
            ui::same_line();
        }
        if (ui::small_button(cat.text("case.action.remove", {{"n", n}}))) remove = i;
        ui::end_group();
        ImGui::PopID();
    }
    action_undo(count);
    if (move) {
        const std::size_t to = move->second < 0 ? move->first - 1 : move->first + 1;  // offered only where possible
        move_action(book, move->first, move->second);
        removed_action_.reset();  // the places have changed
        out_.edited = true;
        focus_action_ = to;
        status_.say(cat.text("case.action.moved", {{"from", std::to_string(move->first + 1)}, {"to", std::to_string(to + 1)}}));
    }
    if (undo) {
        const std::size_t at = restore_action(book, std::move(*removed_action_));
        removed_action_.reset();
        out_.edited = true;
        if (only_open_actions && book.actions[at].status == ActionStatus::Done) only_open_actions = false;
        focus_action_ = at;
        status_.say(cat.text("case.action.restored", {{"n", std::to_string(at + 1)}}));
    } else if (remove) {
        // No question asked: the action goes, and «Angre» stands in its place (with focus on it).
        removed_action_ = take_action(book, *remove);
        out_.edited = true;
        focus_undo_ = true;
        status_.say(removed_text(cat, "case.action", std::to_string(*remove + 1), removed_action_->item.what));
    }
    ui::separator();
    if (only_open_actions && open_actions(book).empty() && !book.actions.empty()) ui::paragraph(cat.text("case.actions.all_done"));
    if (focus_add_action_) {
        ui::focus_next_field();
        focus_add_action_ = false;
    }
    if (ui::small_button(cat.text("case.action.add"))) {
        add_action(book);
        removed_action_.reset();
        out_.edited = true;
        only_open_actions = false;
        focus_new_action_ = true;
    }
}

void CaseView::draw_outcomes(CaseBook& book, const Bundled& data, const Catalog& cat) {
    ui::heading(cat.text("case.outcomes.heading"), 2);
    ui::muted(cat.text("case.outcomes.intro"));
    std::vector<std::string> ratings{cat.text("case.rating.none")};
    for (int r = 1; r <= kRatingMax; ++r) ratings.push_back(cat.text("case.rating." + std::to_string(r)));
    std::vector<ui::PairedBar> chart;
    for (std::size_t i = 0; i < data.program.outcomes.size() && i < book.outcomes.size(); ++i) {
        OutcomeRating& o = book.outcomes[i];
        ImGui::PushID(static_cast<int>(i));
        program_subheading(data.program, "outcomes[" + std::to_string(i) + "]", as_heading(data.program.outcomes[i]), 3);
        ui::begin_columns("r", 2);
        out_.edited |= ui::choice("start", cat.text("case.outcome.start", {{"n", std::to_string(i + 1)}}), o.start, ratings);
        ui::next_column();
        out_.edited |= ui::choice("end", cat.text("case.outcome.end", {{"n", std::to_string(i + 1)}}), o.end, ratings);
        ui::end_columns();
        out_.edited |= ui::text_field("comment", cat.text("case.outcome.comment", {{"n", std::to_string(i + 1)}}), o.comment);
        ImGui::PopID();
        chart.push_back({std::to_string(i + 1) + ". " + as_heading(data.program.outcomes[i]), o.start, o.end});
    }
    ui::subheading(cat.text("case.outcomes.chart"), 3);
    ui::paired_bar_chart("chart", cat.text("case.outcomes.chart"), chart, kRatingMax, cat.text("report.outcome"),
                          cat.text("report.start"), cat.text("report.end"));
}

void CaseView::draw_files(CaseBook& book, const Enrollment& enrollment, const Bundled& data, const Catalog& cat,
                          ShellPort& shell) {
    ui::separator();
    ui::subheading(cat.text("case.files.heading"), 2);
    ui::muted(cat.text("case.files.intro"));
    auto name = [&](std::string_view ext) {
        return case_book_file_name(enrollment.municipality_number, enrollment.municipality_name, ext);
    };
    auto saved = [&](const std::string& file) {
        out_.exported = true;
        status_.say(cat.text("case.exported", {{"file", file}}));
    };
    if (ui::button(cat.text("case.export.json"))) {
        shell.download(name(".json"), "application/json", export_case_book(book, data.program, shell.now_utc()));
        saved(name(".json"));
    }
    ui::same_line();
    const std::string now = shell.now_utc();
    const ReportInput report{book, data.program, data.sdgs, cat, enrollment.municipality_name, format_date_of(now)};
    if (ui::button(cat.text("case.export.html"))) {
        shell.download(name(".html"), "text/html", case_report_html(report));
        saved(name(".html"));
    }
    ui::same_line();
    if (ui::button(cat.text("case.export.markdown"))) {
        shell.download(name(".md"), "text/markdown", case_report_markdown(report));
        saved(name(".md"));
    }
    ui::same_line();
    if (refocus_import_) {
        ui::focus_next_field();
        refocus_import_ = false;
    }
    if (ui::button(cat.text("case.import"))) shell.pick_file(".json,application/json");
    if (!status_.text().empty()) ui::muted(status_.text());
    draw_import_preview(book, cat);
}

void CaseView::file_picked(const std::string& name, const std::string& bytes, const CaseBook& current,
                           const Bundled& data, const Catalog& cat) {
    PendingImport p;
    p.file = name;
    auto in = import_case_book(bytes, data.program);
    if (!in.ok()) {
        for (const auto& e : in.errors) p.errors.push_back(cat.describe(e));
        status_.say(cat.text("case.import.failed", {{"file", name}, {"reason", p.errors.front()}}));
    } else {
        auto describe = [&](const CaseBookDigest& d) {
            return cat.text("case.import.holds", {{"title", d.title.empty() ? cat.text("report.untitled") : d.title},
                                                  {"notes", std::to_string(d.notes)},
                                                  {"actions", std::to_string(d.actions)}});
        };
        p.summary = cat.text("case.import.replace", {{"incoming", describe(digest(*in.book))}, {"current", describe(digest(current))}});
        if (in.program != data.program.id) p.summary += " " + cat.text("case.import.other_program", {{"program", in.program}});
        p.book = std::move(in.book);
        status_.say(cat.text("case.import.review", {{"file", name}}));
    }
    pending_ = std::move(p);
    focus_preview_ = true;
}

void CaseView::draw_import_preview(CaseBook& book, const Catalog& cat) {
    if (!pending_) return;
    ui::begin_notice(!pending_->errors.empty());
    ui::subheading(cat.text("enroll.import.heading", {{"file", pending_->file}}));
    if (!pending_->errors.empty()) {
        for (const auto& e : pending_->errors) ui::error_text(e);
        ui::paragraph(cat.text("case.import.untouched"));
        if (focus_preview_) ui::focus_next_field(), focus_preview_ = false;
        if (ui::small_button(cat.text("enroll.import.close"))) close_preview();
        ui::end_notice();
        return;
    }
    ui::paragraph(pending_->summary);
    if (focus_preview_) ui::focus_next_field(), focus_preview_ = false;
    if (ui::button(cat.text("case.import.apply"))) {
        book = std::move(*pending_->book);
        forget_removed();  // another book: nothing of the old one is put back into it
        out_.edited = true;
        status_.say(cat.text("enroll.import.done", {{"file", pending_->file}}));
        close_preview();
    } else {
        ui::same_line();
        if (ui::small_button(cat.text("enroll.import.cancel"))) {
            status_.say(cat.text("enroll.import.cancelled"));
            close_preview();
        }
    }
    ui::end_notice();
}

bool CaseView::undo_notice(const std::string& text, const std::string& button) {
    ui::begin_notice(false);
    ui::paragraph(text);
    if (focus_undo_) {
        ui::focus_next_field();
        focus_undo_ = false;
    }
    const bool pressed = ui::small_button(button);
    ui::end_notice();
    return pressed;
}

ViewOutcome CaseView::draw(CaseBook& book, const Enrollment& enrollment, const Bundled& data, const Catalog& cat,
                           ShellPort& shell) {
    out_ = {};
    const int said_before = status_.said();
    ui::heading(cat.text("case.heading"));
    program_paragraph(data.program, "case_goal", data.program.case_goal);

    // The overview: how far each gathering's notes have come, and what is still to do.
    const auto done = progress(book);
    ui::begin_columns("progress", static_cast<int>(std::min<std::size_t>(done.size(), 4)));
    for (std::size_t g = 0; g < done.size() && g < data.program.gatherings.size(); ++g) {
        if (g > 0) ui::next_column();
        const auto& p = done[g];
        ui::progress_bar(cat.text("case.gathering", {{"n", std::to_string(g + 1)}}),
                         p.total ? static_cast<float>(p.written) / static_cast<float>(p.total) : 0.0f,
                         count_text(cat, p.written, p.total));
    }
    ui::end_columns();

    draw_tabs(book, data, cat);
    const std::size_t gatherings = data.program.gatherings.size();
    ui::begin_group(Role::TabPanel, "");
    if (tab == 0) draw_case(book, data, cat);
    else if (tab <= gatherings) draw_gathering(book, tab - 1, data, cat);
    else if (tab == gatherings + 1) draw_actions(book, data, cat);
    else draw_outcomes(book, data, cat);
    ui::end_group();
    draw_files(book, enrollment, data, cat, shell);
    if (out_.edited) status_.edited_since(said_before);
    return out_;
}

std::string CaseView::live_text(const CaseBook& book, const Catalog& cat) const {
    if (!status_.text().empty()) return status_.text();
    int written = 0, total = 0;
    for (const auto& p : progress(book)) written += p.written, total += p.total;
    return cat.text("case.live", {{"notes", count_text(cat, written, total)},
                                  {"open", std::to_string(open_actions(book).size())}});
}

}  // namespace ln::web
