#pragma once
// The workspace as files in one folder: the IndexedDB-backed mount in the browser, a temporary folder in
// tests. A save writes a temporary file and renames it into place, so the current file is always a whole
// one; the file it replaces is kept as the previous copy. An unreadable file is moved aside, never deleted.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "program.hpp"
#include "result.hpp"
#include "workspace.hpp"

namespace ln::web {

class WorkspaceFiles {
public:
    // `journal`: where the page puts the last unsaved state it rescued while closing (a path outside `dir`;
    // may not exist).
    WorkspaceFiles(std::string dir, std::string journal) : dir_(std::move(dir)), journal_(std::move(journal)) {}

    struct Opened {
        std::optional<Workspace> workspace;  // none: nothing stored yet (or nothing readable)
        std::int64_t revision = 0;
        std::string saved_at;
        std::string broken_name;    // the unreadable current file, moved aside under this name
        std::vector<Error> errors;  // why it could not be read
        bool from_previous = false; // the workspace is the previous copy
        bool from_journal = false;  // newer work rescued while the page closed; written as the current file
    };
    Opened open(const Program& program);

    // Writes `bytes` as the current file. Returns a message key on failure (nothing replaced then).
    std::optional<std::string> write(const std::string& bytes);

    std::optional<std::string> read(const std::string& name) const;
    std::string path(const std::string& name) const { return dir_ + "/" + name; }

    static constexpr const char* kCurrent = "workspace.json";
    static constexpr const char* kPrevious = "workspace.prev.json";
    static constexpr const char* kTemporary = "workspace.tmp";

private:
    std::string free_broken_name() const;
    void adopt_journal(Opened& out, const Program& program);
    std::string dir_, journal_;
};

}  // namespace ln::web
