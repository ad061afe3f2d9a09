#include "print_format.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace ln::web {

namespace {

struct Out {
    char* buffer;
    std::size_t size;
    std::size_t length = 0;  // of the whole text, written or not
    void put(char c) {
        if (length + 1 < size) buffer[length] = c;
        ++length;
    }
    void put(const char* s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) put(s[i]);
    }
    void fill(char c, long n) {
        for (; n > 0; --n) put(c);
    }
};

struct Spec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int width = 0;
    int precision = -1;  // none given
};

// A field: prefix (sign, «0x»), `zeros` zeros, then the body; padded to the width.
void field(Out& o, const Spec& s, const char* prefix, const char* body, std::size_t body_length, long zeros = 0) {
    const std::size_t prefix_length = std::strlen(prefix);
    const long pad = s.width - static_cast<long>(prefix_length + body_length) - zeros;
    if (!s.left && !s.zero) o.fill(' ', pad);
    o.put(prefix, prefix_length);
    if (!s.left && s.zero) o.fill('0', pad);
    o.fill('0', zeros);
    o.put(body, body_length);
    if (s.left) o.fill(' ', pad);
}

void integer(Out& o, Spec s, std::uint64_t value, bool negative, char conversion) {
    const unsigned base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X' || conversion == 'p') ? 16 : 10;
    const char* digit_chars = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[24];
    std::size_t n = 0;
    for (std::uint64_t v = value; v > 0; v /= base) digits[sizeof digits - 1 - n++] = digit_chars[v % base];
    long zeros = s.precision < 0 ? (value == 0 ? 1 : 0) : s.precision - static_cast<long>(n);
    if (zeros < 0) zeros = 0;
    if (conversion == 'o' && s.alt && zeros == 0 && (n == 0 || digits[sizeof digits - n] != '0')) zeros = 1;
    if (s.precision >= 0) s.zero = false;
    const char* prefix = negative ? "-" : s.plus && base == 10 && conversion != 'u' ? "+" : s.space && base == 10 && conversion != 'u' ? " " : "";
    if (conversion == 'p' || (s.alt && value != 0 && base == 16)) prefix = conversion == 'X' ? "0X" : "0x";
    field(o, s, prefix, digits + sizeof digits - n, n, zeros);
}

