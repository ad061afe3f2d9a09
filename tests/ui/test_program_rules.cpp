// What a program may state beyond the invitation of 2022 — whether its fees include VAT, a sign-up
// deadline, how many may take part from each municipality — shown where a user meets it: with the fee,
// in «Om nettverket», and in the sign-up, whose working group is held to the limit.
#include <doctest/doctest.h>

#include <algorithm>

#include "enrollment_format.hpp"
#include "headless.hpp"

using ln::test::Headless;

namespace {

ln::Bundled with_rules() {
    ln::Bundled b = Headless::data();
    b.program.fee_vat = ln::Vat::Excluded;
    b.program.signup.deadline = "2027-02-15";
    b.program.signup.max_participants = 2;
    b.program.gatherings[0].mode = "physical";
    b.program.gatherings[0].place = "Drammen";
    b.program.gatherings[1].mode = "digital";
    b.program.gatherings[2].place = "Lillestrøm";
    b.program.lodging_estimate = 1500;
    return b;
}

bool shows(std::string_view text) {
    const auto& all = ln::web::ui::nodes();
    return std::any_of(all.begin(), all.end(), [&](const ln::web::SemanticsNode& n) { return n.name == text; });
}

}  // namespace

TEST_CASE("the invitation of 2022 states none of them, so none is shown") {
    Headless ui;
    ui.type("12000");
    CHECK_FALSE(shows("Beløpene er uten merverdiavgift."));
    ui.app->open_route("#/program");
    ui.frames(3);
    CHECK_FALSE(shows("Påmeldingsfrist: 15.02.2027."));
}

TEST_CASE("the VAT status is said with the fee and in «Om nettverket», in the user's language") {
    struct Said {
        const char* language;
        const char* vat;
        const char* deadline;
        const char* limit;
    };
    for (const Said& s : {Said{"nb", "Beløpene er uten merverdiavgift.", "Påmeldingsfrist: 15.02.2027.", "Inntil 2 deltakere fra hver kommune."},
                          Said{"en", "The amounts exclude value added tax (VAT).", "Sign-up deadline: 15.02.2027.",
                               "Up to 2 participants from each municipality."}}) {
        CAPTURE(s.language);
        Headless ui(with_rules(), s.language, ImVec2(1000, 3200));
        ui.type("12000");
        CHECK(shows(s.vat));
        ui.app->open_route("#/program");
        ui.frames(3);
        CHECK(shows(s.vat));
        CHECK(shows(s.deadline));
        CHECK(shows(s.limit));
    }
}

TEST_CASE("the sign-up says the deadline and the limit, and a working group past the limit is an error") {
    Headless ui(with_rules(), "nb", ImVec2(1000, 3200));
    ui.app->open_route("#/pamelding");
    ui.frames(3);
    CHECK(shows("Påmeldingsfrist: 15.02.2027."));
    CHECK(shows("Inntil 2 deltakere fra hver kommune."));
    const std::string too_many = "Nettverket tar inntil 2 deltakere fra hver kommune; arbeidsgruppen har 3.";
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(shows(too_many));
        ui.click_field("Legg til medlem");
        ui.frames(2);
    }
    REQUIRE(ui.app->session().workspace().enrollment.group.size() == 3);
    CHECK(shows(too_many));
}

TEST_CASE("«Om nettverket» says how and where each gathering is; the travel estimate counts those in person") {
    {
        Headless ui(with_rules(), "nb", ImVec2(1000, 3200));
        ui.app->open_route("#/program");
        ui.frames(3);
        CHECK(shows("Fysisk samling, Drammen."));
        CHECK(shows("Digital samling."));
        CHECK(shows("Sted: Lillestrøm."));
        CHECK(shows("KS anslår opphold til kr\u00a01\u00a0500 per person og samling."));
        ui.app->open_route("#/avgift");
        ui.frames(3);
        CHECK(shows("Samlinger med oppmøte (av 3)"));
        CHECK(shows("KS anslår opphold til kr\u00a01\u00a0500 per person og samling; det regnes med så lenge feltet står tomt."));
    }
    Headless en(with_rules(), "en", ImVec2(1000, 3200));
    en.app->open_route("#/program");
    en.frames(3);
    CHECK(shows("In person, Drammen."));
    CHECK(shows("A digital gathering."));
    CHECK(shows("Place: Lillestrøm."));
}

TEST_CASE("a sign-up file made for another program says so when it is opened, on screen and aloud") {
    const std::string said = "Filen er laget for programmet «et-annet-nettverk-2027», ikke for dette nettverket; "
                             "avgiften og sjekkene her er dette nettverkets.";
    Headless ui("nb", ImVec2(1000, 3200));
    ui.app->open_route("#/pamelding");
    ui.frames(3);
    ln::Enrollment e;
    e.municipality_name = "Bærum";
    ln::Program other = Headless::data().program;
    other.id = "et-annet-nettverk-2027";
    ui.app->file_picked("annen.json", ln::export_enrollment(e, other, "2026-11-28T12:00:00Z"));
    ui.frames(3);
    CHECK(ui.shell.live().find(said) != std::string::npos);
    CHECK(shows(said));
    // The same file made for this network says nothing of the kind.
    ui.app->file_picked("samme.json", ln::export_enrollment(e, Headless::data().program, "2026-11-28T12:00:00Z"));
    ui.frames(3);
    CHECK(ui.shell.live().find("laget for programmet") == std::string::npos);
    CHECK_FALSE(shows(said));
}

TEST_CASE("a fee per inhabitant: the fee view says the rule instead of a bracket table, and the sum follows it") {
    ln::Bundled b = Headless::data();
    b.program.fees = ln::FeeSchedule::make(ln::PerInhabitant{250, 10'000, 60'000}).value();
    const std::string nb = "\u00a0";
    const std::string rule = "Avgiften er kr" + nb + "2,50 per innbygger, minst kr" + nb + "10" + nb + "000 og høyst kr" + nb +
                             "60" + nb + "000.";
    {
        Headless ui(b, "nb", ImVec2(1000, 3200));
        CHECK(shows("Slik regnes avgiften"));
        CHECK(shows(rule));
        CHECK_FALSE(shows("Alle trinn"));
        ui.type("3000");
        CHECK(ui.shell.live() == "Avgift kr" + nb + "10" + nb + "000 for 3" + nb + "000 innbyggere (minstebeløpet)");
        const auto& all = ln::web::ui::nodes();
        CHECK(std::none_of(all.begin(), all.end(), [](const ln::web::SemanticsNode& n) { return n.name.rfind("Trinn ", 0) == 0; }));
        ui.select_all_and_delete();
        ui.type("12000");
        CHECK(ui.shell.live() == "Avgift kr" + nb + "30" + nb + "000 for 12" + nb + "000 innbyggere (kr" + nb + "2,50 per innbygger)");
        ui.app->open_route("#/program");
        ui.frames(3);
        CHECK(shows(rule));
    }
    Headless en(b, "en", ImVec2(1000, 3200));
    CHECK(shows("How the fee is set"));
    en.type("30000");
    CHECK(en.shell.live() == "Fee kr" + nb + "60" + nb + "000 for 30" + nb + "000 inhabitants (the highest fee)");
}
