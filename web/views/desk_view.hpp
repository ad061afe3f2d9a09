#pragma once
// #/mottak: KS-mottak, KS's desk. Sign-up files picked (many, or a folder) are received into the
// workspace and shown as intake's overview: a summary, the ready sign-ups per fee bracket, every file
// (filtered and sorted) with its status and notes, and the CLI's CSV to download.
#include <optional>
#include <string>
#include <vector>

#include "views/desk.hpp"
#include "views/view_status.hpp"

namespace ln::web {

class DeskView final : public Desk {
public:
    ViewOutcome draw(std::vector<ReceivedFile>& received, bool editable, const Bundled& data, const Catalog& cat,
                     ShellPort& shell) override;
    void file_received(std::vector<ReceivedFile>& received, const std::string& name, const std::string& bytes,
                       bool read_failed, bool more, std::uint64_t whole_size, const std::string& now) override;
    void workspace_replaced() override {
        stale_ = true;
        removed_.clear();
    }
    std::string live_text() const override { return status_.text().empty() ? summary_ : status_.text(); }
    // Files of a pick are still arriving (the page hands them over one at a time).
    bool importing() const { return batch_.any() && !batch_done_; }
    int said() const override { return status_.said(); }
    void language_changed() override { status_.clear(); }

private:
    const Intake& overview(const std::vector<ReceivedFile>& received, const Bundled& data);
    void draw_totals(const Intake& in, const Bundled& data, const Catalog& cat);
    void draw_files(const Intake& in, const Catalog& cat);

    Intake intake_;
    bool stale_ = true;
    bool edited_ = false;           // files arrived between frames: the next frame reports the edit
    ReceiptCount batch_;
    bool batch_done_ = false;
    int filter_ = 0;                // DeskFilter
    int order_ = 0;                 // DeskOrder
    std::vector<ReceivedFile> removed_;  // what «Tøm mottaket» took away, until undone or more arrives
    ViewStatus status_;
    std::string summary_;          // where the desk stands; not changed while a pick is arriving
    std::string receipt_, not_kept_;  // what the last pick did, shown until the next action
    bool receipt_warns_ = false;
    enum class Focus { None, Undo, Clear } focus_ = Focus::None;  // after emptying, after undoing
};

}  // namespace ln::web
