#include "numbers.hpp"

#include <cstdlib>

namespace ln {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
    auto blank = [](std::string_view t, std::size_t i) -> std::size_t {
        if (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) return 1;
        if (t.substr(i, 2) == kNoBreakSpace) return 2;
        if (t.substr(i, 3) == "\u202f") return 3;  // narrow no-break space, as some systems group with it
        return 0;
    };
    for (std::size_t n; (n = blank(s, 0)) != 0;) s.remove_prefix(n);
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
            if (s.size() >= n && blank(s, s.size() - n) == n) {
                s.remove_suffix(n);
                again = true;
                break;
            }
        }
    }
    return s;
}

std::string bound(std::int64_t n) { return format_number(n); }

}  // namespace

std::string format_number(std::int64_t n) {
    const bool negative = n < 0;
    // Work in unsigned so that INT64_MIN has a magnitude.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += kNoBreakSpace;
        out += digits[i];
    }
    return negative ? "\u2212" + out : out;  // a real minus sign, as in print
}

std::string format_kroner(std::int64_t kroner) { return "kr" + std::string(kNoBreakSpace) + format_number(kroner); }

std::string format_ore(std::int64_t ore) {
    const bool negative = ore < 0;
    std::uint64_t m = negative ? 0 - static_cast<std::uint64_t>(ore) : static_cast<std::uint64_t>(ore);
    std::string cents = std::to_string(m % 100);
    if (cents.size() < 2) cents.insert(0, "0");
    std::string whole = format_number(static_cast<std::int64_t>(m / 100));
    return "kr" + std::string(kNoBreakSpace) + (negative ? "\u2212" : "") + whole + "," + cents;
}

bool carry_number(std::string& typed, NumberStyle from) {
    auto n = parse_whole_number(typed, INT64_MIN, INT64_MAX, from);
    // Only where the other style could read it otherwise: a plain «12000» or «12 000» stays as it is.
    if (!n || typed.find_first_of(".,") == std::string::npos) return false;
    typed = std::to_string(n.value());
    return true;
}

NumberStyle number_style(std::string_view language) {
    return language == "en" ? NumberStyle::English : NumberStyle::Norwegian;
}

Result<std::int64_t> parse_whole_number(std::string_view text, std::int64_t min, std::int64_t max, NumberStyle style) {
    std::string_view s = trim(text);
    if (s.substr(0, 2) == "kr" || s.substr(0, 2) == "Kr") s = trim(s.substr(2));
    if (s.empty()) return make_error("number.empty");

    bool negative = false;
    if (s.front() == '-' || s.front() == '+') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    } else if (s.substr(0, 3) == "\u2212") {
        negative = true;
        s.remove_prefix(3);
    }

    // Split into digit groups on the allowed separators; a separator must sit between digits.
    std::string digits;
    std::size_t group = 0, groups = 0, first_group = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < s.size();) {
        if (is_digit(s[i])) {
            digits += s[i];
            ++group;
            ++i;
            continue;
        }
        const char group_mark = style == NumberStyle::English ? ',' : '.';
        const char decimal_mark = style == NumberStyle::English ? '.' : ',';
        std::size_t sep = 0;
        if (s[i] == ' ' || s[i] == group_mark) sep = 1;
        else if (s.substr(i, 2) == kNoBreakSpace) sep = 2;
        else if (s.substr(i, 3) == "\u202f") sep = 3;
        if (s[i] == decimal_mark) {
            // "12,5" is a decimal. "12,000" in Norwegian (or "12.000" in English) is the other language's
            // grouping, which this language reads as a decimal: say which, rather than guess.
            const std::string_view after = s.substr(i);
            bool grouping = !after.empty();  // "(,ddd)+" to the end
            for (std::size_t j = 0; grouping && j < after.size(); j += 4)
                grouping = after.size() - j >= 4 && after[j] == decimal_mark && is_digit(after[j + 1]) &&
                           is_digit(after[j + 2]) && is_digit(after[j + 3]);
            if (grouping && group > 0 && group <= 3 && (groups == 0 || group == 3))
                return make_error("number.decimal_or_group", {{"text", std::string(trim(text))}});
            return make_error("number.not_whole", {{"text", std::string(trim(text))}});
        }
        if (sep == 0 || group == 0) return make_error("number.not_number", {{"text", std::string(trim(text))}});
        if (groups == 0) first_group = group;
        else if (group != 3) return make_error("number.not_number", {{"text", std::string(trim(text))}});
        ++groups;
        group = 0;
        grouped = true;
        i += sep;
    }
    if (group == 0) return make_error("number.not_number", {{"text", std::string(trim(text))}});
    if (grouped && (group != 3 || first_group > 3))
        return make_error("number.not_number", {{"text", std::string(trim(text))}});

    // Leading zeros are harmless; more than 15 significant digits is beyond anything we accept.
    std::size_t nz = digits.find_first_not_of('0');
    std::string_view sig = nz == std::string::npos ? std::string_view("0") : std::string_view(digits).substr(nz);
    std::int64_t value = 0;
    if (sig.size() > 15) {
        value = INT64_MAX;
    } else {
        for (char c : sig) value = value * 10 + (c - '0');
    }
    if (negative && value != 0) return make_error("number.negative", {{"min", bound(min)}});
    if (value > max) return make_error("number.too_large", {{"max", bound(max)}});
    if (value < min) return make_error("number.too_small", {{"min", bound(min)}});
    return value;
}

}  // namespace ln
