#pragma once
// The municipality's own travel and lodging for the gatherings, which the invitation says come on top
// of the fee: participants × gatherings attended in person × (travel + lodging per person and gathering).
#include <cstdint>

#include "result.hpp"

namespace ln {

inline constexpr std::int64_t kMaxParticipants = 100;
inline constexpr std::int64_t kMaxCostPerPerson = 100'000;  // kroner per person and gathering

struct TravelInput {
    std::int64_t participants = 0;
    std::int64_t gatherings = 0;          // gatherings attended in person
    std::int64_t travel_per_person = 0;   // kroner per person and gathering
    std::int64_t lodging_per_person = 0;  // kroner per person and gathering
};

struct TravelEstimate {
    std::int64_t travel = 0;   // all travel, kroner
    std::int64_t lodging = 0;  // all lodging, kroner
    std::int64_t total() const { return travel + lodging; }
};

// Errors name the field in the path: participants, gatherings, travel_per_person, lodging_per_person.
Result<TravelEstimate> estimate_travel(const TravelInput& in, std::int64_t max_gatherings);

}  // namespace ln
