#pragma once
// KS-mottak as the app sees it. The app carries the desk only where it is added (App::add_desk): in
// desk.wasm, the module the page loads for #/mottak, and in the headless tests. app.wasm, the module every
// other address runs, leaves it out: the desk's checks, tables and CSV are some 10 KB brotli, which would
// take a municipality's first visit past its download budget (tests/e2e/budget.test.mjs) for a view it
// never opens. Going to #/mottak from app.wasm, the page loads desk.wasm (shell/glue.js).
#include <cstdint>
#include <string>
#include <vector>

#include "bundled.hpp"
#include "received.hpp"
#include "shell_port.hpp"
#include "view_outcome.hpp"

namespace ln::web {

class Desk {
public:
    virtual ~Desk() = default;
    // `editable`: this tab may change the stored work (else it only shows it).
    virtual ViewOutcome draw(std::vector<ReceivedFile>& received, bool editable, const Bundled& data, const Catalog& cat,
                             ShellPort& shell) = 0;
    // A file the user picked arrived (read_failed: the browser could not read it; whole_size: its size, when
    // only its start was read). `more`: more files of the same pick follow; what they did is said once,
    // after the last.
    virtual void file_received(std::vector<ReceivedFile>& received, const std::string& name, const std::string& bytes,
                               bool read_failed, bool more, std::uint64_t whole_size, const std::string& now) = 0;
    // The workspace was replaced (loaded, taken over from another tab): the overview is made anew.
    virtual void workspace_replaced() = 0;
    // What #live says: what the last action did, else where the intake stands.
    virtual std::string live_text() const = 0;
    virtual int said() const = 0;
    virtual void language_changed() = 0;
};

}  // namespace ln::web
