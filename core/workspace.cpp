#include "workspace.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "case_book_format.hpp"
#include "dates.hpp"
#include "document.hpp"
#include "enrollment_format.hpp"
#include "json_reader.hpp"

namespace ln {

using Ordered = nlohmann::ordered_json;

namespace {
const std::vector<Migration> kMigrations = {};  // v1 is the first version

Ordered time_or_null(const std::string& t) { return t.empty() ? Ordered(nullptr) : Ordered(t); }

// Errors of a part keep their place in the whole file: "actions[2]" → "case_book.actions[2]".
void add_errors(std::vector<Error>& out, const std::vector<Error>& part, const std::string& prefix) {
    for (Error e : part) {
        e.path = e.path.empty() ? prefix : prefix.empty() ? e.path : prefix + "." + e.path;
        out.push_back(std::move(e));
    }
}
}  // namespace

bool has_work(const Workspace& w) {
    return !(w.enrollment == Enrollment{}) || w.case_book.has_value() || !w.received.empty() || w.program_file.has_value();
}

namespace {

Ordered received_document(const ReceivedFile& f) {
    Ordered o = {{"name", f.name}, {"received_at", f.received_at}};
    if (!f.text.empty()) {
        o["text"] = f.text;
        return o;
    }
    Ordered errors = Ordered::array();
    for (const auto& e : f.errors) {
        // [[name, value], …]: a message's parameters keep their order, as Message has them.
        Ordered params = Ordered::array();
        for (const auto& [k, v] : e.message.params) params.push_back({k, v});
        errors.push_back({{"path", e.path}, {"key", e.message.key}, {"params", params}});
    }
    o["errors"] = std::move(errors);
    if (!f.digest.empty()) o["digest"] = f.digest;
    return o;
}

// A received file as the workspace keeps it: its text, or (unreadable) the reasons why.
ReceivedFile read_received(const Json& item, const std::string& path, std::vector<Error>& errors) {
    ReceivedFile f;
    if (!item.is_object()) {
        errors.push_back(wrong_type("object", path));
        return f;
    }
    JsonReader r(item, path);
    f.name = r.string("name");
    f.received_at = r.string("received_at");
    if (auto text = r.optional_string("text")) {
        f.text = *text;
    } else {
        f.digest = r.optional_string("digest").value_or("");
        const Json& reasons = r.array("errors");
        for (std::size_t i = 0; i < reasons.size(); ++i) {
            const std::string at = JsonReader::index_path(r.path_of("errors"), i);
            if (!reasons[i].is_object()) {
                r.fail(wrong_type("object", at));
                continue;
            }
            JsonReader e(reasons[i], at);
            Error err{e.string("path"), Message{e.string("key"), {}}};
            const Json& params = e.array("params");
            for (std::size_t k = 0; k < params.size(); ++k) {
                const Json& p = params[k];
                if (p.is_array() && p.size() == 2 && p[0].is_string() && p[1].is_string())
                    err.message.params.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
                else e.fail(wrong_type("array", JsonReader::index_path(e.path_of("params"), k)));
            }
            for (const auto& problem : e.errors()) r.fail(problem);
            f.errors.push_back(std::move(err));
        }
    }
    for (const auto& problem : r.errors()) errors.push_back(problem);
    return f;
}

}  // namespace

std::string save_workspace(const Workspace& w, const Program& program, std::string_view saved_at, std::int64_t revision) {
    Ordered doc = begin_document(kWorkspaceFormat, kWorkspaceVersion, saved_at, program.id);
    doc["revision"] = revision;
    doc["settings"] = {{"created_at", time_or_null(w.settings.created_at)},
                       {"last_export_at", time_or_null(w.settings.last_export_at)},
                       {"reminder_snoozed_at", time_or_null(w.settings.reminder_snoozed_at)}};
    // The parts are whole documents of their own formats, so they read back through the same checks and
    // migrations as an imported file.
    doc["enrollment"] = enrollment_document(w.enrollment, program, saved_at, Typed::AsTyped);
    doc["case_book"] = w.case_book ? case_book_document(*w.case_book, program, saved_at) : Ordered(nullptr);
    if (!w.received.empty()) {
        Ordered received = Ordered::array();
        for (const auto& f : w.received) received.push_back(received_document(f));
        doc["received"] = std::move(received);
    }
    if (w.program_file)
        doc["program_file"] = {{"name", w.program_file->name}, {"opened_at", w.program_file->opened_at}, {"text", w.program_file->text}};
    // Compact: a save must be quick even for a book of several MB; nobody reads this file by eye.
    return doc.dump(-1, ' ', false, Ordered::error_handler_t::replace);
}

WorkspaceLoad load_workspace(std::string_view bytes, const Program& program) {
    WorkspaceLoad out;
    OpenedDocument opened = open_document(bytes, kWorkspaceFormat, kWorkspaceVersion, kMigrations);
    if (!opened.ok()) {
        out.errors = std::move(opened.errors);
        return out;
    }
    const Json& doc = opened.doc;
    JsonReader top(doc, "");
    Workspace w;
    out.saved_at = top.string("exported_at");
    out.revision = top.integer("revision");
    {
        JsonReader s(top.object("settings"), "settings");
        w.settings.created_at = s.optional_string("created_at").value_or("");
        w.settings.last_export_at = s.optional_string("last_export_at").value_or("");
        w.settings.reminder_snoozed_at = s.optional_string("reminder_snoozed_at").value_or("");
        add_errors(out.errors, s.errors(), "");
    }
    // The kept program first: the case book is read against the program it was kept with.
    const Program* in_use = &program;
    if (auto kept = doc.find("program_file"); kept != doc.end() && !kept->is_null()) {
        JsonReader k(top.object("program_file"), "program_file");
        KeptProgram p{k.string("name"), k.string("opened_at"), k.string("text")};
        add_errors(out.errors, k.errors(), "");
        if (!k.failed()) {
            if (auto parsed = parse_program(p.text)) {
                out.program = std::move(parsed.value());
                in_use = &*out.program;
            } else {
                out.program_error = parsed.error();
                out.program_error->path = out.program_error->path.empty() ? "program_file.text" : "program_file.text." + out.program_error->path;
            }
            w.program_file = std::move(p);
        }
    }
    const Json& enrollment = top.object("enrollment");
    if (!top.failed()) {
        auto e = import_enrollment(enrollment.dump());
        if (e.ok()) w.enrollment = e.document->enrollment;
        else add_errors(out.errors, e.errors, "enrollment");
    }
    auto book = doc.find("case_book");
    if (book == doc.end()) top.fail(make_error("json.missing", {{"field", "case_book"}}, "case_book"));
    else if (!book->is_null()) {
        auto b = import_case_book(book->dump(), *in_use);
        if (b.ok()) w.case_book = std::move(*b.book);
        else add_errors(out.errors, b.errors, "case_book");
    }
    if (auto received = doc.find("received"); received != doc.end()) {
        if (!received->is_array()) top.fail(wrong_type("array", "received"));
        else
            for (std::size_t i = 0; i < received->size(); ++i)
                w.received.push_back(read_received((*received)[i], JsonReader::index_path("received", i), out.errors));
    }
    out.errors.insert(out.errors.begin(), top.errors().begin(), top.errors().end());
    if (out.errors.empty()) out.workspace = std::move(w);
    return out;
}

bool export_reminder_due(const Workspace& w, std::string_view now, int days) {
    if (!has_work(w)) return false;
    const auto t = unix_seconds(now);
    if (!t) return false;
    // Counted from the latest of: the first save, the last export, the last «remind me later».
    std::optional<long long> since;
    for (const std::string* s : {&w.settings.created_at, &w.settings.last_export_at, &w.settings.reminder_snoozed_at})
        if (auto v = unix_seconds(*s)) since = std::max(since.value_or(*v), *v);
    return since && *t - *since >= static_cast<long long>(days) * 86400;
}

}  // namespace ln
