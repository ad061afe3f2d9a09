#include "enrollment_format.hpp"

#include <cmath>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "catalog.hpp"
#include "dates.hpp"
#include "document.hpp"
#include "fee_text.hpp"
#include "identifiers.hpp"
#include "json_reader.hpp"
#include "numbers.hpp"

namespace ln {

using Ordered = nlohmann::ordered_json;

namespace {

// A number typed by the user: an integer when it is one, otherwise the text as typed (never lost), or
// null when empty. validate() reports the text case.
Ordered typed_number(const std::string& text, std::int64_t min, std::int64_t max, NumberStyle style) {
    if (text.find_first_not_of(" \t") == std::string::npos) return nullptr;
    auto n = parse_whole_number(text, min, max, style);
    if (n) return n.value();
    return text;
}

Ordered typed_date(const std::string& text) {
    if (text.find_first_not_of(" \t") == std::string::npos) return nullptr;
    if (auto iso = parse_date(text)) return *iso;
    return text;
}

}  // namespace

nlohmann::ordered_json enrollment_document(const Enrollment& e, const Program& program, std::string_view exported_at,
                                           Typed typed, NumberStyle style) {
    const bool as_typed = typed == Typed::AsTyped;
    auto number = [&](const std::string& text, std::int64_t min, std::int64_t max) {
        return as_typed ? Ordered(text) : typed_number(text, min, max, style);
    };
    Ordered doc = begin_document(kEnrollmentFormat, kEnrollmentVersion, exported_at, program.id);
    doc["municipality"] = {{"number", e.municipality_number},
                           {"name", e.municipality_name},
                           {"orgnr", as_typed ? e.orgnr : normalize_orgnr(e.orgnr).value_or(e.orgnr)},
                           {"population", number(e.population, kMinPopulation, kMaxPopulation)}};
    const auto q = enrollment_quote(e, program, style);
    doc["fee_shown"] = q ? Ordered(q->fee) : Ordered(nullptr);
    doc["invoice"] = {{"address", e.invoice_address}, {"reference", e.invoice_reference}};
    doc["contact"] = {{"name", e.contact.name},
                      {"title", e.contact.title},
                      {"email", e.contact.email},
                      {"phone", as_typed ? e.contact.phone : normalize_phone(e.contact.phone).value_or(e.contact.phone)}};
    Ordered group = Ordered::array();
    for (const auto& m : e.group)
        group.push_back({{"name", m.name}, {"title", m.title}, {"email", m.email}, {"side", side_id(m.side)}});
    doc["group"] = std::move(group);
    doc["theme_day"] = {{"wanted", e.theme_day.wanted},
                        {"preferred_from", as_typed ? Ordered(e.theme_day.preferred_from) : typed_date(e.theme_day.preferred_from)},
                        {"elected_officials", number(e.theme_day.elected_officials, 1, 500)},
                        {"adaptations", e.theme_day.adaptations}};
    doc["case_sketch"] = {{"title", e.case_sketch.title}, {"problem", e.case_sketch.problem}, {"why_now", e.case_sketch.why_now}};
    doc["travel_costs_acknowledged"] = e.travel_costs_acknowledged;
    return doc;
}

std::string export_enrollment(const Enrollment& e, const Program& program, std::string_view exported_at,
                              NumberStyle style) {
    // Invalid UTF-8 cannot reach here from the UI, but never abort on it: replace it.
    return enrollment_document(e, program, exported_at, Typed::Normalized, style)
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

namespace {

// Each step upgrades a document by one version, so any older file reads as the current version.
// Version 1 is the first; the next format change adds kMigrations[0]: v1 → v2.
const std::vector<Migration> kMigrations = {};

std::string number_or_text(JsonReader& r, const Json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return "";
    // Above 2^63 a JSON integer is unsigned: read as signed it would wrap to a negative number.
    if (it->is_number_unsigned()) return std::to_string(it->get<std::uint64_t>());
    if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
    if (it->is_string()) return it->get<std::string>();
    // 12.5 or 1e30 is a number, just not a whole one in range: kept as text, so the file stays readable
    // and validate() says what is wrong with it («ikke et helt tall», «kan ikke være over 1 000 000»).
    if (it->is_number_float()) {
        const double v = it->get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.2e18)
            return std::to_string(static_cast<std::int64_t>(v));
        // 128982.7 as a Norwegian writes it (128982,7), so it reads as «not a whole number», not as a
        // thousands separator in the wrong place.
        std::string text = it->dump();
        if (std::fabs(v) < 1e15)
            for (char& c : text)
                if (c == '.') c = ',';
        return text;
    }
    r.fail(wrong_type("integer", r.path_of(key)));
    return "";
}

bool boolean(JsonReader& r, const Json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) {
        r.fail(make_error("json.missing", {{"field", key}}, r.path_of(key)));
        return false;
    }
    if (!it->is_boolean()) {
        r.fail(wrong_type("boolean", r.path_of(key)));
        return false;
    }
    return it->get<bool>();
}

}  // namespace

