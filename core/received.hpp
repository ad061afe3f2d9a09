#pragma once
// KS-mottak: the sign-up files KS has received, kept in the browser between visits so that files arriving
// over weeks build one overview. They are checked by the same code as the command line's `intake`, every
// time the overview is drawn, so a newer register or program judges old files anew.
//
// A file that can be read as a sign-up is kept whole (its exact text: the overview and the CSV are the
// CLI's for the same files); a file that cannot is kept as its name and the reasons, never dropped.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.hpp"
#include "intake.hpp"

namespace ln {

struct ReceivedFile {
    std::string name;           // unique among the received files
    std::string received_at;    // ISO 8601 UTC
    std::string text;           // the sign-up as received (empty when it could not be read)
    std::vector<Error> errors;  // why it could not be read as a sign-up
    std::string digest;         // of an unreadable file's bytes (FNV-1a, hex): tells a file received twice
    bool operator==(const ReceivedFile&) const = default;
};

// The desk lives in the workspace, whose file is at most kMaxImportBytes: the received files take at most
// this much of it (about 700 real sign-ups; the CLI takes any number).
inline constexpr std::size_t kMaxReceivedBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kMaxReceivedFiles = 1000;

struct Receipt {
    enum class Kind {
        Added,      // kept under its own name
        Renamed,    // another file had its name: kept as «name (2).json»
        Same,       // the very same file was received before: nothing added
        Full,       // no room left (kMaxReceivedBytes, kMaxReceivedFiles): not kept
    } kind = Kind::Added;
    std::string name;  // the name it is kept under (Added, Renamed), or its own
    bool readable = false;
};

// Takes one file in (read_error: the page could not read it). Bytes beyond kMaxImportBytes make it
// unreadable, as in `intake`; `whole_size`, when only the file's start was read, is the size that says.
Receipt receive(std::vector<ReceivedFile>& desk, std::string_view name, std::string_view bytes,
                const std::optional<Message>& read_error, std::string_view received_at, std::uint64_t whole_size = 0);

// The received files checked and summed exactly as `intake` does.
Intake intake_of(const std::vector<ReceivedFile>& desk, const Program& program, const MunicipalityList& list);

// Bytes the received files take in the workspace (what kMaxReceivedBytes limits).
std::size_t received_bytes(const std::vector<ReceivedFile>& desk);

// ---- The overview ----
enum class RowState { Ready, Errors, Unreadable, Replaced };
RowState state_of(const IntakeRow& row);

enum class DeskFilter { All, Ready, Problems, Replaced };  // Problems: errors and unreadable files
enum class DeskOrder { Municipality, File, Newest, Fee };
// Indices into intake.rows that pass the filter, in the order asked for (ties by file name).
std::vector<std::size_t> desk_rows(const Intake& intake, DeskFilter filter, DeskOrder order);

// The files that count (ready, the newest of their municipality) per fee bracket of the program: one entry
// per bracket, in the program's order, with none left out (a bracket nobody is in shows 0).
struct BracketTotal {
    std::size_t index = 0;
    Bracket bracket;
    int municipalities = 0;
    std::int64_t fees = 0;
};
// Empty for a program whose fee is per inhabitant.
std::vector<BracketTotal> bracket_totals(const Intake& intake, const Program& program);

// «12 filer: 8 klare, 2 med feil, 1 ugyldige, 1 erstattet.»
std::string desk_summary(const Catalog& cat, const Intake& intake);

// What one pick or drop of files did, said once for all of them: received, already there, no room; then
// the overview as it stands.
struct ReceiptCount {
    int received = 0, same = 0, full = 0;
    std::vector<std::string> not_kept;  // the files that found no room, by name
    void add(const Receipt& r);
    int total() const { return received + same + full; }
    bool any() const { return total() > 0; }
};
std::string receipts_said(const Catalog& cat, const ReceiptCount& count, const Intake& intake);
// The same without the overview (which the screen shows just below): «Tok imot 60 filer.»
std::string receipts_text(const Catalog& cat, const ReceiptCount& count);
// The files that found no room, named: «Ikke lagt til: a.json, b.json og 98 filer til.» (empty: none).
std::string not_kept_said(const Catalog& cat, const ReceiptCount& count);

// The download's name: «mottak-2026-11-29.csv», from the time it is made (ISO 8601 UTC).
std::string desk_csv_name(std::string_view now);

}  // namespace ln
