#include "register_check.hpp"

#include <string>

#include "dates.hpp"
#include "identifiers.hpp"
#include "numbers.hpp"

namespace ln {

namespace {

std::string_view trim_ascii(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// «Bærum kommune» and «Bærum» name the same municipality; «Våler (Østfold)» may be written «Våler».
std::string comparable(std::string_view name, bool drop_qualifier) {
    std::string s = fold_for_search(trim_ascii(name));
    constexpr std::string_view suffix = " kommune";
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
        s.resize(s.size() - suffix.size());
    if (drop_qualifier) {
        const auto open = s.find(" (");
        if (open != std::string::npos && !s.empty() && s.back() == ')') s.resize(open);
    }
    return std::string(trim_ascii(s));
}

std::string fee_text(const Result<Quote>& q) { return q ? format_kroner(q->fee) : "?"; }

}  // namespace

RegisterMatch find_by_number(const MunicipalityList& list, std::string_view number) {
    const std::string_view n = trim_ascii(number);
    for (const auto& m : list.items)
        if (m.number == n) return {&m, false};
    for (const auto& m : list.items)
        if (!m.number_2024.empty() && m.number_2024 == n) return {&m, true};
    return {};
}

const Municipality* find_by_orgnr(const MunicipalityList& list, std::string_view orgnr) {
    const auto normal = normalize_orgnr(orgnr);
    if (!normal) return nullptr;
    for (const auto& m : list.items)
        if (m.orgnr == *normal) return &m;
    return nullptr;
}

bool same_municipality_name(std::string_view typed, const Municipality& m) {
    const std::string t = comparable(typed, false);
    return !t.empty() && (t == comparable(m.name, false) || t == comparable(m.name, true));
}

std::vector<Finding> check_register(const Enrollment& e, const MunicipalityList& list, const Program& program) {
    std::vector<Finding> out;
    auto error = [&](const char* path, const char* key, std::vector<std::pair<std::string, std::string>> params) {
        out.push_back({path, Severity::Error, {key, std::move(params)}});
    };
    auto warning = [&](const char* path, const char* key, std::vector<std::pair<std::string, std::string>> params) {
        out.push_back({path, Severity::Warning, {key, std::move(params)}});
    };
    // Only a well-formed number is looked up; validate() reports the others.
    if (!valid_municipality_number(std::string(trim_ascii(e.municipality_number)))) return out;
    const RegisterMatch match = find_by_number(list, e.municipality_number);
    if (!match.municipality) {
        error("municipality.number", "register.unknown_number", {{"number", std::string(trim_ascii(e.municipality_number))},
                                                                {"county", list.county}});
        return out;
    }
    const Municipality& m = *match.municipality;
    if (match.by_number_2024)
        warning("municipality.number", "register.number_2024",
                {{"number", m.number_2024}, {"name", m.name}, {"number_2020", m.number}});

    if (!trim_ascii(e.municipality_name).empty() && !same_municipality_name(e.municipality_name, m))
        error("municipality.name", "register.name_mismatch",
              {{"number", std::string(trim_ascii(e.municipality_number))}, {"expected", m.name},
               {"name", std::string(trim_ascii(e.municipality_name))}});

    if (const auto orgnr = normalize_orgnr(e.orgnr); orgnr && valid_orgnr(*orgnr) && *orgnr != m.orgnr) {
        if (const Municipality* other = find_by_orgnr(list, *orgnr))
            error("municipality.orgnr", "register.orgnr_other",
                  {{"orgnr", *orgnr}, {"other", other->name}, {"name", m.name}, {"expected", m.orgnr}});
        else
            error("municipality.orgnr", "register.orgnr_mismatch", {{"orgnr", *orgnr}, {"name", m.name}, {"expected", m.orgnr}});
    }

    if (const auto typed = quote(program.fees, e.population); typed && typed->population != m.population) {
        const auto ssb = quote(program.fees, m.population);
        std::vector<std::pair<std::string, std::string>> params = {
            {"population", format_number(typed->population)}, {"name", m.name},
            {"ssb", format_number(m.population)}, {"date", format_date(m.population_date)},
            {"fee", fee_text(ssb)}, {"typed_fee", format_kroner(typed->fee)}};
        if (ssb && ssb->index == typed->index) warning("municipality.population", "register.population_differs_same_fee", std::move(params));
        else error("municipality.population", "register.population_differs", std::move(params));
    }
    return out;
}

std::optional<std::int64_t> checked_population(const Enrollment& e, const MunicipalityList& list) {
    if (const auto match = find_by_number(list, e.municipality_number); match.municipality)
        return match.municipality->population;
    if (auto n = parse_whole_number(e.population, kMinPopulation, kMaxPopulation)) return n.value();
    return std::nullopt;
}

std::optional<Quote> checked_quote(const Enrollment& e, const MunicipalityList& list, const Program& program) {
    const auto population = checked_population(e, list);
    if (!population) return std::nullopt;
    auto q = quote(program.fees, *population);
    if (!q) return std::nullopt;
    return q.value();
}

std::vector<Finding> validate(const Enrollment& e, const Program& program, const MunicipalityList& list) {
    std::vector<Finding> out = validate(e, program);
    for (auto& f : check_register(e, list, program)) out.push_back(std::move(f));
    return out;
}

}  // namespace ln
