#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "fee_schedule.hpp"
#include "fee_text.hpp"

using namespace ln;


TEST_CASE("both languages have the same keys") {
    const auto& nb = data().nb();
    const auto& en = data().en();
    CHECK(nb.language() == "nb");
    CHECK(en.language() == "en");
    for (const char* key : {"fee.summary", "fee.next", "bracket.first", "number.not_whole", "schedule.gap"}) {
        CHECK(nb.has(key));
        CHECK(en.has(key));
    }
}

TEST_CASE("catalog fills in parameters and flags unknown keys") {
    auto c = Catalog::parse(R"({"language":"nb","texts":{"a":"Trinn {bracket} av {count}","b":"{x} {x}"}})").value();
    CHECK(c.text("a", {{"bracket", "3"}, {"count", "8"}}) == "Trinn 3 av 8");
    CHECK(c.text("a", {{"bracket", "3"}}) == "Trinn 3 av {count}");
    CHECK(c.text("b", {{"x", "y"}}) == "y y");
    CHECK(c.text("missing") == "[missing]");
    CHECK(Catalog::parse(R"({"language":"nb","texts":{"a":1}})").error().path == "texts.a");
}

TEST_CASE("the live summary reads as the invitation's figures") {
    const auto& nb = data().nb();
    const auto& fees = data().program.fees;
    CHECK(quote_summary(nb, quote(fees, 12000).value()) ==
          "Avgift kr\u00a028\u00a0250 for 12\u00a0000 innbyggere (10\u00a0001–15\u00a0000)");
    CHECK(quote_summary(nb, quote(fees, 3000).value()) == "Avgift kr\u00a011\u00a0625 for 3\u00a0000 innbyggere (opp til 5\u00a0000)");
    CHECK(quote_summary(nb, quote(fees, 40001).value()) ==
          "Avgift kr\u00a055\u00a0000 for 40\u00a0001 innbyggere (40\u00a0001 og mer)");
    CHECK(quote_next(nb, quote(fees, 12000).value()) ==
          "Neste trinn, kr\u00a034\u00a0625, gjelder fra 15\u00a0001 innbyggere (3\u00a0001 flere).");
    CHECK(quote_next(nb, quote(fees, 50000).value()) == "Dette er høyeste trinn.");
    CHECK(quote_next(nb, quote(fees, 5000).value()) ==
          "Neste trinn, kr\u00a014\u00a0125, gjelder fra 5\u00a0001 innbyggere (én innbygger til).");
    CHECK(quote_per_inhabitant(nb, quote(fees, 12000).value()) == "kr\u00a02,35 per innbygger");
    CHECK(quote_summary(data().en(), quote(fees, 12000).value()) ==
          "Fee kr\u00a028\u00a0250 for 12\u00a0000 inhabitants (10\u00a0001–15\u00a0000)");
}

TEST_CASE("both shipped catalogues parse; each is read once, when first asked for") {
    const auto& en = data().catalog("en");
    CHECK(&en == &data().en());
    CHECK(&data().catalog("nb") == &data().nb());
    CHECK(en.language() == "en");
    CHECK(data().nb().language() == "nb");
    CHECK(en.text("app.title") != "[app.title]");
    // A copy (as the app keeps one) has both too.
    const ln::Bundled copy = data();
    CHECK(copy.en().text("app.title") == en.text("app.title"));
}
