#include "views/enrollment_view.hpp"

#include "date_text.hpp"
#include "views/removal_text.hpp"
#include "dates.hpp"
#include "fee_text.hpp"
#include "program_notes.hpp"
#include "numbers.hpp"
#include "register_check.hpp"
#include "views/program_text.hpp"
#include "widgets.hpp"

namespace ln::web {

namespace {

// What the browser may fill in and which keyboard a phone shows, per kind of field.
ui::TextFieldOptions kind(const char* autocomplete, const char* input = "", bool spellcheck = false) {
    ui::TextFieldOptions o;
    o.autocomplete = autocomplete;
    o.input = input;
    o.spellcheck = spellcheck;
    return o;
}
const ui::TextFieldOptions kName = kind("name");
const ui::TextFieldOptions kEmail = kind("email", "email");
const ui::TextFieldOptions kPhone = kind("tel", "tel");
const ui::TextFieldOptions kJobTitle = kind("organization-title", "", true);
const ui::TextFieldOptions kProse = kind("off", "", true);
ui::TextFieldOptions numeric(const char* autocomplete = "off") {
    auto o = kind(autocomplete);
    o.numeric = true;
    return o;
}

// Errors for a field show once it has text (while typing) or after the first export (all of them).
ui::TextFieldOptions field_options(const Catalog& cat, const std::vector<Finding>& findings, std::string_view path,
                                   const std::string& value, bool show_all, ui::TextFieldOptions o) {
    for (const Finding* f : findings_at(findings, path)) {
        if (f->severity == Severity::Error && (show_all || !value.empty())) o.error = cat.text(f->message);
        if (f->severity == Severity::Warning) o.note = cat.text(f->message);
    }
    return o;
}

// The form being drawn: the draft, what validate says of it, and whether anything changed this frame.
struct Form {
    Enrollment& draft;
    const RequiredFields& required;
    const Catalog& cat;
    const std::vector<Finding>& findings;
    bool show_all;
    bool edited = false;

