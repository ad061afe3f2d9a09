#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "bundled.hpp"
#include "bundled_data.hpp"
#include "ln_assets.hpp"
#include "program.hpp"
#include "program_notes.hpp"

using namespace ln;

namespace {
std::string shipped() { return std::string(embedded::program_json); }
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
}
// `base` changed by `change` is refused, with `key` at `path`.
template <class Change>
void refused_when(const nlohmann::ordered_json& base, Change&& change, std::string_view key, std::string_view path) {
    auto doc = base;
    change(doc);
    const auto p = parse_program(doc.dump());
    CAPTURE(key);
    REQUIRE_FALSE(p);
    CHECK(p.error().message.key == key);
    CHECK(p.error().path == path);
}
}  // namespace

TEST_CASE("the shipped program holds the invitation's facts") {
    auto p = parse_program(shipped());
    REQUIRE(p.ok());
    CHECK(p->id == "ks-viken-naeringsutvikling-2022");
    CHECK(p->title == "Læringsnettverk næringsutvikling");
    CHECK(p->target_group == "Administrativ og politisk ledelse i kommuner i Viken");
    CHECK(p->outcomes.size() == 6);
    REQUIRE(p->gatherings.size() == 4);
    CHECK(p->gatherings[0].topics.size() == 5);
    CHECK(p->gatherings[1].topics.size() == 4);
    CHECK(p->gatherings[2].topics.size() == 3);
    CHECK(p->gatherings[3].topics.size() == 2);
    CHECK(p->gatherings[3].topics[1] == "Kommunen som innkjøper");
    CHECK(p->start_meeting.date == "2022-03-03");
    CHECK(p->start_meeting.start == "09:00");
    CHECK(p->start_meeting.end == "12:00");
    CHECK(p->start_meeting.mode == "digital");
    CHECK(p->contact.email == "gwa@ks.no");
    CHECK(p->contact.phone == "93457137");
    CHECK(p->report.year == 2021);
}

TEST_CASE("a broken program file gives a path-precise error") {
    CHECK(parse_program("{").error().message.key == "json.truncated");
    CHECK(parse_program("").error().message.key == "json.empty");
    CHECK(parse_program("[]").error().message.key == "json.wrong_type.object");
    CHECK(parse_program("\xff\xfe").error().message.key == "import.invalid_utf8");  // UTF-16 with its byte-order mark

    auto gap = parse_program(replaced(shipped(), R"("min": 7501)", R"("min": 7502)"));
    CHECK(gap.error().message.key == "schedule.gap");
    CHECK(gap.error().path == "fees.brackets[2]");

    auto overlap = parse_program(replaced(shipped(), R"("min": 40001)", R"("min": 39000)"));
    CHECK(overlap.error().message.key == "schedule.overlap");
    CHECK(*overlap.error().message.param("bracket") == "8");

    auto type = parse_program(replaced(shipped(), R"("fee": 28250)", R"("fee": "28250")"));
    CHECK(type.error().message.key == "json.wrong_type.integer");
    CHECK(type.error().path == "fees.brackets[3].fee");

    auto huge = parse_program(replaced(shipped(), R"("fee": 28250)", R"("fee": 18446744073709551615)"));
    CHECK(huge.error().path == "fees.brackets[3].fee");

    auto missing = parse_program(replaced(shipped(), R"("title": "Læringsnettverk næringsutvikling",)", ""));
    CHECK(missing.error().message.key == "json.missing");
    CHECK(missing.error().path == "title");

    auto format = parse_program(replaced(shipped(), "ks.laeringsnettverk.program", "something.else"));
    CHECK(format.error().message.key == "format.unknown");

    auto newer = parse_program(replaced(shipped(), R"("version": 1)", R"("version": 2)"));
    CHECK(newer.error().message.key == "format.newer");

    auto topic = parse_program(replaced(shipped(), R"("Kommunen som innkjøper")", "17"));
    CHECK(topic.error().path == "gatherings[3].topics[1]");

    auto number = parse_program(replaced(shipped(), R"("number": 3)", R"("number": 4)"));
    CHECK(number.error().message.key == "program.gathering_number");
}

