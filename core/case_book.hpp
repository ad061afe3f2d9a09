#pragma once
// The municipality's own case, worked on before, at and after each of the four gatherings («Arbeid med
// case i egen kommune på, under og etter hver samling»), so that it is «satt inn i system» when the
// network ends. The topics of each gathering, from the program data, are the prompts.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "enrollment.hpp"
#include "list_edit.hpp"
#include "program.hpp"
#include "result.hpp"

namespace ln {

enum class Phase { Before, At, After };  // før, under og etter samlingen

struct TopicNotes {
    std::string before, at, after;
    std::string& of(Phase p) { return p == Phase::Before ? before : p == Phase::At ? at : after; }
    const std::string& of(Phase p) const { return p == Phase::Before ? before : p == Phase::At ? at : after; }
    bool operator==(const TopicNotes&) const = default;
};

struct GatheringWork {
    std::vector<TopicNotes> topics;  // one per topic of that gathering in the program, same order
    bool operator==(const GatheringWork&) const = default;
};

enum class ActionStatus { Open, InProgress, Done };
// The statuses in the order a person chooses among them (and the report lists them).
inline constexpr ActionStatus kActionStatuses[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done};
std::string_view action_status_id(ActionStatus s);  // "open", "in_progress", "done"
std::optional<ActionStatus> action_status_from_id(std::string_view id);
// Position in kActionStatuses, and back (out of range: Open).
std::size_t action_status_index(ActionStatus s);
ActionStatus action_status_at(std::size_t index);

struct TopicRef {
    int gathering = 0;  // 1-based, «Samling 1»
    int topic = 0;      // 0-based within the gathering
    bool operator==(const TopicRef&) const = default;
};

// A development or improvement point («utviklings- og forbedringspunkter»).
struct Action {
    std::string what, owner;
    std::string due;  // date as typed; empty: no due date
    ActionStatus status = ActionStatus::Open;
    std::optional<TopicRef> topic;
    bool operator==(const Action&) const = default;
};

// One of the invitation's outcomes («Utbytte»), rated 1–kRatingMax at the start and at the end; 0 = not
// rated yet.
inline constexpr int kRatingMax = 5;
struct OutcomeRating {
    int start = 0, end = 0;
    std::string comment;
    bool operator==(const OutcomeRating&) const = default;
};

struct CaseBook {
    std::string title, problem, goals;
    std::vector<int> sdgs;             // goal numbers 1–17, ascending, no repeats
    std::vector<std::string> actors;   // business actors involved
    std::vector<GatheringWork> gatherings;
    std::vector<Action> actions;
    std::vector<OutcomeRating> outcomes;  // one per outcome in the program, same order
    bool operator==(const CaseBook&) const = default;
};

// An empty case book shaped by the program (its gatherings, topics and outcomes); when the enrollment
// draft holds a sketch of the case, the book starts from it.
CaseBook new_case_book(const Program& program, const Enrollment* sketch = nullptr);

// Makes a book read from a file fit the program: as many gatherings, topics and outcomes as the program
// has (missing ones added empty; extra ones kept at the end, never dropped).
void fit_to_program(CaseBook& book, const Program& program);

// Adds or removes a goal, keeping the list ascending and without repeats; ignores numbers outside 1–17.
void toggle_sdg(CaseBook& book, int number);

struct GatheringProgress {
    int written = 0;  // topic × phase notes with text
    int total = 0;    // topics × 3 phases
};
std::vector<GatheringProgress> progress(const CaseBook& book);

// Indices of the actions still to do (not done), in their order; for «show only open».
std::vector<std::size_t> open_actions(const CaseBook& book);

// Moves an action up or down the list (reordering); out-of-range moves do nothing.
void move_action(CaseBook& book, std::size_t index, int delta);

// List edits. Adding returns the new item's index; removing an index out of range does nothing and
// returns false.
std::size_t add_action(CaseBook& book);
bool remove_action(CaseBook& book, std::size_t index);
std::size_t add_actor(CaseBook& book);
bool remove_actor(CaseBook& book, std::size_t index);
// Removing with «Angre»: the item is kept by the caller and can be put back where it was.
std::optional<Removed<Action>> take_action(CaseBook& book, std::size_t index);
std::size_t restore_action(CaseBook& book, Removed<Action> removed);
std::optional<Removed<std::string>> take_actor(CaseBook& book, std::size_t index);
std::size_t restore_actor(CaseBook& book, Removed<std::string> removed);

// Topic notes with text, over all gatherings.
int written_notes(const CaseBook& book);

// What a book holds, in a line a person can compare: its title, how many notes are written, how many
// actions it lists. Used to say what an import would replace with what.
struct CaseBookDigest {
    std::string title;  // empty: untitled
    int notes = 0;
    std::size_t actions = 0;
};
CaseBookDigest digest(const CaseBook& book);

// Problems a user should see: ratings outside 1–5, due dates that are not dates, links to topics that do
// not exist. Paths like "actions[2].due", "outcomes[0].start".
std::vector<Error> check(const CaseBook& book, const Program& program);

}  // namespace ln
