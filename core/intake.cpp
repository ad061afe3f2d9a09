#include "intake.hpp"

#include <algorithm>
#include <map>

#include "fee_text.hpp"
#include "identifiers.hpp"
#include "numbers.hpp"

namespace ln {

int IntakeRow::errors() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::Error; }));
}
int IntakeRow::warnings() const { return static_cast<int>(findings.size()) - errors(); }

Intake take_in(std::vector<IntakeFile> files, const Program& program) {
    std::sort(files.begin(), files.end(), [](const IntakeFile& a, const IntakeFile& b) { return a.name < b.name; });
    Intake out;
    std::map<std::string, std::vector<std::size_t>> by_number;
    for (auto& f : files) {
        IntakeRow row;
        row.file = f.name;
        if (f.read_error) {
            row.import_errors.push_back(Error{"", *f.read_error});
        } else {
            auto imported = import_enrollment(f.bytes);
            row.import_errors = std::move(imported.errors);
            row.document = std::move(imported.document);
        }
        if (row.document) {
            const Enrollment& e = row.document->enrollment;
            row.findings = validate(e, program);
            row.quote = enrollment_quote(e, program);
            row.fee_differs = row.document->fee_shown && (!row.quote || *row.document->fee_shown != row.quote->fee);
            if (!e.municipality_number.empty()) by_number[e.municipality_number].push_back(out.rows.size());
        }
        out.rows.push_back(std::move(row));
    }
    for (const auto& [number, indices] : by_number) {
        if (indices.size() < 2) continue;
        for (auto i : indices)
            for (auto j : indices)
                if (i != j) out.rows[i].duplicates_of.push_back(out.rows[j].file);
    }
    std::map<std::string, bool> counted;
    for (const auto& row : out.rows) {
        if (!row.readable()) {
            ++out.unreadable;
            continue;
        }
        if (row.errors() == 0) ++out.ready;
        else ++out.with_errors;
        const std::string& number = row.document->enrollment.municipality_number;
        if (row.quote && !counted[number]) {
            out.total_fee += row.quote->fee;
            if (!number.empty()) counted[number] = true;
        }
    }
    return out;
}

namespace {

std::string cell(const std::string& s) {
    if (s.find_first_of(";\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// Plain digits in the CSV, so that spreadsheets read them as numbers.
std::string plain(std::int64_t n) { return std::to_string(n); }

}  // namespace

std::string intake_csv(const Intake& intake, const Catalog& cat) {
    std::string out = "\xEF\xBB\xBF";
    const char* headers[] = {"csv.file", "csv.number", "csv.name", "csv.population", "csv.bracket", "csv.fee",
                             "csv.fee_in_file", "csv.contact", "csv.email", "csv.phone", "csv.group",
                             "csv.political", "csv.administrative", "csv.theme_day", "csv.theme_day_from",
                             "csv.status", "csv.notes"};
    for (std::size_t i = 0; i < std::size(headers); ++i) out += (i ? ";" : "") + cell(cat.text(headers[i]));
    out += "\r\n";
    for (const auto& row : intake.rows) {
        std::vector<std::string> c(std::size(headers));
        c[0] = row.file;
        std::vector<std::string> notes;
        if (!row.readable()) {
            c[15] = cat.text("csv.status_unreadable");
            for (const auto& e : row.import_errors) notes.push_back(cat.describe(e));
        } else {
            const Enrollment& e = row.document->enrollment;
            c[1] = e.municipality_number;
            c[2] = e.municipality_name;
            if (row.quote) {
                c[3] = plain(row.quote->population);
                c[4] = std::to_string(row.quote->index + 1) + ": " + bracket_range(cat, row.quote->bracket, row.quote->index == 0);
                c[5] = plain(row.quote->fee);
            } else {
                c[3] = e.population;
            }
            if (row.document->fee_shown) c[6] = plain(*row.document->fee_shown);
            c[7] = e.contact.name;
            c[8] = e.contact.email;
            c[9] = normalize_phone(e.contact.phone).value_or(e.contact.phone);
            const auto sides = count_sides(e.group);
            c[10] = std::to_string(e.group.size());
            c[11] = std::to_string(sides.political);
            c[12] = std::to_string(sides.administrative);
            c[13] = cat.text(e.theme_day.wanted ? "summary.yes" : "summary.no");
            c[14] = e.theme_day.wanted ? e.theme_day.preferred_from : "";
            c[15] = cat.text(row.errors() == 0 ? "csv.status_ready" : "csv.status_errors",
                             {{"errors", std::to_string(row.errors())}});
            if (row.fee_differs)
                notes.push_back(cat.text("csv.fee_differs", {{"file", c[6]}, {"computed", row.quote ? c[5] : "?"}}));
            if (!row.duplicates_of.empty()) {
                std::string others;
                for (const auto& d : row.duplicates_of) others += (others.empty() ? "" : ", ") + d;
                notes.push_back(cat.text("csv.duplicate", {{"files", others}}));
            }
            for (const auto& f : row.findings)
                notes.push_back((f.severity == Severity::Error ? cat.text("csv.error") : cat.text("csv.warning")) + " " +
                                f.path + ": " + cat.text(f.message));
        }
        std::string joined;
        for (const auto& n : notes) joined += (joined.empty() ? "" : " | ") + n;
        c[16] = joined;
        for (std::size_t i = 0; i < c.size(); ++i) out += (i ? ";" : "") + cell(c[i]);
        out += "\r\n";
    }
    std::vector<std::string> t(std::size(headers));
    t[0] = cat.text("csv.total");
    t[2] = cat.text("csv.total_counts", {{"ready", std::to_string(intake.ready)},
                                         {"errors", std::to_string(intake.with_errors)},
                                         {"unreadable", std::to_string(intake.unreadable)}});
    t[5] = plain(intake.total_fee);
    for (std::size_t i = 0; i < t.size(); ++i) out += (i ? ";" : "") + cell(t[i]);
    out += "\r\n";
    return out;
}

}  // namespace ln
