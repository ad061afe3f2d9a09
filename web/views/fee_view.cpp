#include "views/fee_view.hpp"

#include "dates.hpp"
#include "fee_text.hpp"
#include "numbers.hpp"
#include "region_total.hpp"
#include "widgets.hpp"

#include <nlohmann/json.hpp>

#include "identifiers.hpp"
#include "json_reader.hpp"

namespace ln::web {

namespace {

std::optional<std::string> error_for(const Catalog& cat, const std::vector<FieldError>& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return cat.text(e.message);
    return std::nullopt;
}

void draw_population(FeeView& v, const Bundled& data, const Catalog& cat, const FeeCalculation& calc) {
    const auto& list = data.municipalities;
    ui::begin_columns("population", 2);

    ui::TextFieldOptions pop;
    pop.hint = cat.text("fee.population.hint");
    pop.numeric = true;
    pop.required = true;
    if (calc.population_error) pop.error = cat.text(calc.population_error->message);
    if (v.input.municipality && calc.population_edited) {
        const auto& m = list.items[*v.input.municipality];
        pop.note = cat.text("fee.municipality.changed", {{"population", format_number(m.population)}, {"name", m.name}});
    }
    ui::text_field("population", cat.text("fee.population.label"), v.input.population, pop);

    ui::next_column();
    const auto matches = find_municipalities(list.items, v.municipality_query);
    const auto labels = municipality_labels(list, matches);
    ui::TextFieldOptions muni;
    muni.hint = cat.text("fee.municipality.hint");
    const bool picked_shown = v.input.municipality && v.municipality_query == list.items[*v.input.municipality].name;
    if (!v.municipality_query.empty() && matches.empty() && !picked_shown)
        muni.note = cat.text("fee.municipality.no_match", {{"county", list.county}, {"query", v.municipality_query}});
    if (picked_shown && !calc.population_edited) {
        const auto& m = list.items[*v.input.municipality];
        muni.note = cat.text("fee.municipality.picked", {{"name", m.name}, {"number", m.number},
                                                         {"population", format_number(m.population)},
                                                         {"date", format_date(m.population_date)},
                                                         {"source", population_source(cat, list)}});
    }
    if (auto pick = ui::search_field("municipality", cat.text("fee.municipality.label"), v.municipality_query,
                                     picked_shown ? std::vector<std::string>{} : labels, muni)) {
        const std::size_t index = matches[*pick];
        pick_municipality(v.input, list, index);
        v.municipality_query = list.items[index].name;
    }
    ui::end_columns();
}

void draw_result(const Bundled& data, const Catalog& cat, const FeeCalculation& calc) {
    ui::subheading(cat.text("fee.result.heading"));
    if (!calc.quote) {
        ui::muted(cat.text("fee.result.empty"));
        return;
    }
    const Quote& q = *calc.quote;
    const auto count = data.program.fees.brackets().size();
    ui::big_figure(format_kroner(q.fee));
    ui::paragraph(cat.text("fee.one_time"));
    if (const auto vat = vat_note(cat, data.program.fee_vat)) ui::paragraph(*vat);
    if (!q.per_inhabitant)
        ui::paragraph(cat.text("fee.bracket", {{"bracket", std::to_string(q.index + 1)}, {"count", std::to_string(count)},
                                               {"range", quote_basis(cat, q)}}));
    ui::paragraph(quote_per_inhabitant(cat, q));
    ui::muted(quote_next(cat, q));
}

void draw_bracket_table(const Bundled& data, const Catalog& cat, const FeeCalculation& calc) {
    // A fee per inhabitant has no table: its rule is the whole of it.
    if (const auto& rule = data.program.fees.per_inhabitant()) {
        ui::subheading(cat.text("fee.rule.heading"));
        ui::paragraph(fee_rule(cat, *rule));
        return;
    }
    ui::subheading(cat.text("fee.table.heading"));
    const auto rows = fee_table(cat, data.program.fees);
    if (!ui::begin_table("brackets", {cat.text("fee.table.population"), cat.text("fee.table.fee")})) return;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool current = calc.quote && calc.quote->index == i;
        ui::table_row({rows[i].range, rows[i].fee}, current);
    }
    ui::end_table();
}

void draw_travel(FeeView& v, const Bundled& data, const Catalog& cat, const FeeCalculation& calc) {
    ui::subheading(cat.text("travel.heading"));
    ui::paragraph(cat.text("travel.intro", {{"own_costs", data.program.own_costs}}));
    auto field = [&](const char* id, const std::string& label, std::string& value, std::string_view name,
                     std::string hint) {
        ui::TextFieldOptions o;
        o.numeric = true;
        o.hint = std::move(hint);
        o.error = error_for(cat, calc.travel_errors, name);
        ui::text_field(id, label, value, o);
    };
    const auto gatherings = std::to_string(in_person_gatherings(data.program));
    ui::begin_columns("travel1", 2);
    field("participants", cat.text("travel.participants.label"), v.input.participants, "participants", "0");
    ui::next_column();
    field("gatherings", cat.text("travel.gatherings.label", {{"count", gatherings}}), v.input.gatherings, "gatherings",
          gatherings);
    ui::end_columns();
    ui::begin_columns("travel2", 2);
    field("travel", cat.text("travel.travel.label"), v.input.travel_per_person, "travel_per_person", "0");
    ui::next_column();
    const auto& estimate = data.program.lodging_estimate;
    field("lodging", cat.text("travel.lodging.label"), v.input.lodging_per_person, "lodging_per_person",
          estimate ? format_number(*estimate) : "0");
    ui::end_columns();
    if (estimate) ui::muted(cat.text("travel.lodging_estimate", {{"amount", format_kroner(*estimate)}}));
    if (data.program.start_meeting.mode == "digital")
        ui::muted(cat.text("travel.start_note", {{"date", format_date(data.program.start_meeting.date)}}));
    if (calc.travel)
        ui::paragraph(cat.text("travel.result", {{"travel", format_kroner(calc.travel->travel)},
                                                 {"lodging", format_kroner(calc.travel->lodging)},
                                                 {"total", format_kroner(calc.travel->total())}}));
    if (calc.total) {
        ui::subheading(cat.text("total.label"));
        ui::big_figure(format_kroner(*calc.total));
    }
}

}  // namespace

