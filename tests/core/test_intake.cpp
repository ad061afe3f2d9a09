// KS's intake: the register check, duplicates by time, totals of ready files only, and a CSV that no
// spreadsheet runs as formulas.
#include <doctest/doctest.h>

#include <algorithm>

#include "bundled_data.hpp"
#include "dates.hpp"
#include "identifiers.hpp"
#include "enrollment_format.hpp"
#include "intake.hpp"
#include "received.hpp"
#include "register_check.hpp"
#include "sign_ups.hpp"

using namespace ln;

namespace {

const Municipality& named(std::string_view name) { return test::named(data().municipalities, name); }
Enrollment signed_up(std::string_view name) { return test::signed_up(data().municipalities, name); }

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

TEST_CASE("a sign-up made for another network is not ready here, and says which network it was made for") {
    const Enrollment e = signed_up("Bærum");
    auto doc = import_enrollment(export_enrollment(e, data().program, "2026-11-28T12:00:00Z"));
    REQUIRE(doc.ok());
    CHECK(ready_to_send(check_received(*doc.document, data().program, data().municipalities).findings));
    // The same program under another id: another network with the same schedule (a program file of its own).
    Program other = data().program;
    other.id = "et-annet-nettverk-2027";
    const auto c = check_received(*doc.document, other, data().municipalities);
    CHECK(has(c.findings, "program", "intake.other_program"));
    REQUIRE(param(c.findings, "intake.other_program", "file"));
    CHECK(*param(c.findings, "intake.other_program", "file") == data().program.id);
    CHECK(*param(c.findings, "intake.other_program", "program") == "et-annet-nettverk-2027");
    CHECK_FALSE(ready_to_send(c.findings));
    // In the overview: with errors, its fee not in the total, nor among what corrections would add.
    const Intake in = take_in({file("baerum.json", e)}, other, data().municipalities);
    REQUIRE(in.rows.size() == 1);
    CHECK_FALSE(in.rows[0].ready());
    CHECK(in.total_fee == 0);
    CHECK(in.pending_fee == 0);
    // A newer file from the same municipality made for the other network pushes out nothing.
    const auto made_for = [&](const Program& p, std::string exported) {
        return IntakeFile{"x.json", export_enrollment(e, p, exported), std::nullopt};
    };
    IntakeFile right = made_for(other, "2026-11-20T12:00:00Z"), wrong = made_for(data().program, "2026-11-28T12:00:00Z");
    right.name = "riktig.json", wrong.name = "annet-nettverk.json";
    const Intake both = take_in({std::move(right), std::move(wrong)}, other, data().municipalities);
    REQUIRE(both.rows.size() == 2);
    CHECK(both.ready == 1);
    CHECK(both.replaced == 0);
    CHECK(both.total_fee == 55000);
}

TEST_CASE("a sign-up sent after the program's deadline (Norwegian time) is flagged for KS to decide") {
    CHECK(oslo_date(*rfc3339_unix_ms("2027-02-15T22:59:59Z")) == "2027-02-15");  // 23:59:59 in Oslo (winter)
    CHECK(oslo_date(*rfc3339_unix_ms("2027-02-15T23:00:00Z")) == "2027-02-16");
    CHECK(oslo_date(*rfc3339_unix_ms("2027-06-15T21:59:59Z")) == "2027-06-15");  // summer time: UTC+2
    CHECK(oslo_date(*rfc3339_unix_ms("2027-06-15T22:00:00Z")) == "2027-06-16");
    const Enrollment e = signed_up("Bærum");
    Program p = data().program;
    p.signup.deadline = "2027-02-15";
    auto at = [&](const char* exported) {
        auto doc = import_enrollment(export_enrollment(e, data().program, exported));
        REQUIRE(doc.ok());
        return check_received(*doc.document, p, data().municipalities);
    };
    for (const char* on_time : {"2027-02-15T22:59:59Z", "2027-02-15T23:59:00+01:00", "2026-12-01T08:00:00Z"}) {
        CAPTURE(on_time);
        CHECK_FALSE(has(at(on_time).findings, "exported_at", "intake.after_deadline", Severity::Warning));
    }
    const auto late = at("2027-02-16T00:00:00+01:00");
    CHECK(has(late.findings, "exported_at", "intake.after_deadline", Severity::Warning));
    CHECK(*param(late.findings, "intake.after_deadline", "date") == "16.02.2027");
    CHECK(*param(late.findings, "intake.after_deadline", "deadline") == "15.02.2027");
    CHECK(ready_to_send(late.findings));  // a warning: KS decides whether a late sign-up is taken
}

TEST_CASE("under a fee per inhabitant the overview adds up that fee, and says the rule where a bracket would be") {
    Program p = data().program;
    p.fees = FeeSchedule::make(PerInhabitant{250, 10'000, 60'000}).value();
    const Enrollment h = signed_up("Halden");  // 31 444 inhabitants: kr 78 610 → the ceiling
    const Enrollment a = signed_up("Aremark");  // 1 315: kr 3 288 → the floor
    // Exported under that program: the fee each file shows is the one it gives.
    auto made = [&](std::string name, const Enrollment& e) {
        return IntakeFile{std::move(name), export_enrollment(e, p, "2026-11-28T12:00:00Z"), std::nullopt};
    };
    const Intake in = take_in({made("halden.json", h), made("aremark.json", a)}, p, data().municipalities);
    REQUIRE(in.rows.size() == 2);
    CHECK(in.ready == 2);
    CHECK(in.total_fee == 70'000);
    const std::string csv = intake_csv(in, data().nb());
    CHECK(csv.find(";minstebeløpet;") != std::string::npos);
    CHECK(csv.find(";høyeste beløp;") != std::string::npos);
    CHECK(bracket_totals(in, p).empty());
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

TEST_CASE("names written without Norwegian letters, or with decomposed ones, are the municipality's name") {
    const auto& list = data().municipalities;
    for (auto [name, typed] : {std::pair{"Bærum", "Baerum"}, {"Bærum", "BAERUM kommune"}, {"Ål", "Aal"}, {"Ål", "A\xCC\x8Al"},
                               {"Våler (Østfold)", "Va\xCC\x8Aler"}, {"Lørenskog", "Loerenskog"}, {"Aurskog-Høland", "Aurskog-Holand"},
                               {"Rælingen", "Raelingen"}}) {
        Enrollment e = signed_up(name);
        e.municipality_name = typed;
        CHECK_MESSAGE(check_register(e, list, data().program).empty(), typed);
    }
    Enrollment e = signed_up("Bærum");
    e.municipality_name = "Asker";
    CHECK(has(check_register(e, list, data().program), "municipality.name", "register.name_mismatch"));
    e.municipality_name = "Baerum Vest";
    CHECK(has(check_register(e, list, data().program), "municipality.name", "register.name_mismatch"));
}

TEST_CASE("a file that says it is another municipality never replaces one that is, nor is replaced") {
    Enrollment b = signed_up("Bærum");
    Enrollment asker_under_3024 = signed_up("Bærum");
    asker_under_3024.municipality_name = "Asker";
    Enrollment halden_orgnr = signed_up("Bærum");
    halden_orgnr.orgnr = named("Halden").orgnr;
    std::vector<IntakeFile> files = {file("a-baerum.json", b, "2026-11-27T08:00:00Z"),
                                     file("b-asker.json", asker_under_3024, "2026-11-29T08:00:00Z"),
                                     file("c-orgnr.json", halden_orgnr, "2026-11-30T08:00:00Z")};
    const Intake in = take_in(std::move(files), data().program, data().municipalities);
    REQUIRE(in.rows.size() == 3);
    CHECK(in.rows[0].ready());
    CHECK(in.rows[0].replaces.empty());
    CHECK_FALSE(in.rows[1].replaced_by);
    CHECK_FALSE(in.rows[1].identity_confirmed);
    CHECK(in.rows[1].name == "Asker");  // the file's own name, next to the error that says whose number it is
    CHECK_FALSE(in.rows[2].replaced_by);
    CHECK(in.ready == 1);
    CHECK(in.with_errors == 2);
    CHECK(in.replaced == 0);
    CHECK(in.total_fee == 55000);
}

TEST_CASE("exported_at: any RFC 3339 time is compared as the moment it is; anything else is oldest, with a warning") {
    Enrollment b = signed_up("Bærum");
    // 09:15 at +01:00 is 08:15 UTC: older than 08:30Z, though it sorts after it as text.
    std::vector<IntakeFile> files = {file("a.json", b, "2026-11-29T08:30:00Z"), file("b.json", b, "2026-11-29t09:15:00.999+01:00"),
                                     file("c.json", b, "0000-00-00"), file("d.json", b, "2026-11-29T08:29:59.5z")};
    const Intake in = take_in(std::move(files), data().program, data().municipalities);
    REQUIRE(in.rows.size() == 4);
    CHECK(in.rows[0].ready());
    CHECK(in.rows[1].replaced_by == std::string("a.json"));
    CHECK(in.rows[1].exported_at == "2026-11-29T08:15:00Z");
    CHECK(in.rows[2].replaced_by == std::string("a.json"));
    CHECK(in.rows[2].exported_at.empty());
    CHECK(has(in.rows[2].findings, "exported_at", "intake.exported_at_invalid", Severity::Warning));
    CHECK(in.rows[3].replaced_by == std::string("a.json"));

    CHECK(rfc3339_unix_ms("2026-11-29T08:30:00Z") == 1795941000000LL);
    CHECK(rfc3339_unix_ms("2026-11-29 09:30:00.25+01:00") == 1795941000250LL);
    CHECK(rfc3339_unix_ms("2026-11-29T03:30:00-05:00") == 1795941000000LL);
    for (const char* bad : {"", "0000-00-00", "2026-02-30T00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T08:30:00",
                            "2026-11-29T08:30:00+1:00", "2026-11-29T08:30:00.Z", "2026-11-29T08:30:00Zjunk"})
        CHECK_MESSAGE(!rfc3339_unix_ms(bad), bad);
}

TEST_CASE("a row's memory is bounded, whatever the file holds") {
    Enrollment e = signed_up("Bærum");
    e.contact.name = std::string(100000, 'x');
    e.group.clear();
    for (int i = 0; i < 300; ++i) e.group.push_back({std::string(500, 'n'), "", "ikke en adresse " + std::string(500, 'e'), Side::Political});
    const IntakeRow row = take_in_file(file("stor.json", e), data().program, data().municipalities);
    std::size_t kept = 0;
    for (const auto& f : row.findings) {
        kept += f.path.size();
        for (const auto& [k, v] : f.message.params) kept += v.size();
    }
    CHECK(row.errors + row.warnings > static_cast<int>(row.findings.size()));
    CHECK(kept <= kMaxFindingBytes);
    CHECK(row.contact_name.size() <= kMaxTextKept + 3);
}

TEST_CASE("the CSV is UTF-8 whatever a file name was written in") {
    CHECK(csv_cell("p\xE5melding.json") == "p\xEF\xBF\xBDmelding.json");
    Enrollment b = signed_up("Bærum");
    const Intake in = take_in({file("B\xE6rum.json", b)}, data().program, data().municipalities);
    CHECK(in.rows[0].file == "B\xEF\xBF\xBDrum.json");
    CHECK(valid_utf8(intake_csv(in, data().nb())));
}

TEST_CASE("a fee that cannot be recomputed says so, not «?»") {
    Enrollment e = signed_up("Bærum");
    e.municipality_number = "9999";
    e.population = "mange";
    auto doc = import_enrollment(export_enrollment(e, data().program, "2026-11-28T12:00:00Z"));
    REQUIRE(doc.ok());
    doc.document->fee_shown = 55000;
    const auto c = check_received(*doc.document, data().program, data().municipalities);
    CHECK(has(c.findings, "fee_shown", "fee.unchecked_in_file"));
    for (const auto& f : c.findings)
        CHECK(data().nb().text(f.message).find('?') == std::string::npos);
}

TEST_CASE("two files of a municipality from the same moment are flagged for a person to decide") {
    Enrollment a = signed_up("Bærum"), z = signed_up("Bærum");
    z.contact.name = "Zara";
    const Intake in = take_in({file("a.json", a, "2026-11-28T14:32:00Z"), file("z.json", z, "2026-11-28T15:32:00+01:00")},
                              data().program, data().municipalities);
    REQUIRE(in.rows.size() == 2);
    CHECK(in.rows[0].replaced_by == std::string("z.json"));
    CHECK(in.rows[0].same_time_as == std::string("z.json"));
    CHECK(in.rows[1].same_time_as == std::string("a.json"));
    CHECK(intake_csv(in, data().nb()).find("samme tidspunkt som a.json") != std::string::npos);
}

TEST_CASE("what files with errors would add counts only files whose municipality is certain") {
    Enrollment b = signed_up("Bærum");
    Enrollment other = signed_up("Bærum");
    other.municipality_name = "Aremark";  // Bærum's number, another's name: whose fee it would be is unknown
    const Intake in = take_in({file("a.json", b), file("b.json", other)}, data().program, data().municipalities);
    CHECK(in.ready == 1);
    CHECK(in.with_errors == 1);
    CHECK(in.total_fee == 55000);
    CHECK(in.pending_fee == 0);
}
