#pragma once
// A sign-up as a municipality sends it, complete and ready: the tests of intake, of KS-mottak in core and
// of its view start from it and change what they test.
#include <algorithm>
#include <string_view>

#include "enrollment.hpp"
#include "municipalities.hpp"

namespace ln::test {

inline const Municipality& named(const MunicipalityList& list, std::string_view name) {
    return *std::find_if(list.items.begin(), list.items.end(), [&](const Municipality& m) { return m.name == name; });
}

inline Enrollment signed_up(const MunicipalityList& list, std::string_view name) {
    Enrollment e;
    pick_municipality(e, named(list, name));
    e.invoice_address = "Postboks 1";
    e.invoice_reference = "EHF-1";
    e.contact = {"Kari Nordmann", "Næringssjef", "kari@example.no", "93457137"};
    e.group = {{"Ola", "Ordfører", "ola@example.no", Side::Political}, {"Anne", "Direktør", "anne@example.no", Side::Administrative}};
    e.case_sketch = {"Tittel", "Problem", ""};
    e.travel_costs_acknowledged = true;
    return e;
}

}  // namespace ln::test
