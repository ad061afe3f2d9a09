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

std::string quote_basis(const Catalog& cat, const Quote& q) {
    if (!q.per_inhabitant) return bracket_range(cat, q.bracket, q.index == 0);
    if (q.limit == Quote::Limit::Floor) return cat.text("fee.rule.floor_applies");
    if (q.limit == Quote::Limit::Ceiling) return cat.text("fee.rule.ceiling_applies");
    return cat.text("fee.rule.rate", {{"amount", format_ore(q.per_inhabitant->ore)}});
}

std::string fee_rule(const Catalog& cat, const PerInhabitant& r) {
    const std::string amount = format_ore(r.ore);
    if (r.floor && r.ceiling)
        return cat.text("fee.rule.both", {{"amount", amount}, {"floor", format_kroner(*r.floor)}, {"ceiling", format_kroner(*r.ceiling)}});
    if (r.floor) return cat.text("fee.rule.floor", {{"amount", amount}, {"floor", format_kroner(*r.floor)}});
    if (r.ceiling) return cat.text("fee.rule.ceiling", {{"amount", amount}, {"ceiling", format_kroner(*r.ceiling)}});
    return cat.text("fee.rule", {{"amount", amount}});
}

std::string quote_summary(const Catalog& cat, const Quote& q) {
    return cat.text("fee.summary", {{"fee", format_kroner(q.fee)},
                                    {"population", format_number(q.population)},
                                    {"range", quote_basis(cat, q)}});
}

std::string quote_per_inhabitant(const Catalog& cat, const Quote& q) {
    return cat.text("fee.per_inhabitant", {{"amount", format_ore(q.fee_per_inhabitant_ore)}});
}

std::string quote_next(const Catalog& cat, const Quote& q) {
    if (q.per_inhabitant) return fee_rule(cat, *q.per_inhabitant);
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
