#include "sdgs.hpp"

#include "json_reader.hpp"

namespace ln {

Result<std::vector<Sdg>> parse_sdgs(std::string_view json_text) {
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    JsonReader r(*doc, "");
    const std::string format = r.string("format");
    if (!r.failed() && format != "ks.laeringsnettverk.sdgs") return make_error("format.unknown", {{"format", format}}, "format");
    std::vector<Sdg> out;
    const Json& goals = r.array("goals");
    for (std::size_t i = 0; i < goals.size() && !r.failed(); ++i) {
        JsonReader g(goals[i], JsonReader::index_path("goals", i));
        Sdg s{static_cast<int>(g.integer("number")), g.string("nb"), g.string("nn"), g.string("en")};
        if (!g.failed() && s.number != static_cast<int>(i + 1))
            g.fail(make_error("sdg.number", {{"number", std::to_string(s.number)}}, g.path_of("number")));
        if (g.failed()) r.fail(g.error());
        out.push_back(std::move(s));
    }
    if (!r.failed() && out.size() != 17) r.fail(make_error("sdg.count", {{"count", std::to_string(out.size())}}, "goals"));
    if (r.failed()) return r.error();
    return out;
}

}  // namespace ln
