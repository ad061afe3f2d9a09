#pragma once
// The data that ships inside the app and the CLI (assets/, embedded at build time), parsed once.
#include <optional>
#include <string_view>

#include "catalog.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "sdgs.hpp"

namespace ln {

struct Bundled {
    Bundled(Program p, MunicipalityList m, std::vector<Sdg> s)
        : program(std::move(p)), municipalities(std::move(m)), sdgs(std::move(s)) {}

    Program program;
    MunicipalityList municipalities;
    std::vector<Sdg> sdgs;

    // The message catalogues are parsed when first asked for, so a start in one language reads only that
    // one (a third of the embedded JSON each). Not for use from several threads at once.
    const Catalog& catalog(std::string_view language) const;
    const Catalog& nb() const { return catalog("nb"); }
    const Catalog& en() const { return catalog("en"); }

private:
    mutable std::optional<Catalog> nb_, en_;
};

// Parses the embedded assets. Fails only if a shipped file is broken, which the tests rule out; callers
// still show the error rather than crash.
Result<Bundled> load_bundled();

}  // namespace ln
