#pragma once
// The learning network as KS describes it in the invitation: who it is for, what it aims at, the
// gatherings and their topics, the start meeting, the contact and the fee schedule. Read from the
// program definition in assets/program/, so every fact the app shows has one source.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fee_schedule.hpp"
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
};

inline constexpr std::string_view kProgramFormat = "ks.laeringsnettverk.program";
inline constexpr int kProgramVersion = 1;

// Parses and checks a program definition. Errors carry the path of the offending field, e.g.
// "fees.brackets[2]" for a gap in the schedule.
Result<Program> parse_program(std::string_view json_text);

}  // namespace ln
