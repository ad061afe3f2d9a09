#pragma once
// The learning network as KS describes it in the invitation: who it is for, what it aims at, the
// gatherings and their topics, the start meeting, the contact and the fee schedule. Read from the
// program definition in assets/program/, so every fact the app shows has one source.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fee_schedule.hpp"
#include "json_reader.hpp"
#include "result.hpp"

namespace ln {

struct Meeting {
    std::string title;
    std::string date;   // ISO 8601, e.g. 2022-03-03
    std::string start;  // HH:MM local time (Europe/Oslo)
    std::string end;
    std::string mode;   // "digital" or "physical"
};

struct Gathering {
    int number = 0;                   // 1-based, «Samling 1» …
    std::optional<std::string> date;  // unknown until KS announces it
    std::vector<std::string> topics;
    std::optional<std::string> place;  // where, when KS has said (a place name, not translated)
    std::optional<std::string> mode;   // "physical" or "digital", when KS has said; a digital one has no travel
};

struct Report {
    std::string title;
    std::string also_known_as;
    std::string authors;
    int year = 0;
};

struct Contact {
    std::string name, organisation, phone, email;
};

// What KS sets for signing up, where an invitation says so (the Viken invitation of 2022 does not): the
// last day to sign up, and how many from each municipality may take part — its local working group.
struct SignUpRules {
    std::optional<std::string> deadline;  // ISO 8601, the last day (Norwegian time) a sign-up is on time
    std::optional<int> max_participants;
};
inline constexpr int kMaxParticipantsLimit = 1000;

// Whether the fees KS states include value added tax («merverdiavgift»), exclude it, or are exempt from
// it; unstated when the invitation does not say (the Viken invitation of 2022 does not).
enum class Vat { Unstated, Included, Excluded, Exempt };
// As program files write it: "included", "excluded", "exempt"; empty for Unstated (and for any other text).
std::string_view vat_id(Vat vat);
std::optional<Vat> vat_from_id(std::string_view id);

// Municipalities KS groups by name for a network («Hallingdal»): the fee view adds them all at once.
struct NamedRegion {
    std::string name;
    std::vector<std::string> municipalities;  // municipality numbers, as the municipality list has them
};
inline constexpr std::size_t kMaxRegions = 100;
inline constexpr std::size_t kMaxRegionName = 80;  // characters
inline constexpr std::size_t kMaxRegionMunicipalities = 1000;

// What a program file may hold, so that a case book with a page for every topic, kept with the rest of the
// work, always reads back within the import limits (a file beyond them is refused, never half stored).
inline constexpr std::size_t kMaxProgramBytes = 1024 * 1024;
inline constexpr std::size_t kMaxGatherings = 20;
inline constexpr std::size_t kMaxTopics = 30;       // per gathering
inline constexpr std::size_t kMaxOutcomes = 50;
inline constexpr std::size_t kMaxProgramText = 5000;  // characters in one text
inline constexpr std::size_t kMaxProgramId = 64;

struct Program {
    explicit Program(FeeSchedule schedule) : fees(std::move(schedule)) {}

    std::string id;
    std::string title, organiser, partner, background;
    std::string target_group, goal, case_goal, method, theme_day, case_work, topics_note;
    std::vector<std::string> outcomes;
    Meeting start_meeting;
    std::vector<Gathering> gatherings;
    Report report;
    Contact contact;
    std::string fee_basis, own_costs;
    FeeSchedule fees;
    Vat fee_vat = Vat::Unstated;
    SignUpRules signup;
    // What KS states lodging costs per person and gathering, when it does: the travel estimate counts it
    // until the municipality types its own figure.
    std::optional<std::int64_t> lodging_estimate;
    // Regions KS names for this network, in its order (none in the invitation of 2022).
    std::vector<NamedRegion> regions;

    // The language KS wrote the program in: its texts above are the original.
    std::string language = "nb";
    // Translations of the texts, each marked as one in the file: language → text path ("goal",
    // "outcomes[2]", "gatherings[0].topics[1]") → text. A path without a translation stays KS's own.
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> translations;
    // What each translation says about itself («Translated from KS's invitation …»), shown with it.
    std::map<std::string, std::string, std::less<>> translation_notes;

    // Set by in_language(): the language the texts are shown in, the paths that had no translation and
    // so are still in `language`, and the program as KS wrote it (files name KS's own words, codes and
    // texts as in the original, whatever language the user reads; it must outlive this copy).
    std::string shown_language;
    std::set<std::string, std::less<>> untranslated;
    const Program* original = nullptr;
    // The language a shown text is in when it is not the one the user reads (a fallback to the original):
    // for the page's lang attribute; empty when it is in the user's language.
    std::string language_of(std::string_view path) const;
    // KS's own program: `original` when this is a translated copy, else this.
    const Program& as_written() const { return original ? *original : *this; }
};

// The gatherings a municipality travels to: all but those KS says are digital.
std::int64_t in_person_gatherings(const Program& p);

// Every text of a program that can be translated, with its path; the texts KS published as names and
// titles (the organiser, the report's title, the contact) are not among them.
void for_each_text(Program& p, const std::function<void(const std::string& path, std::string& text)>& fn);

// Adds one language's translation ({"status": "translation", "note": …, "texts": {path: text}}) to the
// program, checked as parse_program checks the file's own (`where` is its path in the file, for errors).
// The browser gets the translations with each language's catalogue, not with the program.
Result<std::string> add_translation(Program& p, const std::string& language, const Json& translation,
                                    const std::string& where);

// The program with its texts in `language` where the program file has them, else in the original.
Program in_language(const Program& p, std::string_view language);

// A text KS wrote as a list item («økt eierskap til …») standing alone as a heading: its first letter
// upper case («Økt eierskap til …»), including æ, ø and å.
std::string as_heading(std::string_view text);

inline constexpr std::string_view kProgramFormat = "ks.laeringsnettverk.program";
inline constexpr int kProgramVersion = 1;

// Parses and checks a program definition. Errors carry the path of the offending field, e.g.
// "fees.brackets[2]" for a gap in the schedule.
Result<Program> parse_program(std::string_view json_text);

}  // namespace ln
