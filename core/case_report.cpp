#include "case_report.hpp"

#include <cctype>

#include "dates.hpp"
#include "identifiers.hpp"

namespace ln {

namespace {

// User text in Markdown is text, never markup: a note starting with «# » is not a heading, «|» does not
// split a table, «<script>» is not HTML, «[x](javascript:…)» is not a link. Inline punctuation that
// CommonMark reads as markup is backslash-escaped everywhere; what only means something at the start of a
// line (headings, lists, quotes, rules, code blocks) is escaped there.
enum class At { LineStart, Inline };  // a paragraph or list item's line, or a heading or table cell

std::string md_line(std::string_view line, At at = At::LineStart) {
    std::string out;
    // Leading blanks would make an indented code block.
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    line.remove_prefix(i);
    // «1. » or «1) » at the start is an ordered list.
    std::size_t digits = 0;
    while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        const bool at_start = k == 0 && at == At::LineStart;
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
            out += '\\';
            break;
        case '&':  // only an entity (&lt; &#60;) means something
            if (k + 1 < line.size() && (std::isalnum(static_cast<unsigned char>(line[k + 1])) || line[k + 1] == '#')) out += '\\';
            break;
        case '#': case '+': case '-': case '=':
            if (at_start) out += '\\';
            break;
        case '.': case ')':
            if (at == At::LineStart && digits > 0 && k == digits) out += '\\';
            break;
        default: break;
        }
        if (c != '\r') out += c;
    }
    return out;
}

// A paragraph of user text: every line escaped, line breaks kept (a backslash at the end of a line is a
// hard break), blank lines between paragraphs kept as one.
std::string md_text(std::string_view s) {
    std::string out;
    bool pending_break = false, pending_blank = false;
    while (!s.empty()) {
        const auto nl = s.find('\n');
        const std::string_view raw = s.substr(0, nl);
        s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
        const std::string line = md_line(raw);
        if (line.find_first_not_of(" \t") == std::string::npos) {
            if (!out.empty()) pending_blank = true;
            pending_break = false;
            continue;
        }
        if (pending_blank) out += "\n\n";
        else if (pending_break) out += "\\\n";
        out += line;
        pending_break = true;
        pending_blank = false;
    }
    return out;
}

// One line (a heading, a list item): line breaks become spaces.
std::string md_flat(std::string_view s, At at) {
    std::string flat(s);
    for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
    return md_line(flat, at);
}
std::string md_inline(std::string_view s) { return md_flat(s, At::Inline); }
std::string md_item(std::string_view s) { return md_flat(s, At::LineStart); }

// A table cell: one line, line breaks shown as <br> (which the app writes, never the user).
std::string cell(const std::string& s) {
    std::string out;
    std::string_view rest = s;
    while (true) {
        const auto nl = rest.find('\n');
        out += md_line(rest.substr(0, nl), At::Inline);
        if (nl == std::string_view::npos) break;
        out += "<br>";
        rest.remove_prefix(nl + 1);
    }
    return out;
}

// User text in the HTML report: escaped, line breaks kept.
std::string html(const std::string& s) {
    std::string out;
    std::string_view rest = s;
    while (true) {
        const auto nl = rest.find('\n');
        out += escape_html(rest.substr(0, nl));
        if (nl == std::string_view::npos) return out;
        out += "<br>";
        rest.remove_prefix(nl + 1);
    }
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string rating(int r) { return r == 0 ? "–" : std::to_string(r); }

std::string topic_label(const Program& p, const Action& a) {
    if (!a.topic || a.topic->gathering < 1 || a.topic->gathering > static_cast<int>(p.gatherings.size())) return "";
    const auto& g = p.gatherings[static_cast<std::size_t>(a.topic->gathering - 1)];
    if (a.topic->topic < 0 || a.topic->topic >= static_cast<int>(g.topics.size())) return "";
    return std::to_string(g.number) + ": " + g.topics[static_cast<std::size_t>(a.topic->topic)];
}

std::string status_text(const Catalog& cat, ActionStatus s) { return cat.text("report.status." + std::string(action_status_id(s))); }

// The report's content once, written out by a Markdown and an HTML writer.
struct Writer {
    virtual ~Writer() = default;
    virtual void h1(const std::string&) = 0;
    virtual void h2(const std::string&) = 0;
    virtual void h3(const std::string&) = 0;
    virtual void para(const std::string&) = 0;
    virtual void labelled(const std::string& label, const std::string& text) = 0;
    virtual void list(const std::vector<std::string>&) = 0;
    virtual void table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) = 0;
};

