// KS's intake: the register check, duplicates by time, totals of ready files only, and a CSV that no
// spreadsheet runs as formulas.
#include <doctest/doctest.h>

#include <algorithm>

#include "bundled_data.hpp"
#include "enrollment_format.hpp"
#include "intake.hpp"
#include "register_check.hpp"

using namespace ln;

namespace {

const Municipality& named(std::string_view name) {
    const auto& items = data().municipalities.items;
    return *std::find_if(items.begin(), items.end(), [&](const Municipality& m) { return m.name == name; });
}

Enrollment signed_up(std::string_view name) {
    Enrollment e;
    pick_municipality(e, named(name));
    e.invoice_address = "Postboks 1";
    e.invoice_reference = "EHF-1";
    e.contact = {"Kari Nordmann", "Næringssjef", "kari@example.no", "93457137"};
    e.group = {{"Ola", "Ordfører", "ola@example.no", Side::Political}, {"Anne", "Direktør", "anne@example.no", Side::Administrative}};
    e.case_sketch = {"Tittel", "Problem", ""};
    e.travel_costs_acknowledged = true;
    return e;
}

bool has(const std::vector<Finding>& f, std::string_view path, std::string_view key, Severity s = Severity::Error) {
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.path == path && x.message.key == key && x.severity == s; });
}

const std::string* param(const std::vector<Finding>& f, std::string_view key, std::string_view name) {
    for (const auto& x : f)
        if (x.message.key == key) return x.message.param(name);
    return nullptr;
}

IntakeFile file(std::string name, const Enrollment& e, std::string exported_at = "2026-11-28T12:00:00Z") {
    return {std::move(name), export_enrollment(e, data().program, exported_at), std::nullopt};
}

}  // namespace

TEST_CASE("a sign-up that agrees with the register has no register findings") {
    const auto& list = data().municipalities;
    for (const auto& m : list.items) {
        Enrollment e = signed_up(m.name);
        CHECK_MESSAGE(check_register(e, list, data().program).empty(), m.name);
    }
    Enrollment e = signed_up("Bærum");
    e.municipality_name = "  bærum KOMMUNE ";
    CHECK(check_register(e, list, data().program).empty());
    Enrollment v = signed_up("Våler (Østfold)");
    v.municipality_name = "Våler";
    CHECK(check_register(v, list, data().program).empty());
}

TEST_CASE("numbers, names and organisation numbers that do not belong together are errors") {
    const auto& list = data().municipalities;
    Enrollment e = signed_up("Bærum");
    e.municipality_number = "9999";
    CHECK(has(check_register(e, list, data().program), "municipality.number", "register.unknown_number"));

    e = signed_up("Bærum");
    e.municipality_name = "Oslo";
    auto f = check_register(e, list, data().program);
    REQUIRE(has(f, "municipality.name", "register.name_mismatch"));
    CHECK(*param(f, "register.name_mismatch", "expected") == "Bærum");

    e = signed_up("Bærum");
    e.orgnr = named("Halden").orgnr;
    f = check_register(e, list, data().program);
    REQUIRE(has(f, "municipality.orgnr", "register.orgnr_other"));
    CHECK(*param(f, "register.orgnr_other", "other") == "Halden");
}

TEST_CASE("numbers from 2024 are recognised and mapped to the network's number") {
    const auto& list = data().municipalities;
    Enrollment e = signed_up("Bærum");
    e.municipality_number = named("Bærum").number_2024;
    const auto match = find_by_number(list, e.municipality_number);
    REQUIRE(match.municipality != nullptr);
    CHECK(match.by_number_2024);
    CHECK(match.municipality->number == "3024");
    const auto f = check_register(e, list, data().program);
    CHECK(has(f, "municipality.number", "register.number_2024", Severity::Warning));
    CHECK(ready_to_send(f));
}

