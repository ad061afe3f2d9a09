#pragma once
// Dates in the user's words, for the form: what a typed date was understood as.
#include <optional>
#include <string>
#include <string_view>

#include "catalog.hpp"

namespace ln {

// «Forstått som tirsdag 15.03.2022.» for "15.3.22"; nothing when the text is already written that way,
// is empty, or is no date.
std::optional<std::string> understood_date_note(const Catalog& cat, std::string_view typed);

}  // namespace ln
