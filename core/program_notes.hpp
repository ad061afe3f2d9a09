#pragma once
// The sentences about what a program states beyond its texts — how and where a gathering is, the sign-up
// deadline and participant limit — as «Om nettverket» and the sign-up say them, in the catalog's language.
// Each is nothing when the program does not say (the invitation of 2022 says none of them).
#include <optional>
#include <string>

#include "catalog.hpp"
#include "municipalities.hpp"
#include "program.hpp"

namespace ln {

// «Fysisk samling, Drammen.», «Digital samling.», «Sted: Lillestrøm.»
std::optional<std::string> gathering_where(const Catalog& cat, const Gathering& g);
// «Påmeldingsfrist: 15.02.2027.»
std::optional<std::string> deadline_note(const Catalog& cat, const Program& p);
// «Inntil 6 deltakere fra hver kommune.»
std::optional<std::string> participants_note(const Catalog& cat, const Program& p);
// «Regioner: Testregion A (Gol, Hemsedal, Ål); Testregion B (Hole, Ringerike).» — the names from `list`.
std::optional<std::string> regions_note(const Catalog& cat, const Program& p, const MunicipalityList& list);

}  // namespace ln
