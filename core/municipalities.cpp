#include "municipalities.hpp"

#include <algorithm>

#include "json_reader.hpp"

namespace ln {

Result<MunicipalityList> parse_municipalities(std::string_view json_text) {
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    JsonReader r(*doc, "");
    const std::string format = r.string("format");
    if (!r.failed() && format != "ks.laeringsnettverk.municipalities")
        return make_error("format.unknown", {{"format", format}}, "format");
    MunicipalityList out;
    out.county = r.string("county");
    out.population_date = r.string("population_date");
    out.population_source = r.string("population_source");
    out.population_table = r.optional_string("population_table").value_or("");
    const Json& arr = r.array("municipalities");
    for (std::size_t i = 0; i < arr.size() && !r.failed(); ++i) {
        JsonReader m(arr[i], JsonReader::index_path("municipalities", i));
        Municipality mu{m.string("number"), m.string("name"), m.integer("population"), m.string("population_date"),
                        m.string("source"), m.string("number_2024"), m.string("orgnr")};
        if (!m.failed() && (mu.number.size() != 4 || !std::all_of(mu.number.begin(), mu.number.end(), ::isdigit)))
            m.fail(make_error("municipality.bad_number", {{"number", mu.number}}, m.path_of("number")));
        if (!m.failed() && mu.population < 1)
            m.fail(make_error("municipality.bad_population", {{"name", mu.name}}, m.path_of("population")));
        if (m.failed()) r.fail(m.error());
        out.items.push_back(std::move(mu));
    }
    if (r.failed()) return r.error();
    return out;
}

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            // Upper-case Æ Ø Å (C3 86, C3 98, C3 85) → æ ø å (C3 A6, C3 B8, C3 A5); other Latin-1 too.
            unsigned char d = static_cast<unsigned char>(text[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) d = static_cast<unsigned char>(d + 0x20);
            out += static_cast<char>(c);
            out += static_cast<char>(d);
            ++i;
        } else if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
        } else {
            out += static_cast<char>(c);
        }
    }
    // People without a Norwegian keyboard write å as "aa" (Ål → "aal").
    for (std::size_t pos; (pos = out.find("aa")) != std::string::npos;) out.replace(pos, 2, "\xC3\xA5");
    return out;
}

std::string municipality_label(const Municipality& m) { return m.name + " (" + m.number + ")"; }

std::vector<std::string> municipality_labels(const MunicipalityList& list, const std::vector<std::size_t>& indices) {
    std::vector<std::string> out;
    for (auto i : indices)
        if (i < list.items.size()) out.push_back(municipality_label(list.items[i]));
    return out;
}

std::vector<std::size_t> find_municipalities(const std::vector<Municipality>& list, std::string_view query) {
    const std::string q = fold_for_search(query);
    std::string trimmed = q;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(trimmed.begin());
    struct Match {
        int rank;  // 0 = prefix, 1 = word prefix, 2 = contains
        std::string name;  // folded, for the order within a rank
        std::size_t index;
    };
    std::vector<Match> ranked;
    if (trimmed.empty()) return {};
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string name = fold_for_search(list[i].name);
        int rank = -1;
        if (name.rfind(trimmed, 0) == 0 || list[i].number.rfind(trimmed, 0) == 0) rank = 0;
        else if (name.find(" " + trimmed) != std::string::npos || name.find("-" + trimmed) != std::string::npos ||
                 name.find("(" + trimmed) != std::string::npos) rank = 1;
        else if (name.find(trimmed) != std::string::npos) rank = 2;
        if (rank < 0) continue;
        // Put in order as found (a county's few dozen at most): stable, and no sorting machinery in the
        // browser's download.
        Match m{rank, std::move(name), i};
        auto at = ranked.end();
        while (at != ranked.begin() && (m.rank < (at - 1)->rank || (m.rank == (at - 1)->rank && m.name < (at - 1)->name))) --at;
        ranked.insert(at, std::move(m));
    }
    std::vector<std::size_t> out;
    for (const auto& m : ranked) out.push_back(m.index);
    return out;
}

}  // namespace ln
