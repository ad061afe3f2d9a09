#include "program.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "catalog.hpp"
#include "dates.hpp"
#include "identifiers.hpp"
#include "json_reader.hpp"
#include "numbers.hpp"
#include "travel.hpp"

namespace ln {

namespace {

// A field the format does not have: a misspelt «max_participant» would otherwise be ignored without a word,
// and KS would believe a limit was in force.
std::optional<Error> unknown_field(const Json& obj, const std::string& path, std::initializer_list<std::string_view> known) {
    if (!obj.is_object()) return std::nullopt;
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return make_error("program.unknown_field", {{"field", it.key()}}, path.empty() ? it.key() : path + "." + it.key());
    return std::nullopt;
}

// A date in a program file: written as ISO 8601, and a real date.
void check_date(JsonReader& r, const std::optional<std::string>& date, const char* key) {
    if (date && !r.failed() && !valid_iso_date(*date)) r.fail(make_error("program.date_invalid", {{"text", *date}}, r.path_of(key)));
}

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

void for_each_text(Program& p, const std::function<void(const std::string& path, std::string& text)>& fn) {
    fn("title", p.title);
    fn("partner", p.partner);
    fn("background", p.background);
    fn("target_group", p.target_group);
    fn("goal", p.goal);
    fn("case_goal", p.case_goal);
    for (std::size_t i = 0; i < p.outcomes.size(); ++i) fn(JsonReader::index_path("outcomes", i), p.outcomes[i]);
    fn("method", p.method);
    fn("theme_day", p.theme_day);
    fn("case_work", p.case_work);
    fn("topics_note", p.topics_note);
    fn("start_meeting.title", p.start_meeting.title);
    for (std::size_t g = 0; g < p.gatherings.size(); ++g)
        for (std::size_t t = 0; t < p.gatherings[g].topics.size(); ++t)
            fn(JsonReader::index_path(JsonReader::index_path("gatherings", g) + ".topics", t), p.gatherings[g].topics[t]);
    fn("report.authors", p.report.authors);
    fn("fees.basis", p.fee_basis);
    fn("fees.own_costs", p.own_costs);
}

Program in_language(const Program& p, std::string_view language) {
    const Program& source = p.original ? *p.original : p;
    Program out = source;  // KS's texts, then each translated one over them
    out.original = &source;
    out.shown_language = language;
    if (language == source.language) return out;
    const auto translation = source.translations.find(language);
    for_each_text(out, [&](const std::string& path, std::string& text) {
        if (translation != source.translations.end()) {
            if (auto it = translation->second.find(path); it != translation->second.end()) {
                text = it->second;
                return;
            }
        }
        out.untranslated.insert(path);
    });
    return out;
}

std::string as_heading(std::string_view text) {
    std::string out(text);
    if (out.empty()) return out;
    const auto c = static_cast<unsigned char>(out[0]);
    if (c >= 'a' && c <= 'z') {
        out[0] = static_cast<char>(c - 'a' + 'A');
    } else if (c == 0xC3 && out.size() > 1) {
        // Latin-1 letters à–þ (æ, ø, å, é …) are 0xC3 0xA0–0xBE; their capitals are 0x20 lower (not ÷).
        const auto d = static_cast<unsigned char>(out[1]);
        if (d >= 0xA0 && d <= 0xBE && d != 0xB7) out[1] = static_cast<char>(d - 0x20);
    }
    return out;
}

namespace {
constexpr std::string_view kVatIds[] = {"", "included", "excluded", "exempt"};
}  // namespace

std::string_view vat_id(Vat vat) { return kVatIds[static_cast<int>(vat)]; }

std::optional<Vat> vat_from_id(std::string_view id) {
    for (int v = 1; v < static_cast<int>(std::size(kVatIds)); ++v)
        if (id == kVatIds[v]) return static_cast<Vat>(v);
    return std::nullopt;
}

std::int64_t in_person_gatherings(const Program& p) {
    std::int64_t n = 0;
    for (const auto& g : p.gatherings) n += g.mode != "digital";
    return n;
}

std::string Program::language_of(std::string_view path) const {
    return untranslated.find(path) != untranslated.end() ? language : std::string();
}

Result<std::string> add_translation(Program& p, const std::string& language, const Json& translation,
                                    const std::string& where) {
    JsonReader t(translation, where);
    if (language == p.language)
        return make_error("program.translation_of_original", {{"language", language}}, t.path_of("status"));
    const std::string status = t.string("status");
    if (!t.failed() && status != "translation")
        t.fail(make_error("program.not_translation", {{"status", status}}, t.path_of("status")));
    std::set<std::string, std::less<>> paths;
    for_each_text(p, [&](const std::string& path, std::string&) { paths.insert(path); });
    std::map<std::string, std::string, std::less<>> texts;
    const Json& all = t.object("texts");
    for (auto tx = all.begin(); tx != all.end() && !t.failed(); ++tx) {
        const std::string at = t.path_of("texts") + "." + tx.key();
        if (!tx->is_string()) t.fail(wrong_type("string", at));
        else if (!paths.count(tx.key())) t.fail(make_error("program.unknown_text", {{"text", tx.key()}}, at));
        else texts.emplace(tx.key(), tx->get<std::string>());
    }
    const auto note = t.optional_string("note");
    if (t.failed()) return t.error();
    p.translations[language] = std::move(texts);
    if (note) p.translation_notes[language] = *note;
    else p.translation_notes.erase(language);
    return language;
}

namespace {
bool has_control_character(std::string_view text, bool paragraphs) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && !(paragraphs && c == '\n')) || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) return true;  // C1
        // Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn what is shown around.
        if (c == 0xE2 && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
            if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) return true;
        }
    }
    return false;
}
bool valid_clock(std::string_view t) {
    return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) && std::isdigit(static_cast<unsigned char>(t[1])) &&
           std::isdigit(static_cast<unsigned char>(t[3])) && std::isdigit(static_cast<unsigned char>(t[4])) &&
           (t[0] - '0') * 10 + (t[1] - '0') < 24 && (t[3] - '0') * 10 + (t[4] - '0') < 60;
}

