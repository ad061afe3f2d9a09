#pragma once
// #/tilgjengelighet: the accessibility statement (tilgjengelighetserklæring): what was tested and how,
// every WCAG 2.1 A/AA criterion that applies with its result, known gaps, whom to contact.
#include <string>

#include "bundled.hpp"

namespace ln::web {

class StatementView {
public:
    void draw(const Bundled& data, const Catalog& cat);
    std::string live_text(const Catalog& cat) const;
};

}  // namespace ln::web
