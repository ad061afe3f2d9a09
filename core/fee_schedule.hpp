#pragma once
// The one-time participation fee by population («Kostnader» in the invitation): brackets of inhabitants,
// each with a fee in whole kroner. The brackets are data in the program definition, so a new network
// with other amounts is a new file, not new code.
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

class FeeSchedule {
public:
    // Checks the brackets: at least one; the first starts at 1 inhabitant; each starts right after the
    // previous one ends (no gap, no overlap); only the last is open; every fee is positive. The error
    // names the bracket (1-based) and what is wrong with it.
    static Result<FeeSchedule> make(std::vector<Bracket> brackets);

    const std::vector<Bracket>& brackets() const { return brackets_; }
    std::size_t index_of(std::int64_t population) const;  // population must be >= 1

private:
    explicit FeeSchedule(std::vector<Bracket> b) : brackets_(std::move(b)) {}
    std::vector<Bracket> brackets_;
};

struct NextBracket {
    std::size_t index = 0;
    std::int64_t inhabitants_away = 0;  // how many more inhabitants until it applies
    std::int64_t fee = 0;
};

struct Quote {
    std::int64_t population = 0;
    std::size_t index = 0;                 // 0-based bracket index
    Bracket bracket;
    std::int64_t fee = 0;                  // whole kroner
    std::int64_t fee_per_inhabitant_ore = 0;  // rounded to the nearest øre
    std::optional<NextBracket> next;       // none in the top bracket
};

// Errors: population.too_small (below 1, including 0 and negative), population.too_large (above
// kMaxPopulation).
Result<Quote> quote(const FeeSchedule& schedule, std::int64_t population);

// The same from what a person typed ("12 000", "12.000"). Errors: number.empty, number.not_whole,
// number.not_number, population.too_small (also for 0 and negative), population.too_large.
Result<Quote> quote(const FeeSchedule& schedule, std::string_view typed_population, NumberStyle style = NumberStyle::Norwegian);

}  // namespace ln
