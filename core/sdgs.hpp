#pragma once
// The UN sustainable development goals (FNs bærekraftsmål) a case can be linked to, from assets/sdg/.
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace ln {

struct Sdg {
    int number = 0;  // 1–17
    std::string nb, nn, en;
    const std::string& name(std::string_view language) const { return language == "en" ? en : language == "nn" ? nn : nb; }
};

// Checks that the list is the 17 goals, numbered 1–17 in order.
Result<std::vector<Sdg>> parse_sdgs(std::string_view json_text);

}  // namespace ln
