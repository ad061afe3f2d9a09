#include "region_total.hpp"

#include <algorithm>

#include "identifiers.hpp"
#include "intake.hpp"
#include "numbers.hpp"

namespace ln {

bool add_to_region(std::vector<std::size_t>& region, std::size_t municipality, const MunicipalityList& list) {
    if (municipality >= list.items.size()) return false;
    if (std::find(region.begin(), region.end(), municipality) != region.end()) return false;
    region.push_back(municipality);
    return true;
}

std::vector<std::size_t> region_members(const NamedRegion& region, const MunicipalityList& list) {
    std::vector<std::size_t> out;
    for (const auto& number : region.municipalities)
        for (std::size_t i = 0; i < list.items.size(); ++i)
            if (list.items[i].number == number || (!list.items[i].number_2024.empty() && list.items[i].number_2024 == number)) {
                if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
                break;
            }
    return out;
}

std::size_t add_named_region(std::vector<std::size_t>& region, const NamedRegion& named, const MunicipalityList& list) {
    std::size_t added = 0;
    for (std::size_t i : region_members(named, list))
        if (add_to_region(region, i, list)) ++added;
    return added;
}

Result<Program> read_program_file(std::string_view text, const MunicipalityList& list) {
    auto program = parse_program(text);
    if (!program) return program.error();
    if (auto wrong = check_regions(*program, list)) return *wrong;
    return program;
}

std::optional<Error> check_regions(const Program& program, const MunicipalityList& list) {
    for (std::size_t r = 0; r < program.regions.size(); ++r) {
        const auto& numbers = program.regions[r].municipalities;
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            const bool known = std::any_of(list.items.begin(), list.items.end(), [&](const Municipality& m) {
                return m.number == numbers[k] || (!m.number_2024.empty() && m.number_2024 == numbers[k]);
            });
            if (!known)
                return make_error("program.region_unknown", {{"value", numbers[k]}, {"county", list.county}},
                                  "regions[" + std::to_string(r) + "].municipalities[" + std::to_string(k) + "]");
        }
    }
    return std::nullopt;
}

RegionTotal region_total(const Program& program, const MunicipalityList& list, const std::vector<std::size_t>& region,
                         const std::optional<TravelEstimate>& each) {
    RegionTotal t;
    for (std::size_t m : region) {
        if (m >= list.items.size()) continue;
        auto q = quote(program.fees, list.items[m].population);
        if (!q) continue;  // the shipped list's populations are all valid (tests/core/test_municipalities.cpp)
        t.rows.push_back({m, q.value()});
        t.population += list.items[m].population;
        t.fees += q->fee;
    }
    if (each) t.travel = each->total() * static_cast<std::int64_t>(t.rows.size());
    return t;
}

namespace {

std::string count(std::size_t n) { return std::to_string(n); }

}  // namespace

std::string region_text(const Catalog& cat, const MunicipalityList& list, const RegionTotal& t) {
    std::string out = cat.text("region.col.municipality") + "\t" + cat.text("region.col.population") + "\t" +
                      cat.text("region.col.fee") + "\n";
    for (const auto& r : t.rows) {
        const Municipality& m = list.items[r.municipality];
        out += municipality_label(m) + "\t" + format_number(m.population) + "\t" + format_kroner(r.quote.fee) + "\n";
    }
    out += cat.text("region.sum", {{"count", count(t.rows.size())}}) + "\t" + format_number(t.population) + "\t" +
           format_kroner(t.fees) + "\n";
    if (t.travel > 0) {
        out += cat.text("region.travel_row") + "\t\t" + format_kroner(t.travel) + "\n";
        out += cat.text("region.total.label") + "\t\t" + format_kroner(t.total()) + "\n";
    }
    return out;
}

std::string region_csv(const Catalog& cat, const MunicipalityList& list, const RegionTotal& t) {
    std::string out = "\xEF\xBB\xBF";
    auto write = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ";" : "") + csv_cell(cells[i]);
        out += "\r\n";
    };
    write({cat.text("region.col.number"), cat.text("region.col.municipality"), cat.text("region.col.population"),
           cat.text("region.col.fee")});
    for (const auto& r : t.rows) {
        const Municipality& m = list.items[r.municipality];
        write({m.number, m.name, std::to_string(m.population), std::to_string(r.quote.fee)});
    }
    write({"", cat.text("region.sum", {{"count", count(t.rows.size())}}), std::to_string(t.population),
           std::to_string(t.fees)});
    if (t.travel > 0) {
        write({"", cat.text("region.travel_row"), "", std::to_string(t.travel)});
        write({"", cat.text("region.total.label"), "", std::to_string(t.total())});
    }
    return out;
}

std::string region_file_name(const MunicipalityList& list, const RegionTotal& t) {
    std::string stem = "avgift";
    for (const auto& r : t.rows) stem += "-" + ascii_slug(list.items[r.municipality].name);
    return capped_file_stem(stem) + ".csv";
}

std::string region_live(const Catalog& cat, const RegionTotal& t) {
    return cat.text("region.live", {{"count", count(t.rows.size())},
                                    {"fees", format_kroner(t.fees)},
                                    {"total", format_kroner(t.total())}});
}

}  // namespace ln
