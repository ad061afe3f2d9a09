#include <doctest/doctest.h>

#include <algorithm>

#include "bundled_data.hpp"
#include "enrollment.hpp"
#include "enrollment_format.hpp"

using namespace ln;

namespace {

Enrollment complete() {
    Enrollment e;
    pick_municipality(e, data().municipalities.items[static_cast<std::size_t>(
                             find_municipalities(data().municipalities.items, "Bærum").front())]);
    e.invoice_address = "Postboks 700, 1304 Sandvika";
    e.invoice_reference = "EHF-4711";
    e.contact = {"Kari Nordmann", "Næringssjef", "kari.nordmann@baerum.kommune.no", "+47 934 57 137"};
    e.group = {{"Ola Ordfører", "Ordfører", "ola@baerum.kommune.no", Side::Political},
               {"Anne Direktør", "Kommunedirektør", "anne@baerum.kommune.no", Side::Administrative},
               {"Per Næring", "Daglig leder", "per@bedrift.no", Side::Business}};
    e.theme_day = {true, "01.04.2022", "25", "Vil ha fokus på reiseliv"};
    e.case_sketch = {"Næringsarealer ved Fornebu", "Vi mangler arealer for nye bedrifter.", "Ny arealplan i 2022."};
    e.travel_costs_acknowledged = true;
    return e;
}

bool has(const std::vector<Finding>& f, std::string_view path, std::string_view key) {
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.path == path && x.message.key == key; });
}
}  // namespace

TEST_CASE("a complete enrollment has no findings and is ready to send") {
    auto f = validate(complete(), data().program);
    for (const auto& x : f) MESSAGE(x.path << " " << x.message.key);
    CHECK(f.empty());
    CHECK(ready_to_send(f));
    CHECK(completeness(f).filled == 10);
    CHECK(completeness(f).required == 10);
    CHECK(enrollment_quote(complete(), data().program)->fee == 55000);
}

TEST_CASE("an empty enrollment lists every required field, with paths") {
    auto f = validate(Enrollment{}, data().program);
    for (const char* path : {"municipality.number", "municipality.name", "municipality.orgnr", "municipality.population",
                             "invoice.address", "invoice.reference", "contact.name", "contact.email", "contact.phone"})
        CHECK(has(f, path, "field.required"));
    CHECK(has(f, "travel_costs_acknowledged", "travel.not_acknowledged"));
    CHECK(has(f, "group", "group.empty"));
    CHECK_FALSE(ready_to_send(f));
    CHECK(completeness(f).filled == 0);
}

TEST_CASE("field rules: organisation number, e-mail, phone, population") {
    auto e = complete();
    e.orgnr = "935478716";
    e.contact.email = "kari@";
    e.contact.phone = "1234";
    e.population = "12,5";
    auto f = validate(e, data().program);
    CHECK(has(f, "municipality.orgnr", "orgnr.check_digit"));
    CHECK(has(f, "contact.email", "email.invalid"));
    CHECK(has(f, "contact.phone", "phone.invalid"));
    CHECK(has(f, "municipality.population", "number.not_whole"));
    e.orgnr = "12345";
    e.population = "0";
    f = validate(e, data().program);
    CHECK(has(f, "municipality.orgnr", "orgnr.not_nine_digits"));
    CHECK(has(f, "municipality.population", "population.too_small"));
    CHECK(completeness(f).filled == 6);  // orgnr, population, e-mail and phone no longer count
}

TEST_CASE("the working group must hold both political and administrative leadership (warnings)") {
    auto e = complete();
    e.group.erase(e.group.begin());  // no political member left
    auto f = validate(e, data().program);
    CHECK(has(f, "group", "group.no_political"));
    CHECK_FALSE(has(f, "group", "group.no_administrative"));
    CHECK(ready_to_send(f));  // a warning does not block
    e.group = {{"Per", "", "per@x.no", Side::Business}};
    f = validate(e, data().program);
    CHECK(has(f, "group", "group.no_political"));
    CHECK(has(f, "group", "group.no_administrative"));
    e.group.push_back({"", "", "not-an-email", Side::Other});
    f = validate(e, data().program);
    CHECK(has(f, "group[1].name", "field.required"));
    CHECK(has(f, "group[1].email", "email.invalid"));
    auto counts = count_sides(complete().group);
    CHECK(counts.political == 1);
    CHECK(counts.administrative == 1);
    CHECK(counts.business == 1);
}