    ui::TextFieldOptions options(std::string_view path, const std::string& value, const ui::TextFieldOptions& kind) {
        auto o = field_options(cat, findings, path, value, show_all, kind);
        o.required = required(path);
        return o;
    }
    void text(const char* id, const char* label_key, std::string_view path, std::string& value,
              const ui::TextFieldOptions& kind = kProse, const char* hint_key = nullptr) {
        auto o = options(path, value, kind);
        if (hint_key) o.hint = cat.text(hint_key);
        edited |= ui::text_field(id, cat.text(label_key), value, o);
    }
    void area(const char* id, const char* label_key, std::string_view path, std::string& value, float lines = 3.0f) {
        edited |= ui::text_area(id, cat.text(label_key), value, options(path, value, kProse), lines);
    }
    void checkbox(const char* id, const std::string& label, bool& value, const ui::TextFieldOptions& o = {}) {
        edited |= ui::checkbox(id, label, value, o);
    }
};

void draw_municipality(EnrollmentView& v, const Bundled& data, Form& form) {
    Enrollment& draft = form.draft;
    const Catalog& cat = form.cat;
    ui::subheading(cat.text("enroll.municipality.heading"));
    const auto& list = data.municipalities;
    const auto matches = find_municipalities(list.items, v.municipality_query);
    const auto labels = municipality_labels(list, matches);
    ui::TextFieldOptions pick = kind("off");
    pick.hint = cat.text("fee.municipality.hint");
    const bool picked = v.municipality_query == draft.municipality_name && !draft.municipality_name.empty();
    if (auto i = ui::search_field("pick", cat.text("enroll.municipality.pick"), v.municipality_query,
                                  picked ? std::vector<std::string>{} : labels, pick)) {
        pick_municipality(draft, list.items[matches[*i]]);
        v.municipality_query = draft.municipality_name;
        form.edited = true;
    }
    ui::begin_columns("muni1", 2);
    form.text("number", "enroll.municipality.number", "municipality.number", draft.municipality_number, numeric());
    ui::next_column();
    form.text("name", "enroll.municipality.name", "municipality.name", draft.municipality_name, kind("organization"));
    ui::end_columns();
    ui::begin_columns("muni2", 2);
    form.text("orgnr", "enroll.municipality.orgnr", "municipality.orgnr", draft.orgnr, numeric());
    ui::next_column();
    form.text("population", "fee.population.label", "municipality.population", draft.population, numeric());
    ui::end_columns();
    if (auto q = enrollment_quote(draft, data.program, number_style(cat.language())))
        ui::paragraph(cat.text("enroll.fee", {{"fee", format_kroner(q->fee)},
                                              {"range", quote_basis(cat, *q)}}));
}

void draw_invoice_and_contact(Form& form) {
    const Catalog& cat = form.cat;
    Enrollment& d = form.draft;
    ui::subheading(cat.text("enroll.invoice.heading"));
    ui::begin_columns("invoice", 2);
    form.text("address", "enroll.invoice.address", "invoice.address", d.invoice_address, kind("street-address"));
    ui::next_column();
    form.text("reference", "enroll.invoice.reference", "invoice.reference", d.invoice_reference, kind("off"));
    ui::end_columns();

    ui::subheading(cat.text("enroll.contact.heading"));
    ui::begin_columns("contact1", 2);
    form.text("cname", "enroll.person.name", "contact.name", d.contact.name, kName);
    ui::next_column();
    form.text("ctitle", "enroll.person.title", "contact.title", d.contact.title, kJobTitle);
    ui::end_columns();
    ui::begin_columns("contact2", 2);
    form.text("cemail", "enroll.person.email", "contact.email", d.contact.email, kEmail);
    ui::next_column();
    form.text("cphone", "enroll.person.phone", "contact.phone", d.contact.phone, kPhone, "enroll.person.phone_hint");
    ui::end_columns();
}

void draw_group(EnrollmentView& v, const Program& program, Form& form) {
    const Catalog& cat = form.cat;
    Enrollment& d = form.draft;
    ui::subheading(cat.text("enroll.group.heading"));
    ui::muted(cat.text("enroll.group.intro"));
    if (const auto most = participants_note(cat, program)) ui::muted(*most);
    std::vector<std::string> sides;
    for (Side s : kSides) sides.push_back(cat.text("side." + std::string(side_id(s))));
    std::optional<std::size_t> remove;
    bool undo = false;
    auto undo_notice = [&](std::size_t i) {
        if (!v.removed || v.removed->index != i) return;
        const std::string n = std::to_string(i + 1);
        ui::begin_notice(false);
        ui::paragraph(removed_text(cat, "enroll.group", n, v.removed->item.name));
        if (v.focus_undo) {
            ui::focus_next_field();
            v.focus_undo = false;
        }
        undo = ui::small_button(undo_text(cat, "enroll.group", n, v.removed->item.name));
        ui::end_notice();
    };
    for (std::size_t i = 0; i < d.group.size(); ++i) {
        undo_notice(i);
        GroupMember& m = d.group[i];
        const std::string at = "group[" + std::to_string(i) + "]";
        ImGui::PushID(static_cast<int>(i));
        // Each member's fields are a group named «Medlem N»: «Navn» is then never ambiguous.
        ui::begin_group(Role::Group, cat.text("enroll.group.member", {{"n", std::to_string(i + 1)}}));
        ui::muted(cat.text("enroll.group.member", {{"n", std::to_string(i + 1)}}));
        ui::begin_columns("m1", 2);
        if ((v.focus_new_member && i + 1 == d.group.size()) || v.focus_member == i) {
            ui::focus_next_field();  // a member just added: type the name right away
            v.focus_new_member = false;
            v.focus_member.reset();
        }
        form.text("name", "enroll.person.name", at + ".name", m.name, kind("off"));
        ui::next_column();
        form.text("title", "enroll.person.title", at + ".title", m.title, kind("off", "", true));
        ui::end_columns();
        ui::begin_columns("m2", 2);
        form.text("email", "enroll.person.email", at + ".email", m.email, kind("off", "email"));
        ui::next_column();
        int side = static_cast<int>(side_index(m.side));
        if (ui::choice("side", cat.text("enroll.group.side"), side, sides)) {
            m.side = side_at(static_cast<std::size_t>(side));
            form.edited = true;
        }
        ui::end_columns();
        if (ui::small_button(cat.text("enroll.group.remove", {{"n", std::to_string(i + 1)}}))) remove = i;
        ui::end_group();
        ImGui::PopID();
    }
    undo_notice(d.group.size());
    if (undo) {
        const std::size_t at = restore_member(d, std::move(*v.removed));
        v.removed.reset();
        form.edited = true;
        v.restored_member = at + 1;
        v.focus_member = at;
    } else if (remove) {
        // No question asked: the member goes, and «Angre» stands in their place (with focus on it).
        v.removed = take_member(d, *remove);
        form.edited = true;
        v.removed_member = *remove + 1;
        v.focus_undo = true;
    }
    for (const Finding* f : findings_at(form.findings, "group")) ui::error_text(cat.text(f->message));
    if (ui::small_button(cat.text("enroll.group.add"))) {
        add_member(d);
        v.removed.reset();
        v.focus_new_member = true;
        form.edited = true;
    }
}

void draw_theme_day(const Bundled& data, Form& form) {
    const Catalog& cat = form.cat;
    Enrollment& d = form.draft;
    ui::subheading(cat.text("enroll.theme_day.heading"));
    program_paragraph(data.program, "theme_day", data.program.theme_day, /*muted=*/true);
    form.checkbox("wanted", cat.text("enroll.theme_day.wanted"), d.theme_day.wanted);
    if (!d.theme_day.wanted) return;
    ui::begin_columns("theme", 2);
    auto from = form.options("theme_day.preferred_from", d.theme_day.preferred_from, kind("off"));
    from.hint = cat.text("enroll.date_hint");
    if (!from.error && !from.note) from.note = understood_date_note(cat, d.theme_day.preferred_from);
    form.edited |= ui::text_field("from", cat.text("enroll.theme_day.from"), d.theme_day.preferred_from, from);
    ui::next_column();
    form.text("officials", "enroll.theme_day.officials", "theme_day.elected_officials", d.theme_day.elected_officials, numeric());
    ui::end_columns();
    form.area("adaptations", "enroll.theme_day.adaptations", "theme_day.adaptations", d.theme_day.adaptations);
}

void draw_case(const Bundled& data, Form& form) {
    const Catalog& cat = form.cat;
    Enrollment& d = form.draft;
    ui::subheading(cat.text("enroll.case.heading"));
    program_paragraph(data.program, "case_goal", data.program.case_goal, /*muted=*/true);
    form.text("ctitle", "enroll.case.title", "case_sketch.title", d.case_sketch.title);
    form.area("problem", "enroll.case.problem", "case_sketch.problem", d.case_sketch.problem);
    form.area("why", "enroll.case.why_now", "case_sketch.why_now", d.case_sketch.why_now);
}

void draw_travel(const Bundled& data, Form& form) {
    const Catalog& cat = form.cat;
    ui::subheading(cat.text("travel.heading"));
    ui::TextFieldOptions o;
    for (const Finding* f : findings_at(form.findings, "travel_costs_acknowledged"))
        if (form.show_all) o.error = cat.text(f->message);
    form.checkbox("travel", cat.text("enroll.travel.acknowledge", {{"own_costs", data.program.own_costs}}),
                  form.draft.travel_costs_acknowledged, o);
}

std::string progress_line(const Catalog& cat, const std::vector<Finding>& findings) {
    const auto c = completeness(findings);
    int errors = 0, warnings = 0;
    for (const auto& f : findings) (f.severity == Severity::Error ? errors : warnings)++;
    std::string s = cat.text("enroll.progress", {{"filled", std::to_string(c.filled)}, {"required", std::to_string(c.required)}});
    s += " " + cat.text(ready_to_send(findings) ? "enroll.ready" : "enroll.not_ready",
                        {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}});
    return s;
}

}  // namespace