EnrollmentImport import_enrollment(std::string_view bytes) {
    EnrollmentImport out;
    OpenedDocument opened = open_document(bytes, kEnrollmentFormat, kEnrollmentVersion, kMigrations);
    if (!opened.ok()) {
        out.errors = std::move(opened.errors);
        return out;
    }
    Json& doc = opened.doc;
    const auto version = opened.version;
    JsonReader top(doc, "");

    EnrollmentDocument d;
    d.version = static_cast<int>(version);
    d.exported_at = top.string("exported_at");
    d.program = top.string("program");
    d.fee_shown = top.optional_integer("fee_shown");
    Enrollment& e = d.enrollment;
    std::vector<Error> errors;
    auto collect = [&](JsonReader& r) {
        for (const auto& err : r.errors()) errors.push_back(err);
    };
    {
        JsonReader m(top.object("municipality"), "municipality");
        e.municipality_number = m.string("number");
        e.municipality_name = m.string("name");
        e.orgnr = m.string("orgnr");
        e.population = number_or_text(m, m.self(), "population");
        collect(m);
    }
    {
        JsonReader inv(top.object("invoice"), "invoice");
        e.invoice_address = inv.string("address");
        e.invoice_reference = inv.string("reference");
        collect(inv);
    }
    {
        JsonReader c(top.object("contact"), "contact");
        e.contact = {c.string("name"), c.optional_string("title").value_or(""), c.string("email"), c.string("phone")};
        collect(c);
    }
    {
        const Json& group = top.array("group");
        for (std::size_t i = 0; i < group.size(); ++i) {
            JsonReader g(group[i], JsonReader::index_path("group", i));
            GroupMember m;
            m.name = g.string("name");
            m.title = g.optional_string("title").value_or("");
            m.email = g.string("email");
            const std::string side = g.string("side");
            if (auto s = side_from_id(side)) m.side = *s;
            else if (!g.failed()) g.fail(make_error("enrollment.bad_side", {{"side", side}}, g.path_of("side")));
            collect(g);
            e.group.push_back(std::move(m));
        }
    }
    {
        JsonReader t(top.object("theme_day"), "theme_day");
        e.theme_day.wanted = boolean(t, t.self(), "wanted");
        e.theme_day.preferred_from = t.optional_string("preferred_from").value_or("");
        e.theme_day.elected_officials = number_or_text(t, t.self(), "elected_officials");
        e.theme_day.adaptations = t.optional_string("adaptations").value_or("");
        collect(t);
    }
    {
        JsonReader cs(top.object("case_sketch"), "case_sketch");
        e.case_sketch = {cs.optional_string("title").value_or(""), cs.optional_string("problem").value_or(""),
                         cs.optional_string("why_now").value_or("")};
        collect(cs);
    }
    e.travel_costs_acknowledged = boolean(top, doc, "travel_costs_acknowledged");
    collect(top);
    if (!errors.empty()) {
        out.errors = std::move(errors);
        return out;
    }
    out.document = std::move(d);
    return out;
}

std::string enrollment_file_name(const Enrollment& e) {
    std::string number;
    for (char c : e.municipality_number)
        if (c >= '0' && c <= '9') number += c;
    return capped_file_stem("pamelding-" + (number.empty() ? std::string() : number + "-") + ascii_slug(e.municipality_name)) +
           ".json";
}

