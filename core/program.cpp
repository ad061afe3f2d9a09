#include "program.hpp"

#include "json_reader.hpp"

namespace ln {

namespace {

std::vector<std::string> strings(JsonReader& r, const char* key) {
    std::vector<std::string> out;
    const Json& arr = r.array(key);
    for (std::size_t i = 0; i < arr.size(); ++i) {
        if (!arr[i].is_string()) {
            r.fail(wrong_type("string", JsonReader::index_path(r.path_of(key), i)));
            break;
        }
        out.push_back(arr[i].get<std::string>());
    }
    return out;
}

}  // namespace

Result<Program> parse_program(std::string_view json_text) {
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    JsonReader r(*doc, "");

    const std::string format = r.string("format");
    if (!r.failed() && format != kProgramFormat) return make_error("format.unknown", {{"format", format}}, "format");
    const auto version = r.integer("version");
    if (!r.failed() && version > kProgramVersion)
        return make_error("format.newer", {{"version", std::to_string(version)}}, "version");

    std::vector<Bracket> brackets;
    std::string fee_basis, own_costs;
    {
        JsonReader fees(r.object("fees"), "fees");
        fee_basis = fees.string("basis");
        own_costs = fees.string("own_costs");
        const Json& arr = fees.array("brackets");
        for (std::size_t i = 0; i < arr.size() && !fees.failed(); ++i) {
            JsonReader b(arr[i], JsonReader::index_path("fees.brackets", i));
            Bracket br{b.integer("min"), b.optional_integer("max"), b.integer("fee")};
            if (b.failed()) fees.fail(b.error());
            brackets.push_back(br);
        }
        if (fees.failed()) r.fail(fees.error());
    }
    if (r.failed()) return r.error();
    auto schedule = FeeSchedule::make(std::move(brackets));
    if (!schedule) return schedule.error();

    Program p(schedule.value());
    p.id = r.string("id");
    p.title = r.string("title");
    p.organiser = r.string("organiser");
    p.partner = r.string("partner");
    p.background = r.string("background");
    p.target_group = r.string("target_group");
    p.goal = r.string("goal");
    p.case_goal = r.string("case_goal");
    p.method = r.string("method");
    p.theme_day = r.string("theme_day");
    p.case_work = r.string("case_work");
    p.topics_note = r.string("topics_note");
    p.outcomes = strings(r, "outcomes");
    p.fee_basis = fee_basis;
    p.own_costs = own_costs;
    {
        JsonReader m(r.object("start_meeting"), "start_meeting");
        p.start_meeting = {m.string("title"), m.string("date"), m.string("start"), m.string("end"), m.string("mode")};
        if (m.failed()) r.fail(m.error());
    }
    {
        const Json& arr = r.array("gatherings");
        for (std::size_t i = 0; i < arr.size() && !r.failed(); ++i) {
            JsonReader g(arr[i], JsonReader::index_path("gatherings", i));
            Gathering gathering;
            gathering.number = static_cast<int>(g.integer("number"));
            gathering.date = g.optional_string("date");
            gathering.topics = strings(g, "topics");
            if (!g.failed() && gathering.number != static_cast<int>(i + 1))
                g.fail(make_error("program.gathering_number", {{"number", std::to_string(gathering.number)},
                                                               {"expected", std::to_string(i + 1)}},
                                  g.path_of("number")));
            if (g.failed()) r.fail(g.error());
            p.gatherings.push_back(std::move(gathering));
        }
        if (!r.failed() && p.gatherings.empty()) r.fail(make_error("program.no_gatherings", {}, "gatherings"));
    }
    {
        JsonReader rep(r.object("report"), "report");
        p.report = {rep.string("title"), rep.string("also_known_as"), rep.string("authors"),
                    static_cast<int>(rep.integer("year"))};
        if (rep.failed()) r.fail(rep.error());
    }
    {
        JsonReader c(r.object("contact"), "contact");
        p.contact = {c.string("name"), c.string("organisation"), c.string("phone"), c.string("email")};
        if (c.failed()) r.fail(c.error());
    }
    if (r.failed()) return r.error();
    return p;
}

}  // namespace ln
