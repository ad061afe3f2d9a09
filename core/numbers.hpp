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

// How the person typing writes thousands and decimals. Norwegian (bokmål and nynorsk) groups with a space
// or a dot and writes decimals with a comma: "12 000", "12.000", "12,5". English groups with a comma or
// a space and writes decimals with a point: "12,000", "12 000", "12.5".
enum class NumberStyle { Norwegian, English };
// The style of a user interface language: "en" is English, everything else Norwegian.
NumberStyle number_style(std::string_view language);

// Parses a whole number typed by a person, in the style of the language they type in. Accepts
// surrounding blanks, the style's thousands separators when they group by three, an optional "kr".
// Errors (message keys): number.empty, number.not_whole (e.g. "12,5"), number.not_number,
// number.decimal_or_group ("12,000" in Norwegian, "12.000" in English: a decimal sign where a
// thousands separator was probably meant; {text} and the {sign}), number.negative,
// number.too_large (above max), number.too_small (below min).
Result<std::int64_t> parse_whole_number(std::string_view text, std::int64_t min, std::int64_t max,
                                        NumberStyle style = NumberStyle::Norwegian);

// A number typed in one style, written so that every style reads it the same («12.000» typed in Norwegian
// becomes «12000», which English does not take for twelve): what the user meant survives a change of
// language. Text that is not a whole number in `from` stays as typed. Returns whether it changed.
bool carry_number(std::string& typed, NumberStyle from);

}  // namespace ln
