#include "fee_schedule.hpp"

#include <algorithm>
#include <string>

#include "numbers.hpp"

namespace ln {

namespace {

Error bracket_error(std::size_t i, std::string key, std::vector<std::pair<std::string, std::string>> params = {}) {
    params.insert(params.begin(), {"bracket", std::to_string(i + 1)});
    return make_error(std::move(key), std::move(params), "fees.brackets[" + std::to_string(i) + "]");
}

}  // namespace

Result<FeeSchedule> FeeSchedule::make(std::vector<Bracket> brackets) {
    if (brackets.empty()) return make_error("schedule.empty", {}, "fees.brackets");
    for (std::size_t i = 0; i < brackets.size(); ++i) {
        const Bracket& b = brackets[i];
        const bool last = i + 1 == brackets.size();
        if (i == 0 && b.min != kMinPopulation)
            return bracket_error(i, "schedule.first_min", {{"min", format_number(b.min)}});
        if (i > 0) {
            const std::int64_t expected = *brackets[i - 1].max + 1;
            if (b.min > expected)
                return bracket_error(i, "schedule.gap", {{"min", format_number(b.min)}, {"expected", format_number(expected)}});
            if (b.min < expected)
                return bracket_error(i, "schedule.overlap", {{"min", format_number(b.min)}, {"expected", format_number(expected)}});
        }
        if (!b.max && !last) return bracket_error(i, "schedule.open_not_last");
        if (b.max && last) return bracket_error(i, "schedule.last_closed", {{"max", format_number(*b.max)}});
        if (b.max && *b.max < b.min)
            return bracket_error(i, "schedule.descending", {{"min", format_number(b.min)}, {"max", format_number(*b.max)}});
        if (b.fee <= 0) return bracket_error(i, "schedule.fee_not_positive", {{"fee", format_number(b.fee)}});
        if (b.fee > kMaxFee)
            return bracket_error(i, "schedule.fee_too_large", {{"fee", format_kroner(b.fee)}, {"max", format_kroner(kMaxFee)}});
        if (b.min > kMaxBound || (b.max && *b.max > kMaxBound))
            return bracket_error(i, "schedule.bound_too_large", {{"max", format_number(kMaxBound)}});
    }
    return FeeSchedule(std::move(brackets));
}

Result<FeeSchedule> FeeSchedule::make(PerInhabitant r) {
    const std::string at = "fees.per_inhabitant";
    if (r.ore < 1 || r.ore > kMaxOrePerInhabitant)
        return make_error("schedule.per_inhabitant_amount", {{"max", format_ore(kMaxOrePerInhabitant)}}, at + ".amount_ore");
    for (auto [limit, name] : {std::pair{r.floor, ".floor"}, {r.ceiling, ".ceiling"}}) {
        if (limit && *limit < 1) return make_error("schedule.limit_not_positive", {{"fee", format_number(*limit)}}, at + name);
        if (limit && *limit > kMaxFee)
            return make_error("schedule.fee_too_large", {{"fee", format_kroner(*limit)}, {"max", format_kroner(kMaxFee)}}, at + name);
    }
    if (r.floor && r.ceiling && *r.ceiling < *r.floor)
        return make_error("schedule.ceiling_below_floor", {{"floor", format_kroner(*r.floor)}, {"ceiling", format_kroner(*r.ceiling)}},
                          at + ".ceiling");
    return FeeSchedule(r);
}

std::size_t FeeSchedule::index_of(std::int64_t population) const {
    for (std::size_t i = 0; i < brackets_.size(); ++i)
        if (brackets_[i].contains(population)) return i;
    return brackets_.size() - 1;  // unreachable for population >= 1: the brackets are contiguous and open at the top
}

Result<Quote> quote(const FeeSchedule& schedule, std::int64_t population) {
    if (population < kMinPopulation) return make_error("population.too_small", {{"min", format_number(kMinPopulation)}});
    if (population > kMaxPopulation) return make_error("population.too_large", {{"max", format_number(kMaxPopulation)}});

    Quote q;
    q.population = population;
    if (const auto& rule = schedule.per_inhabitant()) {
        // Rounded to whole kroner, half up: population × øre is at most 10^6 × 10^5, far inside 64 bits.
        // Never below kr 1: a tiny amount for a tiny municipality must not round to nothing.
        q.fee = std::max<std::int64_t>(1, (population * rule->ore + 50) / 100);
        if (rule->floor && q.fee < *rule->floor) q.fee = *rule->floor, q.limit = Quote::Limit::Floor;
        if (rule->ceiling && q.fee > *rule->ceiling) q.fee = *rule->ceiling, q.limit = Quote::Limit::Ceiling;
        q.per_inhabitant = rule;
        q.fee_per_inhabitant_ore = (q.fee * 100 + population / 2) / population;
        return q;
    }
    q.index = schedule.index_of(population);
    q.bracket = schedule.brackets()[q.index];
    q.fee = q.bracket.fee;
    q.fee_per_inhabitant_ore = (q.fee * 100 + population / 2) / population;
    if (q.index + 1 < schedule.brackets().size()) {
        const Bracket& next = schedule.brackets()[q.index + 1];
        q.next = NextBracket{q.index + 1, next.min - population, next.fee};
    }
    return q;
}

Result<Quote> quote(const FeeSchedule& schedule, std::string_view typed_population, NumberStyle style) {
    // Parse without bounds so that the range message is the population's own.
    auto n = parse_whole_number(typed_population, INT64_MIN, INT64_MAX, style);
    if (!n) {
        const std::string& key = n.error().message.key;
        if (key == "number.negative") return quote(schedule, std::int64_t{-1});
        if (key == "number.too_large") return quote(schedule, INT64_MAX);
        return n.error();
    }
    return quote(schedule, n.value());
}

}  // namespace ln
