#include "intake.hpp"

#include <algorithm>
#include <climits>
#include <unordered_map>

#include "dates.hpp"
#include "fee_text.hpp"
#include "identifiers.hpp"
#include "numbers.hpp"

namespace ln {

namespace {

// At most `max` bytes, cut at a character boundary, with «…» when cut.
std::string clip(std::string_view s, std::size_t max = kMaxTextKept) {
    if (s.size() <= max) return std::string(s);
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return std::string(s.substr(0, end)) + "\xE2\x80\xA6";
}

}  // namespace

ReceivedCheck check_received(const EnrollmentDocument& d, const Program& program, const MunicipalityList& list) {
    ReceivedCheck c;
    const Enrollment& e = d.enrollment;
    c.findings = validate(e, program, list);
    // A sign-up for another network (another program file): its fee and its checks are that network's,
    // so it is not counted here as ready, and it never replaces (or is replaced by) one for this network.
    const bool other_program = d.program != program.id;
    if (other_program)
        c.findings.insert(c.findings.begin(), {"program", Severity::Error,
                                               {"intake.other_program", {{"file", clip(d.program, 100)}, {"program", program.id}}}});
    c.match = find_by_number(list, e.municipality_number);
    c.quote = checked_quote(e, list, program);
    if (d.fee_shown && !c.quote) {
        c.fee_differs = true;
        c.findings.push_back({"fee_shown", Severity::Error, {"fee.unchecked_in_file", {{"file", format_kroner(*d.fee_shown)}}}});
    } else if (d.fee_shown && *d.fee_shown != c.quote->fee) {
        c.fee_differs = true;
        c.findings.push_back({"fee_shown", Severity::Error,
                              {"fee.differs_in_file", {{"file", format_kroner(*d.fee_shown)}, {"computed", format_kroner(c.quote->fee)}}}});
    }
    c.identity_confirmed = c.match.municipality != nullptr;
    for (const auto& f : c.findings)
        if (f.message.key == "register.name_mismatch" || f.message.key == "register.orgnr_other" ||
            f.message.key == "register.orgnr_mismatch")
            c.identity_confirmed = false;
    if (other_program) c.identity_confirmed = false;
    c.exported_ms = rfc3339_unix_ms(d.exported_at);
    if (!c.exported_ms)
        c.findings.push_back({"exported_at", Severity::Warning, {"intake.exported_at_invalid", {{"value", clip(d.exported_at, 100)}}}});
    // Sent after the program's deadline (its last day, in Norwegian time): KS decides, so a warning.
    if (const auto& deadline = program.signup.deadline; deadline && c.exported_ms) {
        const std::string day = oslo_date(static_cast<double>(*c.exported_ms));
        if (day > *deadline)
            c.findings.push_back({"exported_at", Severity::Warning,
                                  {"intake.after_deadline", {{"date", format_date(day)}, {"deadline", format_date(*deadline)}}}});
    }
    return c;
}

IntakeRow take_in_file(IntakeFile f, const Program& program, const MunicipalityList& list) {
    IntakeRow row;
    row.file = clip(shown_file_name(f.name));
    if (f.read_error) {
        row.import_errors.push_back(Error{"", *f.read_error});
        return row;
    }
    auto imported = import_enrollment(f.bytes);
    f.bytes = std::string();  // released now: one file's bytes at a time
    row.import_errors = std::move(imported.errors);
    if (imported.document) {
        const EnrollmentDocument& d = *imported.document;
        const Enrollment& e = d.enrollment;
        ReceivedCheck check = check_received(d, program, list);
        row.readable = true;
        const Municipality* m = check.match.municipality;
        row.number = m ? m->number : clip(e.municipality_number);
        row.number_2024 = m ? m->number_2024 : "";
        row.identity_confirmed = check.identity_confirmed;
        row.name = m && check.identity_confirmed ? m->name : clip(e.municipality_name);
        row.exported_ms = check.exported_ms;
        row.exported_at = check.exported_ms ? iso_utc(static_cast<double>(*check.exported_ms)) : "";
        row.population_in_file = clip(e.population);
        row.quote = check.quote;
        row.population_from_register = m != nullptr;
        row.fee_in_file = d.fee_shown;
        row.fee_differs = check.fee_differs;
        row.contact_name = clip(e.contact.name);
        row.contact_email = clip(e.contact.email);
        row.contact_phone = clip(normalize_phone(e.contact.phone).value_or(e.contact.phone));
        row.group_size = e.group.size();
        row.sides = count_sides(e.group);
        row.theme_day = e.theme_day.wanted;
        row.theme_day_from = e.theme_day.wanted ? clip(e.theme_day.preferred_from) : "";
        std::size_t kept_bytes = 0;
        for (auto& finding : check.findings) {
            (finding.severity == Severity::Error ? row.errors : row.warnings)++;
            finding.path = clip(finding.path, 100);
            std::size_t bytes = finding.path.size();
            for (auto& [k, v] : finding.message.params) bytes += (v = clip(v, 120)).size();
            if (row.findings.size() < kMaxFindingsKept && kept_bytes + bytes <= kMaxFindingBytes) {
                kept_bytes += bytes;
                row.findings.push_back(std::move(finding));
            }
        }
    }
    return row;
}

Intake IntakeBuilder::finish() && {
    Intake out;
    out.rows = std::move(rows_);
    std::sort(out.rows.begin(), out.rows.end(), [](const IntakeRow& a, const IntakeRow& b) { return a.file < b.file; });
    // The newest file of each municipality counts; ties go to the last by name (rows are in name order).
    // A file without a real time sorts as the oldest.
    auto grouped = [](const IntakeRow& row) { return row.readable && row.identity_confirmed && !row.number.empty(); };
    auto time = [](const IntakeRow& row) { return row.exported_ms.value_or(LLONG_MIN); };
    std::unordered_map<std::string, std::size_t> newest;
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
        const IntakeRow& row = out.rows[i];
        if (!grouped(row)) continue;
        auto [it, inserted] = newest.try_emplace(row.number, i);
        if (!inserted && time(out.rows[it->second]) <= time(row)) it->second = i;
    }
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
        IntakeRow& row = out.rows[i];
        if (!grouped(row)) continue;
        const std::size_t winner = newest.at(row.number);
        if (winner == i) continue;
        row.replaced_by = out.rows[winner].file;
        out.rows[winner].replaces.push_back(row.file);
        // Exported at the same moment: neither is newer, so a person must look (the last by name counts).
        if (row.exported_ms && row.exported_ms == out.rows[winner].exported_ms) {
            row.same_time_as = out.rows[winner].file;
            out.rows[winner].same_time_as = row.file;
        }
    }
    for (const auto& row : out.rows) {
        if (!row.readable) ++out.unreadable;
        else if (row.replaced_by) ++out.replaced;
        else if (row.errors == 0) {
            ++out.ready;
            if (row.quote) out.total_fee += row.quote->fee;
        } else {
            ++out.with_errors;
            if (row.quote && row.identity_confirmed) out.pending_fee += row.quote->fee;
        }
    }
    return out;
}

