#pragma once
// #/case: the municipality's own case book, worked on before, at and after each gathering. One tab for
// the case itself, one per gathering with its topics as prompts, the actions, the outcomes; export of the
// book (JSON) and the council report (HTML, Markdown), and import.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "bundled.hpp"
#include "case_book.hpp"
#include "enrollment.hpp"
#include "shell_port.hpp"
#include "view_outcome.hpp"
#include "views/view_status.hpp"

namespace ln::web {

class CaseView {
public:
    enum class Tab { Case, Gathering1, Gathering2, Gathering3, Gathering4, Actions, Outcomes };

    // Edits `book` (the workspace's) in place; `enrollment` names the municipality in file names and the
    // report.
    ViewOutcome draw(CaseBook& book, const Enrollment& enrollment, const Bundled& data, const Catalog& cat, ShellPort& shell);
    int said() const { return status_.said(); }
    std::string live_text(const CaseBook& book, const Catalog& cat) const;
    void left() {
        status_.clear();
        forget_removed();
    }
    void file_picked(const std::string& name, const std::string& bytes, const CaseBook& current, const Bundled& data,
                     const Catalog& cat);
    std::size_t tab = 0;            // 0: the case, 1–N: gatherings, then actions, outcomes
    bool only_open_actions = false;

private:
    void forget_removed() {
        removed_action_.reset();
        removed_actor_.reset();
    }
    void draw_tabs(const CaseBook& book, const Bundled& data, const Catalog& cat);
    void draw_case(CaseBook& book, const Bundled& data, const Catalog& cat);
    void draw_gathering(CaseBook& book, std::size_t g, const Bundled& data, const Catalog& cat);
    void draw_actions(CaseBook& book, const Bundled& data, const Catalog& cat);
    void draw_outcomes(CaseBook& book, const Bundled& data, const Catalog& cat);
    void draw_files(CaseBook& book, const Enrollment& enrollment, const Bundled& data, const Catalog& cat, ShellPort& shell);
    void draw_import_preview(CaseBook& book, const Catalog& cat);

    struct PendingImport {
        std::string file;
        std::optional<CaseBook> book;
        std::vector<std::string> errors;  // already in the user's words
        std::string summary;              // what the file holds
    };
    std::optional<PendingImport> pending_;
    // The preview closes under the keyboard (its button pressed is gone): focus goes back to Import
    // rather than to a hidden place where Enter does nothing.
    void close_preview() {
        pending_.reset();
        refocus_import_ = true;
    }
    bool refocus_import_ = false;
    ViewStatus status_;  // the last thing that happened (exported, copied, imported, removed), for #live
    bool focus_new_action_ = false;
    // After an action was marked done, moved or removed, focus goes to the action it concerns (or to
    // «Legg til tiltak»), never to a button that now belongs to another action.
    std::optional<std::size_t> focus_action_;
    bool focus_add_action_ = false;
    bool focus_new_actor_ = false;
    std::optional<std::size_t> focus_actor_;
    bool focus_preview_ = false;  // a picked file's preview takes focus
    // What was removed last, with «Angre» in its place until the next list change, another tab or an
    // import: removing asks nothing, and a slip costs nothing.
    std::optional<Removed<Action>> removed_action_;
    std::optional<Removed<std::string>> removed_actor_;
    bool focus_undo_ = false;
    // The «Angre» notice where the item was; true when pressed.
    bool undo_notice(const std::string& text, const std::string& button);
    ViewOutcome out_;  // what this frame did so far
};

}  // namespace ln::web
