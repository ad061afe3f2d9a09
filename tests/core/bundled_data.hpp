#pragma once
// The shipped data, parsed once for all core tests.
#include "bundled.hpp"

inline const ln::Bundled& data() {
    static const ln::Bundled d = ln::load_bundled().value();
    return d;
}
