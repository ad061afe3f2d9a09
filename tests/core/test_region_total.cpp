// Several municipalities together: each one's fee from SSB's population, the sum, travel for all.
#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "file_text.hpp"
#include "region_total.hpp"

using namespace ln;

namespace {
std::size_t index_of(const std::string& name) {
    const auto& items = data().municipalities.items;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].name == name) return i;
    FAIL("no municipality " << name);
    return 0;
}
std::vector<std::size_t> hallingdal() {
    std::vector<std::size_t> r;
    for (const char* n : {"Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol"}) add_to_region(r, index_of(n), data().municipalities);
    return r;
}
const std::string nbsp = "\u00a0";
}  // namespace

TEST_CASE("region: the six in Hallingdal each pay the first bracket; the sum and the population add up") {
    const auto t = region_total(data().program, data().municipalities, hallingdal(), std::nullopt);
    REQUIRE(t.rows.size() == 6);
    for (const auto& r : t.rows) CHECK(r.quote.fee == 11625);
    CHECK(t.fees == 6 * 11625);
    CHECK(t.population == 1057 + 3273 + 4667 + 2611 + 4650 + 4504);
    CHECK(t.travel == 0);
    CHECK(t.total() == 69750);
    CHECK(region_live(data().nb(), t) == "6 kommuner sammen: avgift kr" + nbsp + "69" + nbsp + "750, totalt kr" + nbsp + "69" + nbsp + "750.");
    CHECK(region_live(data().en(), t) == "6 municipalities together: fees kr" + nbsp + "69" + nbsp + "750, total kr" + nbsp + "69" + nbsp + "750.");
}

TEST_CASE("region: a municipality is added once, in order; one from outside the list is not") {
    std::vector<std::size_t> r;
    CHECK(add_to_region(r, index_of("Bærum"), data().municipalities));
    CHECK(add_to_region(r, index_of("Asker"), data().municipalities));
    CHECK_FALSE(add_to_region(r, index_of("Bærum"), data().municipalities));
    CHECK_FALSE(add_to_region(r, 9999, data().municipalities));
    REQUIRE(r.size() == 2);
    CHECK(data().municipalities.items[r[0]].name == "Bærum");
    const auto t = region_total(data().program, data().municipalities, r, std::nullopt);
    CHECK(t.fees == 55000 + 55000);  // both in the open top bracket
    CHECK(region_live(data().nb(), region_total(data().program, data().municipalities, {r[0]}, std::nullopt))
              .rfind("1 kommune sammen", 0) == 0);
}

TEST_CASE("region: each municipality's travel and lodging estimate counts once per municipality") {
    TravelEstimate each{3 * 4 * 1000, 3 * 4 * 1500};  // 3 people, 4 gatherings, 1 000 + 1 500 kr
    const auto t = region_total(data().program, data().municipalities, hallingdal(), each);
    CHECK(t.travel == 6 * 30000);
    CHECK(t.total() == 69750 + 180000);
}

TEST_CASE("region: the table to paste and the CSV to download") {
    TravelEstimate each{1000, 500};
    const auto t = region_total(data().program, data().municipalities, hallingdal(), each);
    const std::string text = region_text(data().nb(), data().municipalities, t);
    CHECK(text.rfind("Kommune\tInnbyggere\tAvgift\nFlå (3039)\t1" + nbsp + "057\tkr" + nbsp + "11" + nbsp + "625\n", 0) == 0);
    CHECK(text.find("Sum (6 kommuner)\t20" + nbsp + "762\tkr" + nbsp + "69" + nbsp + "750\n") != std::string::npos);
    CHECK(text.find("Reise og opphold for alle (anslått)\t\tkr" + nbsp + "9" + nbsp + "000\n") != std::string::npos);
    CHECK(text.find("Totalt for kommunene\t\tkr" + nbsp + "78" + nbsp + "750\n") != std::string::npos);
    const std::string csv = region_csv(data().nb(), data().municipalities, t);
    CHECK(csv.rfind("\xEF\xBB\xBFKommunenummer;Kommune;Innbyggere;Avgift\r\n3039;Flå;1057;11625\r\n", 0) == 0);
    CHECK(csv.find(";Sum (6 kommuner);20762;69750\r\n") != std::string::npos);
    CHECK(csv.find(";Totalt for kommunene;;78750\r\n") != std::string::npos);
    CHECK(region_file_name(data().municipalities, t) == "avgift-fla-nesbyen-gol-hemsedal-al-hol.csv");
    CHECK(municipality_label(data().municipalities.items[t.rows[0].municipality]) == "Flå (3039)");
    // Without a travel estimate there are no travel and total lines.
    const auto bare = region_total(data().program, data().municipalities, hallingdal(), std::nullopt);
    CHECK(region_csv(data().nb(), data().municipalities, bare).find("Totalt") == std::string::npos);
    CHECK(region_text(data().nn(), data().municipalities, bare).find("Sum (6 kommunar)") != std::string::npos);
}

TEST_CASE("region: a region KS names is added whole, by 2020 or 2024 numbers, each municipality once") {
    NamedRegion named{"Hallingdal", {"3039", "3040", "3324", "3042", "3328", "3044"}};  // Gol and Ål by their 2024 numbers
    CHECK(region_members(named, data().municipalities) == hallingdal());
    std::vector<std::size_t> region{index_of("Gol"), index_of("Bærum")};
    CHECK(add_named_region(region, named, data().municipalities) == 5);  // Gol was there
    CHECK(region.size() == 7);
    CHECK(region[0] == index_of("Gol"));
    CHECK(region[2] == index_of("Flå"));
    CHECK(add_named_region(region, named, data().municipalities) == 0);
}

TEST_CASE("region: a program's regions name municipalities of the list, or the first that is not is said") {
    Program p = data().program;
    CHECK_FALSE(check_regions(p, data().municipalities));
    p.regions = {{"Hallingdal", {"3039", "3324"}}, {"Andre", {"3007", "5001"}}};
    const auto e = check_regions(p, data().municipalities);
    REQUIRE(e);
    CHECK(e->message.key == "program.region_unknown");
    CHECK(e->path == "regions[1].municipalities[1]");
    // Left out of the region where the list lacks it.
    CHECK(region_members(p.regions[1], data().municipalities).size() == 1);
}

TEST_CASE("region: a program file is read with its regions held to the municipality list") {
    std::string text = file_text(LN_TEST_DATA "/programs/test-seks-trinn-tre-samlinger.json");
    auto read = read_program_file(text, data().municipalities);
    REQUIRE(read);
    CHECK(read->regions.size() == 2);
    text.replace(text.find("\"3038\""), 6, "\"5001\"");
    const auto refused = read_program_file(text, data().municipalities);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.key == "program.region_unknown");
    CHECK(refused.error().path == "regions[1].municipalities[1]");
    CHECK(read_program_file("{", data().municipalities).error().message.key == "json.truncated");
}
