#include "program_notes.hpp"

#include "region_total.hpp"

#include "dates.hpp"
#include "numbers.hpp"

namespace ln {

std::optional<std::string> gathering_where(const Catalog& cat, const Gathering& g) {
    const char* how = g.mode == "digital" ? "program.gathering_digital" : g.mode == "physical" ? "program.gathering_physical" : nullptr;
    if (how && g.place) return cat.text(std::string(how) + "_at", {{"place", *g.place}});
    if (how) return cat.text(how);
    if (g.place) return cat.text("program.gathering_at", {{"place", *g.place}});
    return std::nullopt;
}

std::optional<std::string> deadline_note(const Catalog& cat, const Program& p) {
    if (!p.signup.deadline) return std::nullopt;
    return cat.text("signup.deadline", {{"date", format_date(*p.signup.deadline)}});
}

std::optional<std::string> participants_note(const Catalog& cat, const Program& p) {
    if (!p.signup.max_participants) return std::nullopt;
    return cat.text("signup.max_participants", {{"max", format_number(*p.signup.max_participants)}});
}

std::optional<std::string> regions_note(const Catalog& cat, const Program& p, const MunicipalityList& list) {
    if (p.regions.empty()) return std::nullopt;
    std::string all;
    for (const NamedRegion& r : p.regions) {
        if (!all.empty()) all += "; ";
        std::string names;
        for (std::size_t i : region_members(r, list)) names += (names.empty() ? "" : ", ") + list.items[i].name;
        all += names.empty() ? r.name : r.name + " (" + names + ")";
    }
    return cat.text("program.regions", {{"regions", all}});
}

}  // namespace ln
