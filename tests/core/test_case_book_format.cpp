#include <doctest/doctest.h>


#include "bundled_data.hpp"
#include "file_text.hpp"
#include "case_book_format.hpp"

using namespace ln;

namespace {
CaseBook sample() {
    CaseBook b = new_case_book(data().program);
    b.title = "Næringsarealer ved Fornebu";
    b.problem = "Vi mangler arealer for nye bedrifter.";
    b.goals = "Ny arealplan med plass til næring innen 2023.";
    b.sdgs = {8, 9, 11};
    b.actors = {"Asker og Bærum Næringsråd", "Fornebu Næringsforening"};
    b.gatherings[0].topics[0] = {"Lese FoU-rapporten", "Diskusjon i gruppen", "Tiltak notert"};
    b.gatherings[1].topics[2].at = "Arealplanen må ha et næringskapittel.\n«Sitat» og – tankestrek.";
    b.actions = {{"Kartlegge ledige arealer", "Kari", "2022-05-01", ActionStatus::Done, TopicRef{1, 0}},
                 {"Møte med næringsforeningen", "Per", "", ActionStatus::Open, std::nullopt}};
    b.outcomes[0] = {2, 4, "Mer eierskap i kommunestyret"};
    b.outcomes[5] = {1, 0, ""};
    return b;
}
}  // namespace

TEST_CASE("case book: export → import gives back the same book, and the same bytes") {
    const std::string text = export_case_book(sample(), data().program, "2026-11-28T12:00:00Z");
    auto in = import_case_book(text, data().program);
    REQUIRE(in.ok());
    CHECK(in.program == "ks-viken-naeringsutvikling-2022");
    CHECK(*in.book == sample());
    CHECK(export_case_book(*in.book, data().program, "2026-11-28T12:00:00Z") == text);
    // Each note travels with the text of the topic it answers.
    CHECK(text.find("\"topic\": \"Hvordan arbeide langsiktig?\"") != std::string::npos);
}

TEST_CASE("case book: the sample file (checked against the schema by tests/schema) is what export writes") {
    const std::string file = file_text(LN_TEST_DATA "/casebooks/case-3024-baerum.json");
    REQUIRE_FALSE(file.empty());
    auto in = import_case_book(file, data().program);
    REQUIRE(in.ok());
    CHECK(*in.book == sample());
    CHECK(export_case_book(*in.book, data().program, "2026-11-28T12:00:00Z") == file);
}

TEST_CASE("case book: bad files are refused with paths, like the other formats") {
    auto first = [](std::string_view bytes) {
        auto r = import_case_book(bytes, data().program);
        REQUIRE_FALSE(r.ok());
        return r.errors.front();
    };
    CHECK(first("").message.key == "json.empty");
    CHECK(first("\xff").message.key == "import.invalid_utf8");
    CHECK(first(R"({"format":"ks.laeringsnettverk.enrollment","version":1})").message.key == "format.unknown");
    CHECK(first(R"({"format":"ks.laeringsnettverk.casebook","version":2})").message.key == "format.newer");
    std::string text = export_case_book(sample(), data().program, "2026-11-28T12:00:00Z");
    auto replace = [&](std::string from, std::string to) {
        std::string t = text;
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        return t.replace(at, from.size(), to);
    };
    CHECK(first(replace(R"("start": 2)", R"("start": 9)")).path == "outcomes[0].start");
    CHECK(first(replace(R"("status": "done")", R"("status": "finished")")).path == "actions[0].status");
    CHECK(first(replace("11\n", "42\n")).path == "case.sdgs[2]");
    CHECK(first(replace(R"("before": "Lese FoU-rapporten")", R"("before": 3)")).path == "gatherings[0].topics[0].before");
}

#include "case_report.hpp"
#include "enrollment_format.hpp"
#include "identifiers.hpp"

TEST_CASE("the case report for the council, in Markdown and HTML") {
    const CaseBook b = sample();
    const ReportInput in{b, data().program, data().sdgs, data().nb(), "Bærum kommune", "28.11.2026"};
    const std::string md = case_report_markdown(in);
    CHECK(md.rfind("# Næringsarealer ved Fornebu\n\nBærum kommune · Læringsnettverk næringsutvikling (KS Viken) · 28.11.2026\n", 0) == 0);
    CHECK(md.find("## FNs bærekraftsmål\n\n- 8\\. Anstendig arbeid og økonomisk vekst\n- 9\\. Industri, innovasjon og infrastruktur\n"
                  "- 11\\. Bærekraftige byer og lokalsamfunn\n") != std::string::npos);
    CHECK(md.find("### FOU-en «Lærdommer fra gode vertskommuner for næringsutvikling»\n\n**Før samlingen:** Lese FoU-rapporten") !=
          std::string::npos);
    CHECK(md.find("## Samling 3\n\nIngen notater ennå.") != std::string::npos);
    CHECK(md.find("| Kartlegge ledige arealer | Kari | 01.05.2022 | ferdig | 1: FOU-en") != std::string::npos);
    CHECK(md.find("| Økt eierskap til næringsutvikling for kommuner/region | 2 | 4 | Mer eierskap i kommunestyret |") !=
          std::string::npos);
    CHECK(md.find("| Grunnlag for egne strategiske veivalg | 1 | – |  |") != std::string::npos);
    // A line break inside a table cell does not break the table.
    CaseBook odd = b;
    odd.actions[0].what = "a | b\nc";
    CHECK(case_report_markdown({odd, data().program, data().sdgs, data().nb(), "", ""}).find("| a \\| b<br>c |") != std::string::npos);

    const std::string page = case_report_html(in);
    CHECK(page.rfind("<!doctype html>\n<html lang=\"nb\">", 0) == 0);
    CHECK(page.find("<h1>Næringsarealer ved Fornebu</h1>") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    CHECK(page.find("Arealplanen må ha et næringskapittel.<br>«Sitat» og – tankestrek.") != std::string::npos);
    odd.title = "<script>alert(1)</script>";
    CHECK(case_report_html({odd, data().program, data().sdgs, data().nb(), "", ""}).find("<script>") == std::string::npos);
    CHECK(case_report_markdown({b, data().program, data().sdgs, data().en(), "", ""}).find("## Gathering 1") != std::string::npos);
}

TEST_CASE("case book: file names say whose book it is, in ASCII") {
    CHECK(case_book_file_name("3024", "Bærum kommune", ".json") == "arbeidsbok-3024-baerum-kommune.json");
    CHECK(case_book_file_name("", "", ".html") == "arbeidsbok.html");
}

TEST_CASE("download names stay short enough for browsers, readable and distinct") {
    std::string long_name;
    for (int i = 0; i < 30; ++i) long_name += "Bærum kommune ";  // 420 characters
    const std::string a = case_book_file_name("3024", long_name, ".html");
    const std::string b = case_book_file_name("3024", long_name + "x", ".html");
    CHECK(a.size() <= kMaxFileStem + 5);
    CHECK(a.rfind("arbeidsbok-3024-baerum-kommune-baerum-kommune", 0) == 0);
    CHECK(a != b);
    CHECK(a.find("--") == std::string::npos);
    Enrollment e;
    e.municipality_number = std::string(300, '9');
    e.municipality_name = long_name;
    CHECK(enrollment_file_name(e).size() <= kMaxFileStem + 5);
    CHECK(capped_file_stem(std::string(80, 'a')) == std::string(80, 'a'));
    CHECK(capped_file_stem(std::string(81, 'a')).size() == kMaxFileStem);
}
