#include "views/program_view.hpp"

#include "calendar.hpp"
#include "dates.hpp"
#include "fee_text.hpp"
#include "numbers.hpp"
#include "widgets.hpp"

namespace ln::web {

ViewOutcome ProgramView::draw(const Bundled& data, const Catalog& cat, ShellPort& shell) {
    const Program& p = data.program;
    ViewOutcome out;
    ui::heading(p.title);
    ui::muted(p.organiser + " \u00b7 " + p.partner);
    ui::paragraph(p.background);

    ui::subheading(cat.text("program.target_group"));
    ui::paragraph(p.target_group);
    ui::subheading(cat.text("program.goal"));
    ui::paragraph(p.goal);
    ui::paragraph(p.case_goal);
    ui::subheading(cat.text("program.outcomes"));
    ui::bullet_list(p.outcomes);
    ui::subheading(cat.text("program.method"));
    ui::paragraph(p.method);
    ui::subheading(cat.text("program.theme_day"));
    ui::paragraph(p.theme_day);

    ui::subheading(cat.text("program.start"));
    const Meeting& m = p.start_meeting;
    ui::paragraph(cat.text("program.start_when", {{"title", m.title}, {"date", format_date(m.date)}, {"start", m.start},
                                                  {"end", m.end},
                                                  {"mode", cat.text(m.mode == "digital" ? "program.digital" : "program.physical")}}));
    if (ui::button(cat.text("program.calendar"))) {
        shell.download(p.id + "-oppstart.ics", "text/calendar", start_meeting_ics(p, shell.now_utc()));
        status_ = cat.text("program.calendar_done");
    }

    ui::subheading(cat.text("program.gatherings"));
    ui::paragraph(p.case_work);
    for (const auto& g : p.gatherings) {
        ui::paragraph(cat.text("program.gathering", {{"n", std::to_string(g.number)},
                                                     {"date", g.date ? format_date(*g.date) : cat.text("program.date_unknown")}}));
        ui::bullet_list(g.topics, 1);
    }
    ui::muted(p.topics_note);

    ui::subheading(cat.text("program.costs"));
    ui::paragraph(p.fee_basis);
    if (ui::begin_table("program_brackets", {cat.text("fee.table.population"), cat.text("fee.table.fee")})) {
        for (const auto& row : fee_table(cat, p.fees)) ui::table_row({row.range, row.fee});
        ui::end_table();
    }
    ui::paragraph(p.own_costs);
    if (ui::button(cat.text("program.to_fee"))) out.go = Route::Fee;

    ui::subheading(cat.text("program.report"));
    ui::paragraph(cat.text("program.report_text", {{"title", p.report.title}, {"aka", p.report.also_known_as},
                                                   {"authors", p.report.authors}, {"year", std::to_string(p.report.year)}}));
    ui::subheading(cat.text("program.contact"));
    ui::paragraph(cat.text("program.contact_text", {{"name", p.contact.name}, {"organisation", p.contact.organisation},
                                                    {"phone", p.contact.phone}, {"email", p.contact.email}}));
    if (!status_.empty()) ui::muted(status_);
    return out;
}

std::string ProgramView::live_text(const Bundled& data, const Catalog& cat) const {
    if (!status_.empty()) return status_;
    return cat.text("program.live", {{"title", data.program.title}, {"date", format_date(data.program.start_meeting.date)}});
}

}  // namespace ln::web
