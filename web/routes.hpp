#pragma once
// The views a person can open, and their addresses in the URL hash (the contract the tests rely on).
#include <string_view>

namespace ln::web {

enum class Route { Fee, Enrollment, Case, Program, Statement, Desk };

struct RouteInfo {
    Route route;
    std::string_view hash;
    const char* nav_key;  // the view's name in the catalog: its tab, and the page title
    bool in_nav;          // a tab at the top (the accessibility statement is linked from the footer)
};
inline constexpr RouteInfo kRoutes[] = {
    {Route::Fee, "#/avgift", "nav.fee", true},
    {Route::Enrollment, "#/pamelding", "nav.enrollment", true},
    {Route::Case, "#/case", "nav.case", true},
    {Route::Program, "#/program", "nav.program", true},
    {Route::Statement, "#/tilgjengelighet", "nav.statement", false},
    {Route::Desk, "#/mottak", "nav.desk", false},  // KS's own: linked from the footer
};

// The views whose every frame shows (and edits) the stored work: they wait for it to be loaded.
constexpr bool shows_stored_work(Route r) { return r == Route::Enrollment || r == Route::Case || r == Route::Desk; }

// "#/avgift" → Route::Fee; anything unknown is the fee view. And the canonical hash of a route.
Route route_from_hash(std::string_view hash);
std::string_view hash_of(Route route);
const RouteInfo& route_info(Route route);

}  // namespace ln::web
