#include "fee_calculator.hpp"

#include "fee_text.hpp"
#include "numbers.hpp"

namespace ln {

void carry_numbers(FeeCalculatorInput& in) {
    for (std::string* f : {&in.population, &in.participants, &in.gatherings, &in.travel_per_person, &in.lodging_per_person})
        carry_number(*f, in.style);
}

void pick_municipality(FeeCalculatorInput& in, const MunicipalityList& list, std::size_t index) {
    if (index >= list.items.size()) return;
    in.municipality = index;
    in.population = std::to_string(list.items[index].population);
}

namespace {

// An empty travel field counts as if_empty (zero: nothing estimated yet; every gathering in person; KS's
// lodging estimate); anything typed must be a valid number.
std::int64_t travel_field(const std::string& text, const char* field, std::int64_t max, std::int64_t if_empty,
                          NumberStyle style, std::vector<FieldError>& errors) {
    auto n = parse_whole_number(text, 0, max, style);
    if (n) return n.value();
    if (n.error().message.key == "number.empty") return if_empty;
    errors.push_back({field, n.error().message});
    return 0;
}

}  // namespace

FeeCalculation calculate(const Program& program, const MunicipalityList& list, const FeeCalculatorInput& in) {
    FeeCalculation out;
    auto q = quote(program.fees, in.population, in.style);
    if (q) out.quote = q.value();
    else if (q.error().message.key != "number.empty") out.population_error = FieldError{"population", q.error().message};

    if (in.municipality && *in.municipality < list.items.size())
        out.population_edited = !q || q->population != list.items[*in.municipality].population;

    const auto max_gatherings = in_person_gatherings(program);
    TravelInput t;
    t.participants = travel_field(in.participants, "participants", kMaxParticipants, 0, in.style, out.travel_errors);
    t.gatherings = travel_field(in.gatherings, "gatherings", max_gatherings, max_gatherings, in.style, out.travel_errors);
    t.travel_per_person = travel_field(in.travel_per_person, "travel_per_person", kMaxCostPerPerson, 0, in.style, out.travel_errors);
    // Empty, KS's own estimate counts where the program states one.
    t.lodging_per_person = travel_field(in.lodging_per_person, "lodging_per_person", kMaxCostPerPerson,
                                        program.lodging_estimate.value_or(0), in.style, out.travel_errors);
    out.gatherings_counted = t.gatherings;
    if (out.travel_errors.empty()) {
        auto e = estimate_travel(t, max_gatherings);
        if (e) out.travel = e.value();
        else out.travel_errors.push_back({e.error().path, e.error().message});
    }
    if (out.quote && out.travel) out.total = out.quote->fee + out.travel->total();
    return out;
}

std::string live_text(const Catalog& cat, const FeeCalculation& calc) {
    if (calc.population_error) return cat.text(calc.population_error->message);
    if (!calc.quote) return cat.text("fee.result.empty");
    std::string text = quote_summary(cat, *calc.quote);
    if (calc.total && calc.travel && calc.travel->total() > 0)
        text += ". " + cat.text("total.summary", {{"total", format_kroner(*calc.total)}});
    return text;
}

}  // namespace ln