std::string enrollment_summary(const Enrollment& e, const Program& program, const Catalog& cat) {
    std::string s;
    auto line = [&](const std::string& key, const std::string& value) {
        s += cat.text(key) + ": " + (value.empty() ? cat.text("summary.none") : value) + "\n";
    };
    s += cat.text("summary.heading", {{"program", program.title}, {"organiser", program.organiser}}) + "\n\n";
    line("summary.municipality", e.municipality_name + (e.municipality_number.empty() ? "" : " (" + e.municipality_number + ")"));
    line("summary.orgnr", normalize_orgnr(e.orgnr).value_or(e.orgnr));
    if (auto q = enrollment_quote(e, program)) {
        line("summary.population", format_number(q->population));
        line("summary.fee", format_kroner(q->fee) + " (" + quote_basis(cat, *q) + ")");
    } else {
        line("summary.population", e.population);
    }
    line("summary.invoice", e.invoice_address + (e.invoice_reference.empty() ? "" : ", ref. " + e.invoice_reference));
    line("summary.contact", e.contact.name + (e.contact.title.empty() ? "" : ", " + e.contact.title) + ", " +
                                e.contact.email + ", " + normalize_phone(e.contact.phone).value_or(e.contact.phone));
    s += cat.text("summary.group", {{"count", std::to_string(e.group.size())}}) + "\n";
    for (const auto& m : e.group)
        s += "- " + m.name + (m.title.empty() ? "" : ", " + m.title) + " (" + cat.text("side." + std::string(side_id(m.side))) +
             ")" + (m.email.empty() ? "" : ", " + m.email) + "\n";
    if (e.theme_day.wanted) {
        std::string when = e.theme_day.preferred_from.empty() ? "" : format_date(parse_date(e.theme_day.preferred_from).value_or(e.theme_day.preferred_from));
        line("summary.theme_day", cat.text("summary.theme_day_wanted", {{"from", when.empty() ? cat.text("summary.none") : when},
                                                                         {"officials", e.theme_day.elected_officials.empty() ? "?" : e.theme_day.elected_officials}}));
    } else {
        line("summary.theme_day", cat.text("summary.theme_day_not_wanted"));
    }
    line("summary.case", e.case_sketch.title);
    line("summary.travel", cat.text(e.travel_costs_acknowledged ? "summary.yes" : "summary.no"));
    return s;
}

std::vector<FieldChange> enrollment_changes(const Enrollment& current, const Enrollment& incoming, NumberStyle style) {
    // "934 57 137" and "93457137" are the same number: compare what a file would hold.
    const Enrollment a = normalized(current, style);
    const Enrollment b = normalized(incoming, style);
    std::vector<FieldChange> out;
    auto cmp = [&](const std::string& path, const std::string& x, const std::string& y) {
        if (x != y) out.push_back({path, x, y, std::nullopt, std::nullopt});
    };
    cmp("municipality.number", a.municipality_number, b.municipality_number);
    cmp("municipality.name", a.municipality_name, b.municipality_name);
    cmp("municipality.orgnr", a.orgnr, b.orgnr);
    cmp("municipality.population", a.population, b.population);
    cmp("invoice.address", a.invoice_address, b.invoice_address);
    cmp("invoice.reference", a.invoice_reference, b.invoice_reference);
    cmp("contact.name", a.contact.name, b.contact.name);
    cmp("contact.title", a.contact.title, b.contact.title);
    cmp("contact.email", a.contact.email, b.contact.email);
    cmp("contact.phone", a.contact.phone, b.contact.phone);
    for (std::size_t i = 0; i < std::max(a.group.size(), b.group.size()); ++i) {
        const GroupMember* x = i < a.group.size() ? &a.group[i] : nullptr;
        const GroupMember* y = i < b.group.size() ? &b.group[i] : nullptr;
        if (x && y && *x == *y) continue;
        FieldChange c{"group[" + std::to_string(i) + "]", x ? x->name : "", y ? y->name : "", {}, {}};
        if (x) c.before_side = x->side;
        if (y) c.after_side = y->side;
        out.push_back(std::move(c));
    }
    cmp("theme_day.wanted", a.theme_day.wanted ? "true" : "false", b.theme_day.wanted ? "true" : "false");
    cmp("theme_day.preferred_from", a.theme_day.preferred_from, b.theme_day.preferred_from);
    cmp("theme_day.elected_officials", a.theme_day.elected_officials, b.theme_day.elected_officials);
    cmp("theme_day.adaptations", a.theme_day.adaptations, b.theme_day.adaptations);
    cmp("case_sketch.title", a.case_sketch.title, b.case_sketch.title);
    cmp("case_sketch.problem", a.case_sketch.problem, b.case_sketch.problem);
    cmp("case_sketch.why_now", a.case_sketch.why_now, b.case_sketch.why_now);
    cmp("travel_costs_acknowledged", a.travel_costs_acknowledged ? "true" : "false", b.travel_costs_acknowledged ? "true" : "false");
    return out;
}

