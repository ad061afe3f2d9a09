#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "fee_calculator.hpp"

using namespace ln;

namespace {
FeeCalculation calc(const FeeCalculatorInput& in) { return calculate(data().program, data().municipalities, in); }
}  // namespace

TEST_CASE("an empty form asks for the population and shows no error") {
    auto c = calc({});
    CHECK_FALSE(c.quote);
    CHECK_FALSE(c.population_error);
    CHECK(c.travel_errors.empty());
    CHECK(c.gatherings_counted == 4);
    CHECK(live_text(data().nb(), c) == "Skriv inn innbyggertallet for å se avgiften.");
}

TEST_CASE("a population gives the fee, and travel adds up to a total") {
    FeeCalculatorInput in;
    in.population = "12 000";
    auto c = calc(in);
    REQUIRE(c.quote);
    CHECK(c.quote->fee == 28250);
    CHECK(c.total == 28250);  // no travel estimated yet
    CHECK(live_text(data().nb(), c) == "Avgift kr\u00a028\u00a0250 for 12\u00a0000 innbyggere (10\u00a0001–15\u00a0000)");

    in.participants = "3";
    in.gatherings = "3";
    in.travel_per_person = "1 200";
    in.lodging_per_person = "1500";
    c = calc(in);
    REQUIRE(c.travel);
    CHECK(c.travel->travel == 10800);
    CHECK(c.travel->lodging == 13500);
    CHECK(c.total == 28250 + 24300);
    CHECK(live_text(data().nb(), c) ==
          "Avgift kr\u00a028\u00a0250 for 12\u00a0000 innbyggere (10\u00a0001–15\u00a0000). "
          "Totalt med reise og opphold kr\u00a052\u00a0550");
}

TEST_CASE("a program's digital gatherings need no travel, and KS's lodging estimate counts until one is typed") {
    Program p = data().program;  // four gatherings, none said to be digital, no estimate: all four in person
    CHECK(in_person_gatherings(p) == 4);
    p.gatherings[1].mode = "digital";
    p.gatherings[2].mode = "physical";
    CHECK(in_person_gatherings(p) == 3);
    p.lodging_estimate = 1500;
    FeeCalculatorInput in;
    in.population = "12000";
    in.participants = "2";
    auto c = calculate(p, data().municipalities, in);
    REQUIRE(c.travel);
    CHECK(c.gatherings_counted == 3);       // empty: every gathering in person
    CHECK(c.travel->lodging == 2 * 3 * 1500);  // empty: KS's estimate
    in.lodging_per_person = "900";
    c = calculate(p, data().municipalities, in);
    CHECK(c.travel->lodging == 2 * 3 * 900);  // the municipality's own figure
    in.gatherings = "4";                      // more than are in person
    c = calculate(p, data().municipalities, in);
    CHECK_FALSE(c.travel);
    REQUIRE(c.travel_errors.size() == 1);
    CHECK(c.travel_errors[0].field == "gatherings");
}

TEST_CASE("wrong input is reported on its field and never gives a total") {
    FeeCalculatorInput in;
    in.population = "12,5";
    auto c = calc(in);
    CHECK_FALSE(c.quote);
    REQUIRE(c.population_error);
    CHECK(c.population_error->message.key == "number.not_whole");
    CHECK_FALSE(c.total);
    CHECK(live_text(data().nb(), c) == "«12,5» er ikke et helt tall. Skriv hele tall, uten desimaler.");

    in.population = "12000";
    in.gatherings = "5";
    in.participants = "-1";
    c = calc(in);
    REQUIRE(c.travel_errors.size() == 2);
    CHECK(c.travel_errors[0].field == "participants");
    CHECK(c.travel_errors[1].field == "gatherings");
    CHECK_FALSE(c.travel);
    CHECK_FALSE(c.total);
    CHECK(c.quote);
}

TEST_CASE("picking a municipality prefills its population, which stays editable") {
    const auto& list = data().municipalities;
    const auto idx = find_municipalities(list.items, "Bærum").front();
    FeeCalculatorInput in;
    pick_municipality(in, list, idx);
    CHECK(in.population == "128982");
    auto c = calc(in);
    CHECK(c.quote->fee == 55000);
    CHECK_FALSE(c.population_edited);
    in.population = "130000";
    CHECK(calc(in).population_edited);
    pick_municipality(in, list, list.items.size());  // out of range: ignored
    CHECK(in.population == "130000");
}

#include "fee_text.hpp"

TEST_CASE("the bracket table: every bracket with its range and fee, in each language") {
    const auto nb = fee_table(data().catalog("nb"), data().program.fees);
    REQUIRE(nb.size() == 8);
    const std::string sp = "\u00a0";
    CHECK(nb[0].range == "opp til 5" + sp + "000");
    CHECK(nb[0].fee == "kr" + sp + "11" + sp + "625");
    CHECK(nb[3].range == "10" + sp + "001–15" + sp + "000");
    CHECK(nb[3].fee == "kr" + sp + "28" + sp + "250");
    CHECK(nb[7].range == "40" + sp + "001 og mer");
    CHECK(nb[7].fee == "kr" + sp + "55" + sp + "000");
    const auto en = fee_table(data().catalog("en"), data().program.fees);
    CHECK(en[0].range.find("up to") == 0);
}
