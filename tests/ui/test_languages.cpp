// The three languages, drawn for real: every text a view draws comes from a catalogue or the program data,
// an English page is English, and the language choice switches everything at once.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "case_book_format.hpp"
#include "enrollment_format.hpp"
#include "headless.hpp"

using namespace ln;

namespace {

const char* const kRoutes[] = {"#/avgift", "#/pamelding", "#/case", "#/program", "#/tilgjengelighet", "#/mottak"};

// Opens every view (and every part of the case book) with a sign-up and a case book to show, and
// collects what each element says: its name, value, placeholder, options.
std::vector<web::SemanticsNode> every_view(test::Headless& h) {
    h.app->session().open(nullptr, web::StorageAccess::Writer);
    auto& e = h.app->session().workspace().enrollment;
    e.municipality_number = "3024";
    e.municipality_name = "Bærum";
    e.population = "128982";
    h.frames(1);
    std::vector<web::SemanticsNode> seen;
    auto take = [&] {
        for (const auto& n : web::ui::nodes()) seen.push_back(n);
    };
    for (const char* route : kRoutes) {
        h.app->open_route(route);
        h.frames(4);
        take();
        if (std::string(route) == "#/avgift") {
            h.type("12000");  // into the population field, which has the focus: the result and the brackets
            take();
        }
        if (std::string(route) == "#/case") {
            // Each tab: the case, the gatherings, the actions (one added), the outcomes.
            std::vector<std::uint32_t> tabs;
            for (const auto& n : web::ui::nodes())
                if (n.role == web::Role::Tab) tabs.push_back(n.id);
            for (auto id : tabs) {
                h.post({web::ui::PageEvent::Kind::Activate, id});
                take();
            }
        }
    }
    return seen;
}

// Removes the marked segments ⟦…⟧ (innermost first: a catalogue text may hold a program text).
std::string without_marked(std::string s) {
    const std::string open = "\u27e6", close = "\u27e7";
    for (;;) {
        const std::size_t c = s.find(close);
        if (c == std::string::npos) return s;
        const std::size_t o = s.rfind(open, c);
        if (o == std::string::npos) return s;
        s.erase(o, c + close.size() - o);
    }
}

std::string marked(const std::string& s) { return "\u27e6" + s + "\u27e7"; }

// A catalogue text marked part by part where a view takes it apart: lines, and the cells of a table row
// («1.1.1 …|Oppfylt|…»; the bars of a {count|one|other} form are not cells).
std::string marked_parts(const std::string& s) {
    std::string out, part;
    int depth = 0;
    for (char c : s) {
        if (c == '{') ++depth;
        if (c == '}') --depth;
        if ((c == '\n' || c == '|') && depth == 0) {
            out += marked(part) + c;
            part.clear();
        } else {
            part += c;
        }
    }
    return out + marked(part);
}

// Names and facts that are data, not words of any language: municipality names, the organiser, the
// contact, the county, the report's title, the product's name.
std::vector<std::string> names(const Bundled& d) {
    std::vector<std::string> out{d.program.organiser, d.program.contact.name, d.program.contact.organisation,
                                 d.program.contact.email, d.program.contact.phone, d.municipalities.county,
                                 d.program.report.title, d.program.report.also_known_as, "kr"};
    for (const auto& m : d.municipalities.items) out.push_back(m.name);
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

// Removes each name where it stands as a word («kr», not the «kr» in «kritiske»).
std::string without_names(std::string s, const std::vector<std::string>& names) {
    // A letter: ASCII, or one of æ, ø, å, é … (0xC3 and its second byte); a no-break space is not one.
    auto starts_letter = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(s[i]);
        return std::isalpha(c) || c == 0xC3;
    };
    auto ends_letter = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(s[i]);
        return std::isalpha(c) || (i > 0 && static_cast<unsigned char>(s[i - 1]) == 0xC3 && (c & 0xC0) == 0x80);
    };
    for (const auto& n : names) {
        if (n.empty()) continue;
        for (std::size_t at = s.find(n); at != std::string::npos; at = s.find(n, at)) {
            const bool word = (at == 0 || !ends_letter(at - 1)) && (at + n.size() == s.size() || !starts_letter(at + n.size()));
            if (word) s.erase(at, n.size());
            else at += n.size();
        }
    }
    return s;
}

bool has_letters(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (std::isalpha(c)) return true;
        if (c == 0xC3) return true;  // æ, ø, å, é …
    }
    return false;
}

}  // namespace

