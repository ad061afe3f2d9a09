#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "file_text.hpp"
#include "case_book_format.hpp"
#include "document.hpp"
#include "workspace.hpp"


using namespace ln;

namespace {
Workspace sample() {
    Workspace w;
    w.enrollment.municipality_name = "Bærum kommune";
    w.enrollment.population = "128 000";            // as typed, with a space
    w.enrollment.contact.phone = "+47 912 34 567";  // as typed
    w.enrollment.theme_day.wanted = true;
    w.enrollment.theme_day.preferred_from = "3.3.2022";
    w.enrollment.theme_day.elected_officials = "tja";  // wrong, and kept so the user can mend it
    w.case_book = new_case_book(data().program, &w.enrollment);
    w.case_book->title = "Næringsarealer";
    w.case_book->gatherings[2].topics[0].after = std::string(20000, 'x') + "\n«æøå»";
    w.case_book->actions.push_back({"Kartlegge", "Kari", "1.5.2022", ActionStatus::InProgress, TopicRef{1, 0}});
    w.settings.created_at = "2026-11-01T10:00:00Z";
    return w;
}
}  // namespace

TEST_CASE("workspace: saved and loaded back exactly as typed, with revision and time") {
    const std::string bytes = save_workspace(sample(), data().program, "2026-11-28T14:32:00Z", 41);
    auto in = load_workspace(bytes, data().program);
    REQUIRE(in.ok());
    CHECK(*in.workspace == sample());
    CHECK(in.revision == 41);
    CHECK(in.saved_at == "2026-11-28T14:32:00Z");
    CHECK(save_workspace(*in.workspace, data().program, "2026-11-28T14:32:00Z", 41) == bytes);
}

TEST_CASE("workspace: an empty one has no work and no case book") {
    Workspace w;
    CHECK_FALSE(has_work(w));
    auto in = load_workspace(save_workspace(w, data().program, "2026-11-28T14:32:00Z", 1), data().program);
    REQUIRE(in.ok());
    CHECK_FALSE(in.workspace->case_book.has_value());
    w.enrollment.contact.name = "Kari";
    CHECK(has_work(w));
}

TEST_CASE("workspace: broken files are refused with the place of the problem") {
    const auto& p = data().program;
    CHECK(load_workspace("", p).errors.at(0).message.key == "json.empty");
    CHECK(load_workspace("{\"format\":\"ks.laeringsnettverk.casebook\",\"version\":1}", p).errors.at(0).message.key ==
          "format.unknown");
    CHECK(load_workspace(std::string("{\"a\":\"\xff\"}"), p).errors.at(0).message.key == "import.invalid_utf8");
    std::string bytes = save_workspace(sample(), p, "2026-11-28T14:32:00Z", 3);
    const auto at = bytes.find("\"in_progress\"");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 13, "\"maybe\"");
    auto in = load_workspace(bytes, p);
    REQUIRE_FALSE(in.ok());
    CHECK(in.errors.at(0).path == "case_book.actions[0].status");
    CHECK(in.errors.at(0).message.key == "case.bad_status");
    std::string newer = save_workspace(sample(), p, "2026-11-28T14:32:00Z", 3);
    newer.replace(newer.find("\"version\":1"), 11, "\"version\":2");
    CHECK(load_workspace(newer, p).errors.at(0).message.key == "format.newer");
    // Half a file (a write cut short) never passes as a workspace.
    CHECK_FALSE(load_workspace(bytes.substr(0, bytes.size() / 2), p).ok());
}

TEST_CASE("workspace: the export reminder comes after 7 days without export, and can be put off") {
    Workspace w = sample();
    CHECK_FALSE(export_reminder_due(w, "2026-11-07T09:59:59Z"));
    CHECK(export_reminder_due(w, "2026-11-08T10:00:00Z"));
    w.settings.last_export_at = "2026-11-20T08:00:00Z";
    CHECK_FALSE(export_reminder_due(w, "2026-11-27T07:59:59Z"));
    CHECK(export_reminder_due(w, "2026-11-27T08:00:00Z"));
    w.settings.reminder_snoozed_at = "2026-11-27T09:00:00Z";
    CHECK_FALSE(export_reminder_due(w, "2026-11-28T09:00:00Z"));
    CHECK_FALSE(export_reminder_due(Workspace{}, "2030-01-01T00:00:00Z"));  // nothing to lose
    CHECK_FALSE(export_reminder_due(w, "not a time"));
}

