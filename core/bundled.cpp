#include "bundled.hpp"

#include "ln_assets.hpp"

namespace ln {

const Catalog& Bundled::catalog(std::string_view language) const {
    if (auto it = catalogs_.find(language); it != catalogs_.end()) return it->second;
    // The shipped catalogues parse (tests/core/test_catalog.cpp); were one broken or absent, its keys show.
    auto parsed = Catalog::parse(embedded_catalog(language));
    if (!parsed) parsed = Catalog::parse(R"({"language":")" + std::string(supported_language(language)) + R"(","texts":{}})");
    return catalogs_.emplace(std::string(language), std::move(parsed.value())).first->second;
}

bool Bundled::has_catalog(std::string_view language) const {
    if (auto it = catalogs_.find(language); it != catalogs_.end()) return !it->second.texts().empty();
    return !embedded_catalog(language).empty();
}

Result<std::string> Bundled::add_catalog(std::string_view json_text) {
    auto parsed = Catalog::parse(json_text);
    if (!parsed) return parsed.error();
    std::string language = parsed->language();
    if (supported_language(language) != language) return make_error("catalog.language", {{"language", language}});
    catalogs_.insert_or_assign(language, std::move(parsed.value()));
    return language;
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
