#pragma once
// #/program: what a municipality reads before signing up, all from the program definition.
#include <string>

#include "bundled.hpp"
#include "shell_port.hpp"
#include "view_outcome.hpp"

namespace ln::web {

class ProgramView {
public:
    // Asks for the fee view when the user wants to work out the fee.
    ViewOutcome draw(const Bundled& data, const Catalog& cat, ShellPort& shell);
    std::string live_text(const Bundled& data, const Catalog& cat) const;
    // The user went to another view: messages about what just happened here are old news then.
    void left() { status_.clear(); }

private:
    std::string status_;
};

}  // namespace ln::web
