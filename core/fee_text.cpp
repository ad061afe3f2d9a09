#include "fee_text.hpp"

#include "numbers.hpp"

namespace ln {

std::string bracket_range(const Catalog& cat, const Bracket& b, bool first) {
    if (!b.max) return cat.text("bracket.open", {{"min", format_number(b.min)}});
    if (first) return cat.text("bracket.first", {{"max", format_number(*b.max)}});
    return cat.text("bracket.range", {{"min", format_number(b.min)}, {"max", format_number(*b.max)}});
}

std::vector<FeeTableRow> fee_table(const Catalog& cat, const FeeSchedule& fees) {
    std::vector<FeeTableRow> rows;
    const auto& brackets = fees.brackets();
    for (std::size_t i = 0; i < brackets.size(); ++i)
        rows.push_back({bracket_range(cat, brackets[i], i == 0), format_kroner(brackets[i].fee)});
    return rows;
}

std::string population_source(const Catalog& cat, const MunicipalityList& list) {
    if (list.population_table.empty()) return list.population_source;
    return cat.text("source.population", {{"table", list.population_table}});
}

std::string quote_summary(const Catalog& cat, const Quote& q) {
    return cat.text("fee.summary", {{"fee", format_kroner(q.fee)},
                                    {"population", format_number(q.population)},
                                    {"range", bracket_range(cat, q.bracket, q.index == 0)}});
}

std::string quote_per_inhabitant(const Catalog& cat, const Quote& q) {
    return cat.text("fee.per_inhabitant", {{"amount", format_ore(q.fee_per_inhabitant_ore)}});
}

std::string quote_next(const Catalog& cat, const Quote& q) {
    if (!q.next) return cat.text("fee.top_bracket");
    return cat.text("fee.next", {{"fee", format_kroner(q.next->fee)},
                                 {"from", format_number(q.population + q.next->inhabitants_away)},
                                 {"away", format_number(q.next->inhabitants_away)}});
}

std::optional<std::string> vat_note(const Catalog& cat, Vat vat) {
    switch (vat) {
    case Vat::Included: return cat.text("fee.vat.included");
    case Vat::Excluded: return cat.text("fee.vat.excluded");
    case Vat::Exempt: return cat.text("fee.vat.exempt");
    case Vat::Unstated: break;
    }
    return std::nullopt;
}

}  // namespace ln
