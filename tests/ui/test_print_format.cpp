// The browser's printf family (web/print_format) against glibc's: the same text for every format Dear
// ImGui, its OpenGL backend and nlohmann's serializer use, and for floating point where at most 15
// significant digits are asked for.
#include <doctest/doctest.h>

#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

#include "print_format.hpp"

namespace {

std::string ours(const char* format, ...) {
    char buffer[1024];
    va_list args;
    va_start(args, format);
    ln::web::print_format(buffer, sizeof buffer, format, args);
    va_end(args);
    return buffer;
}

std::string libc(const char* format, ...) {
    char buffer[1024];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    return buffer;
}

#define SAME(...) CHECK(ours(__VA_ARGS__) == libc(__VA_ARGS__))

}  // namespace

TEST_CASE("print_format: integers, text and characters exactly as C writes them") {
    for (const char* f : {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-+8.3d|", "%.0d", "%x", "%X",
                          "%#x", "%#X", "%o", "%#o", "%08X", "%04x", "%u", "%+u", "%*d", "%-*d|", "%hhd", "%hd", "%hhu", "%hx"})
        for (int v : {0, 1, -1, 7, 255, 4096, -4096, 65535, INT_MAX, INT_MIN}) {
            CAPTURE(f);
            CAPTURE(v);
            if (std::string(f).find('*') != std::string::npos) {
                SAME(f, 6, v);
                SAME(f, -6, v);
            } else {
                SAME(f, v);
            }
        }
    for (long long v : {0LL, -1LL, LLONG_MAX, LLONG_MIN, 1234567890123LL}) {
        SAME("%lld", v);
        SAME("%llx", v);
        SAME("%20lld|", v);
        SAME("%-20llu|", v);
    }
    SAME("%zu %zx", static_cast<std::size_t>(SIZE_MAX), static_cast<std::size_t>(48879));
    SAME("%ld %lu", -123456L, 123456UL);
    SAME("%ju", static_cast<std::uintmax_t>(UINTMAX_MAX));
    SAME("%s|%10s|%-10s|%.3s|%.*s|%c|%5c|%-3c|%%", "ImGui", "tekst", "venstre", "abcdef", 2, "xyz", 'A', 'b', 'c');
    SAME("\\u%04x", 0x1f);  // nlohmann's escape for a control character
    SAME("%s/%s_%08X", "##app", "##choices", 0xDEADBEEFu);  // Dear ImGui's child window names
    SAME("#version %d es", 300);
    SAME("%p", reinterpret_cast<void*>(0x1234));
    CHECK(ours("%s", static_cast<const char*>(nullptr)) == "(null)");
}

TEST_CASE("print_format: floating point as C writes it where the digits fit in a double's") {
    const double values[] = {0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.3, 3.14159265358979, 2.718281828, 123456789.0, 1e-5, 1.25e-7,
                             1e20, 1e22, 1e23, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308, 100.0, 99.96, 0.000123456,
                             12345.6789, 9.9999999, 0.9999999999, 0.96, 0.04, 0.06, 0.6, 37.5, 66.6666666, 1e15, 1234567.0};
    for (const char* f : {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%10.2f", "%-10.2f|", "%+.2f", "% .1f", "%010.3f", "%#.0f", "%e",
                          "%.0e", "%.3e", "%E", "%12.4e", "%g", "%.3g", "%.10g", "%G", "%#g", "%.1g", "%.0f%%", "%.15g", "%F"})
        for (double v : values) {
            CAPTURE(f);
            CAPTURE(v);
            // %f of 10^12 and more asks for more than 15 significant digits: not what the app writes.
            const bool fixed = std::string(f).find_first_of("fF") != std::string::npos;
            if (!fixed || std::fabs(v) < 1e12) SAME(f, v);
        }
    for (const char* f : {"%f", "%e", "%g", "%F", "%E", "%G", "%10f", "%-10g|", "%+f", "%010f"})
        for (double v : {HUGE_VAL, -HUGE_VAL, std::nan("")}) {
            CAPTURE(f);
            SAME(f, v);
        }
    // Random doubles of every size: ten significant digits, and six after the point.
    std::mt19937_64 random(20261129);
    std::uniform_int_distribution<std::uint64_t> bits;
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t b = bits(random);
        double v;
        std::memcpy(&v, &b, sizeof v);
        if (!std::isfinite(v)) continue;
        CAPTURE(v);
        SAME("%.10g", v);
        SAME("%.9e", v);
        if (std::fabs(v) < 1e9) SAME("%.6f", v);  // at most 15 significant digits
        ++checked;
    }
    CHECK(checked > 19000);
}

TEST_CASE("print_format: cut to the buffer, the whole length returned, %n counts") {
    char small[5] = "xxxx";
    va_list none;
    CHECK(ours("%s", "abcdefgh") == "abcdefgh");
    auto cut = [&](std::size_t size, const char* format, ...) {
        va_list args;
        va_start(args, format);
        const int n = ln::web::print_format(small, size, format, args);
        va_end(args);
        return n;
    };
    CHECK(cut(5, "%s", "abcdefgh") == 8);
    CHECK(std::string(small) == "abcd");
    std::memcpy(small, "xxxx", 5);
    CHECK(cut(0, "%d", 12345) == 5);
    CHECK(std::string(small) == "xxxx");  // nothing written, not even the terminator
    int count = 0;
    CHECK(ours("abc%n%d", &count, 7) == "abc7");
    CHECK(count == 3);
    (void)none;
}
