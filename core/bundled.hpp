#pragma once
// The data that ships with the app and the CLI (assets/, embedded at build time), parsed once.
#include <map>
#include <string>
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

    // A language's message catalogue. Built in (the CLI, the tests, the build tools): parsed when first
    // asked for, so a start in one language reads only that one. In the browser each language is its own
    // file, fetched by the page and handed over with add_catalog; until then (never, in a correct app) a
    // language has an empty catalogue whose keys show as [key]. Not for use from several threads at once.
    const Catalog& catalog(std::string_view language) const;
    // Whether catalog(language) has its texts now, without fetching anything.
    bool has_catalog(std::string_view language) const;
    // A catalogue fetched by the page; it replaces one of the same language. It may carry the program's
    // translation into its language ("program": {id: translation}), which is added to `program`. Fails on
    // a broken file.
    Result<std::string> add_catalog(std::string_view json_text);
    const Catalog& nb() const { return catalog("nb"); }
    const Catalog& nn() const { return catalog("nn"); }
    const Catalog& en() const { return catalog("en"); }

private:
    mutable std::map<std::string, Catalog, std::less<>> catalogs_;
};

// The catalogue built into this program for a language of kLanguages, or empty where the catalogues are
// fetched instead (the browser app links catalogs_fetched.cpp, everything else catalogs_embedded.cpp).
std::string_view embedded_catalog(std::string_view language);

// Parses the embedded assets. Fails only if a shipped file is broken, which the tests rule out; callers
// still show the error rather than crash.
Result<Bundled> load_bundled();

}  // namespace ln
