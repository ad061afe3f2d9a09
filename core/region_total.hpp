#pragma once
// Several municipalities deciding together («what does it cost the six of us?», a region such as
// Hallingdal): each one's fee from SSB's population, the sum, and the travel and lodging estimate for
// all of them, as a table to copy or download.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "fee_schedule.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "travel.hpp"

namespace ln {

struct RegionRow {
    std::size_t municipality = 0;  // index into the municipality list
    Quote quote;                   // from SSB's population, as KS invoices
};

struct RegionTotal {
    std::vector<RegionRow> rows;  // in the order they were added
    std::int64_t population = 0;
    std::int64_t fees = 0;
    std::int64_t travel = 0;      // each municipality's travel and lodging estimate, for all of them
    std::int64_t total() const { return fees + travel; }
};

// Adds a municipality once (the order kept); false when it was already there or is not in the list.
bool add_to_region(std::vector<std::size_t>& region, std::size_t municipality, const MunicipalityList& list);

// A named region's municipalities in the list (by 2020 or 2024 number), in the region's order. Those the
// list does not have are left out; check_regions tells about them.
std::vector<std::size_t> region_members(const NamedRegion& region, const MunicipalityList& list);
// Adds a named region's municipalities not already there; returns how many were added.
std::size_t add_named_region(std::vector<std::size_t>& region, const NamedRegion& named, const MunicipalityList& list);
// A program's regions against the municipality list in use: the first number it does not have, with its path
// ("regions[1].municipalities[3]"), else nothing.
std::optional<Error> check_regions(const Program& program, const MunicipalityList& list);
// A program file as the app and the CLI take it: parse_program, then its regions against `list`.
Result<Program> read_program_file(std::string_view text, const MunicipalityList& list);

// `each`: one municipality's travel and lodging (the fee view's estimate), counted once per municipality.
RegionTotal region_total(const Program& program, const MunicipalityList& list, const std::vector<std::size_t>& region,
                         const std::optional<TravelEstimate>& each);

// The table as plain text with tabs between the columns: pasted into a spreadsheet it fills the cells, in an
// e-mail it reads as a table. The last lines are the sum, the travel (when estimated) and the total.
std::string region_text(const Catalog& cat, const MunicipalityList& list, const RegionTotal& t);
// The same as CSV, like KS's intake overview (UTF-8 with BOM, semicolons, formula-safe cells, plain digits).
std::string region_csv(const Catalog& cat, const MunicipalityList& list, const RegionTotal& t);
// The CSV's file name, ASCII and capped: «avgift-gol-hemsedal-al.csv».
std::string region_file_name(const MunicipalityList& list, const RegionTotal& t);
// What #live says: «3 kommuner sammen: avgift kr 63 000, totalt kr 75 000.»
std::string region_live(const Catalog& cat, const RegionTotal& t);

}  // namespace ln
