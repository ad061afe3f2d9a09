#include "views/program_view.hpp"

#include <algorithm>

#include "calendar.hpp"
#include "dates.hpp"
#include "fee_text.hpp"
#include "program_notes.hpp"
#include "region_total.hpp"
#include "numbers.hpp"
#include "views/program_text.hpp"
#include "widgets.hpp"

namespace ln::web {

ViewOutcome ProgramView::draw(const Bundled& data, const Catalog& cat, ShellPort& shell,
                              const std::optional<KeptProgram>& kept, bool kept_in_use, bool editable) {
    const Program& p = data.program;
    ViewOutcome out;
    ui::begin_language(p.language_of("title"));
    ui::heading(p.title);
    ui::end_language();
    // A translation says it is one, and which texts had none (they stay in KS's own words, marked).
    if (p.shown_language != p.language) {
        if (auto note = p.as_written().translation_notes.find(p.shown_language); note != p.as_written().translation_notes.end())
            ui::muted(note->second);
        if (!p.untranslated.empty())
            ui::muted(cat.text("program.untranslated", {{"language", cat.text("language." + p.language)}}));
    }
    program_paragraph(p, "partner", p.organiser + " \u00b7 " + p.partner, /*muted=*/true);
    program_paragraph(p, "background", p.background);

    ui::subheading(cat.text("program.target_group"));
    program_paragraph(p, "target_group", p.target_group);
    ui::subheading(cat.text("program.goal"));
    program_paragraph(p, "goal", p.goal);
    program_paragraph(p, "case_goal", p.case_goal);
    ui::subheading(cat.text("program.outcomes"));
    ui::bullet_list(p.outcomes, 0, program_languages(p, "outcomes", p.outcomes.size()));
    ui::subheading(cat.text("program.method"));
    program_paragraph(p, "method", p.method);
    ui::subheading(cat.text("program.theme_day"));
    program_paragraph(p, "theme_day", p.theme_day);

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
    program_paragraph(p, "case_work", p.case_work);
    for (std::size_t i = 0; i < p.gatherings.size(); ++i) {
        const Gathering& g = p.gatherings[i];
        ui::paragraph(cat.text("program.gathering", {{"n", std::to_string(g.number)},
                                                     {"date", g.date ? format_date(*g.date) : cat.text("program.date_unknown")}}));
        if (const auto where = gathering_where(cat, g)) ui::muted(*where);
        ui::bullet_list(g.topics, 1, program_languages(p, "gatherings[" + std::to_string(i) + "].topics", g.topics.size()));
    }
    program_paragraph(p, "topics_note", p.topics_note, /*muted=*/true);

    ui::subheading(cat.text("program.costs"));
    program_paragraph(p, "fees.basis", p.fee_basis);
    if (const auto& rule = p.fees.per_inhabitant()) {
        ui::paragraph(fee_rule(cat, *rule));
    } else if (ui::begin_table("program_brackets", {cat.text("fee.table.population"), cat.text("fee.table.fee")})) {
        for (const auto& row : fee_table(cat, p.fees)) ui::table_row({row.range, row.fee});
        ui::end_table();
    }
    if (const auto vat = vat_note(cat, p.fee_vat)) ui::paragraph(*vat);
    program_paragraph(p, "fees.own_costs", p.own_costs);
    if (p.lodging_estimate) ui::paragraph(cat.text("program.lodging_estimate_text", {{"amount", format_kroner(*p.lodging_estimate)}}));
    if (const auto deadline = deadline_note(cat, p)) ui::paragraph(*deadline);
    if (const auto most = participants_note(cat, p)) ui::paragraph(*most);
    if (const auto regions = regions_note(cat, p, data.municipalities)) ui::paragraph(*regions);
    if (ui::button(cat.text("program.to_fee"))) out.go = Route::Fee;

    ui::subheading(cat.text("program.report"));
    ui::paragraph(cat.text("program.report_text", {{"title", p.report.title}, {"aka", p.report.also_known_as},
                                                   {"authors", p.report.authors}, {"year", std::to_string(p.report.year)}}));
    ui::subheading(cat.text("program.contact"));
    ui::paragraph(cat.text("program.contact_text", {{"name", p.contact.name}, {"organisation", p.contact.organisation},
                                                    {"phone", p.contact.phone}, {"email", p.contact.email}}));
    draw_program_choice(data, cat, shell, kept, kept_in_use, editable);
    if (!status_.empty()) ui::muted(status_);
    return out;
}

// Which network the app shows, and a program file of KS's for another one.
void ProgramView::draw_program_choice(const Bundled& data, const Catalog& cat, ShellPort& shell,
                                      const std::optional<KeptProgram>& kept, bool kept_in_use, bool editable) {
    ui::subheading(cat.text("program.choice"));
    if (kept && kept_in_use) {
        ui::paragraph(cat.text("program.from_file", {{"file", kept->name}, {"date", format_date_of(kept->opened_at)},
                                                     {"id", data.program.id}}));
    } else {
        ui::paragraph(cat.text("program.shipped", {{"id", data.program.id}}));
    }
    ui::muted(cat.text("program.file_help"));
    if (ui::edit_button(cat.text("program.open_file"))) shell.pick_file(".json,application/json");
    if (kept) {
        ui::same_line();
        if (ui::edit_button(cat.text("program.use_shipped"))) drop_ = true;
    }
    if (!editable) ui::muted(cat.text("program.readonly"));
    if (!problem_.empty()) ui::error_text(problem_);
}

std::optional<Program> ProgramView::file_picked(const std::string& name, const std::string& bytes,
                                                std::uint64_t whole_size, const MunicipalityList& list, const Catalog& cat) {
    status_.clear();
    problem_.clear();
    const std::uint64_t size = std::max<std::uint64_t>(whole_size, bytes.size());
    if (size > kMaxProgramBytes) {
        problem_ = cat.text("program.file_too_large", {{"file", name}, {"max", format_number(static_cast<std::int64_t>(kMaxProgramBytes / 1024))}});
        return std::nullopt;
    }
    auto parsed = read_program_file(bytes, list);
    if (!parsed) {
        problem_ = cat.text("program.file_refused", {{"file", name}, {"reason", cat.describe(parsed.error())}});
        return std::nullopt;
    }
    return std::move(parsed.value());
}

void ProgramView::read_failed(const std::string& name, const Catalog& cat) {
    status_.clear();
    problem_ = cat.text("program.file_unreadable", {{"file", name}});
}

void ProgramView::opened(const std::string& name, const Program& shown, const Catalog& cat) {
    status_ = cat.text("program.file_opened", {{"file", name}, {"title", shown.title}});
}

void ProgramView::dropped(const Program& shown, const Catalog& cat) {
    problem_.clear();
    status_ = cat.text("program.file_dropped", {{"title", shown.title}});
}

std::string ProgramView::live_text(const Bundled& data, const Catalog& cat) const {
    if (!problem_.empty()) return problem_;
    if (!status_.empty()) return status_;
    return cat.text("program.live", {{"title", data.program.title}, {"date", format_date(data.program.start_meeting.date)}});
}

}  // namespace ln::web
