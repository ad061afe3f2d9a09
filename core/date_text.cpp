#include "date_text.hpp"

#include "dates.hpp"

namespace ln {

std::optional<std::string> understood_date_note(const Catalog& cat, std::string_view typed) {
    const auto iso = understood_date(typed);
    if (!iso) return std::nullopt;
    return cat.text("date.understood", {{"weekday", cat.text("weekday." + std::to_string(iso_weekday(*iso)))},
                                        {"date", format_date(*iso)}});
}

}  // namespace ln
