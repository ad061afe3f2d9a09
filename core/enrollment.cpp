#include "enrollment.hpp"

#include <algorithm>
#include <iterator>

#include "dates.hpp"
#include "identifiers.hpp"
#include "list_edit.hpp"
#include "numbers.hpp"

namespace ln {

std::string_view side_id(Side s) {
    switch (s) {
    case Side::Political: return "political";
    case Side::Administrative: return "administrative";
    case Side::Business: return "business";
    case Side::Other: return "other";
    }
    return "other";
}

std::optional<Side> side_from_id(std::string_view id) {
    for (Side s : kSides)
        if (side_id(s) == id) return s;
    return std::nullopt;
}

bool carry_numbers(Enrollment& e, NumberStyle from) {
    const bool population = carry_number(e.population, from);
    const bool officials = carry_number(e.theme_day.elected_officials, from);
    return population || officials;
}

Enrollment normalized(const Enrollment& e, NumberStyle style) {
    Enrollment n = e;
    if (auto v = normalize_orgnr(e.orgnr)) n.orgnr = *v;
    if (auto v = parse_whole_number(e.population, kMinPopulation, kMaxPopulation, style)) n.population = std::to_string(v.value());
    if (auto v = normalize_phone(e.contact.phone)) n.contact.phone = *v;
    if (auto v = parse_date(e.theme_day.preferred_from)) n.theme_day.preferred_from = *v;
    if (auto v = parse_whole_number(e.theme_day.elected_officials, 1, 500, style)) n.theme_day.elected_officials = std::to_string(v.value());
    return n;
}

Enrollment for_editing(const Enrollment& e) {
    Enrollment n = e;
    if (valid_iso_date(e.theme_day.preferred_from)) n.theme_day.preferred_from = format_date(e.theme_day.preferred_from);
    return n;
}

std::size_t side_index(Side s) { return index_in(kSides, s); }
Side side_at(std::size_t index) { return choice_at(kSides, index); }
std::size_t add_member(Enrollment& e) { return append_new(e.group); }
bool remove_member(Enrollment& e, std::size_t index) { return erase_at(e.group, index); }
std::optional<Removed<GroupMember>> take_member(Enrollment& e, std::size_t index) { return take_at(e.group, index); }
std::size_t restore_member(Enrollment& e, Removed<GroupMember> removed) { return put_back(e.group, std::move(removed)); }

void pick_municipality(Enrollment& e, const Municipality& m) {
    e.municipality_number = m.number;
    e.municipality_name = m.name;
    e.orgnr = m.orgnr;
    e.population = std::to_string(m.population);
}

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

struct Checker {
    std::vector<Finding> out;
    void error(std::string path, std::string key, std::vector<std::pair<std::string, std::string>> params = {}) {
        out.push_back({std::move(path), Severity::Error, {std::move(key), std::move(params)}});
    }
    void warning(std::string path, std::string key, std::vector<std::pair<std::string, std::string>> params = {}) {
        out.push_back({std::move(path), Severity::Warning, {std::move(key), std::move(params)}});
    }
    bool required(const std::string& path, const std::string& value) {
        if (!blank(value)) return true;
        error(path, "field.required");
        return false;
    }
};

constexpr std::int64_t kMaxElectedOfficials = 500;

}  // namespace

RequiredFields::RequiredFields(const Program& program) {
    Enrollment blank;
    blank.group.emplace_back();
    for (const auto& f : validate(blank, program))
        if (f.message.key == "field.required") paths_.push_back(f.path);
}

bool RequiredFields::operator()(std::string_view path) const {
    std::string p(path);
    if (p.rfind("group[", 0) == 0) {
        const auto close = p.find(']');
        if (close != std::string::npos) p = "group[0" + p.substr(close);
    }
    return std::find(paths_.begin(), paths_.end(), p) != paths_.end();
}

bool required_field(std::string_view path, const Program& program) { return RequiredFields(program)(path); }

