#pragma once
// #/pamelding: the municipality's sign-up, drafted over days, exported as the JSON file KS receives.
#include <optional>
#include <string>
#include <vector>

#include "bundled.hpp"
#include "enrollment.hpp"
#include "enrollment_format.hpp"
#include "shell_port.hpp"
#include "view_outcome.hpp"
#include "views/view_status.hpp"

namespace ln::web {

class EnrollmentView {
public:
    // Edits `draft` (the workspace's) in place.
    ViewOutcome draw(Enrollment& draft, const Bundled& data, const Catalog& cat, ShellPort& shell);
    int said() const { return status_.said(); }
    std::string live_text(const Bundled& data, const Catalog& cat) const;
    // The user went to another view: messages about what just happened here are old news then.
    void left() {
        status_.clear();
        removed.reset();
    }
    // The workspace was loaded or replaced: the search shows the municipality it holds.
    void workspace_replaced(const Enrollment& draft) {
        municipality_query = draft.municipality_name;
        removed.reset();
    }
    // The bytes of a file the user picked for import: shows what would change, or why it cannot be used.
    // program_id: the program the app runs; a file made for another says so in the preview.
    void file_picked(const std::string& name, const std::string& bytes, const Enrollment& draft, const Catalog& cat,
                     std::string_view program_id);

    std::string municipality_query;
    bool show_all_findings = false;  // after the first export: point at every missing field, not only typed ones
    bool focus_new_member = false;
    // After a member was put back, focus goes to their name.
    std::optional<std::size_t> focus_member;
    // The member removed last, with «Angre» in their place until the next change to the group, another
    // view or an import (1-based numbers to announce: removed, put back).
    std::optional<Removed<GroupMember>> removed;
    std::size_t removed_member = 0, restored_member = 0;
    bool focus_undo = false;

private:
    void draw_actions(const Enrollment& draft, const Bundled& data, const Catalog& cat, ShellPort& shell,
                      const std::vector<Finding>& findings, ViewOutcome& out);
    void draw_import_preview(Enrollment& draft, const Catalog& cat, ViewOutcome& out);

    struct PendingImport {
        std::string file;
        std::optional<Enrollment> enrollment;
        std::vector<FieldChange> changes;
        std::vector<std::string> errors;  // already in the user's words
        std::string other_program;        // «made for another program», in the user's words; empty if not
    };
    std::optional<PendingImport> pending_;
    // The preview closes under the keyboard (its button pressed is gone): focus goes back to Import
    // rather than to a hidden place where Enter does nothing.
    void close_preview() {
        pending_.reset();
        refocus_import_ = true;
    }
    bool refocus_import_ = false;
    std::optional<RequiredFields> required_;  // found on the first frame
    bool focus_preview_ = false;  // a picked file's preview takes focus
    ViewStatus status_;  // the last thing that happened (exported, copied, imported, removed), for #live
    std::vector<Finding> findings_;  // for the draft as the last frame left it
};

}  // namespace ln::web
