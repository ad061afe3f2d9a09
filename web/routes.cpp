#include "routes.hpp"

namespace ln::web {

Route route_from_hash(std::string_view hash) {
    for (const auto& r : kRoutes)
        if (r.hash == hash) return r.route;
    return Route::Fee;
}

std::string_view hash_of(Route route) {
    for (const auto& r : kRoutes)
        if (r.route == route) return r.hash;
    return kRoutes[0].hash;
}

const RouteInfo& route_info(Route route) {
    for (const auto& r : kRoutes)
        if (r.route == route) return r;
    return kRoutes[0];
}

}  // namespace ln::web
