#pragma once
// #/avgift: population in, one-time fee out, plus the municipality's own travel and lodging estimate.
#include <string>

#include <cstddef>
#include <vector>

#include "bundled.hpp"
#include "fee_calculator.hpp"
#include "shell_port.hpp"
#include "views/view_status.hpp"

namespace ln::web {

class FeeView {
public:
    void draw(const Bundled& data, const Catalog& cat, ShellPort& shell);
    // The one line the page announces for this view (#live).
    std::string live_text(const Bundled& data, const Catalog& cat) const;
    int said() const { return status_.said(); }
    // The language changed: what the region part said was said in the old one.
    void language_changed() { status_.clear(); }
    // What was typed and chosen here, as JSON, to carry across a reload of the page (going to KS-mottak and
    // back runs another module); restore() takes it back, ignoring anything that does not fit the data.
    std::string state() const;
    void restore(std::string_view state, const MunicipalityList& list);

    FeeCalculatorInput input;
    std::string municipality_query;
    // Several municipalities together (a region): the ones added, in order, and the field that adds them.
    std::vector<std::size_t> region;
    std::string region_query;

private:
    void draw_region(const Bundled& data, const Catalog& cat, ShellPort& shell, const FeeCalculation& calc);

    ViewStatus status_;     // what the region part last said (added, removed, copied)
    bool focus_region_field_ = false;
    std::string fee_line_;  // the fee's own line for #live: when it changes, it is the news again
};

}  // namespace ln::web
