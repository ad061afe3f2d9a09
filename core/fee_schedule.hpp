#pragma once
// The one-time participation fee by population («Kostnader» in the invitation): brackets of inhabitants,
// each with a fee in whole kroner — or, for another network, an amount per inhabitant with an optional
// floor and ceiling. Either is data in the program definition, so a new network with other amounts is a
// new file, not new code.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "numbers.hpp"
#include "result.hpp"

namespace ln {

inline constexpr std::int64_t kMinPopulation = 1;
inline constexpr std::int64_t kMaxPopulation = 1'000'000;  // Oslo, the largest municipality, has ~700 000

struct Bracket {
    std::int64_t min = 0;               // inhabitants, inclusive
    std::optional<std::int64_t> max;    // inclusive; none for the open top bracket
    std::int64_t fee = 0;               // whole kroner

    bool contains(std::int64_t population) const {
        return population >= min && (!max || population <= *max);
    }
};

// The other way a network may set its fee: an amount per inhabitant, rounded to whole kroner, with an
// optional lowest and highest fee.
struct PerInhabitant {
    std::int64_t ore = 0;                 // per inhabitant, in øre (250 is kr 2,50)
    std::optional<std::int64_t> floor;    // whole kroner: no municipality pays less
    std::optional<std::int64_t> ceiling;  // whole kroner: none pays more
};

class FeeSchedule {
public:
    // Checks the brackets: at least one; the first starts at 1 inhabitant; each starts right after the
    // previous one ends (no gap, no overlap); only the last is open; every fee is positive. The error
    // names the bracket (1-based) and what is wrong with it.
    static Result<FeeSchedule> make(std::vector<Bracket> brackets);
    // Checks the amount (above 0, at most kr 1 000 per inhabitant) and that a floor and a ceiling are
    // positive and in order. Errors name the field under fees.per_inhabitant.
    static Result<FeeSchedule> make(PerInhabitant rule);

    // Empty for a fee per inhabitant.
    const std::vector<Bracket>& brackets() const { return brackets_; }
    // The rule, for a fee per inhabitant; nothing for brackets.
    const std::optional<PerInhabitant>& per_inhabitant() const { return per_inhabitant_; }
    std::size_t index_of(std::int64_t population) const;  // population must be >= 1; brackets only

private:
    explicit FeeSchedule(std::vector<Bracket> b) : brackets_(std::move(b)) {}
    explicit FeeSchedule(PerInhabitant r) : per_inhabitant_(r) {}
    std::vector<Bracket> brackets_;
    std::optional<PerInhabitant> per_inhabitant_;
};

inline constexpr std::int64_t kMaxOrePerInhabitant = 100'000;  // kr 1 000
// No fee is above kr 1 000 000 000, and no bracket bound above 2^53 − 1 (what JSON numbers hold exactly):
// sums over a thousand files then stay far inside 64 bits.
inline constexpr std::int64_t kMaxFee = 1'000'000'000;
inline constexpr std::int64_t kMaxBound = 9'007'199'254'740'991;

struct NextBracket {
    std::size_t index = 0;
    std::int64_t inhabitants_away = 0;  // how many more inhabitants until it applies
    std::int64_t fee = 0;
};

struct Quote {
    std::int64_t population = 0;
    std::size_t index = 0;                 // 0-based bracket index (brackets only)
    Bracket bracket;                       // the bracket (brackets only)
    std::int64_t fee = 0;                  // whole kroner
    std::int64_t fee_per_inhabitant_ore = 0;  // rounded to the nearest øre
    std::optional<NextBracket> next;       // none in the top bracket, and for a fee per inhabitant
    // For a fee per inhabitant: the rule, and whether its floor or ceiling made the fee.
    std::optional<PerInhabitant> per_inhabitant;
    enum class Limit { None, Floor, Ceiling } limit = Limit::None;
};

// Errors: population.too_small (below 1, including 0 and negative), population.too_large (above
// kMaxPopulation).
Result<Quote> quote(const FeeSchedule& schedule, std::int64_t population);

// The same from what a person typed ("12 000", "12.000"). Errors: number.empty, number.not_whole,
// number.not_number, population.too_small (also for 0 and negative), population.too_large.
Result<Quote> quote(const FeeSchedule& schedule, std::string_view typed_population, NumberStyle style = NumberStyle::Norwegian);

}  // namespace ln