void EnrollmentView::draw_actions(const Enrollment& draft, const Bundled& data, const Catalog& cat, ShellPort& shell,
                                  const std::vector<Finding>& findings, ViewOutcome& out) {
    ui::separator();
    const std::string progress = progress_line(cat, findings);
    if (ready_to_send(findings)) ui::success_text(progress);
    else ui::paragraph(progress);
    if (ui::button(cat.text("enroll.export"))) {
        show_all_findings = true;
        out.exported = true;
        shell.download(enrollment_file_name(draft), "application/json", export_enrollment(draft, data.program, shell.now_utc(), number_style(cat.language())));
        status_.say(cat.text(ready_to_send(findings) ? "enroll.exported" : "enroll.exported_not_ready",
                           {{"file", enrollment_file_name(draft)}}));
    }
    ui::same_line();
    if (refocus_import_) {
        ui::focus_next_field();
        refocus_import_ = false;
    }
    if (ui::button(cat.text("enroll.import"))) shell.pick_file(".json,application/json");
    ui::same_line();
    if (ui::button(cat.text("enroll.copy"))) {
        shell.copy_text(enrollment_summary(draft, data.program, cat));
        status_.say(cat.text("enroll.copied"));
    }
    if (!status_.text().empty()) ui::muted(status_.text());
}

