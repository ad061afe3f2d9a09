#pragma once
// The project's own small set of widgets. Views draw only through these, so that one place knows every
// item on the page: each widget draws on the canvas with Dear ImGui *and* records a semantics node (role,
// name, value, states, rectangle) from which the page keeps a DOM tree of real elements (semantics.hpp).
//
// Text is edited in the page's real <input> and <textarea> elements, and controls are pressed as real
// <button>, <input type=checkbox>, <select> and links: the page posts what the user did as PageEvents, and
// the widget that owns the element takes them in the next frame. Headless tests post the same events.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "semantics.hpp"

namespace ln::web::ui {

// What the user did to an element of the page.
struct PageEvent {
    enum class Kind { Input, Activate, Choose, Key, Focus };
    Kind kind = Kind::Activate;
    std::uint32_t id = 0;  // the node's id; for Focus, 0 when focus left the app's elements
    std::string text;      // Input: the element's whole text; Key: "ArrowDown", "ArrowUp", "Enter", "Escape"
    int index = -1;        // Choose: the option picked
};

// What the widgets remember from one frame to the next, for one app: the nodes drawn, the page's events
// not yet taken, which element has focus, a focus request, the search fields' open lists, open notices,
// columns and containers. Made current for a frame by begin_frame, as ImGui makes its own context current.
struct Context {
    struct Notice {
        bool warning;
        float top;
    };
    struct Columns {
        int count = 1, index = 0;
        float width = 0, start_x = 0, top_y = 0, bottom_y = 0;
        bool side_by_side = false;
    };
    std::vector<SemanticsNode> nodes;
    std::vector<PageEvent> events;
    std::uint32_t focused = 0;       // the element with keyboard focus, as the page last said
    bool focus_next = false;         // the next focusable widget drawn asks for focus
    bool focus_heading = false;      // the next heading drawn asks for focus
    bool took_event = false;         // this frame acted on something the user did
    std::string read_only;           // begin_read_only / end_read_only: '1' read-only, '0' not, innermost last
                                     // (a string: vector<bool>'s own code would be 2 KB of the download)
    ImGuiStorage search;             // per search field: highlighted choice and whether the list is open
    ImGuiStorage measured;           // per text area: its text's hash, the width and the lines it wraps to
    ImGuiStorage refused;            // per field: characters of the last text refused as too long (0: none)
    ImGuiStorage echo;               // per field: how often the app put its own text back (the page resets)
    // The message under a field whose text was refused: given the limit and what was typed (the app
    // sets it from its catalog; widgets hold no texts of their own).
    std::function<std::string(std::size_t max, std::size_t typed)> too_long;
    std::optional<std::pair<std::size_t, std::size_t>> refused_now;  // this frame: the limit and what came
    std::vector<Notice> notices;
    std::vector<Columns> columns;
    std::vector<int> parents;        // open containers (landmarks, tables, lists)
    float text_line = 0;             // line height of the text just drawn in its own font (0: the body's)
    bool beside = false;             // same_line(): the next button beside the last, if it fits
    std::string lang;                // begin_language: the language of what is drawn now, when not the page's
};

// Hands an event from the page to the widgets (the platform and headless tests call this).
void post(Context& context, PageEvent event);

// How the app wants ImGui to behave; called once by the platform (and by headless tests).
void configure(ImGuiIO& io);

// Call once per frame around the views; end_frame drops events no widget took (their element is gone).
void begin_frame(Context& context);
void end_frame();
const std::vector<SemanticsNode>& nodes();
const SemanticsNode* focused_node();
// The first control (or, failing that, any node) whose accessible name is `name`.
const SemanticsNode* find(std::string_view name);

// Read-only: fields can still be focused, read and copied, but not changed; controls that change
// something (checkboxes, choices, small buttons) are disabled. Primary buttons (export) stay. Nests.
void begin_read_only(bool read_only);
void end_read_only();

// The next focusable widget drawn takes keyboard focus (a view's first input when it opens).
void focus_next_field();
// The view's heading takes focus (a view without fields: focus at its top, not on a button far down).
void focus_next_heading();
// Whether this frame asked for something that lands only in a later frame: a focus move, an event a widget
// left for the next frame, or one it acted on — what the view changed after the widget was drawn (a search
// field emptied once its choice is taken) shows only in the frame after.
bool settling();

// A named group of fields (one member of the working group, one action), and the panel of a tab list.
void begin_group(Role role, const std::string& name);
void end_group();
// Landmarks and other containers of the page: banner, navigation, main, contentinfo.
void begin_landmark(Role role, const std::string& name = "");
void end_landmark();
// The site's name at the top, leaving `reserve` pixels at the right for what stands beside it.
void site_title(const std::string& text, float reserve);
// «Hopp til innholdet»: the first thing Tab reaches; the page moves focus to the main content.
void skip_link(const std::string& label);

struct TextFieldOptions {
    std::string hint;                   // shown greyed inside the empty field
    std::optional<std::string> error;   // shown in red under the field
    std::optional<std::string> note;    // shown muted under the field
    bool numeric = false;               // number keypad on phones; still free text (spaces allowed)
    bool required = false;              // marked visibly and for assistive technology
    std::string input;                  // "email", "tel" (keyboards and checks of the browser)
    std::string autocomplete;           // what the browser may fill in: "name", "email", "organization", …
    bool spellcheck = true;             // off for numbers, addresses, identifiers
    std::size_t max_chars = 0;          // 0: kMaxLineChars for a line, kMaxNoteChars for a text area
};
// A labelled single-line input filling the available width. Returns true when the text changed.
bool text_field(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt = {});

// A labelled input that suggests choices as the user types: Up/Down moves through them, Enter or a click
// picks one. `choices` are what currently match `query`, best first. Returns the picked position.
std::optional<std::size_t> search_field(const char* id, const std::string& label, std::string& query,
                                        const std::vector<std::string>& choices, const TextFieldOptions& opt = {});

// A labelled multi-line input for paragraphs: words wrap, and it grows with its text (from `lines` up).
bool text_area(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt = {},
               float lines = 4.0f);
// What is drawn until end_language() is in `lang` (a program text without a translation, shown in KS's
// bokmål on an English page): its elements carry lang, so a screen reader reads it with the right voice.
// An empty `lang` is the page's language. They do not nest.
void begin_language(const std::string& lang);
void end_language();

// A checkbox whose label is the sentence the user agrees to.
bool checkbox(const char* id, const std::string& label, bool& value, const TextFieldOptions& opt = {});
// A labelled choice among a few options (a drop-down).
bool choice(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options);

bool button(const std::string& label);
// A button that is disabled while the view is read-only (begin_read_only): one that changes the work.
bool edit_button(const std::string& label);
// A quieter button for actions inside a section (add, remove).
bool small_button(const std::string& label);
// The same, keeping its identity (and keyboard focus) when its label changes: «Mørk modus» ↔ «Lys modus».
bool small_button(const char* id, const std::string& label);
// A link to another view of the app; returns true when followed (plainly: a new tab is the browser's).
// `current`: it is the view that is open (aria-current="page").
bool link(const std::string& label, const std::string& href, bool current = false);
// The next button goes beside the last one if it fits, else under it (a phone): buttons never run off.
void same_line();
// A line of text that stands out: a success (green) or neutral status.
void success_text(const std::string& text);
// The views of the app as navigation links; returns the index followed, if any.
std::optional<std::size_t> nav_links(const std::string& name, const std::vector<std::string>& labels,
                                     const std::vector<std::string>& hrefs, std::size_t current);
// One of a few, as a group of buttons of which the current one stays pressed (the language: «Bokmål»,
// «Nynorsk», «English», each label in its own language `langs`); returns the index chosen, if any.
std::optional<std::size_t> pressed_choice(const char* id, const std::string& name, const std::vector<std::string>& labels,
                                          const std::vector<std::string>& langs, std::size_t current);
// Tabs within a view (a tab list); returns the index chosen, if any.
std::optional<std::size_t> tabs(const std::string& name, const std::vector<std::string>& labels, std::size_t current);

// A labelled bar for progress ("Samling 2: 5 av 9"); fraction 0–1.
void progress_bar(const std::string& label, float fraction, const std::string& text);

// Paired bars per row: a value at the start against one at the end (e.g. ratings 1–5, 0 = not rated).
// Also a table for assistive technology and print, named `name`.
struct PairedBar {
    std::string label;
    int start = 0, end = 0;
};
void paired_bar_chart(const char* id, const std::string& name, const std::vector<PairedBar>& rows, int max_value,
                      const std::string& row_label, const std::string& start_label, const std::string& end_label);

// A framed notice across the page (read-only tab, a file moved aside, the export reminder).
void begin_notice(bool warning);
void end_notice();

// Headings: level 1 is the view's own, 2 its sections, 3 what is within them.
void heading(const std::string& text, int level = 1);
void subheading(const std::string& text, int level = 2);
void paragraph(const std::string& text);
// A list of short items, each with a bullet; `level` 1 and up indents it under the line before.
// `langs`: each item's language where it is not the page's (see begin_language); empty: all the page's.
void bullet_list(const std::vector<std::string>& items, int level = 0, const std::vector<std::string>& langs = {});
void muted(const std::string& text);
void error_text(const std::string& text);
void big_figure(const std::string& text);
void separator();

// Side-by-side columns on wide screens, stacked on narrow ones (phones).
void begin_columns(const char* id, int count);
void next_column();
void end_columns();

// A table with a header row; rows can be highlighted (e.g. the user's fee bracket).
// `name`: what the table is, for a page with more than one (aria-label). `weights`: each column's share of
// the width (none: in proportion to its header, which suits short tables of figures).
bool begin_table(const char* id, const std::vector<std::string>& headers, const std::string& name = "",
                 const std::vector<float>& weights = {});
// Whether the view is as narrow as a phone's (where columns stack): a view may then show fewer columns.
bool narrow();
void table_row(const std::vector<std::string>& cells, bool highlighted = false);
void end_table();

}  // namespace ln::web::ui
