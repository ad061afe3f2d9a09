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
    std::vector<std::pair<int, std::size_t>> ranked;  // (rank, index): 0 = prefix, 1 = word prefix, 2 = contains
    if (trimmed.empty()) return {};
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string name = fold_for_search(list[i].name);
        int rank = -1;
        if (name.rfind(trimmed, 0) == 0 || list[i].number.rfind(trimmed, 0) == 0) rank = 0;
        else if (name.find(" " + trimmed) != std::string::npos || name.find("-" + trimmed) != std::string::npos ||
                 name.find("(" + trimmed) != std::string::npos) rank = 1;
        else if (name.find(trimmed) != std::string::npos) rank = 2;
        if (rank >= 0) ranked.emplace_back(rank, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return fold_for_search(list[a.second].name) < fold_for_search(list[b.second].name);
    });
    std::vector<std::size_t> out;
    for (const auto& [rank, i] : ranked) out.push_back(i);
    return out;
}

}  // namespace ln
