#pragma once
// Dates are stored as ISO 8601 (2022-03-03) and shown the Norwegian way (03.03.2022).
#include <string>
#include <string_view>

namespace ln {

// "2022-03-03" → "03.03.2022"; anything that is not an ISO date is returned unchanged.
std::string format_date(std::string_view iso);

}  // namespace ln
