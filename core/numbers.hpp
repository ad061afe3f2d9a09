#pragma once
// Whole numbers as Norwegian users write and read them: "12 000", "12.000", "kr 11 625".
#include <cstdint>
#include <string>
#include <string_view>

#include "result.hpp"

namespace ln {

inline constexpr std::string_view kNoBreakSpace = "\u00a0";

// 1234567 -> "1 234 567" with no-break spaces, so a figure never wraps across lines.
std::string format_number(std::int64_t n);
// 11625 -> "kr 11 625" (kroner are whole in every figure that is charged).
std::string format_kroner(std::int64_t kroner);
// 235 øre -> "kr 2,35": for derived figures such as the fee per inhabitant.
std::string format_ore(std::int64_t ore);

// Parses a whole number typed by a person. Accepts surrounding blanks, spaces, no-break spaces and
// dots as thousands separators when they group by three ("12 000", "12.000"), an optional "kr".
// Errors (message keys): number.empty, number.not_whole (e.g. "12,5"), number.not_number,
// number.negative, number.too_large (above max), number.too_small (below min).
Result<std::int64_t> parse_whole_number(std::string_view text, std::int64_t min, std::int64_t max);

}  // namespace ln
