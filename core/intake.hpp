#pragma once
// KS's side: many sign-up files in, one checked overview out. Every file is checked against the program
// and the bundled municipality register; the fee is recomputed from SSB's population figure, and a fee
// written in a file is only compared. Nothing is dropped: an unreadable file is a row that says why, and
// an older file from a municipality that sent a newer one is a row that says it was replaced.
//
// Files are taken one at a time and only a small summary of each is kept, so memory does not grow with
// the size of the files, only (a little) with their number.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "enrollment.hpp"
#include "enrollment_format.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "register_check.hpp"

namespace ln {

// One received sign-up, checked: validate(), the register, and the fee the file states.
struct ReceivedCheck {
    std::vector<Finding> findings;
    std::optional<Quote> quote;  // from the program and the checked population (SSB's, when known)
    RegisterMatch match;
    // The number is in the register, neither the name nor the org. nr says another municipality, and the
    // file was made for this program: only then may it replace, or be replaced by, another file with the
    // same number.
    bool identity_confirmed = false;
    bool fee_differs = false;    // the file's fee_shown is not the recomputed fee (an error finding too)
    std::optional<long long> exported_ms;  // exported_at, if it is a real RFC 3339 time (a warning if not)
};
ReceivedCheck check_received(const EnrollmentDocument& d, const Program& program, const MunicipalityList& list);

struct IntakeFile {
    std::string name;   // file name, for the report
    std::string bytes;  // its content; a file that could not be read has read_error set instead
    std::optional<Message> read_error;
};

struct IntakeRow {
    std::string file;
    std::vector<Error> import_errors;  // the file could not be taken in (unreadable, not a sign-up)
    bool readable = false;
    // What the overview shows, kept short (texts are clipped: a row's memory is bounded).
    std::string number, number_2024, name;  // name: the register's when confirmed, else the file's own
    std::string exported_at;                // in UTC, as 2026-11-28T14:32:05Z; empty if the file's is not a time
    std::optional<long long> exported_ms;
    bool identity_confirmed = false;
    std::string population_in_file;      // as the file has it
    std::optional<Quote> quote;          // recomputed
    bool population_from_register = false;
    std::optional<std::int64_t> fee_in_file;
    bool fee_differs = false;
    std::string contact_name, contact_email, contact_phone;
    std::size_t group_size = 0;
    GroupCounts sides;
    bool theme_day = false;
    std::string theme_day_from;
    std::vector<Finding> findings;       // the first kMaxFindingsKept, within kMaxFindingBytes
    int errors = 0, warnings = 0;        // all of them
    std::optional<std::string> replaced_by;  // a newer file from the same municipality
    std::vector<std::string> replaces;       // the older files this one replaced
    std::optional<std::string> same_time_as; // another file of the municipality exported at the same moment
    bool counted() const { return readable && !replaced_by; }
    bool ready() const { return counted() && errors == 0; }
};

// A row's memory is bounded whatever a file holds: ~6 KB at most, well under 1 KB for a real sign-up.
inline constexpr std::size_t kMaxFindingsKept = 20;
inline constexpr std::size_t kMaxFindingBytes = 4096;  // paths and message parameters of the kept findings
inline constexpr std::size_t kMaxTextKept = 200;       // bytes of a name, an e-mail address, …

struct Intake {
    std::vector<IntakeRow> rows;  // in file-name order
    int ready = 0, with_errors = 0, unreadable = 0, replaced = 0;
    std::int64_t total_fee = 0;    // the ready files (the newest per municipality)
    std::int64_t pending_fee = 0;  // what the newest files that still have errors would add (those whose
                                   // municipality is certain: another's name under a number adds nothing sure)
};

// One file, checked and summarised (pure: files may be checked on several threads at once).
IntakeRow take_in_file(IntakeFile file, const Program& program, const MunicipalityList& list);

// Takes files one by one (their bytes are released as soon as each is checked), then finish() decides
// which file of a municipality counts (the newest exported_at; equal times: the last by name) and sums.
// Files whose identity is not confirmed (Asker's name under Bærum's number) are never grouped: they stand
// alone with their errors, so a wrong file cannot push out a right one.
class IntakeBuilder {
public:
    IntakeBuilder(const Program& program, const MunicipalityList& list) : program_(program), list_(list) {}
    void add(IntakeFile file) { rows_.push_back(take_in_file(std::move(file), program_, list_)); }
    void add(IntakeRow row) { rows_.push_back(std::move(row)); }  // checked elsewhere (take_in_file)
    Intake finish() &&;

private:
    const Program& program_;
    const MunicipalityList& list_;
    std::vector<IntakeRow> rows_;
};

Intake take_in(std::vector<IntakeFile> files, const Program& program, const MunicipalityList& list);

// One row per file and a totals row, separated by semicolons, UTF-8 with a byte-order mark: how Excel in
// Norwegian opens a CSV file correctly. Every cell a spreadsheet could take for a formula starts with «'»
// (OWASP); control characters become spaces; cells are quoted when they hold ; " or a line break.
std::string intake_csv(const Intake& intake, const Catalog& cat);
// A row's status in words, as the CSV and KS-mottak give it: «klar», «2 feil», «erstattet», «ugyldig fil».
std::string intake_status(const IntakeRow& row, const Catalog& cat);
// A row's notes as the CSV and KS-mottak give them: replaced by/replaces, then each finding («feil», its
// path in the file, the message; KS-mottak's screen leaves the path out: with_paths false).
std::vector<std::string> intake_notes(const IntakeRow& row, const Catalog& cat, bool with_paths = true);
// One cell, made safe as above (public for its tests).
std::string csv_cell(std::string_view text);

}  // namespace ln
