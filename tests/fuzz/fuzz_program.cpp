// Fuzz target (fuzz_main.cpp): any bytes as a program definition. What parses must be usable everywhere a program is:
// every bracket's fee, the fee table, the calendar file, and sign-ups and case books made for it, which
// must survive export → import unchanged under that program.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bundled.hpp"
#include "calendar.hpp"
#include "case_book_format.hpp"
#include "case_report.hpp"
#include "enrollment_format.hpp"
#include "fee_text.hpp"
#include "register_check.hpp"

int fuzz_program(const std::uint8_t* data, std::size_t size) {
    static const ln::Bundled bundled = ln::load_bundled().value();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto parsed = ln::parse_program(bytes);
    if (!parsed) return 0;
    const ln::Program& p = parsed.value();
    for (const auto& b : p.fees.brackets()) {
        for (std::int64_t n : {b.min, b.min + 1, b.max.value_or(ln::kMaxPopulation)}) {
            auto q = ln::quote(p.fees, n);
            if (q && (q->bracket.min > n || (q->bracket.max && *q->bracket.max < n))) std::abort();
        }
    }
    (void)ln::fee_table(bundled.nb(), p.fees);
    (void)ln::start_meeting_ics(p, "2026-01-01T00:00:00Z");

    ln::Enrollment e;
    e.municipality_number = "3024";
    e.population = "12000";
    (void)ln::validate(e, p, bundled.municipalities);
    const std::string sign_up = ln::export_enrollment(e, p, "2026-01-01T00:00:00Z");
    auto back = ln::import_enrollment(sign_up);
    if (!back.ok() || ln::export_enrollment(back.document->enrollment, p, "2026-01-01T00:00:00Z") != sign_up) std::abort();

    ln::CaseBook book = ln::new_case_book(p, &e);
    for (auto& g : book.gatherings)
        for (auto& t : g.topics) t.at = "notat";
    (void)ln::case_report_markdown({book, p, bundled.sdgs, bundled.nb(), "", ""});
    const std::string text = ln::export_case_book(book, p, "2026-01-01T00:00:00Z");
    auto again = ln::import_case_book(text, p);
    if (!again.ok() || *again.book != book) std::abort();
    return 0;
}
