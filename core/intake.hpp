#pragma once
// KS's side: many enrollment files in, one checked overview out. Every fee is recomputed from the
// program data; a fee written in a file is only compared. Nothing is dropped: an unreadable file is a row
// that says why.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "enrollment.hpp"
#include "enrollment_format.hpp"
#include "program.hpp"

namespace ln {

struct IntakeFile {
    std::string name;   // file name, for the report
    std::string bytes;  // its content; a file that could not be read has read_error set instead
    std::optional<Message> read_error;
};

struct IntakeRow {
    std::string file;
    std::vector<Error> import_errors;          // the file could not be taken in (unreadable, not an enrollment)
    std::optional<EnrollmentDocument> document;
    std::vector<Finding> findings;
    std::optional<Quote> quote;                // recomputed from the population
    bool fee_differs = false;                  // the file's fee_shown is not the recomputed fee
    std::vector<std::string> duplicates_of;    // other files for the same municipality number
    bool readable() const { return document.has_value(); }
    int errors() const;
    int warnings() const;
};

struct Intake {
    std::vector<IntakeRow> rows;  // in file-name order
    int ready = 0, with_errors = 0, unreadable = 0;
    std::int64_t total_fee = 0;   // over the readable files whose fee could be computed, duplicates counted once
};

Intake take_in(std::vector<IntakeFile> files, const Program& program);

// One row per file and a totals row, separated by semicolons, UTF-8 with a byte-order mark: how Excel in
// Norwegian opens a CSV file correctly.
std::string intake_csv(const Intake& intake, const Catalog& cat);

}  // namespace ln
