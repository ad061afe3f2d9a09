// Build tool: the texts of the page shown where the app cannot run (no WebAssembly or WebGL2), made from
// core at build time so that the fee table there is formatted by the same code as in the app.
// Writes fallback.json: per language, the headings, the bracket table, the costs and whom to ask.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "bundled.hpp"
#include "fee_text.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fallback_page OUT.json\n";
        return 2;
    }
    auto data = ln::load_bundled();
    if (!data) {
        std::cerr << "bundled data: " << data.error().path << " " << data.error().message.key << "\n";
        return 1;
    }
    const ln::Program& p = data.value().program;
    nlohmann::ordered_json out;
    for (const char* lang : {"nb", "en"}) {
        const ln::Catalog& cat = data.value().catalog(lang);
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& r : ln::fee_table(cat, p.fees)) rows.push_back({r.range, r.fee});
        out[lang] = {
            {"title", cat.text("app.title")},
            {"fee_heading", cat.text("program.costs")},
            {"basis", p.fee_basis},
            {"headers", {cat.text("fee.table.population"), cat.text("fee.table.fee")}},
            {"rows", rows},
            {"own_costs", p.own_costs},
            {"contact", cat.text("program.contact") + " " +
                            cat.text("program.contact_text", {{"name", p.contact.name}, {"organisation", p.contact.organisation},
                                                              {"phone", p.contact.phone}, {"email", p.contact.email}})},
        };
    }
    std::ofstream file(argv[1], std::ios::binary);
    file << out.dump() << "\n";
    return file ? 0 : 1;
}