void FeeView::draw_region(const Bundled& data, const Catalog& cat, ShellPort& shell, const FeeCalculation& calc) {
    const auto& list = data.municipalities;
    ui::separator();
    ui::subheading(cat.text("region.heading"));
    ui::paragraph(cat.text("region.intro"));
    const auto matches = find_municipalities(list.items, region_query);
    const auto labels = municipality_labels(list, matches);
    ui::TextFieldOptions add;
    add.hint = cat.text("fee.municipality.hint");
    if (!region_query.empty() && matches.empty())
        add.note = cat.text("fee.municipality.no_match", {{"county", list.county}, {"query", region_query}});
    if (std::exchange(focus_region_field_, false)) ui::focus_next_field();
    std::optional<std::size_t> picked;
    if (auto pick = ui::search_field("region", cat.text("region.add"), region_query, labels, add)) {
        picked = matches[*pick];
        region_query.clear();  // ready for the next one
    }
    // The regions KS names for the network: all of one's municipalities at once.
    const NamedRegion* named = nullptr;
    if (!data.program.regions.empty()) {
        ui::muted(cat.text("region.named_intro"));
        bool first = true;
        for (const NamedRegion& r : data.program.regions) {
            if (!std::exchange(first, false)) ui::same_line();
            if (ui::small_button(cat.text("region.add_named", {{"name", r.name}}))) named = &r;
        }
    }
    const bool added = picked && add_to_region(region, *picked, list);
    const std::size_t named_added = named ? add_named_region(region, *named, list) : 0;
    const RegionTotal t = region_total(data.program, list, region, calc.travel);
    if (named && named_added > 0)
        status_.say(cat.text("region.added_named", {{"name", named->name},
                                                    {"added", std::to_string(named_added)},
                                                    {"count", std::to_string(t.rows.size())},
                                                    {"fees", format_kroner(t.fees)}}));
    else if (named)
        status_.say(cat.text("region.named_already", {{"name", named->name}}));
    else if (added)
        status_.say(cat.text("region.added", {{"name", list.items[*picked].name},
                                              {"count", std::to_string(t.rows.size())},
                                              {"fees", format_kroner(t.fees)}}));
    else if (picked)
        status_.say(cat.text("region.already", {{"name", list.items[*picked].name}}));
    if (region.empty()) return;

    // Names wrap between their words; the figures get room not to break inside one on a 360 px phone.
    if (ui::begin_table("region", {cat.text("region.col.municipality"), cat.text("region.col.population"),
                                   cat.text("region.col.fee")}, cat.text("region.table"), {1.0f, 1.1f, 1.1f})) {
        for (const auto& r : t.rows) {
            const Municipality& m = list.items[r.municipality];
            ui::table_row({municipality_label(m), format_number(m.population), format_kroner(r.quote.fee)});
        }
        ui::table_row({cat.text("region.sum", {{"count", std::to_string(t.rows.size())}}), format_number(t.population),
                       format_kroner(t.fees)},
                      /*highlighted=*/true);
        ui::end_table();
    }
    if (t.travel > 0) {
        ui::paragraph(cat.text("region.travel_row") + ": " + format_kroner(t.travel));
        ui::subheading(cat.text("region.total.label"), 3);
        ui::big_figure(format_kroner(t.total()));
    }
    // Removing one is a button per municipality (named by it); the field takes the focus after, to add another.
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < region.size(); ++i) {
        if (i > 0) ui::same_line();
        if (ui::small_button(cat.text("region.remove", {{"name", list.items[region[i]].name}}))) remove = i;
    }
    if (remove) {
        status_.say(cat.text("region.removed", {{"name", list.items[region[*remove]].name}}));
        region.erase(region.begin() + static_cast<std::ptrdiff_t>(*remove));
        focus_region_field_ = true;
    }
    if (ui::button(cat.text("region.copy"))) {
        shell.copy_text(region_text(cat, list, t));
        status_.say(cat.text("region.copied"));
    }
    ui::same_line();
    if (ui::button(cat.text("region.export"))) {
        const std::string file = region_file_name(list, t);
        shell.download(file, "text/csv", region_csv(cat, list, t));
        status_.say(cat.text("region.exported", {{"file", file}}));
    }
    ui::same_line();
    if (ui::small_button(cat.text("region.clear"))) {
        region.clear();
        status_.say(cat.text("region.cleared"));
        focus_region_field_ = true;
    }
}

