#include "case_book_format.hpp"

#include <nlohmann/json.hpp>

#include "identifiers.hpp"
#include "json_reader.hpp"

namespace ln {

using Ordered = nlohmann::ordered_json;

namespace {
const std::vector<Migration> kMigrations = {};  // v1 is the first version

int rating(JsonReader& r, const char* key) {
    auto v = r.optional_integer(key);
    if (!v) return 0;
    if (*v < 0 || *v > kRatingMax) {
        r.fail(make_error("case.rating_range", {{"value", std::to_string(*v)}}, r.path_of(key)));
        return 0;
    }
    return static_cast<int>(*v);
}
}  // namespace

nlohmann::ordered_json case_book_document(const CaseBook& book, const Program& shown, std::string_view exported_at) {
    // The topics and outcomes as KS wrote them, whatever language the user reads: a file is the same in
    // every language and opens in every language.
    const Program& program = shown.as_written();
    Ordered doc = begin_document(kCaseBookFormat, kCaseBookVersion, exported_at, program.id);
    doc["case"] = {{"title", book.title}, {"problem", book.problem}, {"goals", book.goals}, {"sdgs", book.sdgs},
                   {"actors", book.actors}};
    Ordered gatherings = Ordered::array();
    for (std::size_t g = 0; g < book.gatherings.size(); ++g) {
        Ordered topics = Ordered::array();
        for (std::size_t t = 0; t < book.gatherings[g].topics.size(); ++t) {
            const auto& n = book.gatherings[g].topics[t];
            const bool known = g < program.gatherings.size() && t < program.gatherings[g].topics.size();
            topics.push_back({{"topic", known ? Ordered(program.gatherings[g].topics[t]) : Ordered(nullptr)},
                              {"before", n.before}, {"at", n.at}, {"after", n.after}});
        }
        gatherings.push_back({{"number", g + 1}, {"topics", std::move(topics)}});
    }
    doc["gatherings"] = std::move(gatherings);
    Ordered actions = Ordered::array();
    for (const auto& a : book.actions)
        actions.push_back({{"what", a.what}, {"owner", a.owner}, {"due", a.due}, {"status", action_status_id(a.status)},
                           {"topic", a.topic ? Ordered({{"gathering", a.topic->gathering}, {"topic", a.topic->topic}})
                                             : Ordered(nullptr)}});
    doc["actions"] = std::move(actions);
    Ordered outcomes = Ordered::array();
    for (std::size_t i = 0; i < book.outcomes.size(); ++i) {
        const auto& o = book.outcomes[i];
        outcomes.push_back({{"outcome", i < program.outcomes.size() ? Ordered(program.outcomes[i]) : Ordered(nullptr)},
                            {"start", o.start ? Ordered(o.start) : Ordered(nullptr)},
                            {"end", o.end ? Ordered(o.end) : Ordered(nullptr)},
                            {"comment", o.comment}});
    }
    doc["outcomes"] = std::move(outcomes);
    return doc;
}

std::string export_case_book(const CaseBook& book, const Program& program, std::string_view exported_at) {
    return case_book_document(book, program, exported_at).dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}

CaseBookImport import_case_book(std::string_view bytes, const Program& program) {
    CaseBookImport out;
    OpenedDocument opened = open_document(bytes, kCaseBookFormat, kCaseBookVersion, kMigrations);
    if (!opened.ok()) {
        out.errors = std::move(opened.errors);
        return out;
    }
    JsonReader top(opened.doc, "");
    out.program = top.string("program");
    CaseBook book;
    std::vector<Error> errors;
    auto collect = [&](JsonReader& r) { errors.insert(errors.end(), r.errors().begin(), r.errors().end()); };
    {
        JsonReader c(top.object("case"), "case");
        book.title = c.optional_string("title").value_or("");
        book.problem = c.optional_string("problem").value_or("");
        book.goals = c.optional_string("goals").value_or("");
        const Json& sdgs = c.array("sdgs");
        for (std::size_t i = 0; i < sdgs.size(); ++i) {
            if (!sdgs[i].is_number_integer() || sdgs[i].get<std::int64_t>() < 1 || sdgs[i].get<std::int64_t>() > 17)
                c.fail(make_error("case.bad_sdg", {}, JsonReader::index_path("case.sdgs", i)));
            else toggle_sdg(book, static_cast<int>(sdgs[i].get<std::int64_t>()));
        }
        const Json& actors = c.array("actors");
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (actors[i].is_string()) book.actors.push_back(actors[i].get<std::string>());
            else c.fail(wrong_type("string", JsonReader::index_path("case.actors", i)));
        }
        collect(c);
    }
    const Json& gatherings = top.array("gatherings");
    for (std::size_t g = 0; g < gatherings.size(); ++g) {
        JsonReader gr(gatherings[g], JsonReader::index_path("gatherings", g));
        GatheringWork work;
        const Json& topics = gr.array("topics");
        for (std::size_t t = 0; t < topics.size(); ++t) {
            JsonReader tr(topics[t], JsonReader::index_path(gr.path_of("topics"), t));
            work.topics.push_back({tr.optional_string("before").value_or(""), tr.optional_string("at").value_or(""),
                                   tr.optional_string("after").value_or("")});
            collect(tr);
        }
        collect(gr);
        book.gatherings.push_back(std::move(work));
    }
    const Json& actions = top.array("actions");
    for (std::size_t i = 0; i < actions.size(); ++i) {
        JsonReader ar(actions[i], JsonReader::index_path("actions", i));
        Action a;
        a.what = ar.string("what");
        a.owner = ar.optional_string("owner").value_or("");
        a.due = ar.optional_string("due").value_or("");
        const std::string status = ar.string("status");
        if (auto s = action_status_from_id(status)) a.status = *s;
        else if (!ar.failed()) ar.fail(make_error("case.bad_status", {{"status", status}}, ar.path_of("status")));
        auto it = actions[i].is_object() ? actions[i].find("topic") : actions[i].end();
        if (actions[i].is_object() && it != actions[i].end() && !it->is_null()) {
            JsonReader tr(*it, ar.path_of("topic"));
            a.topic = TopicRef{static_cast<int>(tr.integer("gathering")), static_cast<int>(tr.integer("topic"))};
            collect(tr);
        }
        collect(ar);
        book.actions.push_back(std::move(a));
    }
    const Json& outcomes = top.array("outcomes");
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        JsonReader orr(outcomes[i], JsonReader::index_path("outcomes", i));
        OutcomeRating o;
        o.start = rating(orr, "start");
        o.end = rating(orr, "end");
        o.comment = orr.optional_string("comment").value_or("");
        collect(orr);
        book.outcomes.push_back(std::move(o));
    }
    collect(top);
    if (!errors.empty()) {
        out.errors = std::move(errors);
        return out;
    }
    fit_to_program(book, program);
    out.book = std::move(book);
    return out;
}

std::string case_book_file_name(std::string_view number, std::string_view name, std::string_view extension) {
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits += c;
    const std::string slug = name.empty() ? std::string() : ascii_slug(name);
    std::string out = "arbeidsbok";
    if (!digits.empty()) out += "-" + digits;
    if (!slug.empty()) out += "-" + slug;
    return capped_file_stem(out) + std::string(extension);
}

}  // namespace ln