std::string describe_change(const FieldChange& c, const Catalog& cat) {
    // The section a label belongs to where the label alone is ambiguous («Navn», «Tittel»).
    static constexpr std::pair<std::string_view, std::string_view> kSections[] = {
        {"contact.", "enroll.contact.heading"}, {"theme_day.", "enroll.theme_day.heading"}, {"case_sketch.", "enroll.case.heading"}};
    static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
        {"municipality.number", "enroll.municipality.number"}, {"municipality.name", "enroll.municipality.name"},
        {"municipality.orgnr", "enroll.municipality.orgnr"},   {"municipality.population", "fee.population.label"},
        {"invoice.address", "enroll.invoice.address"},         {"invoice.reference", "enroll.invoice.reference"},
        {"contact.name", "enroll.person.name"},                {"contact.title", "enroll.person.title"},
        {"contact.email", "enroll.person.email"},              {"contact.phone", "enroll.person.phone"},
        {"theme_day.wanted", ""},                              {"theme_day.preferred_from", "enroll.theme_day.from"},
        {"theme_day.elected_officials", "enroll.theme_day.officials"},
        {"theme_day.adaptations", "enroll.theme_day.adaptations"},
        {"case_sketch.title", "enroll.case.title"},            {"case_sketch.problem", "enroll.case.problem"},
        {"case_sketch.why_now", "enroll.case.why_now"},        {"travel_costs_acknowledged", "summary.travel"}};
    std::string field = c.path;
    const bool is_date = c.path == "theme_day.preferred_from";
    auto value = [&](const std::string& v) {
        if (v.empty()) return cat.text("summary.none");
        if (is_date) return format_date(parse_date(v).value_or(v));  // 01.04.2022, as the form shows it
        if (v == "true" || v == "false") return cat.text(v == "true" ? "summary.yes" : "summary.no");
        return v;
    };
    std::string before = value(c.before), after = value(c.after);
    if (c.before_side || c.after_side) {
        // A member: «Kari (Politisk ledelse)»; a member without a name is said to be one.
        const long n = std::strtol(c.path.c_str() + 6, nullptr, 10) + 1;  // "group[N]"
        field = cat.text("enroll.group.member", {{"n", std::to_string(n)}});
        auto member = [&](const std::string& name, const std::optional<Side>& side) {
            if (!side) return cat.text("summary.none");
            return (name.empty() ? cat.text("summary.unnamed") : name) + " (" + cat.text("side." + std::string(side_id(*side))) + ")";
        };
        before = member(c.before, c.before_side);
        after = member(c.after, c.after_side);
    } else {
        for (const auto& [path, key] : kLabels) {
            if (c.path != path) continue;
            std::string section;
            for (const auto& [prefix, heading] : kSections)
                if (c.path.rfind(prefix, 0) == 0) section = cat.text(heading);
            field = key.empty() ? section : section.empty() ? cat.text(key) : section + " \u2013 " + cat.text(key);
        }
    }
    return cat.text("enroll.import.change", {{"field", field}, {"before", before}, {"after", after}});
}

}  // namespace ln
