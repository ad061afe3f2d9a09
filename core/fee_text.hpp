#pragma once
// The sentences about a fee quote that both the web app and the CLI say, in the catalog's language.
#include <optional>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "fee_schedule.hpp"
#include "municipalities.hpp"
#include "program.hpp"

namespace ln {

// "opp til 5 000", "10 001–15 000", "40 001 og mer"
std::string bracket_range(const Catalog& cat, const Bracket& b, bool first);
// The bracket table as it is shown everywhere (the fee view, «Om nettverket», the page without WebAssembly):
// one row per bracket, its range and its fee: {"10 001–15 000", "kr 28 250"}.
struct FeeTableRow {
    std::string range, fee;
};
std::vector<FeeTableRow> fee_table(const Catalog& cat, const FeeSchedule& fees);

// What a quote's fee follows, in the brackets' words or the rule's: «10 001–15 000», «kr 2,50 per
// innbygger», «minstebeløpet».
std::string quote_basis(const Catalog& cat, const Quote& q);
// «Avgiften er kr 2,50 per innbygger, minst kr 10 000 og høyst kr 60 000.»
std::string fee_rule(const Catalog& cat, const PerInhabitant& r);
// «Avgift kr 28 250 for 12 000 innbyggere (10 001–15 000)»: the one-line result, also for #live.
std::string quote_summary(const Catalog& cat, const Quote& q);
// Where the populations come from, in the catalogue's language («Statistics Norway (SSB), table 07459»).
std::string population_source(const Catalog& cat, const MunicipalityList& list);
// «kr 2,35 per innbygger»
std::string quote_per_inhabitant(const Catalog& cat, const Quote& q);
// «Neste trinn, kr 34 625, gjelder fra 15 001 innbyggere (3 001 flere).» or «Dette er høyeste trinn.»;
// for a fee per inhabitant, its rule.
std::string quote_next(const Catalog& cat, const Quote& q);

// «Beløpene er uten merverdiavgift.», as the program states it; nothing when it does not say.
std::optional<std::string> vat_note(const Catalog& cat, Vat vat);

}  // namespace ln
