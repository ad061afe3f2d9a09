// The theme's colours against WCAG 2.1's contrast minimums, in every state the app draws them.
#include <doctest/doctest.h>

#include "theme.hpp"

using namespace ln::web;

TEST_CASE("theme: WCAG's contrast ratio as defined (black on white 21, equal colours 1)") {
    CHECK(theme::contrast_ratio({0, 0, 0, 1}, {1, 1, 1, 1}) == doctest::Approx(21.0f).epsilon(0.001));
    CHECK(theme::contrast_ratio({0.5f, 0.5f, 0.5f, 1}, {0.5f, 0.5f, 0.5f, 1}) == doctest::Approx(1.0f));
    // #767676 on white is the well-known 4.54:1.
    CHECK(theme::contrast_ratio({118 / 255.0f, 118 / 255.0f, 118 / 255.0f, 1}, {1, 1, 1, 1}) == doctest::Approx(4.54f).epsilon(0.01));
}

TEST_CASE("theme: text has 4.5:1 and control edges 3:1 against what they are drawn on, hovered too") {
    const auto pairs = theme::contrast_pairs();
    CHECK(pairs.size() >= 18);
    for (const auto& p : pairs) {
        const float ratio = theme::contrast_ratio(p.fg, p.bg);
        CHECK_MESSAGE(ratio >= p.min_ratio, p.what << ": " << ratio << ":1, needs " << p.min_ratio << ":1");
    }
}