void EnrollmentView::draw_import_preview(Enrollment& draft, const Catalog& cat, ViewOutcome& out) {
    if (!pending_) return;
    ui::separator();
    ui::subheading(cat.text("enroll.import.heading", {{"file", pending_->file}}));
    if (!pending_->errors.empty()) {
        for (const auto& e : pending_->errors) ui::error_text(e);
        if (focus_preview_) ui::focus_next_field(), focus_preview_ = false;
        if (ui::small_button(cat.text("enroll.import.close"))) close_preview();
        return;
    }
    // Against the form as it is now: an edit or an «Angre» while the preview is open shows in it at once,
    // so «Bruk filen» never replaces what the preview did not show.
    pending_->changes = enrollment_changes(draft, *pending_->enrollment);
    if (!pending_->other_program.empty()) ui::error_text(pending_->other_program);
    if (pending_->changes.empty()) ui::paragraph(cat.text("enroll.import.same"));
    for (const auto& c : pending_->changes) ui::paragraph(describe_change(c, cat));
    if (focus_preview_) ui::focus_next_field(), focus_preview_ = false;
    if (ui::button(cat.text("enroll.import.apply"))) {
        draft = for_editing(*pending_->enrollment);
        removed.reset();  // another sign-up: nothing of the old one is put back into it
        municipality_query = draft.municipality_name;
        out.edited = true;
        status_.say(cat.text("enroll.import.done", {{"file", pending_->file}}));
        close_preview();
        return;
    }
    ui::same_line();
    if (ui::small_button(cat.text("enroll.import.cancel"))) {
        status_.say(cat.text("enroll.import.cancelled"));
        close_preview();
    }
}

void EnrollmentView::file_picked(const std::string& name, const std::string& bytes, const Enrollment& draft,
                                 const Catalog& cat, std::string_view program_id) {
    PendingImport p;
    p.file = name;
    auto imported = import_enrollment(bytes);
    if (!imported.ok()) {
        for (const auto& e : imported.errors) p.errors.push_back(cat.describe(e));
        status_.say(cat.text("enroll.import.failed", {{"file", name}, {"reason", p.errors.front()}}));
    } else {
        p.enrollment = imported.document->enrollment;
        p.changes = enrollment_changes(draft, *p.enrollment, number_style(cat.language()));
        // Made for another network: its fee and checks here are this program's, which the user must know.
        if (imported.document->program != program_id)
            p.other_program = cat.text("enroll.import.other_program", {{"file_program", imported.document->program}});
        std::string said = cat.text("enroll.import.review", {{"file", name}, {"count", std::to_string(p.changes.size())}});
        if (!p.other_program.empty()) said += " " + p.other_program;
        status_.say(said);
    }
    pending_ = std::move(p);
    focus_preview_ = true;
}

ViewOutcome EnrollmentView::draw(Enrollment& draft, const Bundled& data, const Catalog& cat, ShellPort& shell) {
    ViewOutcome out;
    const int said_before = status_.said();
    const NumberStyle style = number_style(cat.language());
    const auto findings = validate(draft, data.program, data.municipalities, style);
    ui::heading(cat.text("enroll.heading"));
    ui::paragraph(cat.text("enroll.intro"));
    if (const auto deadline = deadline_note(cat, data.program)) ui::paragraph(*deadline);
    ui::muted(progress_line(cat, findings));
    if (!required_) required_.emplace(data.program);
    Form form{draft, *required_, cat, findings, show_all_findings};
    draw_municipality(*this, data, form);
    draw_invoice_and_contact(form);
    draw_group(*this, data.program, form);
    draw_theme_day(data, form);
    draw_case(data, form);
    draw_travel(data, form);
    out.edited = form.edited;
    // Export, import and copy come after the form, where the user ends up when done.
    draw_actions(draft, data, cat, shell, findings, out);
    draw_import_preview(draft, cat, out);
    if (removed_member) {
        status_.say(removed ? removed_text(cat, "enroll.group", std::to_string(removed_member), removed->item.name)
                    : cat.text("enroll.group.removed", {{"n", std::to_string(removed_member)}}));
        removed_member = 0;
    }
    if (restored_member) {
        status_.say(cat.text("enroll.group.restored", {{"n", std::to_string(restored_member)}}));
        restored_member = 0;
    }
    // An edit makes the last message old news (unless this very frame said something new, e.g. imported).
    if (out.edited) status_.edited_since(said_before);
    findings_ = out.edited ? validate(draft, data.program, data.municipalities, style) : findings;
    return out;
}

std::string EnrollmentView::live_text(const Bundled&, const Catalog& cat) const {
    if (!status_.text().empty()) return status_.text();
    return progress_line(cat, findings_);
}

}  // namespace ln::web
