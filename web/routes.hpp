#pragma once
// The views a person can open, and their addresses in the URL hash (the contract the tests rely on).
#include <string_view>

namespace ln::web {

enum class Route { Fee, Enrollment, Case, Program };

struct RouteInfo {
    Route route;
    std::string_view hash;
    const char* nav_key;  // the tab's label in the catalog
};
inline constexpr RouteInfo kRoutes[] = {
    {Route::Fee, "#/avgift", "nav.fee"},
    {Route::Enrollment, "#/pamelding", "nav.enrollment"},
    {Route::Case, "#/case", "nav.case"},
    {Route::Program, "#/program", "nav.program"},
};

// "#/avgift" → Route::Fee; anything unknown is the fee view. And the canonical hash of a route.
Route route_from_hash(std::string_view hash);
std::string_view hash_of(Route route);

}  // namespace ln::web
