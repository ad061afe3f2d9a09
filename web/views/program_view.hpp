#pragma once
// #/program: what a municipality reads before signing up, all from the program definition.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "bundled.hpp"
#include "shell_port.hpp"
#include "workspace.hpp"
#include "view_outcome.hpp"

namespace ln::web {

class ProgramView {
public:
    // Asks for the fee view when the user wants to work out the fee. `kept`: the program file the app uses
    // (none: the app's own; `kept_in_use` false: this version cannot use it, and shows the app's own); `editable`: this tab may change the stored work.
    ViewOutcome draw(const Bundled& data, const Catalog& cat, ShellPort& shell, const std::optional<KeptProgram>& kept,
                     bool kept_in_use, bool editable);
    std::string live_text(const Bundled& data, const Catalog& cat) const;
    // The user went to another view: messages about what just happened here are old news then.
    void left() { status_.clear(), problem_.clear(); }

    // A program file the user picked: the program, or nothing (why is shown and said). whole_size: the
    // file's size when only its start arrived; `list`: the municipalities its regions must name.
    std::optional<Program> file_picked(const std::string& name, const std::string& bytes, std::uint64_t whole_size,
                                       const MunicipalityList& list, const Catalog& cat);
    void read_failed(const std::string& name, const Catalog& cat);
    // A program file the app refuses for what it is (the network built in, under its id): why, shown and said.
    void refused(std::string why) { status_.clear(), problem_ = std::move(why); }
    void opened(const std::string& name, const Program& shown, const Catalog& cat);
    void dropped(const Program& shown, const Catalog& cat);
    // The user asked to go back to the app's own program (once per press).
    bool take_drop() { return std::exchange(drop_, false); }

private:
    void draw_program_choice(const Bundled& data, const Catalog& cat, ShellPort& shell,
                             const std::optional<KeptProgram>& kept, bool kept_in_use, bool editable);
    std::string status_;
    std::string problem_;  // why the last program file picked was refused
    bool drop_ = false;
};

}  // namespace ln::web
