#pragma once
// A sign-up checked against the bundled municipality register (SSB): the number (2020–2023 or from 2024),
// the name, the organisation number and the population. KS invoices from what a file says, so a file must
// not be able to choose its own bracket: the fee follows SSB's figure whenever the municipality is known.
#include <optional>
#include <string_view>
#include <vector>

#include "enrollment.hpp"
#include "fee_schedule.hpp"
#include "municipalities.hpp"
#include "program.hpp"

namespace ln {

struct RegisterMatch {
    const Municipality* municipality = nullptr;  // the register's entry for the number, if any
    bool by_number_2024 = false;                 // the number given is the one in use from 2024
};
RegisterMatch find_by_number(const MunicipalityList& list, std::string_view number);
const Municipality* find_by_orgnr(const MunicipalityList& list, std::string_view orgnr);
// Whether a name as people write it («Bærum kommune», «våler») is the register's name.
bool same_municipality_name(std::string_view typed, const Municipality& m);

// Findings at the municipality's paths: register.unknown_number, register.number_2024 (a warning that
// says the 2020 number and name), register.name_mismatch, register.orgnr_mismatch, register.orgnr_other,
// register.population_differs (error: another bracket) and register.population_differs_same_fee (warning).
std::vector<Finding> check_register(const Enrollment& e, const MunicipalityList& list, const Program& program,
                                    NumberStyle style = NumberStyle::Norwegian);

// The population the fee is computed from: SSB's figure when the municipality is known, otherwise the one
// typed (which validate() checks).
std::optional<std::int64_t> checked_population(const Enrollment& e, const MunicipalityList& list, NumberStyle style = NumberStyle::Norwegian);
std::optional<Quote> checked_quote(const Enrollment& e, const MunicipalityList& list, const Program& program, NumberStyle style = NumberStyle::Norwegian);

// validate() and check_register() together: what the form shows and what KS checks.
std::vector<Finding> validate(const Enrollment& e, const Program& program, const MunicipalityList& list, NumberStyle style = NumberStyle::Norwegian);

}  // namespace ln
