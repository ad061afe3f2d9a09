// The browser's small sscanf (web/scan_format) against the C library's own, on what Dear ImGui asks of it
// and on the edges of the standard: the same count, the same values, the same %n.
#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "scan_format.hpp"

namespace {

int ours(const char* input, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = ln::web::scan_format(input, format, args);
    va_end(args);
    return n;
}

// Two ints, a float, an unsigned, a char and %n, through both scanners.
struct Got {
    int a = -7, b = -7, n = -7;
    unsigned u = 7;
    float f = -7.5f;
    char c = '?';
    int count = -9;
    bool operator==(const Got& o) const {
        return a == o.a && b == o.b && n == o.n && u == o.u && std::memcmp(&f, &o.f, sizeof f) == 0 && c == o.c && count == o.count;
    }
};

std::string show(const Got& g) {
    return std::to_string(g.count) + ": a=" + std::to_string(g.a) + " b=" + std::to_string(g.b) + " u=" + std::to_string(g.u) +
           " f=" + std::to_string(g.f) + " c=" + std::string(1, g.c) + " n=" + std::to_string(g.n);
}

template <class Scan>
Got scan_ints(Scan scan, const char* input, const char* format) {
    Got g;
    g.count = scan(input, format, &g.a, &g.b, &g.n);
    return g;
}

}  // namespace

TEST_CASE("scan_format reads what Dear ImGui writes, as libc's sscanf does") {
    const char* two_ints[][2] = {
        {"Pos=60,-120", "Pos=%i,%i"}, {"Size=400,300", "Size=%i,%i"}, {"Pos=0x10,010", "Pos=%i,%i"},
        {"#version 300 es", "#version %d"}, {"3.0", "%d.%d"}, {"OpenGL ES 3.0", "%d.%d"}, {"Column 3 Width=40", "Column %d%n"},
        {"Width=-12  Visible=1", "Width=%d%n"}, {"Collapsed=1", "Collapsed=%d"}, {"", "%d"}, {"   ", "%d %d"},
        {"Size=", "Size=%i,%i"}, {"Size=1", "Size=%i,%i"}, {"Pos 5", "Pos=%i"}, {"  42   17", "%d %d"},
        {"42abc", "%d%n"}, {"+5,-0", "%d,%d"}, {"99999999999", "%d"}, {"12345", "%3d%d"}, {"100%", "%d%%"},
        {"100 %", "%d%%%n"}, {"x", "%*d%d"}, {"7 8", "%*d %d"},
    };
    for (auto& [input, format] : two_ints) {
        const Got mine = scan_ints(ours, input, format);
        const Got libc = scan_ints([](const char* i, const char* f, auto... p) { return std::sscanf(i, f, p...); }, input, format);
        CHECK_MESSAGE(mine == libc, input, " with ", format, " → ours ", show(mine), ", libc ", show(libc));
    }
}

TEST_CASE("scan_format: hex ids, floats, a char, as ImGui's table settings and colour fields use them") {
    unsigned id = 0, id2 = 0;
    int columns = 0, columns2 = 0, r = 0, r2 = 0, n = 0, n2 = 0;
    CHECK(ours("0x1A2B3C4D,5", "0x%08X,%d", &id, &columns) == std::sscanf("0x1A2B3C4D,5", "0x%08X,%d", &id2, &columns2));
    CHECK(id == id2);
    CHECK(columns == columns2);
    CHECK(id == 0x1A2B3C4Du);
    float f = 0, f2 = 0;
    CHECK(ours("Weight=0.25 Visible=1", "Weight=%f%n", &f, &r) == std::sscanf("Weight=0.25 Visible=1", "Weight=%f%n", &f2, &r2));
    CHECK(f == f2);
    CHECK(r == r2);
    char c = 0, c2 = 0;
    CHECK(ours("Sort=2v rest", "Sort=%d%c%n", &n, &c, &r) == std::sscanf("Sort=2v rest", "Sort=%d%c%n", &n2, &c2, &r2));
    CHECK(n == n2);
    CHECK(c == c2);
    CHECK(r == r2);
    unsigned rgb[3] = {}, rgb2[3] = {};
    CHECK(ours("FF8001", "%02X%02X%02X", &rgb[0], &rgb[1], &rgb[2]) == 3);
    std::sscanf("FF8001", "%02X%02X%02X", &rgb2[0], &rgb2[1], &rgb2[2]);
    CHECK(std::memcmp(rgb, rgb2, sizeof rgb) == 0);
    double d = 0, d2 = 0;
    CHECK(ours("-1.5e3x", "%lf", &d) == std::sscanf("-1.5e3x", "%lf", &d2));
    CHECK(d == d2);
    long long big = 0, big2 = 0;
    CHECK(ours("-9000000000", "%lld", &big) == std::sscanf("-9000000000", "%lld", &big2));
    CHECK(big == big2);
    char word[16] = {}, word2[16] = {};
    CHECK(ours("  hei  du", "%5s", word) == std::sscanf("  hei  du", "%5s", word2));
    CHECK(std::string(word) == word2);
    // A scanset is not supported: the scan stops there, having assigned nothing more.
    CHECK(ours("abc", "%[a-z]", word) == 0);
}