TEST_CASE("languages: every text a view draws comes from a catalogue or the program data") {
    for (std::string_view language : kLanguages) {
        CAPTURE(language);
        // A pseudo-language: every catalogue text and every program text marked ⟦…⟧; whatever is left
        // unmarked on the page was written into a view (or is a name, a number or what the user typed).
        Bundled d = load_bundled().value();
        std::string json = R"({"language":")" + std::string(language) + R"(","texts":{)";
        bool first = true;
        for (const auto& [key, text] : d.catalog(language).texts()) {
            json += (first ? "" : ",") + nlohmann::json(key).dump() + ":" + nlohmann::json(marked_parts(text)).dump();
            first = false;
        }
        REQUIRE(d.add_catalog(json + "}}").ok());
        if (language == d.program.language) {
            for_each_text(d.program, [](const std::string&, std::string& t) { t = marked(t); });
        } else {
            for_each_text(d.program, [&](const std::string& path, std::string& t) {
                d.program.translations[std::string(language)][path] = marked(t);
            });
        }
        for (auto& s : d.sdgs) s.nb = marked(s.nb), s.nn = marked(s.nn), s.en = marked(s.en);
        for (auto& [l, note] : d.program.translation_notes) note = marked(note);
        const auto known = names(d);
        test::Headless h(std::move(d), std::string(language), {1000, 8000});
        int unmarked = 0;
        for (const auto& n : every_view(h)) {
            std::vector<std::string> said{n.name, n.placeholder};
            if (!test::Headless::editable(n)) said.push_back(n.value);  // a field holds what was typed
            for (const auto& o : n.options) said.push_back(o);
            for (const auto& text : said) {
                const std::string rest = without_names(without_marked(text), known);
                if (has_letters(rest) && ++unmarked <= 10) FAIL_CHECK("not from a catalogue: «" << text << "» → «" << rest << "»");
            }
        }
        CHECK(unmarked == 0);
    }
}

TEST_CASE("languages: an English page has no æ, ø or å outside names and quoted Norwegian titles") {
    test::Headless h("en", {1000, 8000});
    const auto known = names(test::Headless::data());
    int norwegian = 0;
    const std::regex quoted("«[^»]*»");
    for (const auto& n : every_view(h)) {
        if (!n.lang.empty() && n.lang != "en") continue;  // marked as another language (the language choice)
        std::vector<std::string> said{n.name, n.placeholder};
        if (!test::Headless::editable(n)) said.push_back(n.value);
        for (const auto& o : n.options) said.push_back(o);
        for (const auto& text : said) {
            std::string rest = without_names(std::regex_replace(text, quoted, ""), known);
            // The report's authors are companies: «Samfunnsøkonomisk analyse AS».
            // The product's name, and the two written forms of Norwegian, are names too.
            rest = without_names(rest, {"Samfunnsøkonomisk analyse AS", "Læringsnettverk", "Bokmål", "Nynorsk"});
            for (const char* letter : {"æ", "ø", "å", "Æ", "Ø", "Å"})
                if (rest.find(letter) != std::string::npos && ++norwegian <= 10) FAIL_CHECK("Norwegian on the English page: «" << text << "»");
        }
    }
    CHECK(norwegian == 0);
}

TEST_CASE("languages: the choice of three switches the whole page, and the pressed one is the language in use") {
    test::Headless h("nb");
    auto pressed = [] {
        std::string out;
        for (const auto& n : web::ui::nodes())
            if (n.has(web::kPressable) && n.has(web::kSelected)) out += n.name;
        return out;
    };
    CHECK(pressed() == "Bokmål");
    CHECK(h.field("Nynorsk").lang == "nn");
    CHECK(h.field("English").lang == "en");
    h.click_field("Nynorsk");
    CHECK(h.shell.language == "nn");
    CHECK(h.app->language() == "nn");
    CHECK(pressed() == "Nynorsk");
    CHECK(web::ui::find("Kva kostar det for kommunen vår?") != nullptr);
    CHECK(web::ui::find("Innbyggjartal") != nullptr);
    CHECK(h.shell.focus_label == "Nynorsk");  // the choice keeps the focus
    const auto english_id = h.field("English").id;
    h.click_field("English");
    CHECK(h.shell.language == "en");
    CHECK(pressed() == "English");
    // The same element in every language («Språk» is «Language» in English), so the focus stays on it.
    CHECK(h.field("English").id == english_id);
    CHECK(h.shell.focus_label == "English");
    CHECK(web::ui::find("What does it cost our municipality?") != nullptr);
    h.click_field("Bokmål");
    CHECK(h.shell.language == "nb");
    CHECK(h.shell.languages_fetched.empty());  // natively every catalogue is built in
    // The group is named, so a screen reader says what the three buttons are for.
    bool group = false;
    for (const auto& n : web::ui::nodes()) group = group || (n.role == web::Role::Group && n.name == "Språk");
    CHECK(group);
}

