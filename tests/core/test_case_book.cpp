#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "case_book.hpp"

using namespace ln;


TEST_CASE("the 17 sustainable development goals ship with Norwegian names") {
    REQUIRE(data().sdgs.size() == 17);
    CHECK(data().sdgs[0].nb == "Utrydde fattigdom");
    CHECK(data().sdgs[10].nb == "Bærekraftige byer og lokalsamfunn");
    CHECK(data().sdgs[16].name("en") == "Partnerships for the goals");
    CHECK(parse_sdgs(R"({"format":"ks.laeringsnettverk.sdgs","goals":[{"number":2,"nb":"a","nn":"a","en":"b"}]})").error().path ==
          "goals[0].number");
}

TEST_CASE("a new case book is shaped by the program, and starts from the enrollment's sketch") {
    CaseBook empty = new_case_book(data().program);
    REQUIRE(empty.gatherings.size() == 4);
    CHECK(empty.gatherings[0].topics.size() == 5);
    CHECK(empty.gatherings[3].topics.size() == 2);
    CHECK(empty.outcomes.size() == 6);
    CHECK(empty.title.empty());

    Enrollment e;
    e.case_sketch = {"Næringsarealer ved Fornebu", "Vi mangler arealer.", "Ny arealplan i 2022."};
    CaseBook from_sketch = new_case_book(data().program, &e);
    CHECK(from_sketch.title == "Næringsarealer ved Fornebu");
    CHECK(from_sketch.problem == "Vi mangler arealer.");
    CHECK(from_sketch.goals == "Ny arealplan i 2022.");
}

TEST_CASE("a book from an older program keeps what it has and gets what is missing") {
    CaseBook book;
    book.gatherings.resize(2);
    book.gatherings[0].topics = {{"a", "b", "c"}};
    book.outcomes = {{3, 4, "ok"}};
    fit_to_program(book, data().program);
    CHECK(book.gatherings.size() == 4);
    CHECK(book.gatherings[0].topics.size() == 5);
    CHECK(book.gatherings[0].topics[0] == TopicNotes{"a", "b", "c"});
    CHECK(book.outcomes.size() == 6);
    CHECK(book.outcomes[0].comment == "ok");
}

TEST_CASE("goals, progress, open actions and reordering") {
    CaseBook book = new_case_book(data().program);
    toggle_sdg(book, 11);
    toggle_sdg(book, 8);
    toggle_sdg(book, 9);
    toggle_sdg(book, 9);
    toggle_sdg(book, 18);
    toggle_sdg(book, 0);
    CHECK(book.sdgs == std::vector<int>{8, 11});

    book.gatherings[0].topics[0].before = "Forberedelse";
    book.gatherings[0].topics[1].at = "Notater fra samlingen";
    book.gatherings[0].topics[2].after = "   ";
    const auto p = progress(book);
    REQUIRE(p.size() == 4);
    CHECK(p[0].written == 2);
    CHECK(p[0].total == 15);
    CHECK(p[3].total == 6);

    book.actions = {{"Kartlegge arealer", "Kari", "01.05.2022", ActionStatus::Done, TopicRef{1, 0}},
                    {"Møte med næringsforeningen", "Per", "", ActionStatus::Open, std::nullopt},
                    {"Innspill til arealplanen", "Anne", "2022-06-01", ActionStatus::InProgress, TopicRef{2, 2}}};
    CHECK(open_actions(book) == std::vector<std::size_t>{1, 2});
    move_action(book, 2, -1);
    CHECK(book.actions[1].what == "Innspill til arealplanen");
    move_action(book, 0, -1);  // already first: nothing happens
    move_action(book, 2, 1);   // already last
    move_action(book, 9, 1);   // no such action
    CHECK(book.actions[0].what == "Kartlegge arealer");
    CHECK(check(book, data().program).empty());
}

TEST_CASE("check points at impossible ratings, dates and topic links") {
    CaseBook book = new_case_book(data().program);
    book.outcomes[2].start = 6;
    book.outcomes[4].end = -1;
    book.actions = {{"a", "", "31.02.2022", ActionStatus::Open, TopicRef{4, 2}},
                    {"b", "", "", ActionStatus::Open, TopicRef{0, 0}}};
    const auto errors = check(book, data().program);
    REQUIRE(errors.size() == 5);
    CHECK(errors[0].path == "outcomes[2].start");
    CHECK(errors[1].path == "outcomes[4].end");
    CHECK(errors[2].path == "actions[0].due");
    CHECK(errors[3].path == "actions[0].topic");  // gathering 4 has two topics
    CHECK(errors[4].path == "actions[1].topic");
    CHECK(action_status_from_id("in_progress") == ActionStatus::InProgress);
    CHECK_FALSE(action_status_from_id("finished"));
}

TEST_CASE("list edits, statuses in their order, ratings and the digest an import compares") {
    CaseBook book = new_case_book(data().program);
    CHECK(add_action(book) == 0);
    CHECK(add_action(book) == 1);
    book.actions[1].what = "Andre";
    CHECK(remove_action(book, 0));
    CHECK_FALSE(remove_action(book, 5));
    REQUIRE(book.actions.size() == 1);
    CHECK(book.actions[0].what == "Andre");
    CHECK(add_actor(book) == 0);
    book.actors[0] = "Næringsforeningen";
    CHECK(add_actor(book) == 1);
    CHECK(remove_actor(book, 1));
    CHECK_FALSE(remove_actor(book, 1));
    CHECK(book.actors == std::vector<std::string>{"Næringsforeningen"});

    // The order a person chooses in, independent of the enum's values.
    CHECK(std::size(kActionStatuses) == 3);
    for (std::size_t i = 0; i < std::size(kActionStatuses); ++i)
        CHECK(action_status_index(action_status_at(i)) == i);
    CHECK(action_status_at(1) == ActionStatus::InProgress);
    CHECK(action_status_at(99) == ActionStatus::Open);

    book.outcomes[0].start = kRatingMax;
    CHECK(check(book, data().program).empty());
    book.outcomes[0].start = kRatingMax + 1;
    CHECK(check(book, data().program).size() == 1);
    book.outcomes[0].start = 0;

    book.title = "Arealer";
    book.gatherings[1].topics[0].at = "Notat";
    book.gatherings[2].topics[1].after = "Notat";
    const CaseBookDigest d = digest(book);
    CHECK(d.title == "Arealer");
    CHECK(d.notes == 2);
    CHECK(d.actions == 1);
    CHECK(written_notes(book) == 2);
}

TEST_CASE("a removed item is kept whole and goes back where it was (or at the end of a shorter list)") {
    std::vector<std::string> list{"a", "b", "c"};
    auto removed = take_at(list, 1);
    REQUIRE(removed);
    CHECK(removed->index == 1);
    CHECK(removed->item == "b");
    CHECK(list == std::vector<std::string>{"a", "c"});
    CHECK(put_back(list, *removed) == 1);
    CHECK(list == std::vector<std::string>{"a", "b", "c"});
    CHECK_FALSE(take_at(list, 3));
    auto last = take_at(list, 2);
    list.clear();
    CHECK(put_back(list, *last) == 0);
    CHECK(list == std::vector<std::string>{"c"});
}
