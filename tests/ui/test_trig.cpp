// The browser's sinf and cosf (web/trig) against the C library's, over the angles Dear ImGui draws with.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <limits>

#include "trig.hpp"

TEST_CASE("sine and cosine within 1e-7 of the C library's, a few turns either way and far out") {
    double worst = 0;
    for (int i = -200000; i <= 200000; ++i) {
        const float x = static_cast<float>(i) * 0.0001f;  // −20 … 20 radians: three turns each way
        worst = std::fmax(worst, std::fabs(ln::web::sine(x) - std::sin(static_cast<double>(x))));
        worst = std::fmax(worst, std::fabs(ln::web::cosine(x) - std::cos(static_cast<double>(x))));
    }
    CHECK(worst < 1e-7);
    for (float x : {1000.5f, -31415.9f, 99999.0f}) {
        CHECK(std::fabs(ln::web::sine(x) - std::sin(static_cast<double>(x))) < 1e-7);
        CHECK(std::fabs(ln::web::cosine(x) - std::cos(static_cast<double>(x))) < 1e-7);
    }
    // Exact where the drawing relies on it.
    CHECK(ln::web::sine(0.0f) == 0.0f);
    CHECK(ln::web::cosine(0.0f) == 1.0f);
    CHECK(std::isnan(ln::web::sine(std::numeric_limits<float>::infinity())));
    CHECK(std::isnan(ln::web::cosine(std::numeric_limits<float>::quiet_NaN())));
}