TEST_CASE("a program may state its VAT status and its sign-up rules; the invitation of 2022 states none") {
    const Bundled& b = data();
    CHECK(b.program.fee_vat == Vat::Unstated);
    CHECK_FALSE(b.program.signup.deadline);
    CHECK_FALSE(b.program.signup.max_participants);

    const std::string stated = replaced(replaced(shipped(), R"("currency": "NOK",)", R"("currency": "NOK", "vat": "excluded",)"),
                                        R"("fees": {)", R"("signup": {"deadline": "2022-02-15", "max_participants": 6}, "fees": {)");
    auto p = parse_program(stated);
    REQUIRE(p);
    CHECK(p->fee_vat == Vat::Excluded);
    CHECK(*p->signup.deadline == "2022-02-15");
    CHECK(*p->signup.max_participants == 6);
    for (auto [text, vat] : {std::pair{"included", Vat::Included}, {"exempt", Vat::Exempt}}) {
        auto q = parse_program(replaced(stated, R"("vat": "excluded")", std::string(R"("vat": ")") + text + '"'));
        REQUIRE(q);
        CHECK(q->fee_vat == vat);
    }

    // Wrong values, with the field they are in.
    auto vat = parse_program(replaced(stated, R"("vat": "excluded")", R"("vat": "ja")"));
    CHECK(vat.error().message.key == "program.vat_unknown");
    CHECK(vat.error().path == "fees.vat");
    auto deadline = parse_program(replaced(stated, R"("deadline": "2022-02-15")", R"("deadline": "2022-02-30")"));
    CHECK(deadline.error().message.key == "program.date_invalid");
    CHECK(deadline.error().path == "signup.deadline");
    auto none = parse_program(replaced(stated, R"("max_participants": 6)", R"("max_participants": 0)"));
    CHECK(none.error().message.key == "program.max_participants");
    CHECK(none.error().path == "signup.max_participants");
    auto many = parse_program(replaced(stated, R"("max_participants": 6)", R"("max_participants": 1001)"));
    CHECK(many.error().path == "signup.max_participants");
    auto text = parse_program(replaced(stated, R"("max_participants": 6)", R"("max_participants": "6")"));
    CHECK(text.error().path == "signup.max_participants");
}

TEST_CASE("gatherings may say where and whether in person; KS may state a lodging estimate") {
    CHECK_FALSE(data().program.gatherings[0].mode);  // the invitation of 2022 says neither
    CHECK_FALSE(data().program.lodging_estimate);
    const std::string stated = replaced(replaced(replaced(shipped(), R"("number": 2,)", R"("number": 2, "mode": "digital",)"),
                                                 R"("number": 3,)", R"("number": 3, "mode": "physical", "place": "Drammen",)"),
                                        R"("currency": "NOK",)", R"("currency": "NOK", "lodging_estimate": 1500,)");
    auto p = parse_program(stated);
    REQUIRE(p);
    CHECK(*p->gatherings[1].mode == "digital");
    CHECK(*p->gatherings[2].mode == "physical");
    CHECK(*p->gatherings[2].place == "Drammen");
    CHECK(*p->lodging_estimate == 1500);
    CHECK(in_person_gatherings(p.value()) == 3);

    auto mode = parse_program(replaced(stated, R"("number": 2, "mode": "digital")", R"("number": 2, "mode": "hybrid")"));
    CHECK(mode.error().message.key == "program.mode_unknown");
    CHECK(mode.error().path == "gatherings[1].mode");
    auto lodging = parse_program(replaced(stated, R"("lodging_estimate": 1500)", R"("lodging_estimate": 0)"));
    CHECK(lodging.error().message.key == "program.lodging_estimate");
    CHECK(lodging.error().path == "fees.lodging_estimate");
}

TEST_CASE("a program may set its fee per inhabitant instead of by brackets, but not both") {
    auto doc = nlohmann::ordered_json::parse(shipped());
    doc["fees"].erase("brackets");
    doc["fees"]["per_inhabitant"] = {{"amount_ore", 250}, {"floor", 10000}, {"ceiling", 60000}};
    auto p = parse_program(doc.dump());
    REQUIRE(p);
    REQUIRE(p->fees.per_inhabitant());
    CHECK(p->fees.per_inhabitant()->ore == 250);
    CHECK(*p->fees.per_inhabitant()->floor == 10000);
    CHECK(quote(p->fees, 12000).value().fee == 30000);

    auto both = doc;
    both["fees"]["brackets"] = nlohmann::ordered_json::parse(shipped())["fees"]["brackets"];
    CHECK(parse_program(both.dump()).error().message.key == "program.two_fee_models");
    auto crossed = doc;
    crossed["fees"]["per_inhabitant"]["ceiling"] = 5000;
    CHECK(parse_program(crossed.dump()).error().path == "fees.per_inhabitant.ceiling");
    auto text = doc;
    text["fees"]["per_inhabitant"]["amount_ore"] = "2,50";
    CHECK(parse_program(text.dump()).error().path == "fees.per_inhabitant.amount_ore");
    auto neither = doc;
    neither["fees"].erase("per_inhabitant");
    CHECK(parse_program(neither.dump()).error().message.key == "program.no_fee_model");
    CHECK(parse_program(neither.dump()).error().path == "fees");
}

TEST_CASE("a program file is held to its format: a misspelt field, another currency, a bad id or date are refused") {
    const auto base = nlohmann::ordered_json::parse(shipped());
    auto refused = [&](auto&& change, std::string_view key, std::string_view path) { refused_when(base, change, key, path); };
    // A misspelt limit would otherwise be ignored while KS believes it is in force.
    refused([](auto& d) { d["signup"] = {{"max_participant", 6}}; }, "program.unknown_field", "signup.max_participant");
    refused([](auto& d) { d["sign_up"] = {{"max_participants", 6}}; }, "program.unknown_field", "sign_up");
    refused([](auto& d) { d["fees"]["brackets"][2]["maks"] = 3; }, "program.unknown_field", "fees.brackets[2].maks");
    refused([](auto& d) { d["gatherings"][1]["sted"] = "Drammen"; }, "program.unknown_field", "gatherings[1].sted");
    refused([](auto& d) { d["fees"]["currency"] = "EUR"; }, "program.currency", "fees.currency");
    refused([](auto& d) { d["id"] = "Et program"; }, "program.id_invalid", "id");
    refused([](auto& d) { d["id"] = ""; }, "program.id_invalid", "id");
    refused([](auto& d) { d["gatherings"][0]["date"] = "2027-02-30"; }, "program.date_invalid", "gatherings[0].date");
    refused([](auto& d) { d["start_meeting"]["date"] = "03.03.2022"; }, "program.date_invalid", "start_meeting.date");
    // Amounts past what can be added up safely.
    refused([](auto& d) { d["fees"]["brackets"][0]["fee"] = 4611686018427387904LL; }, "schedule.fee_too_large", "fees.brackets[0]");
    refused([](auto& d) { d["fees"]["brackets"][7]["min"] = 9007199254740992LL; d["fees"]["brackets"][6]["max"] = 9007199254740991LL; },
            "schedule.bound_too_large", "fees.brackets[7]");
    refused([](auto& d) { d["fees"].erase("brackets"); d["fees"]["per_inhabitant"] = {{"amount_ore", 250}, {"floor", 0}}; },
            "schedule.limit_not_positive", "fees.per_inhabitant.floor");
    refused([](auto& d) { d["fees"].erase("brackets"); d["fees"]["per_inhabitant"] = {{"amount_ore", 250}, {"ceiling", 4611686018427387904LL}}; },
            "schedule.fee_too_large", "fees.per_inhabitant.ceiling");
    refused([](auto& d) { d["fees"].erase("brackets"); d["fees"]["per_inhabitant"] = {{"amount_ore", 250}, {"maximum", 6}}; },
            "program.unknown_field", "fees.per_inhabitant.maximum");
}

TEST_CASE("the program in nynorsk and English: every text translated, each translation marked as one") {
    const Program& ks = data().program;
    CHECK(ks.language == "nb");
    for (const char* language : {"nn", "en"}) {
        CAPTURE(language);
        const Program p = in_language(ks, language);
        CHECK(p.untranslated.empty());
        CHECK(p.shown_language == language);
        CHECK(&p.as_written() == &ks);
        CHECK(ks.translation_notes.count(language) == 1);
        CHECK(p.language_of("goal").empty());
        // Names and facts stay: the organiser, the contact, the fee table, the dates, the ids.
        CHECK(p.organiser == ks.organiser);
        CHECK(p.contact.name == ks.contact.name);
        CHECK(p.id == ks.id);
        CHECK(p.start_meeting.date == ks.start_meeting.date);
        CHECK(p.fees.brackets().size() == ks.fees.brackets().size());
        CHECK(p.goal != ks.goal);
    }
    CHECK(in_language(ks, "en").target_group == "Administrative and political leadership in the municipalities of Viken");
    CHECK(in_language(ks, "nn").target_group == "Administrativ og politisk leiing i kommunar i Viken");
    // The original asked for in its own language is itself.
    const Program nb = in_language(ks, "nb");
    CHECK(nb.goal == ks.goal);
    CHECK(nb.untranslated.empty());
}

TEST_CASE("a text without a translation stays KS's own and says which language it is in") {
    auto p = parse_program(shipped());
    REQUIRE(p.ok());
    p.value().translations["nn"].erase("goal");
    const Program nn = in_language(p.value(), "nn");
    CHECK(nn.untranslated.count("goal") == 1);
    CHECK(nn.goal == p->goal);
    CHECK(nn.language_of("goal") == "nb");
    CHECK(nn.language_of("method").empty());
    CHECK(in_language(p.value(), "en").language_of("goal").empty());
}

TEST_CASE("translations are checked: a known text, marked as a translation, not of the original") {
    auto err = [](const std::string& t) { return parse_program(t).error(); };
    const auto unknown = err(replaced(shipped(), R"("texts": {)", R"("texts": {"gaol": "x",)"));
    CHECK(unknown.message.key == "program.unknown_text");
    CHECK(unknown.path == "translations.nn.texts.gaol");
    CHECK(err(replaced(shipped(), R"("status": "translation")", R"("status": "original")")).message.key == "program.not_translation");
    CHECK(err(replaced(shipped(), R"("nn": {)", R"("nb": {)")).message.key == "program.translation_of_original");
    CHECK(err(replaced(shipped(), R"("outcomes[0]": "auka)", R"("outcomes[9]": "auka)")).message.key == "program.unknown_text");
}

TEST_CASE("an outcome as a heading starts with a capital, also with æ, ø and å") {
    CHECK(as_heading("økt eierskap") == "Økt eierskap");
    CHECK(as_heading("å lære") == "Å lære");
    CHECK(as_heading("ærlig") == "Ærlig");
    CHECK(as_heading("auka eigarskap") == "Auka eigarskap");
    CHECK(as_heading("Already") == "Already");
    CHECK(as_heading("") == "");
    CHECK(as_heading("1 mål") == "1 mål");
}

TEST_CASE("what a program states beyond its texts, in words: where a gathering is, the deadline, the limit") {
    const Catalog& nb = data().nb();
    Gathering g;
    CHECK_FALSE(gathering_where(nb, g));  // KS has said nothing
    g.place = "Lillestrøm";
    CHECK(*gathering_where(nb, g) == "Sted: Lillestrøm.");
    g.mode = "physical";
    CHECK(*gathering_where(nb, g) == "Fysisk samling, Lillestrøm.");
    g.mode = "digital";
    g.place.reset();
    CHECK(*gathering_where(nb, g) == "Digital samling.");

    Program p = data().program;
    CHECK_FALSE(deadline_note(nb, p));
    CHECK_FALSE(participants_note(nb, p));
    p.signup = {"2027-02-15", 1000};
    CHECK(*deadline_note(nb, p) == "Påmeldingsfrist: 15.02.2027.");
    CHECK(*participants_note(nb, p) == "Inntil 1\u00a0000 deltakere fra hver kommune.");
    CHECK(vat_id(Vat::Excluded) == "excluded");
    CHECK(vat_id(Vat::Unstated).empty());
    CHECK(*vat_from_id("exempt") == Vat::Exempt);
    CHECK_FALSE(vat_from_id(""));
    CHECK_FALSE(vat_from_id("Excluded"));
}

TEST_CASE("regions KS names for a network: read in order, held to their format") {
    auto doc = nlohmann::ordered_json::parse(shipped());
    CHECK(parse_program(doc.dump())->regions.empty());  // the invitation of 2022 names none
    doc["regions"] = nlohmann::ordered_json::array({{{"name", "Hallingdal"}, {"municipalities", {"3039", "3040", "3324"}}},
                                                    {{"name", "Ringerike"}, {"municipalities", {"3007"}}}});
    auto p = parse_program(doc.dump());
    REQUIRE(p);
    REQUIRE(p->regions.size() == 2);
    CHECK(p->regions[0].name == "Hallingdal");
    CHECK(p->regions[0].municipalities == std::vector<std::string>{"3039", "3040", "3324"});
    auto refused = [&](auto&& change, std::string_view key, std::string_view path) { refused_when(doc, change, key, path); };
    refused([](auto& d) { d["regions"][1]["kommuner"] = {"3007"}; }, "program.unknown_field", "regions[1].kommuner");
    refused([](auto& d) { d["regions"][0]["municipalities"][2] = "324"; }, "program.region_number", "regions[0].municipalities[2]");
    refused([](auto& d) { d["regions"][0]["municipalities"][2] = 3324; }, "json.wrong_type.string", "regions[0].municipalities[2]");
    refused([](auto& d) { d["regions"][0]["municipalities"][2] = "3039"; }, "program.region_number_twice", "regions[0].municipalities[2]");
    refused([](auto& d) { d["regions"][1]["name"] = "Hallingdal"; }, "program.region_twice", "regions[1].name");
    refused([](auto& d) { d["regions"][1]["name"] = ""; }, "program.region_name", "regions[1].name");
    refused([](auto& d) { d["regions"][1]["name"] = std::string(81, 'x'); }, "program.region_name", "regions[1].name");
    refused([](auto& d) { d["regions"][1]["municipalities"] = nlohmann::ordered_json::array(); }, "program.region_empty",
            "regions[1].municipalities");
    refused([](auto& d) { d["regions"][1].erase("municipalities"); }, "json.missing", "regions[1].municipalities");
    refused([](auto& d) { d["regions"] = "Hallingdal"; }, "json.wrong_type.array", "regions");
    refused([](auto& d) {
        for (int i = 0; i < 101; ++i) d["regions"].push_back({{"name", "R" + std::to_string(i)}, {"municipalities", {"3007"}}});
    }, "program.too_many_regions", "regions");
}

TEST_CASE("a program file is held to a sane shape: sizes a case book can be kept with, real times, clean texts") {
    const auto base = nlohmann::ordered_json::parse(shipped());
    auto refused = [&](auto&& change, std::string_view key, std::string_view path) { refused_when(base, change, key, path); };
    // So many topics that the case book kept with them would not read back (found in review: 40 × 1 000).
    refused([](auto& d) { for (int i = 0; i < 31; ++i) d["gatherings"][0]["topics"].push_back("t"); }, "program.too_many_topics",
            "gatherings[0].topics");
    refused([](auto& d) {
        for (int i = 5; i <= 21; ++i) d["gatherings"].push_back({{"number", i}, {"topics", {"t"}}});
    }, "program.too_many_gatherings", "gatherings");
    refused([](auto& d) { for (int i = 0; i < 50; ++i) d["outcomes"].push_back("o"); }, "program.too_many_outcomes", "outcomes");
    refused([](auto& d) { d["gatherings"][1]["number"] = 4294967298LL; }, "program.gathering_number", "gatherings[1].number");
    refused([](auto& d) { d["title"] = "  "; }, "program.title_empty", "title");
    refused([](auto& d) { d["goal"] = "Mål\x1b[31m"; }, "program.control_character", "goal");
    refused([](auto& d) { d["gatherings"][2]["topics"][1] = "\xE2\x80\xAEtekst"; }, "program.control_character", "gatherings[2].topics[1]");
    refused([](auto& d) { d["contact"]["email"] = "a@b.no\nBcc: c@d.no"; }, "program.control_character", "contact.email");
    refused([](auto& d) { d["method"] = std::string(5001, 'x'); }, "program.text_too_long", "method");
    refused([](auto& d) { d["start_meeting"]["start"] = "25:99"; }, "program.time_invalid", "start_meeting.start");
    refused([](auto& d) { d["start_meeting"]["end"] = "08:00"; }, "program.time_invalid", "start_meeting.end");
    refused([](auto& d) { d["start_meeting"]["mode"] = "hybrid"; }, "program.mode_unknown", "start_meeting.mode");
    refused([](auto& d) { d["report"]["year"] = 99999; }, "program.year_invalid", "report.year");
    refused([](auto& d) { d["language"] = "de"; }, "program.language", "language");
    refused([](auto& d) { d["version"] = 0; }, "format.version_invalid", "version");
    refused([](auto& d) { d["id"] = std::string(65, 'a'); }, "program.id_invalid", "id");
    refused([](auto& d) { d["regions"] = {{{"name", " Hallingdal "}, {"municipalities", {"3039"}}}, {{"name", "Hallingdal"}, {"municipalities", {"3040"}}}}; },
            "program.region_twice", "regions[1].name");
    refused([](auto& d) { d["regions"] = {{{"name", "   "}, {"municipalities", {"3039"}}}}; }, "program.region_name", "regions[0].name");
    refused([](auto& d) {
        auto many = nlohmann::ordered_json::array();
        for (int i = 0; i < 1001; ++i) many.push_back(std::to_string(1000 + i));
        d["regions"] = {{{"name", "Stor"}, {"municipalities", many}}};
    }, "program.too_many_municipalities", "regions[0].municipalities");
    // A line break in a long text is KS's paragraph, not a control character.
    auto doc = base;
    doc["background"] = "Første avsnitt.\nAndre avsnitt.";
    CHECK(parse_program(doc.dump()));
    // The limits themselves are fine: 30 topics in a gathering.
    doc = base;
    while (doc["gatherings"][0]["topics"].size() < 30) doc["gatherings"][0]["topics"].push_back("t");
    CHECK(parse_program(doc.dump()));
    CHECK(parse_program(std::string(kMaxProgramBytes + 1, ' ')).error().message.key == "program.too_large");
    // Saved in Latin-1 by an editor: said as such, with where.
    const auto latin1 = parse_program("{\"format\": \"ks.laeringsnettverk.program\", \"title\": \"N\xe6ring\"}");
    CHECK(latin1.error().message.key == "import.invalid_utf8");
    CHECK(latin1.error().message.params.at(0).second == "53");  // the «æ», counted from 0
}