TEST_CASE("the fee follows SSB's population, whatever the file says") {
    const auto& list = data().municipalities;
    Enrollment e = signed_up("Bærum");
    e.population = "3000";
    const auto f = check_register(e, list, data().program);
    REQUIRE(has(f, "municipality.population", "register.population_differs"));
    CHECK(*param(f, "register.population_differs", "fee") == "kr\u00a055\u00a0000");
    REQUIRE(checked_quote(e, list, data().program));
    CHECK(checked_quote(e, list, data().program)->fee == 55000);

    e.population = "120000";  // another figure, the same bracket: a warning
    CHECK(has(check_register(e, list, data().program), "municipality.population", "register.population_differs_same_fee",
              Severity::Warning));
    e.population = "tjue tusen";  // not a number: the fee still comes from SSB's figure
    CHECK(checked_quote(e, list, data().program)->fee == 55000);
}

TEST_CASE("a fee in the file that is not the recomputed fee makes the file not ready") {
    Enrollment e = signed_up("Bærum");
    e.population = "3000";
    auto doc = import_enrollment(export_enrollment(e, data().program, "2026-11-28T12:00:00Z"));
    REQUIRE(doc.ok());
    CHECK(doc.document->fee_shown == 11625);  // what the lie gave in the app
    const auto c = check_received(*doc.document, data().program, data().municipalities);
    CHECK(c.fee_differs);
    CHECK(c.quote->fee == 55000);
    CHECK(has(c.findings, "fee_shown", "fee.differs_in_file"));
    CHECK_FALSE(ready_to_send(c.findings));
}

TEST_CASE("duplicates: the newest exported_at counts, the others are replaced and say by which file") {
    Enrollment b = signed_up("Bærum");
    Enrollment h = signed_up("Halden");
    Enrollment broken = signed_up("Moss");
    broken.contact.email = "ikke en adresse";
    std::vector<IntakeFile> files = {file("a-baerum-ny.json", b, "2026-11-29T08:00:00Z"),
                                     file("b-baerum-gammel.json", b, "2026-11-27T08:00:00Z"),
                                     file("c-halden.json", h), file("d-moss.json", broken),
                                     {"e-tom.json", "", std::nullopt}};
    const Intake in = take_in(std::move(files), data().program, data().municipalities);
    REQUIRE(in.rows.size() == 5);
    CHECK(in.rows[0].ready());
    CHECK(in.rows[0].replaces == std::vector<std::string>{"b-baerum-gammel.json"});
    CHECK(in.rows[1].replaced_by == std::string("a-baerum-ny.json"));
    CHECK(in.ready == 2);
    CHECK(in.replaced == 1);
    CHECK(in.with_errors == 1);
    CHECK(in.unreadable == 1);
    CHECK(in.total_fee == 55000 + checked_quote(h, data().municipalities, data().program)->fee);
    CHECK(in.pending_fee == checked_quote(broken, data().municipalities, data().program)->fee);
    // The CSV grows with the files, not with their square: a replaced file is named in its own row and in
    // the row that replaced it, nowhere else.
    const std::string csv = intake_csv(in, data().nb());
    std::size_t mentions = 0;
    for (std::size_t at = 0; (at = csv.find("b-baerum-gammel.json", at)) != std::string::npos; ++at) ++mentions;
    CHECK(mentions == 2);
}

TEST_CASE("CSV cells: formulas neutralised, controls removed, quoting when needed") {
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"Klikk\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"Klikk\"\")\"");
    CHECK(csv_cell("+47 93457137") == "'+47 93457137");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\t=1") == "'\t=1");
    CHECK(csv_cell("  =1") == "'  =1");
    CHECK(csv_cell("\xEF\xBC\x9D" "1") == "'\xEF\xBC\x9D" "1");
    CHECK(csv_cell("Bærum") == "Bærum");
    CHECK(csv_cell("a;b") == "\"a;b\"");
    CHECK(csv_cell("linje 1\nlinje 2") == "\"linje 1\nlinje 2\"");
    CHECK(csv_cell(std::string("a\0b\x01" "c", 5)) == "a b c");
    CHECK(csv_cell("55000") == "55000");
    CHECK(csv_cell(std::string(40000, 'x')).size() < 32100);
}