constexpr double kTens[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kDigits = 17;  // significant digits a double is taken to

// x > 0 as d × 10^(e − 16) with d of exactly 17 digits.
std::uint64_t significant(double x, int& e) {
    e = 0;
    while (x >= 1e22) x /= 1e22, e += 22;
    while (x < 1.0) x *= 1e22, e -= 22;
    while (x >= 10.0) {
        int k = 1;
        while (k < 22 && x >= kTens[k + 1]) ++k;
        x /= kTens[k];
        e += k;
    }
    auto d = static_cast<std::uint64_t>(x * 1e16 + 0.5);
    if (d >= 100000000000000000ULL) d /= 10, ++e;
    return d;
}

// The first `n` (1–17) of x's significant digits, rounded (half to even on those 17), into out; e is
// the power of ten of the first. A rounding up to the next power of ten moves e by one.
void rounded(double x, int n, char* out, int& e) {
    if (x == 0) {
        e = 0;
        std::memset(out, '0', static_cast<std::size_t>(n));
        return;
    }
    std::uint64_t d = significant(x, e);
    std::uint64_t div = 1;
    for (int i = n; i < kDigits; ++i) div *= 10;
    std::uint64_t r = d / div;
    const std::uint64_t rest = d % div;
    if (rest * 2 > div || (rest * 2 == div && (r & 1))) ++r;
    std::uint64_t top = 1;
    for (int i = 0; i < n; ++i) top *= 10;
    if (r == top) r /= 10, ++e;
    for (int i = n - 1; i >= 0; --i, r /= 10) out[i] = static_cast<char>('0' + r % 10);
}

// x ≥ 0 with `precision` digits after the point, into body (at most 400 + precision characters).
std::size_t fixed(double x, int precision, bool point, char* body) {
    char sig[kDigits];
    int e = 0;
    const std::uint64_t first = x != 0 ? significant(x, e) : 0;
    int n = e + 1 + precision;  // digits from the first significant one to the last one asked for
    std::size_t k = 0;
    if (n <= 0) {
        // Below the last digit asked for: 0, or 1 there if x is more than half of it.
        const bool up = n == 0 && first > 50000000000000000ULL;
        body[k++] = up && precision == 0 ? '1' : '0';
        if (precision > 0 || point) body[k++] = '.';
        for (int i = 0; i < precision; ++i) body[k++] = up && i == precision - 1 ? '1' : '0';
        return k;
    }
    const int kept = n < kDigits ? n : kDigits;
    rounded(x, kept, sig, e);  // e one more when rounding reached the next power of ten
    auto digit = [&](int i) { return i < kept ? sig[i] : '0'; };  // the i-th significant digit
    if (e >= 0) {
        for (int i = 0; i <= e; ++i) body[k++] = digit(i);
    } else {
        body[k++] = '0';
    }
    if (precision > 0 || point) body[k++] = '.';
    for (int i = 0; i < precision; ++i) {
        const int at = e + 1 + i;  // index among the significant digits
        body[k++] = at < 0 ? '0' : digit(at);
    }
    return k;
}

// x ≥ 0 as d.ddd e±XX with `precision` digits after the point.
std::size_t scientific(double x, int precision, bool point, bool upper, char* body) {
    char sig[kDigits];
    int e = 0;
    const int n = precision + 1 < kDigits ? precision + 1 : kDigits;
    rounded(x, n, sig, e);
    std::size_t k = 0;
    body[k++] = sig[0];
    if (precision > 0 || point) body[k++] = '.';
    for (int i = 1; i <= precision; ++i) body[k++] = i < n ? sig[i] : '0';
    body[k++] = upper ? 'E' : 'e';
    body[k++] = e < 0 ? '-' : '+';
    const int a = e < 0 ? -e : e;
    if (a >= 100) body[k++] = static_cast<char>('0' + a / 100);
    body[k++] = static_cast<char>('0' + a / 10 % 10);
    body[k++] = static_cast<char>('0' + a % 10);
    return k;
}

void floating(Out& o, Spec s, double v, char conversion) {
    const bool upper = conversion == 'F' || conversion == 'E' || conversion == 'G' || conversion == 'A';
    const bool negative = std::signbit(v);
    const char* sign = negative ? "-" : s.plus ? "+" : s.space ? " " : "";
    const double x = negative ? -v : v;
    if (x != x || x > 1.7976931348623157e308) {
        s.zero = false;
        field(o, s, sign, x != x ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return;
    }
    int precision = s.precision < 0 ? 6 : s.precision;
    if (precision > 300) precision = 300;
    char body[720];
    std::size_t k = 0;
    if (conversion == 'f' || conversion == 'F') {
        k = fixed(x, precision, s.alt, body);
    } else if (conversion == 'g' || conversion == 'G') {
        const int p = precision == 0 ? 1 : precision;
        char sig[kDigits];
        int e = 0;
        rounded(x, p < kDigits ? p : kDigits, sig, e);
        k = (p > e && e >= -4) ? fixed(x, p - 1 - e, s.alt, body) : scientific(x, p - 1, s.alt, upper, body);
        if (!s.alt) {  // no trailing zeros after the point, nor a point alone
            std::size_t end = k, mantissa = k;
            for (std::size_t i = 0; i < k; ++i)
                if (body[i] == 'e' || body[i] == 'E') mantissa = i;
            if (std::memchr(body, '.', mantissa)) {
                end = mantissa;
                while (body[end - 1] == '0') --end;
                if (body[end - 1] == '.') --end;
                std::memmove(body + end, body + mantissa, k - mantissa);
                k = end + (k - mantissa);
            }
        }
    } else {
        k = scientific(x, precision, s.alt, upper, body);
    }
    field(o, s, sign, body, k);
}

}  // namespace

int print_format(char* buffer, std::size_t size, const char* format, std::va_list args) {
    Out o{buffer, size};
    for (const char* f = format; *f; ++f) {
        if (*f != '%') {
            o.put(*f);
            continue;
        }
        ++f;
        Spec s;
        for (;; ++f) {
            if (*f == '-') s.left = true;
            else if (*f == '+') s.plus = true;
            else if (*f == ' ') s.space = true;
            else if (*f == '#') s.alt = true;
            else if (*f == '0') s.zero = true;
            else break;
        }
        if (*f == '*') {
            s.width = va_arg(args, int);
            if (s.width < 0) s.left = true, s.width = -s.width;
            ++f;
        } else {
            while (*f >= '0' && *f <= '9') s.width = s.width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            ++f;
            s.precision = 0;
            if (*f == '*') {
                s.precision = va_arg(args, int);
                if (s.precision < 0) s.precision = -1;
                ++f;
            } else {
                while (*f >= '0' && *f <= '9') s.precision = s.precision * 10 + (*f++ - '0');
            }
        }
        if (s.left) s.zero = false;
        // Length: how wide the argument is (long is 32 bits in wasm32, long long 64).
        int length = 0;  // 0 int, 1 long, 2 long long, 3 size_t / ptrdiff_t, 4 intmax_t, 5 long double, -1 short, -2 char
        if (*f == 'h') {
            ++f, length = -1;
            if (*f == 'h') ++f, length = -2;
        } else if (*f == 'l') {
            ++f;
            length = 1;
            if (*f == 'l') ++f, length = 2;
        } else if (*f == 'z' || *f == 't') {
            ++f, length = 3;
        } else if (*f == 'j') {
            ++f, length = 4;
        } else if (*f == 'L') {
            ++f, length = 5;
        }
        const char c = *f;
        if (!c) break;
        switch (c) {
        case 'd':
        case 'i': {
            long long v = length == 1 ? va_arg(args, long) : length == 2 ? va_arg(args, long long)
                        : length == 3 ? static_cast<long long>(va_arg(args, std::ptrdiff_t))
                        : length == 4 ? static_cast<long long>(va_arg(args, std::intmax_t)) : va_arg(args, int);
            if (length == -1) v = static_cast<short>(v);
            if (length == -2) v = static_cast<signed char>(v);
            const bool negative = v < 0;
            integer(o, s, negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v), negative, 'd');
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            std::uint64_t v = length == 1 ? va_arg(args, unsigned long) : length == 2 ? va_arg(args, unsigned long long)
                            : length == 3 ? va_arg(args, std::size_t)
                            : length == 4 ? static_cast<std::uint64_t>(va_arg(args, std::uintmax_t)) : va_arg(args, unsigned);
            if (length == -1) v = static_cast<unsigned short>(v);
            if (length == -2) v = static_cast<unsigned char>(v);
            integer(o, s, v, false, c);
            break;
        }
        case 'p':
            integer(o, s, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), false, 'p');
            break;
        case 'c': {
            const char ch = static_cast<char>(va_arg(args, int));
            s.zero = false;
            field(o, s, "", &ch, 1);
            break;
        }
        case 's': {
            const char* text = va_arg(args, const char*);
            if (!text) text = "(null)";
            std::size_t n = 0;
            while (text[n] && (s.precision < 0 || n < static_cast<std::size_t>(s.precision))) ++n;
            s.zero = false;
            field(o, s, "", text, n);
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            floating(o, s, length == 5 ? static_cast<double>(va_arg(args, long double)) : va_arg(args, double),
                     c == 'a' ? 'e' : c == 'A' ? 'E' : c);
            break;
        case 'n':
            if (int* at = va_arg(args, int*)) *at = static_cast<int>(o.length);
            break;
        default:  // «%%», or a conversion C does not have: written as it stands
            o.put(c);
            break;
        }
    }
    if (size > 0) buffer[o.length < size ? o.length : size - 1] = '\0';
    return static_cast<int>(o.length);
}

}  // namespace ln::web
