#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "bundled.hpp"
#include "municipalities.hpp"

using namespace ln;

namespace {
const MunicipalityList& viken() {
    static const Bundled data = load_bundled().value();
    return data.municipalities;
}
std::vector<std::string> names(std::string_view query) {
    std::vector<std::string> out;
    for (auto i : find_municipalities(viken().items, query)) out.push_back(viken().items[i].name);
    return out;
}
}  // namespace

TEST_CASE("the shipped list is Viken's 51 municipalities on 1 January 2022") {
    const auto& items = viken().items;
    CHECK(items.size() == 51);
    const auto total = std::accumulate(items.begin(), items.end(), std::int64_t{0},
                                       [](std::int64_t s, const Municipality& m) { return s + m.population; });
    CHECK(total == 1'269'230);
    for (const auto& m : items) {
        CAPTURE(m.name);
        CHECK(m.number.substr(0, 2) == "30");
        CHECK(m.population_date == "2022-01-01");
        CHECK(m.orgnr.size() == 9);
        CHECK_FALSE(m.source.empty());
    }
    auto baerum = find_municipalities(items, "Bærum");
    REQUIRE(baerum.size() == 1);
    CHECK(items[baerum[0]].population == 128982);
    CHECK(items[baerum[0]].number == "3024");
}

TEST_CASE("finding a municipality by what the user types") {
    CHECK(names("").empty());
    CHECK(names("   ").empty());
    CHECK(names("bærum") == std::vector<std::string>{"Bærum"});
    CHECK(names("BÆRUM") == std::vector<std::string>{"Bærum"});
    CHECK(names("3024") == std::vector<std::string>{"Bærum"});
    // Prefix matches come before matches inside a name ("Våler" contains "ål").
    CHECK(names("aal") == std::vector<std::string>{"Ål", "Våler (Østfold)"});
    CHECK(names("ål") == std::vector<std::string>{"Ål", "Våler (Østfold)"});
    CHECK(names("hol") == std::vector<std::string>{"Hol", "Hole"});
    CHECK(names("høland") == std::vector<std::string>{"Aurskog-Høland"});
    CHECK(names("østfold") == std::vector<std::string>{"Indre Østfold", "Våler (Østfold)"});
    auto f = names("follo");
    CHECK(f == std::vector<std::string>{"Nordre Follo"});
    CHECK(names("xyz").empty());
    CHECK(names("\xff\xc3").empty());
}

TEST_CASE("a broken municipality list is rejected with a path") {
    auto e = parse_municipalities(R"({"format":"ks.laeringsnettverk.municipalities","county":"x","population_date":"d",
      "population_source":"s","municipalities":[{"number":"301","name":"A","population":5,"population_date":"d",
      "source":"s","number_2024":"3101","orgnr":"1"}]})");
    CHECK(e.error().message.key == "municipality.bad_number");
    CHECK(e.error().path == "municipalities[0].number");
    CHECK(parse_municipalities(R"({"format":3})").error().message.key == "json.wrong_type.string");
}
