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

// A name as it is left when written without Norwegian letters or accents, lower case: «Bærum», «Baerum»
// and «Bærum» with a decomposed letter (as macOS writes names) are all «baerum»; «Ål», «Aal» and «Al» are
// «al»; «Lørenskog» and «Loerenskog» are «lorenskog». Only ever compared with the one name a number has.
std::string skeleton(std::string_view name) {
    std::string s;
    s.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        const auto next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
        if (c < 0x80) {
            s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if ((c == 0xCC && next >= 0x80) || (c == 0xCD && next >= 0x80 && next <= 0xAF)) {
            ++i;  // a combining accent (U+0300–U+036F): the letter before it stands for both
        } else if (c == 0xC3 && next >= 0x80 && next <= 0xBF && next != 0x97 && next != 0xB7) {
            ++i;
            const unsigned char low = next < 0xA0 ? static_cast<unsigned char>(next + 0x20) : next;  // Æ → æ …
            if (next == 0x9F) s += "ss";
            else if (low == 0xA6) s += "ae";
            else if (low <= 0xA5) s += 'a';
            else if (low == 0xA7) s += 'c';
            else if (low <= 0xAB) s += 'e';
            else if (low <= 0xAF) s += 'i';
            else if (low == 0xB0) s += 'd';
            else if (low == 0xB1) s += 'n';
            else if (low <= 0xB8) s += 'o';
            else if (low <= 0xBC) s += 'u';
            else if (low == 0xBD || low == 0xBF) s += 'y';
            else s.append(name.substr(i - 1, 2));
        } else {
            s += static_cast<char>(c);
        }
    }
    for (std::string_view pair : {"aa", "oe"})
        for (std::size_t pos; (pos = s.find(pair)) != std::string::npos;) s.erase(pos + 1, 1);
    return s;
}

// «Bærum kommune» and «Bærum» name the same municipality; «Våler (Østfold)» may be written «Våler».
std::string comparable(std::string_view name, bool drop_qualifier) {
    std::string s = skeleton(trim_ascii(name));
    constexpr std::string_view suffix = " kommune";
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0)
        s.resize(s.size() - suffix.size());
    if (drop_qualifier) {
        const auto open = s.find(" (");
        if (open != std::string::npos && !s.empty() && s.back() == ')') s.resize(open);
    }
    return std::string(trim_ascii(s));
}


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

std::vector<Finding> check_register(const Enrollment& e, const MunicipalityList& list, const Program& program,
                                    NumberStyle style) {
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

    if (const auto typed = quote(program.fees, e.population, style); typed && typed->population != m.population) {
        const auto ssb = quote(program.fees, m.population);
        std::vector<std::pair<std::string, std::string>> params = {
            {"population", format_number(typed->population)}, {"name", m.name},
            {"ssb", format_number(m.population)}, {"date", format_date(m.population_date)},
            {"fee", ssb ? format_kroner(ssb->fee) : ""}, {"typed_fee", format_kroner(typed->fee)}};
        if (!ssb) error("municipality.population", "register.population_differs_no_fee", std::move(params));
        else if (ssb->fee == typed->fee) warning("municipality.population", "register.population_differs_same_fee", std::move(params));
        else error("municipality.population", "register.population_differs", std::move(params));
    }
    return out;
}

std::optional<std::int64_t> checked_population(const Enrollment& e, const MunicipalityList& list, NumberStyle style) {
    if (const auto match = find_by_number(list, e.municipality_number); match.municipality)
        return match.municipality->population;
    if (auto n = parse_whole_number(e.population, kMinPopulation, kMaxPopulation, style)) return n.value();
    return std::nullopt;
}

std::optional<Quote> checked_quote(const Enrollment& e, const MunicipalityList& list, const Program& program,
                                  NumberStyle style) {
    const auto population = checked_population(e, list, style);
    if (!population) return std::nullopt;
    auto q = quote(program.fees, *population);
    if (!q) return std::nullopt;
    return q.value();
}

std::vector<Finding> validate(const Enrollment& e, const Program& program, const MunicipalityList& list,
                              NumberStyle style) {
    std::vector<Finding> out = validate(e, program, style);
    for (auto& f : check_register(e, list, program, style)) out.push_back(std::move(f));
    return out;
}

}  // namespace ln
