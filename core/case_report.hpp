#pragma once
// The case book as a readable report for the council and the archive («settes inn i system»): Markdown,
// and a standalone HTML page that prints well. Texts from the catalog, so it comes in nb or en.
#include <string>
#include <vector>

#include "case_book.hpp"
#include "catalog.hpp"
#include "program.hpp"
#include "sdgs.hpp"

namespace ln {

struct ReportInput {
    const CaseBook& book;
    const Program& program;
    const std::vector<Sdg>& sdgs;
    const Catalog& cat;
    std::string municipality;  // e.g. "Bærum kommune"; may be empty
    std::string date;          // the report's date as shown, e.g. "28.11.2026"
};

std::string case_report_markdown(const ReportInput& in);
std::string case_report_html(const ReportInput& in);

}  // namespace ln
