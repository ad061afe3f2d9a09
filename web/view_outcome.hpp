#pragma once
// What a view's frame did, for the app to act on: the views edit the workspace in place and say so here,
// instead of the app comparing copies of the documents every frame.
#include <optional>

#include "routes.hpp"

namespace ln::web {

struct ViewOutcome {
    bool edited = false;        // the workspace changed (a field, a list, an applied import)
    bool exported = false;      // a file with the work left the browser (export, report)
    std::optional<Route> go;    // the user asked for another view

    ViewOutcome& operator|=(const ViewOutcome& o) {
        edited |= o.edited;
        exported |= o.exported;
        if (o.go) go = o.go;
        return *this;
    }
};

}  // namespace ln::web
