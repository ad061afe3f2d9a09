#pragma once
// The municipalities a user can pick from (Viken 2020–2023), with the population figure that prefills
// the fee calculator and where that figure comes from.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace ln {

struct Municipality {
    std::string number;           // 4 digits, e.g. "3024"
    std::string name;             // e.g. "Bærum"
    std::int64_t population = 0;  // residents on population_date
    std::string population_date;  // ISO 8601
    std::string source;
    std::string number_2024;      // after Viken was split on 1 January 2024
    std::string orgnr;            // organisation number (9 digits)
};

struct MunicipalityList {
    std::string county;
    std::string population_date;
    std::string population_source;  // as SSB names it, in Norwegian
    std::string population_table;   // SSB's table number ("07459"): the source in the user's words
    std::vector<Municipality> items;
};

Result<MunicipalityList> parse_municipalities(std::string_view json_text);

// Indices of the municipalities whose name or number matches what the user typed, best first: a name
// or number that starts with the query before one that merely contains it, then alphabetically.
// Case-insensitive for æøå too; an empty query matches none.
std::vector<std::size_t> find_municipalities(const std::vector<Municipality>& list, std::string_view query);

// A municipality as lists and tables name it: «Gol (3041)».
std::string municipality_label(const Municipality& m);
// The labels of the municipalities at `indices` (find_municipalities' answer, as suggestions).
std::vector<std::string> municipality_labels(const MunicipalityList& list, const std::vector<std::size_t>& indices);

// Lower-cases ASCII and the Norwegian letters ÆØÅ, and folds aa to å, for matching typed names.
std::string fold_for_search(std::string_view text);

}  // namespace ln