#include "document.hpp"

TEST_CASE("document: a version the migration table cannot reach is refused, never read past the table") {
    const std::string v1 = R"({"format":"x","version":1,"exported_at":"2026-11-28T12:00:00Z","program":"p"})";
    const auto none = open_document(v1, "x", 3, {});  // a format at v3 whose table is missing its steps
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].message.key == "format.too_old");
    static int ran = 0;
    const std::vector<Migration> both = {[](Json& d) { d["step"] = ++ran; }, [](Json& d) { d["step"] = ++ran; }};
    const auto read = open_document(v1, "x", 3, both);
    CHECK(read.errors.empty());
    CHECK(ran == 2);
}

namespace {
const std::string kSixBrackets = LN_TEST_DATA "/programs/test-seks-trinn-tre-samlinger.json";
}  // namespace

TEST_CASE("workspace: a program file kept with the work comes back, and the case book is read against it") {
    const std::string text = file_text(kSixBrackets);
    auto kept = parse_program(text);
    REQUIRE(kept);
    REQUIRE(kept->gatherings.size() == 3);
    Workspace w;
    CHECK_FALSE(has_work(w));
    w.program_file = KeptProgram{"nytt-nettverk.json", "2026-11-29T10:00:00Z", text};
    CHECK(has_work(w));  // a program file alone is worth keeping
    w.case_book = new_case_book(*kept, &w.enrollment);
    w.case_book->gatherings[2].topics[0].after = "Etter tredje samling";
    const std::string bytes = save_workspace(w, *kept, "2026-11-29T10:05:00Z", 2);
    // Read with the app's own program (four gatherings) at hand: the kept one is used for the case book.
    auto in = load_workspace(bytes, data().program);
    REQUIRE(in.ok());
    REQUIRE(in.program.has_value());
    CHECK(in.program->id == "test-seks-trinn-tre-samlinger");
    CHECK(*in.workspace == w);
    CHECK(in.workspace->case_book->gatherings.size() == 3);
    CHECK(save_workspace(*in.workspace, *in.program, "2026-11-29T10:05:00Z", 2) == bytes);
    // Without one, nothing is kept and the app's own program is used.
    auto plain = load_workspace(save_workspace(Workspace{}, data().program, "2026-11-29T10:05:00Z", 1), data().program);
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.program.has_value());
    CHECK_FALSE(plain.workspace->program_file.has_value());
}

TEST_CASE("workspace: a kept program file that no longer passes its checks loses nothing else, and says why") {
    std::string text = file_text(kSixBrackets);
    Workspace w;
    w.program_file = KeptProgram{"nytt-nettverk.json", "2026-11-29T10:00:00Z", text};
    w.enrollment.contact.name = "Kari";
    w.case_book = new_case_book(data().program, &w.enrollment);
    w.case_book->title = "Næringsareal";
    std::string bytes = save_workspace(w, data().program, "2026-11-29T10:05:00Z", 2);
    const std::string nok = R"(\"currency\": \"NOK\")";  // inside the kept text, escaped
    const auto at = bytes.find(nok);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, nok.size(), R"(\"currency\": \"SEK\")");
    auto in = load_workspace(bytes, data().program);
    REQUIRE(in.ok());  // the sign-up and the case book are there, read against the app's own program
    CHECK(in.workspace->enrollment.contact.name == "Kari");
    CHECK(in.workspace->case_book->title == "Næringsareal");
    CHECK_FALSE(in.program.has_value());
    REQUIRE(in.program_error.has_value());
    CHECK(in.program_error->path.rfind("program_file.text.fees", 0) == 0);
    REQUIRE(in.workspace->program_file.has_value());  // kept: a later version may read it again
    CHECK(in.workspace->program_file->text.find("SEK") != std::string::npos);
    // A program file without its text is refused too, with where.
    std::string no_text = save_workspace(w, data().program, "2026-11-29T10:05:00Z", 2);
    no_text.replace(no_text.find("\"text\":"), 7, "\"txet\":");
    auto missing = load_workspace(no_text, data().program);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors.at(0).path == "program_file.text");
}
