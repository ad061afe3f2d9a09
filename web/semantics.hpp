#pragma once
// What a canvas cannot say to the browser: for every item the widgets draw, its role, accessible name,
// value, states, description and rectangle. The page keeps a DOM tree of real elements for these nodes
// (shell/semantics.js): headings, paragraphs, lists, tables, buttons, checkboxes, choices, progress bars,
// landmarks — and real <input>/<textarea> elements in which the browser does all text editing. Modelled on
// Flutter web's semantics tree and AccessKit's node model.
//
// Only what changed crosses to the page: `SemanticsDiff` compares this frame's nodes with those sent last
// and writes the changed ones (by position) as compact JSON.
#include <cstdint>
#include <string>
#include <vector>

namespace ln::web {

enum class Role : std::uint8_t {
    // Containers: other nodes name them as their parent.
    Banner, Navigation, Main, ContentInfo, Region, List, Table, Row, TabList, ListBox, Group, TabPanel,
    // Text.
    Heading, Paragraph, ListItem, ColumnHeader, RowHeader, Cell, Label, Figure,
    // Controls.
    Link, Button, Tab, CheckBox, TextBox, TextArea, ComboBox, Select, Option, ProgressBar, SkipLink,
};
const char* role_id(Role r);  // "heading", "textbox", … (as shell/semantics.js knows them)
bool focusable(Role r);

enum Flag : std::uint32_t {
    kChecked = 1u << 0,
    kSelected = 1u << 1,    // a tab or option that is the chosen one; a view link that is the current page
    kExpanded = 1u << 2,    // a combobox whose list shows
    kDisabled = 1u << 3,
    kInvalid = 1u << 4,
    kRequired = 1u << 5,
    kReadOnly = 1u << 6,
    kFocus = 1u << 7,       // the app asks the page to put keyboard focus here (once)
    kWarning = 1u << 8,     // a notice that warns; an error paragraph
    kMuted = 1u << 9,       // secondary text
    kNoSpellcheck = 1u << 10,
    // Text the canvas drew on one line: the page must not wrap it either, since its own text measures a
    // little differently (the canvas snaps glyph advances to pixels) and a wrapped copy would put found or
    // selected words on the wrong line.
    kOneLine = 1u << 11,
    kPressable = 1u << 12,  // a button that stays pressed while its choice holds (aria-pressed)
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels in the document (scrolled content), not the screen
    bool operator==(const Rect&) const = default;
};

struct SemanticsNode {
    std::uint32_t id = 0;        // stable across frames for controls (ImGui's id); 0 for plain text
    Role role = Role::Paragraph;
    int parent = -1;             // index of the container node, -1: the page's main column
    int level = 0;               // heading level 1–3; a list's nesting
    std::string name;            // the accessible name, or the text itself
    std::string value;           // a field's text, a choice's current option, a progress bar's text
    std::string href;            // links
    std::string placeholder;     // text fields: the hint shown while empty
    std::string input;           // text fields: "text", "email", "tel", "numeric"
    std::string autocomplete;    // text fields: "name", "email", "tel", "organization", …
    std::string lang;            // text in another language than the page's (the «English» button)
    std::uint32_t describes = 0; // an error or note under a field: that field's id
    std::uint32_t label_for = 0; // a label: the control it names
    std::uint32_t controls = 0;  // a combobox: its list; an option: its combobox
    std::vector<std::string> options;  // a select's options
    int selected = -1;           // a select's chosen option; a combobox's highlighted option
    float progress = -1;         // a progress bar: 0–1
    std::uint32_t flags = 0;
    std::uint32_t echo = 0;      // a field: raised when the app puts its own text back (the page shows it again)
    Rect rect;
    bool operator==(const SemanticsNode&) const = default;
    bool has(Flag f) const { return (flags & f) != 0; }
};

// What changed since the last frame, for the page. Empty when nothing did (idle: nothing crosses).
class SemanticsDiff {
public:
    // `content_height`: the document's height in CSS pixels. `scroll_to_top`: a new view opened.
    std::string update(const std::vector<SemanticsNode>& nodes, float content_height, bool scroll_to_top);
    void reset() { sent_.clear(), height_ = -1; }

private:
    std::vector<SemanticsNode> sent_;
    float height_ = -1;
};

}  // namespace ln::web