// What a read program may hold: how many gatherings, topics and outcomes (so a case book with a page for
// each stays within the import limits), texts that are there, of a sane length and without control
// characters, and a start meeting at real times.
std::optional<Error> check_shape(Program& p) {
    if (p.gatherings.size() > kMaxGatherings)
        return make_error("program.too_many_gatherings", {{"max", std::to_string(kMaxGatherings)}}, "gatherings");
    for (std::size_t g = 0; g < p.gatherings.size(); ++g)
        if (p.gatherings[g].topics.size() > kMaxTopics)
            return make_error("program.too_many_topics", {{"max", std::to_string(kMaxTopics)}},
                              JsonReader::index_path("gatherings", g) + ".topics");
    if (p.outcomes.size() > kMaxOutcomes)
        return make_error("program.too_many_outcomes", {{"max", std::to_string(kMaxOutcomes)}}, "outcomes");
    if (p.title.find_first_not_of(" \t\n") == std::string::npos) return make_error("program.title_empty", {}, "title");
    std::optional<Error> wrong;
    // A line break is KS's paragraph in a running text; in a title, a topic, a name or an address it is not.
    auto check = [&](const std::string& path, const std::string& text) {
        if (wrong) return;
        const bool paragraphs = path != "title" && path != "start_meeting.title" && path.find('[') == std::string::npos &&
                                path.rfind("contact.", 0) != 0 && path.rfind("report.", 0) != 0 && path != "organiser";
        if (has_control_character(text, paragraphs)) wrong = make_error("program.control_character", {}, path);
        else if (utf8_length(text) > kMaxProgramText)
            wrong = make_error("program.text_too_long", {{"max", format_number(static_cast<std::int64_t>(kMaxProgramText))}}, path);
    };
    for_each_text(p, [&](const std::string& path, std::string& text) { check(path, text); });
    for (auto [path, text] : {std::pair<const char*, const std::string*>{"organiser", &p.organiser}, {"report.title", &p.report.title},
                              {"report.also_known_as", &p.report.also_known_as}, {"contact.name", &p.contact.name},
                              {"contact.organisation", &p.contact.organisation}, {"contact.phone", &p.contact.phone},
                              {"contact.email", &p.contact.email}})
        check(path, *text);
    for (std::size_t g = 0; g < p.gatherings.size(); ++g)
        if (p.gatherings[g].place) check(JsonReader::index_path("gatherings", g) + ".place", *p.gatherings[g].place);
    for (std::size_t r = 0; r < p.regions.size(); ++r) check(JsonReader::index_path("regions", r) + ".name", p.regions[r].name);
    if (wrong) return wrong;
    const Meeting& m = p.start_meeting;
    if (!valid_clock(m.start)) return make_error("program.time_invalid", {{"value", m.start}}, "start_meeting.start");
    if (!valid_clock(m.end) || m.end <= m.start) return make_error("program.time_invalid", {{"value", m.end}}, "start_meeting.end");
    if (m.mode != "physical" && m.mode != "digital")
        return make_error("program.mode_unknown", {{"value", m.mode}}, "start_meeting.mode");
    if (p.report.year < 1900 || p.report.year > 2200)
        return make_error("program.year_invalid", {}, "report.year");
    return std::nullopt;
}
}  // namespace