void write(Writer& w, const ReportInput& in) {
    const auto& b = in.book;
    const auto& p = in.program;
    const auto& cat = in.cat;
    w.h1(blank(b.title) ? cat.text("report.untitled") : b.title);
    w.para(cat.text("report.byline", {{"municipality", in.municipality.empty() ? cat.text("report.municipality") : in.municipality},
                                      {"program", p.title}, {"organiser", p.organiser}, {"date", in.date}}));
    if (!blank(b.problem)) { w.h2(cat.text("report.problem")); w.para(b.problem); }
    if (!blank(b.goals)) { w.h2(cat.text("report.goals")); w.para(b.goals); }
    if (!b.sdgs.empty()) {
        std::vector<std::string> items;
        for (int n : b.sdgs)
            if (n >= 1 && n <= static_cast<int>(in.sdgs.size()))
                items.push_back(std::to_string(n) + ". " + in.sdgs[static_cast<std::size_t>(n - 1)].name(cat.language()));
        w.h2(cat.text("report.sdgs"));
        w.list(items);
    }
    if (!b.actors.empty()) { w.h2(cat.text("report.actors")); w.list(b.actors); }

    for (std::size_t g = 0; g < b.gatherings.size() && g < p.gatherings.size(); ++g) {
        w.h2(cat.text("report.gathering", {{"n", std::to_string(p.gatherings[g].number)}}));
        bool any = false;
        for (std::size_t t = 0; t < b.gatherings[g].topics.size() && t < p.gatherings[g].topics.size(); ++t) {
            const auto& n = b.gatherings[g].topics[t];
            if (blank(n.before) && blank(n.at) && blank(n.after)) continue;
            any = true;
            w.h3(p.gatherings[g].topics[t]);
            if (!blank(n.before)) w.labelled(cat.text("report.before"), n.before);
            if (!blank(n.at)) w.labelled(cat.text("report.at"), n.at);
            if (!blank(n.after)) w.labelled(cat.text("report.after"), n.after);
        }
        if (!any) w.para(cat.text("report.no_notes"));
    }

    w.h2(cat.text("report.actions"));
    if (b.actions.empty()) w.para(cat.text("report.no_actions"));
    else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& a : b.actions)
            rows.push_back({a.what, a.owner, a.due.empty() ? "" : format_date(parse_date(a.due).value_or(a.due)),
                            status_text(cat, a.status), topic_label(p, a)});
        w.table({cat.text("report.what"), cat.text("report.owner"), cat.text("report.due"), cat.text("report.status"),
                 cat.text("report.topic")}, rows);
    }

    w.h2(cat.text("report.outcomes"));
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < b.outcomes.size() && i < p.outcomes.size(); ++i)
        rows.push_back({as_heading(p.outcomes[i]), rating(b.outcomes[i].start), rating(b.outcomes[i].end), b.outcomes[i].comment});
    w.table({cat.text("report.outcome"), cat.text("report.start"), cat.text("report.end"), cat.text("report.comment")}, rows);
}

struct Markdown final : Writer {
    std::string s;
    void h1(const std::string& t) override { s += "# " + md_inline(t) + "\n\n"; }
    void h2(const std::string& t) override { s += "## " + md_inline(t) + "\n\n"; }
    void h3(const std::string& t) override { s += "### " + md_inline(t) + "\n\n"; }
    void para(const std::string& t) override { s += md_text(t) + "\n\n"; }
    void labelled(const std::string& l, const std::string& t) override { s += "**" + md_inline(l) + "** " + md_text(t) + "\n\n"; }
    void list(const std::vector<std::string>& items) override {
        for (const auto& i : items) s += "- " + md_item(i) + "\n";
        s += "\n";
    }
    void table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) override {
        auto row = [&](const std::vector<std::string>& cells) {
            s += "|";
            for (const auto& c : cells) s += " " + cell(c) + " |";
            s += "\n";
        };
        row(head);
        s += "|";
        for (std::size_t i = 0; i < head.size(); ++i) s += " --- |";
        s += "\n";
        for (const auto& r : rows) row(r);
        s += "\n";
    }
};

struct Html final : Writer {
    std::string s;
    void h1(const std::string& t) override { s += "<h1>" + html(t) + "</h1>\n"; }
    void h2(const std::string& t) override { s += "<h2>" + html(t) + "</h2>\n"; }
    void h3(const std::string& t) override { s += "<h3>" + html(t) + "</h3>\n"; }
    void para(const std::string& t) override { s += "<p>" + html(t) + "</p>\n"; }
    void labelled(const std::string& l, const std::string& t) override {
        s += "<p><strong>" + html(l) + "</strong> " + html(t) + "</p>\n";
    }
    void list(const std::vector<std::string>& items) override {
        s += "<ul>\n";
        for (const auto& i : items) s += "<li>" + html(i) + "</li>\n";
        s += "</ul>\n";
    }
    void table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) override {
        s += "<table>\n<thead><tr>";
        for (const auto& h : head) s += "<th>" + html(h) + "</th>";
        s += "</tr></thead>\n<tbody>\n";
        for (const auto& r : rows) {
            s += "<tr>";
            for (const auto& c : r) s += "<td>" + html(c) + "</td>";
            s += "</tr>\n";
        }
        s += "</tbody>\n</table>\n";
    }
};

}  // namespace

std::string case_report_markdown(const ReportInput& in) {
    Markdown md;
    write(md, in);
    return md.s;
}

std::string case_report_html(const ReportInput& in) {
    Html h;
    write(h, in);
    const std::string title = blank(in.book.title) ? in.cat.text("report.untitled") : in.book.title;
    return "<!doctype html>\n<html lang=\"" + html(in.cat.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
           html(title) +
           "</title>\n<style>\n"
           "body{font:11pt/1.45 'Noto Sans',system-ui,sans-serif;color:#1a1c21;max-width:46rem;margin:2rem auto;padding:0 1rem;"
           "overflow-wrap:anywhere}\n"
           "h1{color:#05548c;font-size:1.6rem}h2{color:#05548c;font-size:1.2rem;margin-top:1.6rem;"
           "border-bottom:1px solid #c5cbd3}h3{font-size:1rem}\n"
           "table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #c5cbd3;padding:.3rem .5rem;"
           "text-align:left;vertical-align:top}th{background:#eef0f4}\n"
           "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,h3+p{break-inside:avoid}}\n"
           "</style>\n</head>\n<body>\n" + h.s + "</body>\n</html>\n";
}

}  // namespace ln
