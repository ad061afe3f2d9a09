#pragma once
// #/avgift: population in, one-time fee out, plus the municipality's own travel and lodging estimate.
#include <string>

#include "bundled.hpp"
#include "fee_calculator.hpp"

namespace ln::web {

class FeeView {
public:
    void draw(const Bundled& data, const Catalog& cat);
    // The one line the page announces for this view (#live).
    std::string live_text(const Bundled& data, const Catalog& cat) const;

    FeeCalculatorInput input;
    std::string municipality_query;

private:
    FeeCalculation shown_;  // what the last frame showed, for live_text
};

}  // namespace ln::web
