#include <doctest/doctest.h>

#include "bundled.hpp"
#include "fee_schedule.hpp"

using namespace ln;

namespace {
const FeeSchedule& schedule() {
    static const Bundled data = load_bundled().value();
    return data.program.fees;
}
}  // namespace

TEST_CASE("the shipped schedule is the invitation's, exactly") {
    const auto& b = schedule().brackets();
    REQUIRE(b.size() == 8);
    const std::int64_t fees[] = {11625, 14125, 21750, 28250, 34625, 42250, 47375, 55000};
    const std::int64_t maxes[] = {5000, 7500, 10000, 15000, 20000, 30000, 40000};
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(b[i].fee == fees[i]);
        if (i < 7) CHECK(*b[i].max == maxes[i]);
    }
    CHECK(b[0].min == 1);
    CHECK_FALSE(b[7].max.has_value());
}

TEST_CASE("every bracket boundary gives the right fee") {
    struct Case {
        std::int64_t population, fee;
        std::size_t index;
    };
    const Case cases[] = {
        {1, 11625, 0},      {5000, 11625, 0},   {5001, 14125, 1},   {7500, 14125, 1},   {7501, 21750, 2},
        {10000, 21750, 2},  {10001, 28250, 3},  {15000, 28250, 3},  {15001, 34625, 4},  {20000, 34625, 4},
        {20001, 42250, 5},  {30000, 42250, 5},  {30001, 47375, 6},  {40000, 47375, 6},  {40001, 55000, 7},
        {1000000, 55000, 7}};
    for (const auto& c : cases) {
        CAPTURE(c.population);
        auto q = quote(schedule(), c.population);
        REQUIRE(q.ok());
        CHECK(q->fee == c.fee);
        CHECK(q->index == c.index);
        CHECK(q->population == c.population);
    }
}

TEST_CASE("a quote tells the fee per inhabitant and how far the next bracket is") {
    auto q = quote(schedule(), 12000).value();
    CHECK(q.fee == 28250);
    CHECK(q.fee_per_inhabitant_ore == 235);  // 28 250 / 12 000 = 2.354…
    REQUIRE(q.next);
    CHECK(q.next->index == 4);
    CHECK(q.next->fee == 34625);
    CHECK(q.next->inhabitants_away == 3001);

    auto edge = quote(schedule(), 5000).value();
    CHECK(edge.next->inhabitants_away == 1);

    auto top = quote(schedule(), 128982).value();  // Bærum
    CHECK(top.fee == 55000);
    CHECK_FALSE(top.next);
    CHECK(top.fee_per_inhabitant_ore == 43);  // 0.4264…

    CHECK(quote(schedule(), 1).value().fee_per_inhabitant_ore == 1162500);
}

TEST_CASE("a population out of range is an error, not a quote") {
    CHECK(quote(schedule(), 0).error().message.key == "population.too_small");
    CHECK(quote(schedule(), -1).error().message.key == "population.too_small");
    CHECK(quote(schedule(), INT64_MIN).error().message.key == "population.too_small");
    CHECK(quote(schedule(), 1000001).error().message.key == "population.too_large");
    CHECK(quote(schedule(), INT64_MAX).error().message.key == "population.too_large");
}

TEST_CASE("FeeSchedule::make names the bad bracket") {
    auto err = [](std::vector<Bracket> b) {
        auto s = FeeSchedule::make(std::move(b));
        REQUIRE_FALSE(s.ok());
        return s.error();
    };
    CHECK(err({}).message.key == "schedule.empty");
    CHECK(err({{0, 10, 5}, {11, {}, 6}}).message.key == "schedule.first_min");

    auto gap = err({{1, 10, 5}, {11, 20, 6}, {22, {}, 7}});
    CHECK(gap.message.key == "schedule.gap");
    CHECK(*gap.message.param("bracket") == "3");
    CHECK(gap.path == "fees.brackets[2]");

    auto overlap = err({{1, 10, 5}, {10, {}, 6}});
    CHECK(overlap.message.key == "schedule.overlap");
    CHECK(*overlap.message.param("bracket") == "2");

    CHECK(err({{1, {}, 5}, {2, {}, 6}}).message.key == "schedule.open_not_last");
    CHECK(err({{1, 10, 5}, {11, 20, 6}}).message.key == "schedule.last_closed");
    CHECK(err({{1, 10, 5}, {11, 9, 6}, {10, {}, 7}}).message.key == "schedule.descending");
    auto fee = err({{1, 10, 5}, {11, {}, 0}});
    CHECK(fee.message.key == "schedule.fee_not_positive");
    CHECK(*fee.message.param("bracket") == "2");
    CHECK(err({{1, 10, -5}, {11, {}, 1}}).message.key == "schedule.fee_not_positive");

    CHECK(FeeSchedule::make({{1, {}, 100}}).ok());
}