std::vector<Finding> validate(const Enrollment& e, const Program& program, NumberStyle style) {
    Checker c;
    if (c.required("municipality.number", e.municipality_number) && !valid_municipality_number(e.municipality_number))
        c.error("municipality.number", "municipality.number_invalid");
    c.required("municipality.name", e.municipality_name);
    if (c.required("municipality.orgnr", e.orgnr)) {
        if (!normalize_orgnr(e.orgnr)) c.error("municipality.orgnr", "orgnr.not_nine_digits");
        else if (!valid_orgnr(e.orgnr)) c.error("municipality.orgnr", "orgnr.check_digit");
    }
    if (c.required("municipality.population", e.population)) {
        auto q = quote(program.fees, e.population, style);
        if (!q) c.error("municipality.population", q.error().message.key, q.error().message.params);
    }

    c.required("invoice.address", e.invoice_address);
    c.required("invoice.reference", e.invoice_reference);

    c.required("contact.name", e.contact.name);
    if (c.required("contact.email", e.contact.email) && !valid_email(e.contact.email))
        c.error("contact.email", "email.invalid", {{"text", e.contact.email}});
    if (c.required("contact.phone", e.contact.phone) && !normalize_phone(e.contact.phone))
        c.error("contact.phone", "phone.invalid", {{"text", e.contact.phone}});

    for (std::size_t i = 0; i < e.group.size(); ++i) {
        const GroupMember& m = e.group[i];
        const std::string at = "group[" + std::to_string(i) + "]";
        c.required(at + ".name", m.name);
        if (c.required(at + ".email", m.email) && !valid_email(m.email))
            c.error(at + ".email", "email.invalid", {{"text", m.email}});
    }
    // The network may take at most so many from each municipality (a program's sign-up rules).
    if (const auto most = program.signup.max_participants; most && e.group.size() > static_cast<std::size_t>(*most))
        c.error("group", "group.too_many", {{"max", format_number(*most)}, {"count", format_number(static_cast<std::int64_t>(e.group.size()))}});
    const GroupCounts sides = count_sides(e.group);
    if (e.group.empty()) c.warning("group", "group.empty");
    else {
        if (sides.political == 0) c.warning("group", "group.no_political");
        if (sides.administrative == 0) c.warning("group", "group.no_administrative");
    }

    if (e.theme_day.wanted) {
        if (!blank(e.theme_day.preferred_from)) {
            auto date = parse_date(e.theme_day.preferred_from);
            if (!date) c.error("theme_day.preferred_from", "date.invalid", {{"text", e.theme_day.preferred_from}});
            else if (program.gatherings.size() >= 2 && program.gatherings[1].date && *date > *program.gatherings[1].date)
                c.warning("theme_day.preferred_from", "theme_day.late",
                          {{"date", format_date(*program.gatherings[1].date)}});
        }
        if (!blank(e.theme_day.elected_officials)) {
            auto n = parse_whole_number(e.theme_day.elected_officials, 1, kMaxElectedOfficials, style);
            if (!n) c.error("theme_day.elected_officials", n.error().message.key, n.error().message.params);
        }
    }

    if (blank(e.case_sketch.title)) c.warning("case_sketch.title", "case.no_title");
    if (blank(e.case_sketch.problem)) c.warning("case_sketch.problem", "case.no_problem");

    if (!e.travel_costs_acknowledged) c.error("travel_costs_acknowledged", "travel.not_acknowledged");
    return c.out;
}

std::vector<const Finding*> findings_at(const std::vector<Finding>& all, std::string_view path) {
    std::vector<const Finding*> out;
    for (const auto& f : all)
        if (f.path == path) out.push_back(&f);
    return out;
}

bool ready_to_send(const std::vector<Finding>& findings) {
    for (const auto& f : findings)
        if (f.severity == Severity::Error) return false;
    return true;
}

Completeness completeness(const std::vector<Finding>& findings) {
    // The fields a sign-up cannot be sent without.
    static const char* const required[] = {"municipality.number", "municipality.name", "municipality.orgnr",
                                           "municipality.population", "invoice.address", "invoice.reference",
                                           "contact.name", "contact.email", "contact.phone",
                                           "travel_costs_acknowledged"};
    Completeness c;
    c.required = static_cast<int>(std::size(required));
    for (const char* path : required) {
        const auto at = findings_at(findings, path);
        const bool error = std::any_of(at.begin(), at.end(), [](const Finding* f) { return f->severity == Severity::Error; });
        c.filled += error ? 0 : 1;
    }
    return c;
}

std::optional<Quote> enrollment_quote(const Enrollment& e, const Program& program, NumberStyle style) {
    auto q = quote(program.fees, e.population, style);
    if (!q) return std::nullopt;
    return q.value();
}

GroupCounts count_sides(const std::vector<GroupMember>& group) {
    GroupCounts c;
    for (const auto& m : group) {
        switch (m.side) {
        case Side::Political: ++c.political; break;
        case Side::Administrative: ++c.administrative; break;
        case Side::Business: ++c.business; break;
        case Side::Other: ++c.other; break;
        }
    }
    return c;
}

}  // namespace ln
