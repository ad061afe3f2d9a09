#pragma once
// The fee calculator as a form: what the user typed in, everything the page shows out. The web view only
// draws this; every rule (parsing, brackets, travel, total, what the live region says) is here.
#include <cstddef>
#include <optional>
#include <string>

#include "catalog.hpp"
#include "fee_schedule.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "travel.hpp"

namespace ln {

struct FeeCalculatorInput {
    std::string population;                   // as typed
    std::optional<std::size_t> municipality;  // index into the municipality list, when one was picked
    std::string participants;                 // travel estimate fields, as typed; empty counts as 0
    std::string gatherings;                   // empty: all gatherings
    std::string travel_per_person;
    std::string lodging_per_person;
    NumberStyle style = NumberStyle::Norwegian;  // how the person types numbers (the page's language)
};

struct FieldError {
    std::string field;  // "population", "participants", "gatherings", "travel_per_person", "lodging_per_person"
    Message message;
};

struct FeeCalculation {
    std::optional<Quote> quote;                 // none while the population is empty or wrong
    std::optional<FieldError> population_error; // none while empty: an empty field is not a mistake
    std::optional<TravelEstimate> travel;       // none when a travel field is wrong
    std::vector<FieldError> travel_errors;
    std::optional<std::int64_t> total;          // fee + travel and lodging, when both are known
    bool population_edited = false;             // differs from the picked municipality's figure
    std::int64_t gatherings_counted = 0;
};

// The numbers typed, carried from the form's number style to every style (a change of language).
void carry_numbers(FeeCalculatorInput& in);
// Prefills the form from a picked municipality (its population, still editable).
void pick_municipality(FeeCalculatorInput& in, const MunicipalityList& list, std::size_t index);

FeeCalculation calculate(const Program& program, const MunicipalityList& list, const FeeCalculatorInput& in);

// What the page says in one line: the #live region and screen readers.
std::string live_text(const Catalog& cat, const FeeCalculation& calc);

}  // namespace ln
