#include "semantics.hpp"

#include <array>
#include <tuple>
#include <cmath>

#include <string_view>

namespace ln::web {

const char* role_id(Role r) {
    switch (r) {
    case Role::Banner: return "banner";
    case Role::Navigation: return "navigation";
    case Role::Main: return "main";
    case Role::ContentInfo: return "contentinfo";
    case Role::Region: return "region";
    case Role::List: return "list";
    case Role::Table: return "table";
    case Role::Row: return "row";
    case Role::TabList: return "tablist";
    case Role::ListBox: return "listbox";
    case Role::Group: return "group";
    case Role::TabPanel: return "tabpanel";
    case Role::Heading: return "heading";
    case Role::Paragraph: return "paragraph";
    case Role::ListItem: return "listitem";
    case Role::ColumnHeader: return "columnheader";
    case Role::RowHeader: return "rowheader";
    case Role::Cell: return "cell";
    case Role::Label: return "label";
    case Role::Figure: return "figure";
    case Role::Link: return "link";
    case Role::Button: return "button";
    case Role::Tab: return "tab";
    case Role::CheckBox: return "checkbox";
    case Role::TextBox: return "textbox";
    case Role::TextArea: return "textarea";
    case Role::ComboBox: return "combobox";
    case Role::Select: return "select";
    case Role::Option: return "option";
    case Role::ProgressBar: return "progressbar";
    case Role::SkipLink: return "skiplink";
    }
    return "paragraph";
}

bool focusable(Role r) {
    switch (r) {
    case Role::Link:
    case Role::Button:
    case Role::Tab:
    case Role::CheckBox:
    case Role::TextBox:
    case Role::TextArea:
    case Role::ComboBox:
    case Role::Select:
    case Role::SkipLink: return true;
    default: return false;
    }
}

namespace {

// Whole CSS pixels: sub-pixel jitter between frames is no change worth sending.
int px(float v) { return static_cast<int>(std::lround(v)); }

// A small JSON writer: the page parses what this writes every frame something changed, and nothing else
// here needs a JSON document.
struct Writer {
    std::string out;
    bool first = true;
    void key(const char* k) {
        out += first ? "\"" : ",\"";
        first = false;
        out += k;
        out += "\":";
    }
    void string(std::string_view s) {
        out += '"';
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
            else if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\r') out += "\\r";
            else if (c < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += static_cast<char>(c);  // UTF-8 as it is; text that is not UTF-8 was refused earlier
            }
        }
        out += '"';
    }
    void field(const char* k, std::string_view v) { key(k), string(v); }
    void field(const char* k, long long v) { key(k), out += std::to_string(v); }
};

void write(Writer& w, const SemanticsNode& n) {
    w.out += '{';
    w.first = true;
    w.field("r", role_id(n.role));
    if (n.id) w.field("i", static_cast<long long>(n.id));
    if (n.parent >= 0) w.field("p", n.parent);
    if (n.level) w.field("l", n.level);
    if (!n.name.empty()) w.field("t", n.name);
    if (!n.value.empty() || n.role == Role::TextBox || n.role == Role::TextArea || n.role == Role::ComboBox) w.field("v", n.value);
    if (!n.href.empty()) w.field("h", n.href);
    if (!n.placeholder.empty()) w.field("ph", n.placeholder);
    if (!n.input.empty()) w.field("k", n.input);
    if (!n.autocomplete.empty()) w.field("a", n.autocomplete);
    if (!n.lang.empty()) w.field("lang", n.lang);
    if (n.describes) w.field("d", static_cast<long long>(n.describes));
    if (n.label_for) w.field("for", static_cast<long long>(n.label_for));
    if (n.controls) w.field("c", static_cast<long long>(n.controls));
    if (!n.options.empty()) {
        w.key("o");
        w.out += '[';
        for (std::size_t i = 0; i < n.options.size(); ++i) {
            if (i) w.out += ',';
            w.string(n.options[i]);
        }
        w.out += ']';
    }
    if (n.selected >= 0) w.field("s", n.selected);
    if (n.progress >= 0) w.field("g", std::lround(n.progress * 100));
    if (n.flags) w.field("f", static_cast<long long>(n.flags));
    w.field("x", px(n.rect.x));
    w.field("y", px(n.rect.y));
    w.field("w", px(n.rect.w));
    w.field("z", px(n.rect.h));
    w.out += '}';
}

// Equal on the page: every field, the rectangle in whole pixels. Compared in place: a text area's value can
// be pages long, and this runs for every node of every frame that changed anything.
bool same_on_page(const SemanticsNode& a, const SemanticsNode& b) {
    auto rounded = [](const Rect& r) { return std::array<int, 4>{px(r.x), px(r.y), px(r.w), px(r.h)}; };
    auto fields = [](const SemanticsNode& n) {
        return std::tie(n.id, n.role, n.parent, n.level, n.flags, n.describes, n.label_for, n.controls, n.selected,
                        n.progress, n.name, n.value, n.href, n.placeholder, n.input, n.autocomplete, n.lang, n.options);
    };
    return rounded(a.rect) == rounded(b.rect) && fields(a) == fields(b);
}

}  // namespace

std::string SemanticsDiff::update(const std::vector<SemanticsNode>& nodes, float content_height, bool scroll_to_top) {
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (i >= sent_.size() || !same_on_page(nodes[i], sent_[i])) changed.push_back(i);
    const int height = px(content_height);
    if (changed.empty() && nodes.size() == sent_.size() && height == px(height_) && !scroll_to_top) return "";
    Writer w;
    w.out = "{\"n\":" + std::to_string(nodes.size()) + ",\"h\":" + std::to_string(height) + ",\"u\":[";
    for (std::size_t k = 0; k < changed.size(); ++k) {
        if (k) w.out += ',';
        w.out += '[' + std::to_string(changed[k]) + ',';
        write(w, nodes[changed[k]]);
        w.out += ']';
    }
    w.out += ']';
    if (scroll_to_top) w.out += ",\"top\":1";
    w.out += '}';
    sent_ = nodes;
    height_ = content_height;
    return std::move(w.out);
}

}  // namespace ln::web
