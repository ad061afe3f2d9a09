#pragma once
// Everything a municipality keeps in the browser between visits: the sign-up draft, the case book and a
// few settings. Stored as one document (ks.laeringsnettverk.workspace, version 1) so that a save is one
// file written whole — never half of the work from one moment and half from another.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case_book.hpp"
#include "enrollment.hpp"
#include "program.hpp"
#include "received.hpp"
#include "result.hpp"

namespace ln {

inline constexpr std::string_view kWorkspaceFormat = "ks.laeringsnettverk.workspace";
inline constexpr int kWorkspaceVersion = 1;

struct WorkspaceSettings {
    std::string created_at;           // first save, ISO 8601 UTC
    std::string last_export_at;       // last export of the sign-up, the case book or the report; empty: never
    std::string reminder_snoozed_at;  // the user said «later» to the export reminder
    bool operator==(const WorkspaceSettings&) const = default;
};

// A network's program file the user opened (KS's own file for a network other than the app's): the views,
// exports and checks take their facts from it instead of the program that ships with the app.
struct KeptProgram {
    std::string name;       // the file's name, as the user knows it
    std::string opened_at;  // ISO 8601 UTC
    std::string text;       // the file exactly as read (checked by parse_program when opened and when loaded)
    bool operator==(const KeptProgram&) const = default;
};

struct Workspace {
    Enrollment enrollment;              // the draft, exactly as typed
    std::optional<CaseBook> case_book;  // none until the group starts its case book
    WorkspaceSettings settings;
    std::vector<ReceivedFile> received;  // KS-mottak: sign-up files KS has taken in (empty for a municipality)
    std::optional<KeptProgram> program_file;  // none: the program that ships with the app
    bool operator==(const Workspace&) const = default;
};

// Whether there is anything worth keeping (an empty workspace is not written).
bool has_work(const Workspace& w);

// `revision` counts saves; a tab that finds a higher revision stored than the one it loaded knows another
// tab wrote after it (and must not write over that).
std::string save_workspace(const Workspace& w, const Program& program, std::string_view saved_at, std::int64_t revision);

struct WorkspaceLoad {
    std::optional<Workspace> workspace;
    std::string saved_at;
    std::int64_t revision = 0;
    std::vector<Error> errors;  // why it could not be read, with paths ("case_book.actions[2].status")
    std::optional<Program> program;  // the kept program file's program, which the case book was read against
    // A kept program file this version cannot use (checks made stricter since it was kept): the rest of the
    // work loads all the same, against the app's own program, and the file stays kept; this says why.
    std::optional<Error> program_error;
    bool ok() const { return workspace.has_value(); }
};
// `program`: the app's own, for a workspace that keeps no program file of its own.
WorkspaceLoad load_workspace(std::string_view bytes, const Program& program);

// Browsers may delete a site's data (Safari after 7 days without a visit): remind the user to export when
// there is work and nothing was exported (or the reminder put off) for `days` days. Times: ISO 8601 UTC.
inline constexpr int kExportReminderDays = 7;
bool export_reminder_due(const Workspace& w, std::string_view now, int days = kExportReminderDays);

}  // namespace ln