Result<Program> parse_program(std::string_view json_text) {
    if (json_text.size() > kMaxProgramBytes)
        return make_error("program.too_large", {{"max", format_number(static_cast<std::int64_t>(kMaxProgramBytes / 1024))}});
    // Said as what it is (a file saved in another encoding), not as broken JSON.
    if (std::size_t bad = 0; !valid_utf8(json_text, &bad)) return make_error("import.invalid_utf8", {{"offset", std::to_string(bad)}});
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    JsonReader r(*doc, "");

    const std::string format = r.string("format");
    if (!r.failed() && format != kProgramFormat) return make_error("format.unknown", {{"format", format}}, "format");
    const auto version = r.integer("version");
    if (!r.failed() && version > kProgramVersion)
        return make_error("format.newer", {{"version", std::to_string(version)}}, "version");
    if (!r.failed() && version < 1) return make_error("format.version_invalid", {{"version", std::to_string(version)}}, "version");

    if (auto e = unknown_field(*doc, "", {"format", "version", "id", "language", "title", "organiser", "partner", "background",
                                          "target_group", "goal", "case_goal", "outcomes", "method", "theme_day", "case_work",
                                          "topics_note", "start_meeting", "gatherings", "report", "contact", "fees", "signup",
                                          "regions", "translations"}))
        return *e;
    // Every object of the format, in one place: the fields each may have.
    const auto at = [](const Json& obj, const char* key) -> const Json& {
        static const Json none;
        return obj.is_object() && obj.contains(key) ? obj[key] : none;
    };
    const auto each = [](const Json& arr, const char* path, std::initializer_list<std::string_view> known) -> std::optional<Error> {
        for (std::size_t i = 0; arr.is_array() && i < arr.size(); ++i)
            if (auto e = unknown_field(arr[i], JsonReader::index_path(path, i), known)) return e;
        return std::nullopt;
    };
    const Json& fees_doc = at(*doc, "fees");
    if (auto e = unknown_field(at(*doc, "start_meeting"), "start_meeting", {"title", "date", "start", "end", "mode"})) return *e;
    if (auto e = unknown_field(at(*doc, "report"), "report", {"title", "also_known_as", "authors", "year"})) return *e;
    if (auto e = unknown_field(at(*doc, "contact"), "contact", {"name", "organisation", "phone", "email"})) return *e;
    if (auto e = unknown_field(fees_doc, "fees", {"currency", "basis", "own_costs", "brackets", "vat", "lodging_estimate", "per_inhabitant"}))
        return *e;
    if (auto e = unknown_field(at(fees_doc, "per_inhabitant"), "fees.per_inhabitant", {"amount_ore", "floor", "ceiling"})) return *e;
    if (auto e = each(at(fees_doc, "brackets"), "fees.brackets", {"min", "max", "fee"})) return *e;
    if (auto e = unknown_field(at(*doc, "signup"), "signup", {"deadline", "max_participants"})) return *e;
    if (auto e = each(at(*doc, "gatherings"), "gatherings", {"number", "date", "topics", "place", "mode"})) return *e;
    if (auto e = each(at(*doc, "regions"), "regions", {"name", "municipalities"})) return *e;

    std::vector<Bracket> brackets;
    std::string fee_basis, own_costs;
    Vat vat = Vat::Unstated;
    std::optional<std::int64_t> lodging;
    std::optional<PerInhabitant> per_inhabitant;
    {
        JsonReader fees(r.object("fees"), "fees");
        fee_basis = fees.string("basis");
        own_costs = fees.string("own_costs");
        // Every amount is shown and added up as kroner.
        if (const auto currency = fees.string("currency"); !fees.failed() && currency != "NOK")
            fees.fail(make_error("program.currency", {{"value", currency}}, fees.path_of("currency")));
        lodging = fees.optional_integer("lodging_estimate");
        if (!fees.failed() && lodging && (*lodging < 1 || *lodging > kMaxCostPerPerson))
            fees.fail(make_error("program.lodging_estimate", {{"value", format_number(*lodging)},
                                                              {"max", format_number(kMaxCostPerPerson)}},
                                 fees.path_of("lodging_estimate")));
        if (const auto stated = fees.optional_string("vat")) {
            if (const auto known = vat_from_id(*stated)) vat = *known;
            else fees.fail(make_error("program.vat_unknown", {{"value", *stated}}, fees.path_of("vat")));
        }
        // Brackets, or an amount per inhabitant: one of the two.
        if (fees.self().is_object() && fees.self().contains("per_inhabitant")) {
            if (fees.self().contains("brackets"))
                fees.fail(make_error("program.two_fee_models", {}, fees.path_of("brackets")));
            JsonReader rule(fees.object("per_inhabitant"), "fees.per_inhabitant");
            per_inhabitant = PerInhabitant{rule.integer("amount_ore"), rule.optional_integer("floor"), rule.optional_integer("ceiling")};
            if (rule.failed()) fees.fail(rule.error());
        } else if (!fees.failed() && !fees.self().contains("brackets")) {
            fees.fail(make_error("program.no_fee_model", {}, "fees"));
        } else {
            const Json& arr = fees.array("brackets");
            for (std::size_t i = 0; i < arr.size() && !fees.failed(); ++i) {
                JsonReader b(arr[i], JsonReader::index_path("fees.brackets", i));
                Bracket br{b.integer("min"), b.optional_integer("max"), b.integer("fee")};
                if (b.failed()) fees.fail(b.error());
                brackets.push_back(br);
            }
        }
        if (fees.failed()) r.fail(fees.error());
    }
    if (r.failed()) return r.error();
    auto schedule = per_inhabitant ? FeeSchedule::make(*per_inhabitant) : FeeSchedule::make(std::move(brackets));
    if (!schedule) return schedule.error();

    Program p(schedule.value());
    p.id = r.string("id");
    // Files name their program by this id; KS matches sign-ups by it: lower-case letters, digits, hyphens.
    const bool id_ok = !p.id.empty() && p.id[0] != '-' && std::all_of(p.id.begin(), p.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!r.failed() && (!id_ok || p.id.size() > kMaxProgramId))
        r.fail(make_error("program.id_invalid", {{"value", p.id.substr(0, kMaxProgramId)}}, "id"));
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
    p.fee_vat = vat;
    p.lodging_estimate = lodging;
    if (r.self().contains("signup")) {
        JsonReader s(r.object("signup"), "signup");
        if (const auto deadline = s.optional_string("deadline")) {
            check_date(s, deadline, "deadline");
            if (!s.failed()) p.signup.deadline = deadline;
        }
        if (const auto most = s.optional_integer("max_participants")) {
            if (*most < 1 || *most > kMaxParticipantsLimit)
                s.fail(make_error("program.max_participants", {{"value", format_number(*most)},
                                                               {"max", format_number(kMaxParticipantsLimit)}},
                                  s.path_of("max_participants")));
            else p.signup.max_participants = static_cast<int>(*most);
        }
        if (s.failed()) r.fail(s.error());
    }
    {
        JsonReader m(r.object("start_meeting"), "start_meeting");
        p.start_meeting = {m.string("title"), m.string("date"), m.string("start"), m.string("end"), m.string("mode")};
        check_date(m, p.start_meeting.date, "date");
        if (m.failed()) r.fail(m.error());
    }
    {
        const Json& arr = r.array("gatherings");
        if (arr.size() > kMaxGatherings)
            r.fail(make_error("program.too_many_gatherings", {{"max", std::to_string(kMaxGatherings)}}, "gatherings"));
        for (std::size_t i = 0; i < arr.size() && !r.failed(); ++i) {
            JsonReader g(arr[i], JsonReader::index_path("gatherings", i));
            Gathering gathering;
            const auto number = g.integer("number");
            gathering.number = number >= 1 && number <= static_cast<std::int64_t>(kMaxGatherings) ? static_cast<int>(number) : 0;
            gathering.date = g.optional_string("date");
            check_date(g, gathering.date, "date");
            gathering.topics = strings(g, "topics");
            gathering.place = g.optional_string("place");
            gathering.mode = g.optional_string("mode");
            if (!g.failed() && gathering.mode && *gathering.mode != "physical" && *gathering.mode != "digital")
                g.fail(make_error("program.mode_unknown", {{"value", *gathering.mode}}, g.path_of("mode")));
            if (!g.failed() && gathering.number != static_cast<int>(i + 1))
                g.fail(make_error("program.gathering_number", {{"number", std::to_string(number)},
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
                    0};
        const auto year = rep.integer("year");
        p.report.year = year >= 1900 && year <= 2200 ? static_cast<int>(year) : -1;  // out of range: refused below
        if (rep.failed()) r.fail(rep.error());
    }
    {
        JsonReader c(r.object("contact"), "contact");
        p.contact = {c.string("name"), c.string("organisation"), c.string("phone"), c.string("email")};
        if (c.failed()) r.fail(c.error());
    }
    if (r.self().contains("regions")) {
        const Json& arr = r.array("regions");
        if (!r.failed() && arr.size() > kMaxRegions)
            r.fail(make_error("program.too_many_regions", {{"max", std::to_string(kMaxRegions)}}, "regions"));
        for (std::size_t i = 0; i < arr.size() && !r.failed(); ++i) {
            JsonReader g(arr[i], JsonReader::index_path("regions", i));
            NamedRegion region{g.string("name"), strings(g, "municipalities")};
            // As the page shows it: without white space around, and at least one letter or digit.
            const auto first = region.name.find_first_not_of(" \t\n"), last = region.name.find_last_not_of(" \t\n");
            region.name = first == std::string::npos ? "" : region.name.substr(first, last - first + 1);
            if (!g.failed() && (region.name.empty() || utf8_length(region.name) > kMaxRegionName))
                g.fail(make_error("program.region_name", {{"max", std::to_string(kMaxRegionName)}}, g.path_of("name")));
            for (const auto& other : p.regions)
                if (!g.failed() && other.name == region.name)
                    g.fail(make_error("program.region_twice", {{"name", region.name}}, g.path_of("name")));
            if (!g.failed() && region.municipalities.size() > kMaxRegionMunicipalities)
                g.fail(make_error("program.too_many_municipalities", {{"max", std::to_string(kMaxRegionMunicipalities)}},
                                  g.path_of("municipalities")));
            if (!g.failed() && region.municipalities.empty())
                g.fail(make_error("program.region_empty", {{"name", region.name}}, g.path_of("municipalities")));
            std::set<std::string> seen;
            for (std::size_t k = 0; k < region.municipalities.size() && !g.failed(); ++k) {
                const std::string& number = region.municipalities[k];
                const std::string at_k = JsonReader::index_path(g.path_of("municipalities"), k);
                const bool four_digits = number.size() == 4 && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!four_digits) g.fail(make_error("program.region_number", {{"value", number}}, at_k));
                else if (!seen.insert(number).second)
                    g.fail(make_error("program.region_number_twice", {{"value", number}}, at_k));
            }
            if (g.failed()) r.fail(g.error());
            else p.regions.push_back(std::move(region));
        }
    }
    if (r.failed()) return r.error();
    if (auto e = check_shape(p)) return *e;
    // The original's language and the translations, each marked as one; a path that names no text of
    // this program is an error (a typo would otherwise leave a text untranslated without a word).
    if (auto lang = r.optional_string("language")) {
        if (supported_language(*lang) != *lang) return make_error("program.language", {{"language", *lang}}, "language");
        p.language = *lang;
    }
    if (r.self().contains("translations")) {
        const Json& all = r.object("translations");
        for (auto it = all.begin(); it != all.end() && !r.failed(); ++it)
            if (auto added = add_translation(p, it.key(), *it, "translations." + it.key()); !added) r.fail(added.error());
    }
    if (r.failed()) return r.error();
    return p;
}

}  // namespace ln
