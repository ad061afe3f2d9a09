#include "case_book.hpp"

#include <algorithm>

#include "dates.hpp"
#include "list_edit.hpp"

namespace ln {

std::string_view action_status_id(ActionStatus s) {
    switch (s) {
    case ActionStatus::Open: return "open";
    case ActionStatus::InProgress: return "in_progress";
    case ActionStatus::Done: return "done";
    }
    return "open";
}

std::optional<ActionStatus> action_status_from_id(std::string_view id) {
    for (auto s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done})
        if (action_status_id(s) == id) return s;
    return std::nullopt;
}

std::size_t action_status_index(ActionStatus s) { return index_in(kActionStatuses, s); }
ActionStatus action_status_at(std::size_t index) { return choice_at(kActionStatuses, index); }

void fit_to_program(CaseBook& book, const Program& program) {
    if (book.gatherings.size() < program.gatherings.size()) book.gatherings.resize(program.gatherings.size());
    for (std::size_t g = 0; g < program.gatherings.size(); ++g) {
        auto& topics = book.gatherings[g].topics;
        if (topics.size() < program.gatherings[g].topics.size()) topics.resize(program.gatherings[g].topics.size());
    }
    if (book.outcomes.size() < program.outcomes.size()) book.outcomes.resize(program.outcomes.size());
}

CaseBook new_case_book(const Program& program, const Enrollment* sketch) {
    CaseBook book;
    if (sketch) {
        book.title = sketch->case_sketch.title;
        book.problem = sketch->case_sketch.problem;
        if (!sketch->case_sketch.why_now.empty()) book.goals = sketch->case_sketch.why_now;
    }
    fit_to_program(book, program);
    return book;
}

void toggle_sdg(CaseBook& book, int number) {
    if (number < 1 || number > 17) return;
    auto it = std::lower_bound(book.sdgs.begin(), book.sdgs.end(), number);
    if (it != book.sdgs.end() && *it == number) book.sdgs.erase(it);
    else book.sdgs.insert(it, number);
}

std::vector<GatheringProgress> progress(const CaseBook& book) {
    std::vector<GatheringProgress> out;
    for (const auto& g : book.gatherings) {
        GatheringProgress p;
        for (const auto& t : g.topics)
            for (auto phase : {Phase::Before, Phase::At, Phase::After}) {
                ++p.total;
                if (t.of(phase).find_first_not_of(" \t\r\n") != std::string::npos) ++p.written;
            }
        out.push_back(p);
    }
    return out;
}

std::vector<std::size_t> open_actions(const CaseBook& book) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < book.actions.size(); ++i)
        if (book.actions[i].status != ActionStatus::Done) out.push_back(i);
    return out;
}

void move_action(CaseBook& book, std::size_t index, int delta) {
    const auto target = static_cast<long long>(index) + delta;
    if (index >= book.actions.size() || target < 0 || target >= static_cast<long long>(book.actions.size())) return;
    std::swap(book.actions[index], book.actions[static_cast<std::size_t>(target)]);
}

std::size_t add_action(CaseBook& book) { return append_new(book.actions); }
bool remove_action(CaseBook& book, std::size_t index) { return erase_at(book.actions, index); }
std::size_t add_actor(CaseBook& book) { return append_new(book.actors); }
bool remove_actor(CaseBook& book, std::size_t index) { return erase_at(book.actors, index); }
std::optional<Removed<Action>> take_action(CaseBook& book, std::size_t index) { return take_at(book.actions, index); }
std::size_t restore_action(CaseBook& book, Removed<Action> removed) { return put_back(book.actions, std::move(removed)); }
std::optional<Removed<std::string>> take_actor(CaseBook& book, std::size_t index) { return take_at(book.actors, index); }
std::size_t restore_actor(CaseBook& book, Removed<std::string> removed) { return put_back(book.actors, std::move(removed)); }

int written_notes(const CaseBook& book) {
    int n = 0;
    for (const auto& p : progress(book)) n += p.written;
    return n;
}

CaseBookDigest digest(const CaseBook& book) { return {book.title, written_notes(book), book.actions.size()}; }

std::vector<Error> check(const CaseBook& book, const Program& program) {
    std::vector<Error> out;
    for (std::size_t i = 0; i < book.outcomes.size(); ++i) {
        const auto& o = book.outcomes[i];
        const std::string at = "outcomes[" + std::to_string(i) + "]";
        if (o.start < 0 || o.start > kRatingMax) out.push_back(make_error("case.rating_range", {{"value", std::to_string(o.start)}}, at + ".start"));
        if (o.end < 0 || o.end > kRatingMax) out.push_back(make_error("case.rating_range", {{"value", std::to_string(o.end)}}, at + ".end"));
    }
    for (std::size_t i = 0; i < book.actions.size(); ++i) {
        const auto& a = book.actions[i];
        const std::string at = "actions[" + std::to_string(i) + "]";
        if (!a.due.empty() && !parse_date(a.due)) out.push_back(make_error("date.invalid", {{"text", a.due}}, at + ".due"));
        if (a.topic) {
            const bool exists = a.topic->gathering >= 1 && a.topic->gathering <= static_cast<int>(program.gatherings.size()) &&
                                a.topic->topic >= 0 &&
                                a.topic->topic < static_cast<int>(program.gatherings[static_cast<std::size_t>(a.topic->gathering - 1)].topics.size());
            if (!exists) out.push_back(make_error("case.no_such_topic", {{"gathering", std::to_string(a.topic->gathering)},
                                                                         {"topic", std::to_string(a.topic->topic + 1)}},
                                                  at + ".topic"));
        }
    }
    return out;
}

}  // namespace ln
