// The theme's colours against WCAG 2.1's contrast minimums, in every state the app draws them.
#include <doctest/doctest.h>

#include "startup.hpp"
#include "theme.hpp"

using namespace ln::web;

TEST_CASE("theme: WCAG's contrast ratio as defined (black on white 21, equal colours 1)") {
    CHECK(theme::contrast_ratio({0, 0, 0, 1}, {1, 1, 1, 1}) == doctest::Approx(21.0f).epsilon(0.001));
    CHECK(theme::contrast_ratio({0.5f, 0.5f, 0.5f, 1}, {0.5f, 0.5f, 0.5f, 1}) == doctest::Approx(1.0f));
    // #767676 on white is the well-known 4.54:1.
    CHECK(theme::contrast_ratio({118 / 255.0f, 118 / 255.0f, 118 / 255.0f, 1}, {1, 1, 1, 1}) == doctest::Approx(4.54f).epsilon(0.01));
}

TEST_CASE("theme: text has 4.5:1 and control edges 3:1 against what they are drawn on, hovered too, light and dark") {
    for (const auto* palette : {&theme::kLight, &theme::kDark}) {
        const auto pairs = theme::contrast_pairs(*palette);
        CHECK(pairs.size() >= 18);
        for (const auto& p : pairs) {
            const float ratio = theme::contrast_ratio(p.fg, p.bg);
            CHECK_MESSAGE(ratio >= p.min_ratio, (palette == &theme::kDark ? "dark: " : "light: ") << p.what << ": " << ratio
                                                    << ":1, needs " << p.min_ratio << ":1");
        }
    }
}

#include <nlohmann/json.hpp>

#include "headless.hpp"
#include "ln_assets.hpp"
#include "ln_catalogs.hpp"

namespace {
void strings_in(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) out.push_back(j.get<std::string>());
    else if (j.is_structured())
        for (const auto& v : j) strings_in(v, out);
}
// The code points of UTF-8 text (the assets are valid UTF-8: checked where they are loaded).
std::vector<unsigned> code_points(const std::string& s) {
    std::vector<unsigned> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(n);
    }
    return out;
}
}  // namespace

TEST_CASE("theme: every character of every catalogue and bundled text is in the fonts the canvas draws with") {
    ln::test::Headless ui;  // builds the atlas from the shipped font subset, with the app's ranges
    std::vector<std::string> texts;
    for (auto asset : {ln::embedded::catalog_nb, ln::embedded::catalog_nn, ln::embedded::catalog_en, ln::embedded::program_json,
                       ln::embedded::municipalities_json, ln::embedded::sdgs_json})
        strings_in(nlohmann::json::parse(asset), texts);
    CHECK(texts.size() > 500);
    const auto& f = theme::fonts();
    int missing = 0;
    for (const auto& text : texts)
        for (unsigned cp : code_points(text)) {
            if (cp < 0x20) continue;  // line breaks
            for (ImFont* font : {f.body, f.heading, f.subheading}) {
                if (font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
                if (++missing <= 10) FAIL_CHECK("code point " << cp << " missing in «" << text << "»");
            }
        }
    CHECK(missing == 0);
}

TEST_CASE("theme: the canvas's text is exactly as wide as the page's at the same CSS size") {
    ln::test::Headless ui;
    ImFont* f = theme::fonts().body;
    // ImGui truncates a font's pixel size: the theme's sizes are whole pixels, so nothing is lost.
    CHECK(f->FontSize * f->Scale == doctest::Approx(theme::kBodyPx));
    // The browser lays this line out 646.7 px wide at 16 px of the same font (its advances, no kerning here).
    const char* t = "Ta kontakt med Gustav Weiberg-Aurdal, KS Viken, mobil 93457137, e-post gwa@ks.no.";
    CHECK(f->CalcTextSizeA(f->FontSize * f->Scale, 1e9f, 0, t).x == doctest::Approx(646.672 * theme::css_px(theme::kBodyPx) / 16).epsilon(0.003));
}

TEST_CASE("theme: «Mørk modus» switches the canvas to the dark palette and tells the page; «Lys modus» back") {
    ln::test::Headless ui;
    REQUIRE_FALSE(theme::dark());
    ui.click_field("Mørk modus");
    CHECK(theme::dark());
    CHECK(ui.shell.theme == "dark");
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == doctest::Approx(theme::kDark.page.x));
    CHECK(ui.shell.focus_label == "Lys modus");  // the button now offers the way back, and keeps focus
    ui.click_field("Lys modus");
    CHECK_FALSE(theme::dark());
    CHECK(ui.shell.theme == "light");
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == doctest::Approx(theme::kLight.page.x));
}

TEST_CASE("startup: --theme=dark starts dark") {
    CHECK(ln::web::parse_startup({"--theme=dark"}).dark);
    CHECK_FALSE(ln::web::parse_startup({"--theme=light"}).dark);
    CHECK_FALSE(ln::web::parse_startup({}).dark);
}

TEST_CASE("startup: --text-scale follows the browser's text size setting, within 0.5–3") {
    CHECK(ln::web::parse_startup({"--text-scale=1.25"}).text_scale == doctest::Approx(1.25f));
    CHECK(ln::web::parse_startup({"--text-scale=9"}).text_scale == doctest::Approx(3.0f));
    CHECK(ln::web::parse_startup({"--text-scale=x"}).text_scale == doctest::Approx(1.0f));
}
