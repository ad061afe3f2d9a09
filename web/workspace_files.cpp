#include "workspace_files.hpp"

#include <cstdio>

#include "document.hpp"

namespace ln::web {

namespace {
std::optional<std::string> read_file(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string bytes;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    std::fclose(f);
    return bytes;
}
}  // namespace

std::optional<std::string> WorkspaceFiles::read(const std::string& name) const { return read_file(path(name)); }

std::string WorkspaceFiles::free_broken_name() const {
    for (int i = 1;; ++i) {
        std::string name = "workspace.broken-" + std::to_string(i) + ".json";
        if (std::FILE* f = std::fopen(path(name).c_str(), "rb")) std::fclose(f);
        else return name;
    }
}

WorkspaceFiles::Opened WorkspaceFiles::open(const Program& program) {
    Opened out;
    auto take = [&](WorkspaceLoad& load) {
        out.workspace = std::move(load.workspace);
        out.revision = load.revision;
        out.saved_at = std::move(load.saved_at);
    };
    if (auto bytes = read(kCurrent)) {
        auto load = load_workspace(*bytes, program);
        if (load.ok()) {
            take(load);
            adopt_journal(out, program);
            return out;
        }
        out.errors = load.errors;
        out.broken_name = free_broken_name();
        if (std::rename(path(kCurrent).c_str(), path(out.broken_name).c_str()) != 0) out.broken_name = kCurrent;
    }
    // No readable current file: a save cut short between its two renames, or a broken file. The previous
    // copy is the newest whole save then.
    if (auto bytes = read(kPrevious)) {
        auto load = load_workspace(*bytes, program);
        if (load.ok()) {
            take(load);
            out.from_previous = true;
        }
    }
    adopt_journal(out, program);
    return out;
}

void WorkspaceFiles::adopt_journal(Opened& out, const Program& program) {
    // A page that closed before IndexedDB took its last edits leaves them in the journal. Newer than
    // what is stored (a higher revision): it becomes the current file. Older or unreadable: ignored.
    const auto bytes = read_file(journal_);
    if (!bytes) return;
    std::remove(journal_.c_str());
    auto load = load_workspace(*bytes, program);
    if (!load.ok() || (out.workspace && load.revision <= out.revision)) return;
    if (write(*bytes)) return;  // could not be written: what is stored stays
    out.workspace = std::move(load.workspace);
    out.revision = load.revision;
    out.saved_at = std::move(load.saved_at);
    out.from_previous = false;
    out.from_journal = true;
}

std::optional<std::string> WorkspaceFiles::write(const std::string& bytes) {
    // Never store what could not be opened again.
    if (bytes.size() > kMaxImportBytes) return "storage.too_large";
    const std::string tmp = path(kTemporary), cur = path(kCurrent), prev = path(kPrevious);
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return "storage.write_failed";
    const bool all = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (std::fclose(f) != 0 || !all) {
        std::remove(tmp.c_str());
        return "storage.write_failed";
    }
    if (std::FILE* c = std::fopen(cur.c_str(), "rb")) {
        std::fclose(c);
        if (std::rename(cur.c_str(), prev.c_str()) != 0) return "storage.write_failed";
    }
    if (std::rename(tmp.c_str(), cur.c_str()) != 0) return "storage.write_failed";
    return std::nullopt;
}

}  // namespace ln::web
