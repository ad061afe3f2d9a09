#include <doctest/doctest.h>

#include "bundled_data.hpp"
#include "fee_schedule.hpp"
#include "fee_text.hpp"

#include <algorithm>
#include <cctype>
#include <set>

using namespace ln;


namespace {
// The parameters a text names: {name} and the count of {name|one|other}.
std::set<std::string> params_of(const std::string& text) {
    std::set<std::string> out;
    for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
        const std::size_t end = text.find_first_of("|}", i + 1);
        if (end == std::string::npos) break;
        const std::string name = text.substr(i + 1, end - i - 1);
        bool word = !name.empty();
        for (char c : name) word = word && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (word) out.insert(name);
    }
    return out;
}
}  // namespace

TEST_CASE("every catalogue has every key another has, with the same parameters") {
    REQUIRE(std::size(kLanguages) == 3);
    const Catalog& nb = data().nb();
    CHECK(nb.texts().size() > 400);
    for (std::string_view language : kLanguages) {
        const Catalog& c = data().catalog(language);
        CAPTURE(language);
        CHECK(c.language() == language);
        for (const auto& [key, text] : nb.texts()) {
            CAPTURE(key);
            REQUIRE_MESSAGE(c.has(key), "missing in " << language);
            CHECK(params_of(c.texts().find(key)->second) == params_of(text));
            CHECK_FALSE(c.texts().find(key)->second.empty());
        }
        for (const auto& [key, text] : c.texts()) CHECK_MESSAGE(nb.has(key), key << " only in " << language);
    }
}

