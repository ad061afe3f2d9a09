#pragma once
// The project's own small set of field widgets. Views draw through these, never through raw ImGui input
// calls, so that one place knows every field: its label for screen readers (ShellPort::describe_focus),
// its position for the on-screen keyboard and for headless UI tests.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

namespace ln::web::ui {

struct FieldInfo {
    std::string label;
    std::string value;
    ImGuiID id = 0;
    ImVec2 min, max;  // screen rectangle, CSS pixels
    bool focused = false;
};

// How the app wants ImGui to behave; called once by the platform (and by headless tests).
void configure(ImGuiIO& io);

// What the widgets remember from one frame to the next, for one app (and its ImGui context): the fields
// drawn, a focus request, the search fields' open lists, open notices and columns. Made current for a
// frame by begin_frame, as ImGui makes its own context current.
struct Context {
    struct SearchState {
        int highlighted = 0;
        bool open = false;
    };
    struct Notice {
        bool warning;
        float top;
    };
    struct Columns {
        int count = 1, index = 0;
        float width = 0, start_x = 0, top_y = 0, bottom_y = 0;
        bool side_by_side = false;
    };
    std::vector<FieldInfo> fields;
    bool focus_next = false;
    int settle_frames = 0;           // frames still needed for a focus request to land
    std::vector<bool> read_only;     // begin_read_only / end_read_only
    ImGuiStorage search;             // per search field: highlighted choice and whether the list is open
    std::vector<Notice> notices;
    std::vector<Columns> columns;
};

// Call once per frame around the views.
void begin_frame(Context& context);
const std::vector<FieldInfo>& fields();
const FieldInfo* focused_field();
const FieldInfo* find_field(std::string_view label);

// Read-only: fields can still be focused, read and copied (and are announced), but not changed; controls
// that change something (checkboxes, choices, small buttons) are disabled. Primary buttons (export) stay.
// Nests like ImGui's BeginDisabled.
void begin_read_only(bool read_only);
void end_read_only();

// The next field drawn takes keyboard focus (a view's first input when it opens).
void focus_next_field();
// Whether this frame asked ImGui for something that lands only in a later frame (a focus move).
bool settling();

struct TextFieldOptions {
    std::string hint;                   // shown greyed inside the empty field
    std::optional<std::string> error;   // shown in red under the field
    std::optional<std::string> note;    // shown muted under the field
    bool numeric = false;               // numeric keyboard on phones; still free text (spaces allowed)
};
// A labelled single-line input filling the available width. Returns true when the text changed.
bool text_field(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt = {});


// A labelled input that suggests choices as the user types: Up/Down moves through them, Enter or a click
// picks one. `choices` are what currently match `query`, best first. Returns the picked position.
std::optional<std::size_t> search_field(const char* id, const std::string& label, std::string& query,
                                        const std::vector<std::string>& choices, const TextFieldOptions& opt = {});

// A labelled multi-line input, for paragraphs (tens of KB and pasted text are fine).
bool text_area(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt = {},
               float lines = 4.0f);
// A checkbox whose label is the sentence the user agrees to.
bool checkbox(const char* id, const std::string& label, bool& value, const TextFieldOptions& opt = {});
// A labelled choice among a few options (a drop-down).
bool choice(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options);

bool button(const std::string& label);
// A quieter button for actions inside a section (add, remove).
bool small_button(const std::string& label);
void same_line();
// A line of text that stands out: a success (green) or neutral status.
void success_text(const std::string& text);
// A row of tabs for the views; returns the index clicked, if any.
std::optional<std::size_t> tabs(const std::vector<std::string>& labels, std::size_t current);

// A labelled bar for progress ("Samling 2: 5 av 9"); fraction 0–1.
void progress_bar(const std::string& label, float fraction, const std::string& text);

// Paired bars per row: a value at the start against one at the end (e.g. ratings 1–5, 0 = not rated).
struct PairedBar {
    std::string label;
    int start = 0, end = 0;
};
void paired_bar_chart(const char* id, const std::vector<PairedBar>& rows, int max_value, const std::string& start_label,
                      const std::string& end_label);

// A framed notice across the page (read-only tab, a file moved aside, the export reminder).
void begin_notice(bool warning);
void end_notice();

void heading(const std::string& text);
void subheading(const std::string& text);
void paragraph(const std::string& text);
// A list of short items, each with a bullet; `level` 1 and up indents it under the line before.
void bullet_list(const std::vector<std::string>& items, int level = 0);
void muted(const std::string& text);
void error_text(const std::string& text);
void big_figure(const std::string& text);
void separator();

// Side-by-side columns on wide screens, stacked on narrow ones (phones).
void begin_columns(const char* id, int count);
void next_column();
void end_columns();

// A table with a header row; rows can be highlighted (e.g. the user's fee bracket).
bool begin_table(const char* id, const std::vector<std::string>& headers);
void table_row(const std::vector<std::string>& cells, bool highlighted = false);
void end_table();

}  // namespace ln::web::ui