TEST_CASE("languages: «7,501» is a number in English, and the fee view says so in English") {
    {
        test::Headless h("en");
        h.type("7,501");
        CHECK(h.shell.live().rfind("Fee kr\u00a021\u00a0750 for 7\u00a0501 inhabitants", 0) == 0);
        h.select_all_and_delete();
        h.type("7.501");
        CHECK(web::ui::find("“7.501”: in English the point is the decimal sign. If you meant a whole number, type it "
                            "without the point, for example 12000 or 12,000.") != nullptr);
    }
    {
        test::Headless nb("nb");  // one ImGui context at a time
        nb.type("7.501");
        CHECK(nb.shell.live().rfind("Avgift kr\u00a021\u00a0750 for 7\u00a0501 innbyggere", 0) == 0);
        nb.select_all_and_delete();
        nb.type("7,501");
        CHECK(web::ui::find("«7,501»: på norsk er komma desimaltegn. Mente du et helt tall, skriv det uten komma, for "
                            "eksempel 12000 eller 12 000.") != nullptr);
    }
}

TEST_CASE("languages: files are the same in every language, and open in every language") {
    std::string enrollment, case_book;
    for (std::string_view language : kLanguages) {
        CAPTURE(language);
        test::Headless h{std::string(language)};
        h.app->session().open(nullptr, web::StorageAccess::Writer);
        auto& e = h.app->session().workspace().enrollment;
        e.municipality_number = "3024";
        e.municipality_name = "Bærum";
        e.population = "128982";
        e.theme_day.elected_officials = "12";
        h.app->open_route("#/case");
        h.frames(4);
        REQUIRE(h.app->session().workspace().case_book);
        h.app->session().export_now();
        REQUIRE(h.shell.downloads.size() == 2);
        if (enrollment.empty()) {
            enrollment = h.shell.downloads[1].bytes;
            case_book = h.shell.downloads[0].bytes;
            // The topics as KS wrote them, not in the page's language.
            CHECK(case_book.find("Hva er kommunens rolle i næringsutvikling?") != std::string::npos);
        }
        CHECK(h.shell.downloads[1].bytes == enrollment);
        CHECK(h.shell.downloads[0].bytes == case_book);
        // Read back under this language.
        CHECK(import_enrollment(enrollment).ok());
        CHECK(import_case_book(case_book, in_language(test::Headless::data().program, language)).ok());
    }
}

TEST_CASE("languages: on a phone the three languages stay together on their own line") {
    test::Headless h("nb", {320, 800});
    const auto theme = h.field("Mørk modus");
    const auto nb = h.field("Bokmål"), nn = h.field("Nynorsk"), en = h.field("English");
    CHECK(nb.rect.y == nn.rect.y);
    CHECK(nn.rect.y == en.rect.y);
    CHECK(nb.rect.y > theme.rect.y);  // not split between the theme's line and the next
    CHECK(en.rect.x + en.rect.w <= 320);
}

TEST_CASE("languages: what was typed means the same after a change of language") {
    test::Headless h("nn");
    h.type("12.000");  // nynorsk: twelve thousand
    CHECK(h.shell.live().rfind("Avgift kr\u00a028\u00a0250", 0) == 0);
    h.app->session().open(nullptr, web::StorageAccess::Writer);
    h.app->session().workspace().enrollment.population = "7.501";
    h.app->session().workspace().enrollment.theme_day.elected_officials = "12";
    h.click_field("English");
    CHECK(h.app->fee_view().input.population == "12000");
    CHECK(h.shell.live().rfind("Fee kr\u00a028\u00a0250", 0) == 0);
    CHECK(h.app->session().workspace().enrollment.population == "7501");
    CHECK(h.app->session().workspace().enrollment.theme_day.elected_officials == "12");
    // And back: «12,000» typed in English is twelve thousand in bokmål too.
    h.click_field("Population");
    h.select_all_and_delete();
    h.type("12,000");
    h.click_field("Bokmål");
    CHECK(h.app->fee_view().input.population == "12000");
    CHECK(h.shell.live().rfind("Avgift kr\u00a028\u00a0250", 0) == 0);
}
