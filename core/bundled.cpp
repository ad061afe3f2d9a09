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
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    auto parsed = Catalog::from_json(*doc);
    if (!parsed) return parsed.error();
    std::string language = parsed->language();
    if (supported_language(language) != language) return make_error("catalog.language", {{"language", language}});
    // The browser's copy of a catalogue carries the program's translation into its language too
    // (cmake/web_catalog.mjs), so a visitor downloads the program's texts in one language only.
    if (doc->contains("program")) {
        const Json& programs = (*doc)["program"];
        if (programs.is_object() && programs.contains(program.id)) {
            auto added = add_translation(program, language, programs[program.id], "program." + program.id);
            if (!added) return added.error();
        }
    }
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
