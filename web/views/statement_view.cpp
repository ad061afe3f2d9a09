#include "views/statement_view.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "widgets.hpp"

namespace ln::web {

namespace {
// One catalog text, one item a line; a table row's cells separated by «|». (No iostreams: they would
// double the size of the WebAssembly.)
std::vector<std::string> split(std::string_view text, char sep, bool keep_empty) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find(sep, start), text.size());
        if (keep_empty || end > start) out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}
std::vector<std::string> lines(const std::string& text) { return split(text, '\n', false); }
std::vector<std::string> cells(const std::string& line) { return split(line, '|', true); }
}  // namespace

void StatementView::draw(const Bundled& data, const Catalog& cat) {
    ui::heading(cat.text("statement.heading"));
    ui::paragraph(cat.text("statement.intro"));
    ui::subheading(cat.text("statement.status.heading"));
    ui::paragraph(cat.text("statement.status"));
    ui::subheading(cat.text("statement.tested.heading"));
    ui::bullet_list(lines(cat.text("statement.tested")));
    ui::subheading(cat.text("statement.criteria.heading"));
    ui::paragraph(cat.text("statement.criteria.intro"));
    if (ui::begin_table("criteria", cells(cat.text("statement.criteria.columns")))) {
        for (const auto& row : lines(cat.text("statement.criteria"))) ui::table_row(cells(row));
        ui::end_table();
    }
    ui::subheading(cat.text("statement.gaps.heading"));
    ui::bullet_list(lines(cat.text("statement.gaps")));
    ui::subheading(cat.text("statement.contact.heading"));
    const Contact& c = data.program.contact;
    ui::paragraph(cat.text("statement.contact", {{"name", c.name}, {"organisation", c.organisation}, {"phone", c.phone},
                                                 {"email", c.email}}));
    ui::paragraph(cat.text("statement.supervision"));
}

std::string StatementView::live_text(const Catalog& cat) const { return cat.text("statement.heading"); }

}  // namespace ln::web