Intake take_in(std::vector<IntakeFile> files, const Program& program, const MunicipalityList& list) {
    IntakeBuilder b(program, list);
    for (auto& f : files) b.add(std::move(f));
    return std::move(b).finish();
}

std::string csv_cell(std::string_view text) {
    // Excel holds at most 32 767 characters in a cell; the file is UTF-8 throughout, whatever a file name
    // was written in.
    const std::string clipped = clip(to_valid_utf8(text), 32000);
    text = clipped;
    std::string s;
    s.reserve(text.size() + 2);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        // Control characters (other than line breaks, which are quoted) would confuse readers of the file.
        s += (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F ? ' ' : ch;
    }
    // A cell that starts like a formula is text: =, +, -, @, tab, carriage return (also after blanks, and
    // the full-width forms some spreadsheets accept).
    std::size_t first = 0;
    while (first < s.size() && s[first] == ' ') ++first;
    const std::string_view rest = std::string_view(s).substr(first);
    static constexpr std::string_view fullwidth[] = {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};
    bool formula = !rest.empty() && std::string_view("=+-@\t\r\n").find(rest.front()) != std::string_view::npos;
    for (auto f : fullwidth) formula = formula || rest.substr(0, f.size()) == f;
    if (formula) s.insert(0, 1, '\'');
    if (s.find_first_of(";,\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

namespace {

// Plain digits in the CSV, so that spreadsheets read them as numbers.
std::string plain(std::int64_t n) { return std::to_string(n); }

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

}  // namespace

std::string intake_status(const IntakeRow& row, const Catalog& cat) {
    if (!row.readable) return cat.text("csv.status_unreadable");
    if (row.replaced_by) return cat.text("csv.status_replaced");
    return cat.text(row.errors == 0 ? "csv.status_ready" : "csv.status_errors", {{"errors", std::to_string(row.errors)}});
}

std::vector<std::string> intake_notes(const IntakeRow& row, const Catalog& cat, bool with_paths) {
    std::vector<std::string> notes;
    if (!row.readable) {
        for (const auto& e : row.import_errors) notes.push_back(with_paths ? cat.describe(e) : cat.text(e.message));
        return notes;
    }
    if (row.replaced_by) notes.push_back(cat.text("csv.replaced_by", {{"file", *row.replaced_by}}));
    if (!row.replaces.empty()) notes.push_back(cat.text("csv.replaces", {{"files", joined(row.replaces, ", ")}}));
    if (row.same_time_as) notes.push_back(cat.text("csv.same_time", {{"file", *row.same_time_as}}));
    for (const auto& f : row.findings)
        notes.push_back((f.severity == Severity::Error ? cat.text("csv.error") : cat.text("csv.warning")) +
                        (with_paths ? " " + f.path : std::string()) + ": " + cat.text(f.message));
    const std::size_t all = static_cast<std::size_t>(row.errors + row.warnings);
    if (all > row.findings.size())
        notes.push_back(cat.text("csv.more_findings", {{"count", std::to_string(all - row.findings.size())}}));
    return notes;
}

std::string intake_csv(const Intake& intake, const Catalog& cat) {
    std::string out = "\xEF\xBB\xBF";
    enum Col { File, Number, Number2024, Name, Population, PopulationInFile, Bracket, Fee, FeeInFile, Contact, Email,
               Phone, Group, Political, Administrative, ThemeDay, ThemeDayFrom, ExportedAt, Status, Notes, Count };
    const char* headers[Count] = {"csv.file", "csv.number", "csv.number_2024", "csv.name", "csv.population",
                                  "csv.population_in_file", "csv.bracket", "csv.fee", "csv.fee_in_file", "csv.contact",
                                  "csv.email", "csv.phone", "csv.group", "csv.political", "csv.administrative",
                                  "csv.theme_day", "csv.theme_day_from", "csv.exported_at", "csv.status", "csv.notes"};
    auto write = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ";" : "") + csv_cell(cells[i]);
        out += "\r\n";
    };
    std::vector<std::string> c(Count);
    for (int i = 0; i < Count; ++i) c[i] = cat.text(headers[i]);
    write(c);
    for (const auto& row : intake.rows) {
        std::fill(c.begin(), c.end(), std::string());
        c[File] = row.file;
        c[Status] = intake_status(row, cat);
        if (row.readable) {
            c[Number] = row.number;
            c[Number2024] = row.number_2024;
            c[Name] = row.name;
            c[PopulationInFile] = row.population_in_file;
            if (row.quote) {
                c[Population] = plain(row.quote->population);
                c[Bracket] = row.quote->per_inhabitant ? quote_basis(cat, *row.quote)
                                                       : std::to_string(row.quote->index + 1) + ": " + quote_basis(cat, *row.quote);
                c[Fee] = plain(row.quote->fee);
            }
            if (row.fee_in_file) c[FeeInFile] = plain(*row.fee_in_file);
            c[Contact] = row.contact_name;
            c[Email] = row.contact_email;
            c[Phone] = row.contact_phone;
            c[Group] = std::to_string(row.group_size);
            c[Political] = std::to_string(row.sides.political);
            c[Administrative] = std::to_string(row.sides.administrative);
            c[ThemeDay] = cat.text(row.theme_day ? "summary.yes" : "summary.no");
            c[ThemeDayFrom] = row.theme_day_from;
            c[ExportedAt] = row.exported_at;
        }
        c[Notes] = joined(intake_notes(row, cat), " | ");
        write(c);
    }
    std::fill(c.begin(), c.end(), std::string());
    c[File] = cat.text("csv.total");
    c[Name] = cat.text("csv.total_counts", {{"ready", std::to_string(intake.ready)},
                                            {"errors", std::to_string(intake.with_errors)},
                                            {"unreadable", std::to_string(intake.unreadable)},
                                            {"replaced", std::to_string(intake.replaced)}});
    c[Fee] = plain(intake.total_fee);
    if (intake.pending_fee > 0)
        c[Notes] = cat.text("csv.pending", {{"errors", std::to_string(intake.with_errors)}, {"fee", format_kroner(intake.pending_fee)}});
    write(c);
    return out;
}

}  // namespace ln
