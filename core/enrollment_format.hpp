#pragma once
// The enrollment file KS receives: ks.laeringsnettverk.enrollment, version 1 (assets/schema/
// enrollment.schema.json). UTF-8 JSON with stable key order; the fee in it is only what the municipality
// saw ("fee_shown") — KS recomputes it from the population.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "document.hpp"
#include "enrollment.hpp"
#include "program.hpp"
#include "result.hpp"

namespace ln {

inline constexpr std::string_view kEnrollmentFormat = "ks.laeringsnettverk.enrollment";
inline constexpr int kEnrollmentVersion = 1;

struct EnrollmentDocument {
    Enrollment enrollment;
    int version = kEnrollmentVersion;        // the version the file was written in
    std::string exported_at;                 // ISO 8601 UTC
    std::string program;                     // id of the program definition
    std::optional<std::int64_t> fee_shown;   // what the municipality saw, if anything
};

// The document as JSON. Normalized: what KS receives (see export_enrollment). AsTyped: every field exactly
// as the user typed it, for the draft kept in the browser (reloading must not rewrite what people wrote).
enum class Typed { Normalized, AsTyped };
nlohmann::ordered_json enrollment_document(const Enrollment& e, const Program& program, std::string_view exported_at,
                                           Typed typed, NumberStyle style = NumberStyle::Norwegian);

// exported_at: the current time as ISO 8601 UTC, e.g. "2026-11-28T14:32:00Z" (core does no I/O).
std::string export_enrollment(const Enrollment& e, const Program& program, std::string_view exported_at, NumberStyle style = NumberStyle::Norwegian);

struct EnrollmentImport {
    std::optional<EnrollmentDocument> document;  // set when the file could be read
    std::vector<Error> errors;                   // why not, each with its path
    bool ok() const { return document.has_value(); }
};

// Takes any bytes. Errors: import.too_large, import.invalid_utf8 (with the byte offset), json.invalid,
// json.wrong_type, json.missing, format.unknown, format.newer, format.too_old, plus wrong values with paths.
EnrollmentImport import_enrollment(std::string_view bytes);

// File name for an export, ASCII only: "pamelding-3024-baerum.json".
std::string enrollment_file_name(const Enrollment& e);

// Plain text for an e-mail to KS (Kopier sammendrag), in the catalog's language.
class Catalog;
std::string enrollment_summary(const Enrollment& e, const Program& program, const Catalog& cat);

// What importing `incoming` over `current` would change: one line per changed field, for the preview.
struct FieldChange {
    std::string path;
    std::string before, after;  // for a member of the group: the name
    // For a member of the group: the side they stand for, where there is a member before or after.
    std::optional<Side> before_side, after_side;
};
std::vector<FieldChange> enrollment_changes(const Enrollment& current, const Enrollment& incoming,
                                            NumberStyle style = NumberStyle::Norwegian);
// One line of the preview in the form's own words, never a path or «true»:
// «Kontaktperson – E-post: «kari@a.no» blir «kari@b.no»», «Temadag med folkevalgte: «nei» blir «ja»».
std::string describe_change(const FieldChange& change, const Catalog& cat);

}  // namespace ln
