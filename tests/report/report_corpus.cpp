// Writes the case report (Markdown, or HTML with --html) for a case book whose every text field holds
// the hostile notes read from a file: each line alone, and all of them as one multi-line note. The
// CommonMark check (check_report.py) renders it and looks for anything that became markup.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "bundled.hpp"
#include "case_book.hpp"
#include "case_report.hpp"

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream all;
    all << in.rdbuf();
    const std::string notes = all.str();
    const bool html = argc > 2 && std::string(argv[2]) == "--html";
    const ln::Bundled data = ln::load_bundled().value();
    ln::CaseBook b = ln::new_case_book(data.program);
    b.title = "<b>Tittel</b> # | [x](y)";
    b.problem = notes;
    b.goals = notes;
    std::istringstream lines(notes);
    for (std::string line; std::getline(lines, line);) {
        b.actors.push_back(line);
        b.actions.push_back({line, line, "", ln::ActionStatus::Open, std::nullopt});
    }
    for (auto& g : b.gatherings)
        for (auto& t : g.topics) t = {notes, notes, notes};
    for (auto& o : b.outcomes) o.comment = notes;
    b.outcomes.front().comment = std::string(3000, 'x');  // one long word: wraps in print
    const ln::ReportInput input{b, data.program, data.sdgs, data.nb(), "<i>Kommune</i> | #", "28.11.2026"};
    const std::string out = html ? ln::case_report_html(input) : ln::case_report_markdown(input);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
