#include "travel.hpp"

#include <optional>

#include "numbers.hpp"

namespace ln {

Result<TravelEstimate> estimate_travel(const TravelInput& in, std::int64_t max_gatherings) {
    auto check = [](std::int64_t v, std::int64_t max, const char* field) -> std::optional<Error> {
        if (v < 0) return make_error("number.negative", {{"min", "0"}}, field);
        if (v > max) return make_error("number.too_large", {{"max", format_number(max)}}, field);
        return std::nullopt;
    };
    if (auto e = check(in.participants, kMaxParticipants, "participants")) return *e;
    if (auto e = check(in.gatherings, max_gatherings, "gatherings")) return *e;
    if (auto e = check(in.travel_per_person, kMaxCostPerPerson, "travel_per_person")) return *e;
    if (auto e = check(in.lodging_per_person, kMaxCostPerPerson, "lodging_per_person")) return *e;
    const std::int64_t person_gatherings = in.participants * in.gatherings;
    return TravelEstimate{person_gatherings * in.travel_per_person, person_gatherings * in.lodging_per_person};
}

}  // namespace ln
