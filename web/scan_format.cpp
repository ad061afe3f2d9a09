#include "scan_format.hpp"

#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ln::web {

namespace {

enum class Length { None, Char, Short, Long, LongLong, Max, Size, Diff, LongDouble };

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Stores an integer of the given length through the next argument.
void store_integer(std::va_list& args, Length length, bool is_signed, unsigned long long v) {
    const long long s = static_cast<long long>(v);
    switch (length) {
    case Length::Char: *va_arg(args, signed char*) = static_cast<signed char>(s); break;
    case Length::Short: *va_arg(args, short*) = static_cast<short>(s); break;
    case Length::Long: *va_arg(args, long*) = static_cast<long>(s); break;
    case Length::LongLong: *va_arg(args, long long*) = s; break;
    case Length::Max: *va_arg(args, std::intmax_t*) = static_cast<std::intmax_t>(s); break;
    case Length::Size: *va_arg(args, std::size_t*) = static_cast<std::size_t>(v); break;
    case Length::Diff: *va_arg(args, std::ptrdiff_t*) = static_cast<std::ptrdiff_t>(s); break;
    default:
        if (is_signed) *va_arg(args, int*) = static_cast<int>(s);
        else *va_arg(args, unsigned*) = static_cast<unsigned>(v);
        break;
    }
}

}  // namespace

int scan_format(const char* input, const char* format, std::va_list args_in) {
    std::va_list args;
    va_copy(args, args_in);
    const char* in = input;
    int assigned = 0;
    bool converted = false;  // a conversion was tried on input (for EOF against 0)
    const char* f = format;
    auto done = [&](int result) {
        va_end(args);
        return result;
    };
    while (*f) {
        if (is_space(*f)) {
            while (is_space(*f)) ++f;
            while (is_space(*in)) ++in;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            // A character that matches itself; «%%» is a percent sign, after white space as a conversion.
            const bool percent = *f == '%';
            if (percent) while (is_space(*in)) ++in;
            if (*in == '\0') return done(converted || assigned ? assigned : EOF);
            if (*in != *f) return done(assigned);
            ++in;
            f += percent ? 2 : 1;
            continue;
        }
        ++f;  // past '%'
        const bool suppress = *f == '*';
        if (suppress) ++f;
        std::size_t width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + static_cast<std::size_t>(*f++ - '0');
        Length length = Length::None;
        if (*f == 'h') length = f[1] == 'h' ? (f += 2, Length::Char) : (++f, Length::Short);
        else if (*f == 'l') length = f[1] == 'l' ? (f += 2, Length::LongLong) : (++f, Length::Long);
        else if (*f == 'L') ++f, length = Length::LongDouble;
        else if (*f == 'j') ++f, length = Length::Max;
        else if (*f == 'z') ++f, length = Length::Size;
        else if (*f == 't') ++f, length = Length::Diff;
        const char conv = *f ? *f++ : '\0';
        if (conv == 'n') {
            if (!suppress) store_integer(args, length, true, static_cast<unsigned long long>(in - input));
            continue;
        }
        if (conv != 'c') while (is_space(*in)) ++in;
        if (*in == '\0') return done(converted || assigned ? assigned : EOF);
        converted = true;
        switch (conv) {
        case 'c': {
            const std::size_t n = width ? width : 1;
            if (std::strlen(in) < n) return done(assigned);
            if (!suppress) std::memcpy(va_arg(args, char*), in, n), ++assigned;
            in += n;
            break;
        }
        case 's': {
            std::size_t n = 0;
            while (in[n] && !is_space(in[n]) && (!width || n < width)) ++n;
            if (!suppress) {
                char* out = va_arg(args, char*);
                std::memcpy(out, in, n);
                out[n] = '\0';
                ++assigned;
            }
            in += n;
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            // At most `width` characters take part: parsed from a copy that long.
            char buf[72];
            const std::size_t max = width && width < sizeof buf - 1 ? width : sizeof buf - 1;
            std::size_t n = 0;
            while (n < max && in[n]) buf[n] = in[n], ++n;
            buf[n] = '\0';
            const int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8 : conv == 'i' ? 0 : 16;
            char* end = buf;
            const int saved = errno;
            unsigned long long v;
            if (conv == 'd' || conv == 'i') v = static_cast<unsigned long long>(std::strtoll(buf, &end, base));
            else v = std::strtoull(buf, &end, base);
            errno = saved;
            if (end == buf) return done(assigned);
            if (!suppress) store_integer(args, length, conv == 'd' || conv == 'i', v), ++assigned;
            in += end - buf;
            break;
        }
        case 'f': case 'e': case 'g': case 'a': case 'F': case 'E': case 'G': case 'A': {
            char buf[128];
            const std::size_t max = width && width < sizeof buf - 1 ? width : sizeof buf - 1;
            std::size_t n = 0;
            while (n < max && in[n]) buf[n] = in[n], ++n;
            buf[n] = '\0';
            char* end = buf;
            const int saved = errno;
            const double v = std::strtod(buf, &end);
            errno = saved;
            if (end == buf) return done(assigned);
            if (!suppress) {
                if (length == Length::Long) *va_arg(args, double*) = v;
                else if (length == Length::LongDouble) *va_arg(args, long double*) = v;
                else *va_arg(args, float*) = static_cast<float>(v);
                ++assigned;
            }
            in += end - buf;
            break;
        }
        default:  // a scanset or an unknown conversion: not supported, the scan ends here
            return done(assigned);
        }
    }
    return done(assigned);
}

}  // namespace ln::web
