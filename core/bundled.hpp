#pragma once
// The data that ships inside the app and the CLI (assets/, embedded at build time), parsed once.
#include <string_view>

#include "catalog.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "sdgs.hpp"

namespace ln {

struct Bundled {
    Program program;
    MunicipalityList municipalities;
    Catalog nb, en;
    std::vector<Sdg> sdgs;

    const Catalog& catalog(std::string_view language) const { return language == "en" ? en : nb; }
};

// Parses the embedded assets. Fails only if a shipped file is broken, which the tests rule out; callers
// still show the error rather than crash.
Result<Bundled> load_bundled();

}  // namespace ln
