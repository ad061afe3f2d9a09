#include "bundled.hpp"

#include "ln_assets.hpp"

namespace ln {

const Catalog& Bundled::catalog(std::string_view language) const {
    const bool english = language == "en";
    std::optional<Catalog>& slot = english ? en_ : nb_;
    if (!slot) {
        // The shipped catalogues parse (tests/core/test_catalog.cpp); were one broken, its keys would show.
        auto parsed = Catalog::parse(english ? embedded::catalog_en : embedded::catalog_nb);
        slot = parsed ? std::move(parsed.value()) : Catalog::parse(R"({"language":"nb","texts":{}})").value();
    }
    return *slot;
}

Result<Bundled> load_bundled() {
    auto program = parse_program(embedded::program_json);
    if (!program) return program.error();
    auto municipalities = parse_municipalities(embedded::municipalities_json);
    if (!municipalities) return municipalities.error();
    auto sdgs = parse_sdgs(embedded::sdgs_json);
    if (!sdgs) return sdgs.error();
    return Bundled{std::move(program.value()), std::move(municipalities.value()), std::move(sdgs.value())};
}

}  // namespace ln
