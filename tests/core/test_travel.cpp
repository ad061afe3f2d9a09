#include <doctest/doctest.h>

#include "travel.hpp"

using namespace ln;

TEST_CASE("travel estimate: participants × gatherings × (travel + lodging)") {
    auto e = estimate_travel({3, 4, 1200, 1500}, 4).value();
    CHECK(e.travel == 3 * 4 * 1200);
    CHECK(e.lodging == 3 * 4 * 1500);
    CHECK(e.total() == 32400);
    CHECK(estimate_travel({0, 4, 1200, 1500}, 4).value().total() == 0);
    CHECK(estimate_travel({5, 0, 1200, 1500}, 4).value().total() == 0);
    // The largest allowed inputs stay far from overflow.
    CHECK(estimate_travel({kMaxParticipants, 4, kMaxCostPerPerson, kMaxCostPerPerson}, 4).value().total() == 80'000'000);
}

TEST_CASE("travel estimate rejects impossible inputs and names the field") {
    auto err = [](TravelInput in) { return estimate_travel(in, 4).error(); };
    CHECK(err({-1, 4, 0, 0}).path == "participants");
    CHECK(err({-1, 4, 0, 0}).message.key == "number.negative");
    CHECK(err({kMaxParticipants + 1, 4, 0, 0}).message.key == "number.too_large");
    CHECK(err({1, 5, 0, 0}).path == "gatherings");
    CHECK(err({1, -1, 0, 0}).path == "gatherings");
    CHECK(err({1, 4, -100, 0}).path == "travel_per_person");
    CHECK(err({1, 4, 0, kMaxCostPerPerson + 1}).path == "lodging_per_person");
    CHECK(err({1, 4, INT64_MAX, INT64_MAX}).message.key == "number.too_large");
}