TEST_CASE("quoting what a person typed") {
    CHECK(quote(schedule(), std::string_view("12 000")).value().fee == 28250);
    CHECK(quote(schedule(), std::string_view("5.001")).value().fee == 14125);
    CHECK(quote(schedule(), std::string_view("")).error().message.key == "number.empty");
    CHECK(quote(schedule(), std::string_view("12,5")).error().message.key == "number.not_whole");
    CHECK(quote(schedule(), std::string_view("tolv")).error().message.key == "number.not_number");
    CHECK(quote(schedule(), std::string_view("0")).error().message.key == "population.too_small");
    CHECK(quote(schedule(), std::string_view("-12")).error().message.key == "population.too_small");
    CHECK(quote(schedule(), std::string_view("1000001")).error().message.key == "population.too_large");
    CHECK(quote(schedule(), std::string_view("99999999999999999999999")).error().message.key == "population.too_large");
}

TEST_CASE("a fee per inhabitant: rounded to whole kroner, held between its floor and its ceiling") {
    const auto s = FeeSchedule::make(PerInhabitant{250, 10'000, 60'000});
    REQUIRE(s);
    CHECK(s->brackets().empty());
    const auto at = [&](std::int64_t population) { return quote(s.value(), population).value(); };
    CHECK(at(12'000).fee == 30'000);
    CHECK(at(12'000).limit == Quote::Limit::None);
    CHECK(at(12'000).fee_per_inhabitant_ore == 250);
    CHECK_FALSE(at(12'000).next);
    CHECK(at(3'999).fee == 10'000);  // 9 997,50 → the floor
    CHECK(at(3'999).limit == Quote::Limit::Floor);
    CHECK(at(4'000).fee == 10'000);
    CHECK(at(4'000).limit == Quote::Limit::None);
    CHECK(at(24'001).fee == 60'000);  // 60 002,50 → the ceiling
    CHECK(at(24'001).limit == Quote::Limit::Ceiling);
    CHECK(at(kMaxPopulation).fee == 60'000);
    // Half a krone rounds up; without a floor the smallest municipality pays its own share.
    const auto open = FeeSchedule::make(PerInhabitant{125, std::nullopt, std::nullopt});
    CHECK(quote(open.value(), 2).value().fee == 3);      // 2,50
    CHECK(quote(open.value(), 1).value().fee == 1);      // 1,25
    // Never kr 0, however small the amount and the municipality.
    CHECK(quote(FeeSchedule::make(PerInhabitant{1, std::nullopt, std::nullopt}).value(), 1).value().fee == 1);
    CHECK(quote(open.value(), kMaxPopulation).value().fee == 1'250'000);
    // The same bounds on the population as for brackets.
    CHECK(quote(s.value(), 0).error().message.key == "population.too_small");
    CHECK(quote(s.value(), kMaxPopulation + 1).error().message.key == "population.too_large");
}

TEST_CASE("a fee per inhabitant is checked: an amount, a floor and a ceiling that make sense") {
    CHECK(FeeSchedule::make(PerInhabitant{0, std::nullopt, std::nullopt}).error().path == "fees.per_inhabitant.amount_ore");
    CHECK(FeeSchedule::make(PerInhabitant{kMaxOrePerInhabitant + 1, std::nullopt, std::nullopt}).error().message.key ==
          "schedule.per_inhabitant_amount");
    CHECK(FeeSchedule::make(PerInhabitant{250, 0, std::nullopt}).error().path == "fees.per_inhabitant.floor");
    const auto crossed = FeeSchedule::make(PerInhabitant{250, 60'000, 10'000});
    CHECK(crossed.error().message.key == "schedule.ceiling_below_floor");
    CHECK(crossed.error().path == "fees.per_inhabitant.ceiling");
    CHECK(FeeSchedule::make(PerInhabitant{250, 10'000, 10'000}));  // a fixed fee: floor and ceiling the same
}
