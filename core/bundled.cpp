#include "bundled.hpp"

#include "ln_assets.hpp"

namespace ln {

Result<Bundled> load_bundled() {
    auto nb = Catalog::parse(embedded::catalog_nb);
    if (!nb) return nb.error();
    auto en = Catalog::parse(embedded::catalog_en);
    if (!en) return en.error();
    auto program = parse_program(embedded::program_json);
    if (!program) return program.error();
    auto municipalities = parse_municipalities(embedded::municipalities_json);
    if (!municipalities) return municipalities.error();
    auto sdgs = parse_sdgs(embedded::sdgs_json);
    if (!sdgs) return sdgs.error();
    return Bundled{std::move(program.value()), std::move(municipalities.value()), std::move(nb.value()),
                   std::move(en.value()), std::move(sdgs.value())};
}

}  // namespace ln
