#include "views/desk_view.hpp"

#include "dates.hpp"
#include "fee_text.hpp"
#include "numbers.hpp"
#include "widgets.hpp"

#include <utility>

namespace ln::web {

namespace {

std::string count(std::size_t n) { return format_number(static_cast<std::int64_t>(n)); }

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

}  // namespace

const Intake& DeskView::overview(const std::vector<ReceivedFile>& received, const Bundled& data) {
    if (stale_) {
        intake_ = intake_of(received, data.program.as_written(), data.municipalities);
        stale_ = false;
    }
    return intake_;
}

void DeskView::file_received(std::vector<ReceivedFile>& received, const std::string& name, const std::string& bytes,
                             bool read_failed, bool more, std::uint64_t whole_size, const std::string& now) {
    if (!batch_.any()) {  // the first file of a pick: emptying is no longer undone, the last pick is old news
        removed_.clear();
        receipt_.clear();
    }
    const auto failed = read_failed ? std::optional<Message>(Message{"desk.read_failed", {}}) : std::nullopt;
    const Receipt r = receive(received, name, bytes, failed, now, whole_size);
    batch_.add(r);
    if (r.kind == Receipt::Kind::Added || r.kind == Receipt::Kind::Renamed) {
        stale_ = true;
        edited_ = true;
    }
    if (!more) batch_done_ = true;
}

ViewOutcome DeskView::draw(std::vector<ReceivedFile>& received, bool editable, const Bundled& data, const Catalog& cat,
                           ShellPort& shell) {
    ViewOutcome out;
    out.edited = std::exchange(edited_, false);
    const bool arriving = importing();
    // While a pick arrives the overview stays as it was: checking every file again for each one that
    // arrives would make a pick of n files cost n² checks.
    const Intake& in = arriving ? intake_ : overview(received, data);
    if (batch_done_) {
        // #live says it all at once; the screen shows the overview just below the notice anyway.
        receipt_ = receipts_text(cat, batch_);
        not_kept_ = not_kept_said(cat, batch_);
        receipt_warns_ = batch_.full > 0;
        const std::string said = receipts_said(cat, batch_, in);
        status_.say(not_kept_.empty() ? said : said + " " + not_kept_);
        batch_ = {};
        batch_done_ = false;
    }
    // #live says the pick once, when it is all here: not a running count while files arrive.
    if (!arriving) summary_ = received.empty() ? cat.text("desk.empty") : desk_summary(cat, in);

    ui::heading(cat.text("desk.heading"));
    ui::paragraph(cat.text("desk.intro"));
    ui::begin_read_only(!editable || arriving);
    if (ui::edit_button(cat.text("desk.add_files"))) shell.pick_files(/*folder=*/false);
    ui::same_line();
    if (ui::edit_button(cat.text("desk.add_folder"))) shell.pick_files(/*folder=*/true);
    ui::end_read_only();
    ui::muted(cat.text("desk.drop_hint"));
    if (arriving) {
        ui::paragraph(cat.text("desk.receiving", {{"count", count(static_cast<std::size_t>(batch_.total()))}}));
    } else if (!receipt_.empty()) {
        // What the last pick did stays on screen (not only in #live) until the next action.
        ui::begin_notice(receipt_warns_);
        ui::paragraph(receipt_);
        if (!not_kept_.empty()) ui::paragraph(not_kept_);
        ui::end_notice();
    }

    ui::paragraph(summary_);
    if (!in.rows.empty()) {
        draw_totals(in, data, cat);
        draw_files(in, cat);
        ui::begin_read_only(!editable || arriving);
        if (ui::edit_button(cat.text("desk.download"))) {
            const std::string file = desk_csv_name(shell.now_utc());
            shell.download(file, "text/csv", intake_csv(in, cat));
            status_.say(cat.text("desk.downloaded", {{"file", file}}));
        }
        ui::same_line();
        if (focus_ == Focus::Clear) ui::focus_next_field(), focus_ = Focus::None;
        if (ui::small_button(cat.text("desk.clear"))) {
            removed_ = std::move(received);
            received.clear();
            stale_ = out.edited = true;
            receipt_.clear();
            focus_ = Focus::Undo;
            status_.say(cat.text("desk.cleared", {{"count", count(removed_.size())}}));
        }
        ui::end_read_only();
    }
    if (!removed_.empty() && received.empty()) {
        ui::begin_read_only(!editable);
        if (focus_ == Focus::Undo) ui::focus_next_field(), focus_ = Focus::None;
        if (ui::edit_button(cat.text("desk.undo"))) {
            received = std::move(removed_);
            removed_.clear();
            stale_ = out.edited = true;
            focus_ = Focus::Clear;  // back where the user was
            status_.say(cat.text("desk.restored", {{"count", count(received.size())}}));
        }
        ui::end_read_only();
    }
    return out;
}

void DeskView::draw_totals(const Intake& in, const Bundled& data, const Catalog& cat) {
    ui::subheading(cat.text("desk.total"));
    ui::big_figure(format_kroner(in.total_fee));
    if (in.pending_fee > 0)
        ui::paragraph(cat.text("desk.pending", {{"fee", format_kroner(in.pending_fee)},
                                                {"errors", count(static_cast<std::size_t>(in.with_errors))}}));
    const auto totals = bracket_totals(in, data.program.as_written());
    if (totals.empty()) return;  // a fee per inhabitant: no brackets to add up by; the total says it all
    // A phone leaves out the bracket's fee (the sum says it): four columns of amounts would break them.
    const bool phone = ui::narrow();
    std::vector<std::string> headers = {cat.text("desk.col.bracket"), cat.text("desk.col.fee"), cat.text("desk.col.count"),
                                        cat.text("desk.col.sum")};
    std::vector<float> weights = {1.6f, 1.2f, 1.0f, 1.3f};
    if (phone) headers.erase(headers.begin() + 1), weights = {1.65f, 1.0f, 1.4f};  // a range and a sum whole on one line
    auto row = [phone](std::vector<std::string> cells, bool highlighted) {
        if (phone) cells.erase(cells.begin() + 1);
        ui::table_row(cells, highlighted);
    };
    if (ui::begin_table("brackets", headers, cat.text("desk.brackets"), weights)) {
        int municipalities = 0;
        for (const auto& t : totals) {
            municipalities += t.municipalities;
            row({bracket_range(cat, t.bracket, t.index == 0), format_kroner(t.bracket.fee),
                 count(static_cast<std::size_t>(t.municipalities)), format_kroner(t.fees)}, false);
        }
        row({cat.text("desk.all_brackets"), "", count(static_cast<std::size_t>(municipalities)), format_kroner(in.total_fee)},
            /*highlighted=*/true);
        ui::end_table();
    }
}

void DeskView::draw_files(const Intake& in, const Catalog& cat) {
    ui::subheading(cat.text("desk.files"));
    std::size_t by_state[4] = {0, 0, 0, 0};
    for (const auto& row : in.rows) ++by_state[static_cast<int>(state_of(row))];
    const std::vector<std::string> shows = {
        cat.text("desk.show.all", {{"count", count(in.rows.size())}}),
        cat.text("desk.show.ready", {{"count", count(by_state[static_cast<int>(RowState::Ready)])}}),
        cat.text("desk.show.problems", {{"count", count(by_state[static_cast<int>(RowState::Errors)] +
                                                        by_state[static_cast<int>(RowState::Unreadable)])}}),
        cat.text("desk.show.replaced", {{"count", count(by_state[static_cast<int>(RowState::Replaced)])}}),
    };
    const std::vector<std::string> orders = {cat.text("desk.order.municipality"), cat.text("desk.order.file"),
                                             cat.text("desk.order.newest"), cat.text("desk.order.fee")};
    ui::begin_columns("desk-choices", 2);
    ui::choice("show", cat.text("desk.show"), filter_, shows);
    ui::next_column();
    ui::choice("order", cat.text("desk.order"), order_, orders);
    ui::end_columns();

    const auto rows = desk_rows(in, static_cast<DeskFilter>(filter_), static_cast<DeskOrder>(order_));
    if (rows.empty()) {
        ui::paragraph(cat.text("desk.none_shown"));
        return;
    }
    // A phone gets three columns (a file's name, what it is, its notes); a wider screen six. Each column
    // is as wide as what it holds needs: names and notes most, figures least.
    const bool phone = ui::narrow();
    const std::vector<std::string> headers =
        phone ? std::vector<std::string>{cat.text("desk.col.file"), cat.text("desk.col.municipality"), cat.text("desk.col.notes")}
              : std::vector<std::string>{cat.text("desk.col.file"), cat.text("desk.col.municipality"), cat.text("desk.col.status"),
                                         cat.text("desk.col.fee"), cat.text("desk.col.exported"), cat.text("desk.col.notes")};
    const std::vector<float> weights = phone ? std::vector<float>{1.2f, 1.3f, 1.5f} : std::vector<float>{2.2f, 1.6f, 1.0f, 1.1f, 1.3f, 3.0f};
    if (ui::begin_table("files", headers, cat.text("desk.files"), weights)) {
        for (std::size_t i : rows) {
            const IntakeRow& row = in.rows[i];
            const std::string municipality = row.number.empty() ? row.name : row.name + " (" + row.number + ")";
            const std::string fee = row.quote ? format_kroner(row.quote->fee) : "";
            const std::string exported = row.exported_at.empty() ? "" : format_local_time(row.exported_at);
            const std::string notes = joined(intake_notes(row, cat, /*with_paths=*/false), "; ");
            if (phone) {
                std::string what = municipality;
                for (const std::string* part : {&fee, &exported})
                    if (!part->empty()) what += (what.empty() ? "" : " · ") + *part;
                what += (what.empty() ? "" : " · ") + intake_status(row, cat);
                ui::table_row({row.file, what, notes});
            } else {
                ui::table_row({row.file, municipality, intake_status(row, cat), fee, exported, notes});
            }
        }
        ui::end_table();
    }
}

}  // namespace ln::web