TEST_CASE("plural forms: one rule for bokmål, nynorsk and English, the forms from the catalogue") {
    for (std::string_view l : kLanguages) {
        CHECK(plural_form(l, 1) == PluralForm::One);
        CHECK(plural_form(l, 0) == PluralForm::Other);
        CHECK(plural_form(l, 2) == PluralForm::Other);
        CHECK(plural_form(l, 21) == PluralForm::Other);
        CHECK(plural_form(l, -1) == PluralForm::Other);
    }
    auto c = Catalog::parse(R"j({"language":"nb","texts":{"t":"Tiltak ({open|# åpent|# åpne})","n":"{away|én innbygger til|# flere}"}})j").value();
    CHECK(c.text("t", {{"open", "1"}}) == "Tiltak (1 åpent)");
    CHECK(c.text("t", {{"open", "0"}}) == "Tiltak (0 åpne)");
    CHECK(c.text("t", {{"open", "3"}}) == "Tiltak (3 åpne)");
    CHECK(c.text("n", {{"away", "1"}}) == "én innbygger til");
    CHECK(c.text("n", {{"away", "3\u00a0001"}}) == "3\u00a0001 flere");  // grouped as format_number groups
    CHECK(c.text("n", {{"away", "mange"}}) == "mange flere");             // no count: the other form
    // The shipped texts, in each language.
    CHECK(data().nb().text("case.tab.actions", {{"open", "1"}}) == "Tiltak (1 åpent)");
    CHECK(data().nb().text("case.tab.actions", {{"open", "2"}}) == "Tiltak (2 åpne)");
    CHECK(data().nn().text("case.tab.actions", {{"open", "1"}}) == "Tiltak (1 ope)");
    CHECK(data().nn().text("case.tab.actions", {{"open", "2"}}) == "Tiltak (2 opne)");
    CHECK(data().en().text("case.live", {{"notes", "x"}, {"open", "1"}}) == "Workbook: x, 1 open action.");
    CHECK(data().en().text("enroll.not_ready", {{"errors", "1"}, {"warnings", "2"}}) == "Not ready: 1 error, 2 warnings.");
    CHECK(data().nn().text("enroll.ready", {{"warnings", "1"}}) == "Klar til å sendast (1 åtvaring).");
    // Every form in every catalogue has exactly two alternatives.
    for (std::string_view l : kLanguages)
        for (const auto& [key, text] : data().catalog(l).texts())
            for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
                const std::size_t end = text.find('}', i);
                const std::string inner = text.substr(i + 1, end - i - 1);
                const auto bars = std::count(inner.begin(), inner.end(), '|');
                CHECK_MESSAGE((bars == 0 || bars == 2), key << " in " << l << ": {" << inner << "}");
            }
}

TEST_CASE("a language asked for is one the app speaks, else bokmål") {
    CHECK(supported_language("nn") == "nn");
    CHECK(supported_language("en") == "en");
    CHECK(supported_language("nb") == "nb");
    CHECK(supported_language("de") == "nb");
    CHECK(supported_language("") == "nb");
    CHECK(supported_language("EN") == "nb");  // the page lower-cases tags; the app takes only its own
}

TEST_CASE("a catalogue handed over by the page replaces the built-in one; a broken one is refused") {
    Bundled copy = data();
    auto added = copy.add_catalog(R"({"language":"nn","texts":{"app.title":"Test"}})");
    REQUIRE(added.ok());
    CHECK(added.value() == "nn");
    CHECK(copy.catalog("nn").text("app.title") == "Test");
    CHECK_FALSE(copy.add_catalog("{").ok());
    CHECK_FALSE(copy.add_catalog(R"({"language":"de","texts":{}})").ok());
    CHECK(copy.has_catalog("nb"));
}

TEST_CASE("catalog fills in parameters and flags unknown keys") {
    auto c = Catalog::parse(R"({"language":"nb","texts":{"a":"Trinn {bracket} av {count}","b":"{x} {x}"}})").value();
    CHECK(c.text("a", {{"bracket", "3"}, {"count", "8"}}) == "Trinn 3 av 8");
    CHECK(c.text("a", {{"bracket", "3"}}) == "Trinn 3 av {count}");
    CHECK(c.text("b", {{"x", "y"}}) == "y y");
    CHECK(c.text("missing") == "[missing]");
    CHECK(Catalog::parse(R"({"language":"nb","texts":{"a":1}})").error().path == "texts.a");
}

TEST_CASE("the live summary reads as the invitation's figures") {
    const auto& nb = data().nb();
    const auto& fees = data().program.fees;
    CHECK(quote_summary(nb, quote(fees, 12000).value()) ==
          "Avgift kr\u00a028\u00a0250 for 12\u00a0000 innbyggere (10\u00a0001–15\u00a0000)");
    CHECK(quote_summary(nb, quote(fees, 3000).value()) == "Avgift kr\u00a011\u00a0625 for 3\u00a0000 innbyggere (opp til 5\u00a0000)");
    CHECK(quote_summary(nb, quote(fees, 40001).value()) ==
          "Avgift kr\u00a055\u00a0000 for 40\u00a0001 innbyggere (40\u00a0001 og mer)");
    CHECK(quote_next(nb, quote(fees, 12000).value()) ==
          "Neste trinn, kr\u00a034\u00a0625, gjelder fra 15\u00a0001 innbyggere (3\u00a0001 innbyggere til).");
    CHECK(quote_next(nb, quote(fees, 50000).value()) == "Dette er høyeste trinn.");
    CHECK(quote_next(nb, quote(fees, 5000).value()) ==
          "Neste trinn, kr\u00a014\u00a0125, gjelder fra 5\u00a0001 innbyggere (én innbygger til).");
    CHECK(quote_per_inhabitant(nb, quote(fees, 12000).value()) == "kr\u00a02,35 per innbygger");
    CHECK(quote_summary(data().en(), quote(fees, 12000).value()) ==
          "Fee kr\u00a028\u00a0250 for 12\u00a0000 inhabitants (10\u00a0001–15\u00a0000)");
}

TEST_CASE("both shipped catalogues parse; each is read once, when first asked for") {
    const auto& en = data().catalog("en");
    CHECK(&en == &data().en());
    CHECK(&data().catalog("nb") == &data().nb());
    CHECK(en.language() == "en");
    CHECK(data().nb().language() == "nb");
    CHECK(en.text("app.title") != "[app.title]");
    // A copy (as the app keeps one) has both too.
    const ln::Bundled copy = data();
    CHECK(copy.en().text("app.title") == en.text("app.title"));
}

TEST_CASE("the browser's catalogue carries the program's translation into its language") {
    // As the browser gets them: the program without translations, each language's with its catalogue.
    Bundled web = data();
    web.program.translations.clear();
    web.program.translation_notes.clear();
    CHECK(in_language(web.program, "nn").untranslated.size() > 20);
    nlohmann::ordered_json catalog = {{"language", "nn"}, {"texts", {{"app.title", "Læringsnettverk næringsutvikling"}}}};
    nlohmann::ordered_json translation = {{"status", "translation"}, {"note", "Omsett."},
                                          {"texts", {{"goal", "Målet på nynorsk."}}}};
    catalog["program"] = {{"ein-annan-id", {{"status", "translation"}, {"texts", {{"goal", "Feil program."}}}}},
                          {web.program.id, translation}};
    auto added = web.add_catalog(catalog.dump());
    REQUIRE(added.ok());
    const Program nn = in_language(web.program, "nn");
    CHECK(nn.goal == "Målet på nynorsk.");
    CHECK(nn.untranslated.count("goal") == 0);
    CHECK(nn.untranslated.count("method") == 1);  // not in this translation: KS's own, marked
    CHECK(web.program.translation_notes.at("nn") == "Omsett.");
    // A broken translation is refused with its path, and the catalogue with it.
    catalog["program"][web.program.id]["texts"]["gaol"] = "x";
    auto refused = web.add_catalog(catalog.dump());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().path == "program." + web.program.id + ".texts.gaol");
}
