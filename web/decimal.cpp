#include "decimal.hpp"

#include <cstdint>
#include <limits>

namespace ln::web {

namespace {

bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of word at s, ignoring case, or 0 if s does not start with it.
int starts_with(const char* s, const char* word) {
    int n = 0;
    for (; word[n]; ++n)
        if (lower(s[n]) != word[n]) return 0;
    return n;
}

// 10^0 … 10^22: every one a double exactly.
constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// m × 10^e: 10^|e| from exact powers and squares of ten, then one multiplication or division. A rounding
// per factor, so within a few units in the last place.
double scale(double m, int e) {
    constexpr double kSquares[] = {1e32, 1e64, 1e128, 1e256};
    const bool down = e < 0;
    unsigned k = static_cast<unsigned>(down ? -e : e);
    if (down && k > 300 && k < 400) {  // results among the smallest doubles: in two steps, so 10^k stays finite
        m /= 1e300;
        k -= 300;
    }
    double power = kExact[k % 32 <= 22 ? k % 32 : 22];
    if (k % 32 > 22) power *= kExact[k % 32 - 22];
    k /= 32;
    for (int i = 0; k && i < 4; ++i, k >>= 1)
        if (k & 1) power *= kSquares[i];
    if (k || power > 1.7976931348623157e308) {  // 10^512 and beyond
        return down ? 0.0 : std::numeric_limits<double>::infinity();
    }
    return down ? m / power : m * power;
}

}  // namespace

double parse_decimal(const char* text, char** end) {
    const char* s = text;
    while (space(*s)) ++s;
    const bool negative = *s == '-';
    if (*s == '+' || *s == '-') ++s;
    const auto finish = [&](const char* at, double v) {
        if (end) *end = const_cast<char*>(at);
        return negative ? -v : v;
    };
    if (int n = starts_with(s, "infinity"); n || (n = starts_with(s, "inf")))
        return finish(s + n, std::numeric_limits<double>::infinity());
    if (int n = starts_with(s, "nan")) return finish(s + n, std::numeric_limits<double>::quiet_NaN());

    std::uint64_t m = 0;  // the first 19 significant digits
    int e = 0;            // the power of ten m stands under
    bool digits = false, point = false;
    for (;; ++s) {
        if (*s == '.' && !point) {
            point = true;
            continue;
        }
        if (*s < '0' || *s > '9') break;
        digits = true;
        if (m < 1'000'000'000'000'000'000ULL) {
            m = m * 10 + static_cast<unsigned>(*s - '0');
            if (point) --e;
        } else if (!point) {
            ++e;  // a digit past the 19th: dropped, its place kept
        }
    }
    if (!digits) {  // nothing read: 0, and *end is the start, as strtod does
        if (end) *end = const_cast<char*>(text);
        return 0.0;
    }

    if (lower(*s) == 'e') {
        const char* x = s + 1;
        const bool down = *x == '-';
        if (*x == '+' || *x == '-') ++x;
        if (*x >= '0' && *x <= '9') {
            int power = 0;
            for (; *x >= '0' && *x <= '9'; ++x)
                if (power < 100'000) power = power * 10 + (*x - '0');
            e += down ? -power : power;
            s = x;
        }
    }
    if (m == 0) return finish(s, 0.0);
    // Trailing zeros of the digits move into the power: «1.50» is 15 × 10^-1.
    while (m % 10 == 0) m /= 10, ++e;

    constexpr std::uint64_t kExactDigits = std::uint64_t{1} << 53;
    // «5e23» is 50 × 10^22: zeros go back into the digits while they fit, to stay within the exact powers.
    while (e > 22 && m <= kExactDigits / 10) m *= 10, --e;
    double v;
    if (m <= kExactDigits && e >= -22 && e <= 22) {
        // Both m and 10^|e| are doubles exactly, so one rounding: the correctly rounded result (Clinger).
        v = e < 0 ? static_cast<double>(m) / kExact[-e] : static_cast<double>(m) * kExact[e];
    } else {
        v = scale(static_cast<double>(m), e);
    }
    return finish(s, v);
}

}  // namespace ln::web