void FeeView::draw(const Bundled& data, const Catalog& cat, ShellPort& shell) {
    input.style = number_style(cat.language());  // «7,501» in English, «7 501» in Norwegian
    const FeeCalculation calc = calculate(data.program, data.municipalities, input);
    ui::heading(cat.text("fee.heading"));
    ui::paragraph(cat.text("fee.intro", {{"basis", data.program.fee_basis}}));
    draw_population(*this, data, cat, calc);
    // What the user typed this frame shows from the next one: recompute so nothing lags a frame behind.
    const FeeCalculation now = calculate(data.program, data.municipalities, input);
    draw_result(data, cat, now);
    draw_bracket_table(data, cat, now);
    ui::separator();
    draw_travel(*this, data, cat, now);
    // A new fee or total is the news; what the region part said before is old.
    if (std::string line = ln::live_text(cat, now); line != fee_line_) {
        fee_line_ = std::move(line);
        status_.clear();
    }
    draw_region(data, cat, shell, now);
}

std::string FeeView::state() const {
    Json j = Json::object();
    j["population"] = input.population;
    j["participants"] = input.participants;
    j["gatherings"] = input.gatherings;
    j["travel"] = input.travel_per_person;
    j["lodging"] = input.lodging_per_person;
    j["query"] = municipality_query;
    j["region_query"] = region_query;
    Json chosen = Json::array();
    for (std::size_t i : region) chosen.push_back(static_cast<std::int64_t>(i));
    j["region"] = std::move(chosen);
    if (input.municipality) j["municipality"] = static_cast<std::int64_t>(*input.municipality);
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void FeeView::restore(std::string_view state, const MunicipalityList& list) {
    if (state.empty()) return;
    const auto parsed = parse_json(state);
    if (!parsed.ok() || !parsed->is_object()) return;
    const Json& j = *parsed;
    // Valid text no longer than a field takes; anything else leaves the field as it is.
    auto text = [&j](const char* key, std::string& into) {
        auto it = j.find(key);
        if (it == j.end() || !it->is_string()) return;
        const std::string& v = it->get_ref<const std::string&>();
        if (valid_utf8(v) && utf8_length(v) <= kMaxLineChars) into = v;
    };
    text("population", input.population);
    text("participants", input.participants);
    text("gatherings", input.gatherings);
    text("travel", input.travel_per_person);
    text("lodging", input.lodging_per_person);
    text("query", municipality_query);
    text("region_query", region_query);
    const auto index = [&list](const Json& v) -> std::optional<std::size_t> {
        if (!v.is_number_integer() || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() >= static_cast<std::int64_t>(list.items.size()))
            return std::nullopt;
        return static_cast<std::size_t>(v.get<std::int64_t>());
    };
    if (auto it = j.find("municipality"); it != j.end()) input.municipality = index(*it);
    if (auto it = j.find("region"); it != j.end() && it->is_array()) {
        region.clear();
        for (const auto& v : *it)
            if (auto i = index(v)) add_to_region(region, *i, list);
    }
}

std::string FeeView::live_text(const Bundled&, const Catalog&) const {
    return status_.text().empty() ? fee_line_ : status_.text();
}

}  // namespace ln::web