TEST_CASE("a program's participant limit: a larger working group is an error that says the limit") {
    auto e = complete();  // three members
    Program limited = data().program;
    CHECK_FALSE(has(validate(e, limited), "group", "group.too_many"));  // the invitation of 2022 sets none
    limited.signup.max_participants = 3;
    CHECK(ready_to_send(validate(e, limited)));  // exactly the limit
    e.group.push_back({"Siri Plan", "Planleder", "siri@baerum.kommune.no", Side::Administrative});
    const auto f = validate(e, limited);
    CHECK(has(f, "group", "group.too_many"));
    CHECK_FALSE(ready_to_send(f));
    for (const auto& x : f)
        if (x.message.key == "group.too_many") {
            CHECK(*x.message.param("max") == "3");
            CHECK(*x.message.param("count") == "4");
        }
}

TEST_CASE("theme day: a date that is a date, a number of officials, early rather than late") {
    auto e = complete();
    e.theme_day.preferred_from = "31.02.2022";
    e.theme_day.elected_officials = "many";
    auto f = validate(e, data().program);
    CHECK(has(f, "theme_day.preferred_from", "date.invalid"));
    CHECK(has(f, "theme_day.elected_officials", "number.not_number"));
    e.theme_day.wanted = false;  // nothing to check when not wanted
    CHECK(validate(e, data().program).empty());

    // Gathering dates are not yet known in the invitation; once they are, a late theme day warns.
    Program p = data().program;
    p.gatherings[1].date = "2022-05-12";
    e = complete();
    e.theme_day.preferred_from = "01.06.2022";
    f = validate(e, p);
    CHECK(has(f, "theme_day.preferred_from", "theme_day.late"));
    CHECK(ready_to_send(f));
    e.theme_day.preferred_from = "01.05.2022";
    CHECK(validate(e, p).empty());
}

TEST_CASE("export → import gives back the same enrollment") {
    const auto e = complete();
    const std::string text = export_enrollment(e, data().program, "2026-11-28T14:32:00Z");
    auto in = import_enrollment(text);
    REQUIRE(in.ok());
    const auto& d = *in.document;
    CHECK(d.exported_at == "2026-11-28T14:32:00Z");
    CHECK(d.program == "ks-viken-naeringsutvikling-2022");
    CHECK(d.fee_shown == 55000);
    // Normalised on the way out: the phone without +47 and spaces, the date as ISO.
    Enrollment expected = e;
    expected.contact.phone = "93457137";
    expected.theme_day.preferred_from = "2022-04-01";
    CHECK(d.enrollment == expected);
    CHECK(enrollment_changes(e, d.enrollment).empty());  // only normalised: no real change
    CHECK(normalized(e) == d.enrollment);
    CHECK(for_editing(d.enrollment).theme_day.preferred_from == "01.04.2022");
    CHECK(normalized(for_editing(d.enrollment)) == d.enrollment);
    // Stable key order: format, version, exported_at, program first.
    CHECK(text.find("\"format\"") < text.find("\"version\""));
    CHECK(text.find("\"version\"") < text.find("\"exported_at\""));
    CHECK(text.find("\"exported_at\"") < text.find("\"program\""));
    // Exporting what was imported gives the same bytes.
    CHECK(export_enrollment(d.enrollment, data().program, "2026-11-28T14:32:00Z") ==
          export_enrollment(expected, data().program, "2026-11-28T14:32:00Z"));
}

TEST_CASE("a draft with wrong values round-trips without losing what was typed") {
    Enrollment e;
    e.population = "tolv tusen";
    e.theme_day.preferred_from = "snart";
    e.theme_day.elected_officials = "mange";
    e.municipality_name = "Bærum «test» \"quoted\"";
    auto in = import_enrollment(export_enrollment(e, data().program, "2026-11-28T00:00:00Z"));
    REQUIRE(in.ok());
    CHECK(in.document->enrollment == e);
    CHECK_FALSE(in.document->fee_shown);
}

