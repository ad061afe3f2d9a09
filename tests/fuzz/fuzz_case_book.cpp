// Fuzz target (fuzz_main.cpp): any bytes into the case book import; what it accepts goes out through check(), both
// reports, export and import again. Nothing may crash or hang, and the round trip must not change a byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bundled.hpp"
#include "case_book_format.hpp"
#include "case_report.hpp"

int fuzz_case_book(const std::uint8_t* data, std::size_t size) {
    static const ln::Bundled bundled = ln::load_bundled().value();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto imported = ln::import_case_book(bytes, bundled.program);
    if (!imported.ok()) {
        if (imported.errors.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    const ln::CaseBook& book = *imported.book;
    (void)ln::check(book, bundled.program);
    const ln::ReportInput report{book, bundled.program, bundled.sdgs, bundled.nb(), "Kommune", "01.01.2026"};
    (void)ln::case_report_markdown(report);
    (void)ln::case_report_html(report);
    const std::string text = ln::export_case_book(book, bundled.program, "2026-01-01T00:00:00Z");
    auto again = ln::import_case_book(text, bundled.program);
    if (!again.ok() || *again.book != book) std::abort();
    if (ln::export_case_book(*again.book, bundled.program, "2026-01-01T00:00:00Z") != text) std::abort();
    return 0;
}