TEST_CASE("import rejects bad files with a precise reason") {
    auto first_key = [](std::string_view bytes) {
        auto r = import_enrollment(bytes);
        REQUIRE_FALSE(r.ok());
        REQUIRE_FALSE(r.errors.empty());
        return r.errors.front();
    };
    CHECK(first_key("").message.key == "json.empty");
    CHECK(first_key("{\"format\":").message.key == "json.truncated");
    CHECK(first_key("[1,2]").message.key == "json.wrong_type.object");
    CHECK(first_key("{\"a\":\"\xff\"}").message.key == "import.invalid_utf8");
    CHECK(first_key(std::string(kMaxImportBytes + 1, ' ')).message.key == "import.too_large");
    CHECK(first_key(R"({"version":1})").path == "format");
    CHECK(first_key(R"({"format":"ks.laeringsnettverk.casebook","version":1})").message.key == "format.unknown");
    CHECK(first_key(R"({"format":"ks.laeringsnettverk.enrollment","version":2})").message.key == "format.newer");
    CHECK(first_key(R"({"format":"ks.laeringsnettverk.enrollment","version":0})").message.key == "format.too_old");
    CHECK(first_key(R"({"format":"ks.laeringsnettverk.enrollment","version":"1"})").message.key == "json.wrong_type.integer");

    std::string text = export_enrollment(complete(), data().program, "2026-11-28T00:00:00Z");
    auto replace = [&](std::string from, std::string to) {
        std::string t = text;
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        return t.replace(at, from.size(), to);
    };
    auto r = import_enrollment(replace(R"("side": "administrative")", R"("side": "mayor")"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().path == "group[1].side");
    r = import_enrollment(replace(R"("email": "per@bedrift.no")", R"("email": 17)"));
    CHECK(r.errors.front().path == "group[2].email");
    CHECK(r.errors.front().message.key == "json.wrong_type.string");
    r = import_enrollment(replace(R"("travel_costs_acknowledged": true)", R"("travel_costs_acknowledged": "yes")"));
    CHECK(r.errors.front().path == "travel_costs_acknowledged");
    // Several problems are all reported.
    r = import_enrollment(replace(R"("name": "Kari Nordmann")", R"("name": null)"));
    CHECK(r.errors.front().path == "contact.name");
    std::string two = replace(R"("reference": "EHF-4711")", R"("reference": 5)");
    two.replace(two.find(R"("wanted": true)"), 14, R"("wanted": 1)");
    r = import_enrollment(two);
    CHECK(r.errors.size() == 2);
}

TEST_CASE("file name and summary") {
    CHECK(enrollment_file_name(complete()) == "pamelding-3024-baerum.json");
    CHECK(enrollment_file_name(Enrollment{}) == "pamelding-uten-navn.json");
    const std::string s = enrollment_summary(complete(), data().program, data().nb());
    CHECK(s.find("Påmelding til Læringsnettverk næringsutvikling (KS Viken)") == 0);
    CHECK(s.find("Kommune: Bærum (3024)") != std::string::npos);
    CHECK(s.find("Deltakeravgift: kr\u00a055\u00a0000 (40\u00a0001 og mer)") != std::string::npos);
    CHECK(s.find("- Ola Ordfører, Ordfører (Politisk ledelse), ola@baerum.kommune.no") != std::string::npos);
    CHECK(s.find("Temadag med folkevalgte: ønskes, fra 01.04.2022, ca. 25 folkevalgte") != std::string::npos);
}

TEST_CASE("the working group as a list: add, remove, sides in the order they are offered") {
    Enrollment e;
    add_member(e);
    e.group[add_member(e)].name = "Kari";
    CHECK((remove_member(e, 0) && !remove_member(e, 3)));
    CHECK((e.group.size() == 1 && e.group[0].name == "Kari"));
    for (std::size_t i = 0; i < std::size(kSides); ++i) CHECK(side_index(side_at(i)) == i);
    CHECK(side_at(1) == Side::Administrative);
    CHECK(side_at(42) == kSides[0]);
}

TEST_CASE("required fields are those validate() requires, for every member of the group") {
    const Program& p = data().program;
    for (const char* path : {"municipality.number", "municipality.name", "municipality.orgnr", "municipality.population",
                             "invoice.address", "invoice.reference", "contact.name", "contact.email", "contact.phone",
                             "group[0].name", "group[7].email"})
        CHECK_MESSAGE(required_field(path, p), path);
    for (const char* path : {"contact.title", "group[2].title", "theme_day.preferred_from", "case_sketch.title", "nonsense"})
        CHECK_MESSAGE(!required_field(path, p), path);
}

TEST_CASE("JSON that no app writes is refused with a reason, never parsed into hundreds of MB") {
    auto key = [](std::string_view bytes) { return import_enrollment(bytes).errors.at(0).message; };
    CHECK(key(std::string("{}\0{\"x\":1}", 10)).key == "json.nul_byte");
    CHECK(*key(std::string("{}\0{\"x\":1}", 10)).param("offset") == "2");
    CHECK(key(std::string(100000, '[') + std::string(100000, ']')).key == "json.too_deep");
    std::string wide = "[";
    for (int i = 0; i < 250000; ++i) wide += "0,";
    wide += "0]";
    CHECK(key(wide).key == "json.too_many_values");
    std::string keys = "{";
    for (int i = 0; i < 1001; ++i) keys += "\"k" + std::to_string(i) + "\":0,";
    keys.back() = '}';
    CHECK(key(keys).key == "json.too_many_keys");
    const auto twice = key(R"({"format":"ks.laeringsnettverk.enrollment","fee_shown":1,"fee_shown":55000})");
    CHECK(twice.key == "json.duplicate_key");
    CHECK(*twice.param("field") == "fee_shown");
    CHECK(key(R"({"a":{"x":1},"b":{"x":2}})").key != "json.duplicate_key");  // the same name in two objects is fine
    const auto bad = key("{\"format\": tull}");
    CHECK(bad.key == "json.invalid");
    CHECK(*bad.param("offset") == "12");  // the «u» of «tull», where it stops being «true»
}

TEST_CASE("a population that is a number but not a whole one is kept as text for validate() to explain") {
    Enrollment e = complete();
    std::string bytes = export_enrollment(e, data().program, "2026-11-28T12:00:00Z");
    const auto at = bytes.find("\"population\": ");
    REQUIRE(at != std::string::npos);
    const auto end = bytes.find_first_of(",\n}", at + 14);
    for (auto [typed, kept] : {std::pair{"1e30", "1e+30"}, {"12.5", "12,5"}, {"12000.0", "12000"}}) {
        std::string b = bytes;
        b.replace(at + 14, end - at - 14, typed);
        const auto r = import_enrollment(b);
        REQUIRE_MESSAGE(r.ok(), typed);
        CHECK(r.document->enrollment.population == kept);
    }
}

TEST_CASE("an import's preview speaks the form's words: labels, ja/nei, sides, never a path") {
    const Catalog& nb = data().nb();
    Enrollment a = complete(), b = complete();
    b.contact.email = "ny@example.no";
    b.theme_day.wanted = !a.theme_day.wanted;
    b.invoice_reference = "";
    b.group[0].side = Side::Administrative;
    b.travel_costs_acknowledged = false;
    std::vector<std::string> lines;
    for (const auto& c : enrollment_changes(a, b)) lines.push_back(describe_change(c, nb));
    auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
    CHECK(has("Kontaktperson \u2013 E-post: «" + a.contact.email + "» blir «ny@example.no»"));
    CHECK(has(std::string("Temadag med folkevalgte: «") + (a.theme_day.wanted ? "ja» blir «nei»" : "nei» blir «ja»")));
    CHECK(has("Fakturareferanse / EHF-bestillingsreferanse: «" + a.invoice_reference + "» blir «–»"));
    CHECK(has("Medlem 1: «" + a.group[0].name + " (" + nb.text("side." + std::string(side_id(a.group[0].side))) + ")» blir «" +
              a.group[0].name + " (Administrativ ledelse)»"));
    CHECK(has("Dekker egne reise- og oppholdsutgifter: «ja» blir «nei»"));
    for (const auto& l : lines) {
        CHECK_MESSAGE(l.find("true") == std::string::npos, l);
        const bool no_path = l.find('.') == std::string::npos || l.find('@') != std::string::npos;  // no «contact.email»
        CHECK_MESSAGE(no_path, l);
    }
}

TEST_CASE("an import's preview names a member without a name, and a member added or gone") {
    const Catalog& nb = data().nb();
    Enrollment a = complete(), b = complete();
    b.group[0].name = "";
    b.group.push_back({"Ny", "", "", Side::Other});
    std::vector<std::string> lines;
    for (const auto& c : enrollment_changes(a, b)) lines.push_back(describe_change(c, nb));
    auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
    CHECK(has("Medlem 1: «" + a.group[0].name + " (Politisk ledelse)» blir «(uten navn) (Politisk ledelse)»"));
    CHECK(has("Medlem 4: «–» blir «Ny (Annet)»"));
}
