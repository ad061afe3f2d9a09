#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include <imgui_internal.h>

#include "identifiers.hpp"
#include "theme.hpp"

namespace ln::web::ui {

float field_width();  // the width of a field where the cursor is: a column's, or the whole line's

namespace {

Context* g_ctx = nullptr;  // the current app's, set by begin_frame
Context& ctx() {
    IM_ASSERT(g_ctx && "ui::begin_frame was not called");
    return *g_ctx;
}
bool read_only() { return !ctx().read_only.empty() && ctx().read_only.back() == '1'; }

// ---- The page's events ----

template <class Pred>
std::optional<PageEvent> take(Pred pred) {
    auto& ev = ctx().events;
    // The latest wins (two keystrokes between frames: the element's text after both).
    for (auto it = ev.rbegin(); it != ev.rend(); ++it)
        if (pred(*it)) {
            PageEvent e = std::move(*it);
            ctx().took_event = true;
            ev.erase(std::next(it).base());
            ev.erase(std::remove_if(ev.begin(), ev.end(), pred), ev.end());
            return e;
        }
    return std::nullopt;
}
std::optional<std::string> take_input(ImGuiID id) {
    auto e = take([id](const PageEvent& e) { return e.kind == PageEvent::Kind::Input && e.id == id; });
    return e ? std::optional<std::string>(std::move(e->text)) : std::nullopt;
}
bool take_activate(ImGuiID id) {
    return take([id](const PageEvent& e) { return e.kind == PageEvent::Kind::Activate && e.id == id; }).has_value();
}
std::optional<int> take_choose(ImGuiID id) {
    auto e = take([id](const PageEvent& e) { return e.kind == PageEvent::Kind::Choose && e.id == id; });
    return e ? std::optional<int>(e->index) : std::nullopt;
}
// Keys come in order, each one counts.
std::vector<std::string> take_keys(ImGuiID id) {
    std::vector<std::string> keys;
    auto& ev = ctx().events;
    for (auto it = ev.begin(); it != ev.end();)
        if (it->kind == PageEvent::Kind::Key && it->id == id) {
            keys.push_back(std::move(it->text));
            ctx().took_event = true;
            it = ev.erase(it);
        } else {
            ++it;
        }
    return keys;
}

// ---- Semantics nodes ----

// The page's scroll: the app's window scrolls like the document (a list inside it has its own).
float page_scroll() { return ImGui::GetCurrentWindowRead()->RootWindow->Scroll.y; }

// Where the last item is in the document: screen y + the page's scroll.
Rect item_rect() {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    return {min.x, min.y + page_scroll(), max.x - min.x, max.y - min.y};
}

SemanticsNode& add_node(Role role, std::string name, Rect rect, std::uint32_t id = 0) {
    Context& c = ctx();
    SemanticsNode n;
    n.role = role;
    n.id = id;
    n.name = std::move(name);
    n.rect = rect;
    n.parent = c.parents.empty() ? -1 : c.parents.back();
    n.lang = c.lang;
    if (role == Role::Heading && c.focus_heading) {
        n.flags |= kFocus;
        c.focus_heading = false;
    }
    // A view's start is its first field or button, never the navigation between views.
    if (focusable(role) && role != Role::Tab && role != Role::Link && role != Role::SkipLink && c.focus_next) {
        n.flags |= kFocus;
        c.focus_next = false;
        c.focused = id;
    }
    c.nodes.push_back(std::move(n));
    return c.nodes.back();
}
int open_container(Role role, std::string name = "") {
    add_node(role, std::move(name), {});
    const int index = static_cast<int>(ctx().nodes.size()) - 1;
    ctx().parents.push_back(index);
    return index;
}
void close_container() {
    if (!ctx().parents.empty()) ctx().parents.pop_back();
}

// kOneLine when the item just drawn holds one line of its font.
std::uint32_t line_flags(const Rect& r) {
    const float line = ctx().text_line > 0 ? ctx().text_line : ImGui::GetTextLineHeight();
    ctx().text_line = 0;
    return r.h > 0 && r.h < line * 1.5f ? static_cast<std::uint32_t>(kOneLine) : 0u;
}

void text_node(Role role, const std::string& text, std::uint32_t flags = 0, int level = 0) {
    const Rect r = item_rect();
    auto& n = add_node(role, text, r);
    n.flags |= flags | line_flags(r);
    n.level = level;
}

void wrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ctx().text_line = ImGui::GetTextLineHeight();
}

// The label over a field; a required field's gets a red star after it (the page says «required» itself).
void label_above(const std::string& label, ImGuiID control, bool required = false) {
    wrapped(label);
    const Rect r = item_rect();
    auto& n = add_node(Role::Label, label, r);
    n.label_for = control;
    n.flags |= line_flags(r);
    if (!required) return;
    ImGui::SameLine(0, theme::em(theme::kGapEm));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().error);
    ImGui::TextUnformatted("*");
    ImGui::PopStyleColor();
}

std::uint32_t field_flags(const TextFieldOptions& opt) {
    std::uint32_t f = 0;
    if (opt.error) f |= kInvalid;
    if (opt.required) f |= kRequired;
    if (read_only()) f |= kReadOnly;
    if (!opt.spellcheck || opt.numeric || !opt.input.empty()) f |= kNoSpellcheck;
    return f;
}

// The error and the note under a field; the page links them to it (aria-describedby).
void describing(const std::string& text, const ImVec4& colour, Flag kind, ImGuiID field) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped(text);
    ImGui::PopStyleColor();
    auto& n = add_node(Role::Paragraph, text, item_rect());
    n.describes = field;
    n.flags |= kind;
}
void below(const TextFieldOptions& opt, ImGuiID field) {
    if (const int refused = ctx().refused.GetInt(field, 0); refused > 0 && ctx().too_long)
        describing(ctx().too_long(opt.max_chars, static_cast<std::size_t>(refused)), theme::colours().error, kWarning, field);
    if (opt.error) describing(*opt.error, theme::colours().error, kWarning, field);
    if (opt.note) describing(*opt.note, theme::colours().muted, kMuted, field);
}

float resolved_width() {
    const float w = field_width();
    return w < 0 ? ImGui::GetContentRegionAvail().x : w;
}

// The box where the page shows the real input; the canvas leaves it to the page.
SemanticsNode& field_box(Role role, ImGuiID id, const std::string& label, const std::string& value,
                         const TextFieldOptions& opt, float height) {
    ImGui::Dummy(ImVec2(resolved_width(), height));
    auto& n = add_node(role, label, item_rect(), id);
    n.value = value;
    n.flags |= field_flags(opt);
    n.input = opt.numeric ? "numeric" : opt.input;
    n.autocomplete = opt.autocomplete;
    n.placeholder = opt.hint;
    n.echo = static_cast<std::uint32_t>(ctx().echo.GetInt(id, 0));
    return n;
}

// The options with the field's text limit filled in (a line's or a note's, unless the view set one).
TextFieldOptions limited(const TextFieldOptions& opt, std::size_t default_limit) {
    TextFieldOptions o = opt;
    if (o.max_chars == 0) o.max_chars = default_limit;
    return o;
}

// Takes what the user typed into the field's element, if anything; returns whether the text changed.
// Text beyond the field's limit is refused whole (the field keeps its text, the page is told to show it
// again, and a message under the field says why), so a paste of a million characters loses nothing.
bool take_text(ImGuiID key, std::string& value, std::size_t max_chars) {
    auto typed = take_input(key);
    if (!typed || read_only() || *typed == value) return false;
    if (const std::size_t n = utf8_length(*typed); n > max_chars) {
        ctx().refused.SetInt(key, static_cast<int>(std::min<std::size_t>(n, INT32_MAX)));
        ctx().echo.SetInt(key, ctx().echo.GetInt(key, 0) + 1);
        ctx().refused_now = std::make_pair(max_chars, n);
        return false;
    }
    ctx().refused.SetInt(key, 0);
    value = std::move(*typed);
    return true;
}

}  // namespace

void post(Context& context, PageEvent event) {
    if (event.kind == PageEvent::Kind::Focus) {
        context.focused = event.id;
        return;
    }
    context.events.push_back(std::move(event));
}

void begin_frame(Context& context) {
    g_ctx = &context;
    Context& c = ctx();
    c.nodes.clear();
    c.read_only.clear();
    c.parents.clear();
    c.beside = false;
    c.took_event = false;
}

void end_frame() {
    // A request no control took (a view without controls) must not linger into another view.
    ctx().focus_next = false;
    ctx().focus_heading = false;
    // Events for elements that are gone are dropped; those a widget left for its next frame stay.
    auto& ev = ctx().events;
    ev.erase(std::remove_if(ev.begin(), ev.end(),
                            [](const PageEvent& e) {
                                return std::none_of(ctx().nodes.begin(), ctx().nodes.end(),
                                                    [&](const SemanticsNode& n) { return n.id == e.id; });
                            }),
             ev.end());
}

bool settling() { return ctx().focus_next || !ctx().events.empty() || ctx().took_event; }
const std::vector<SemanticsNode>& nodes() { return ctx().nodes; }

const SemanticsNode* focused_node() {
    if (!ctx().focused) return nullptr;
    for (const auto& n : ctx().nodes)
        if (n.id == ctx().focused) return &n;
    return nullptr;
}

const SemanticsNode* find(std::string_view name) {
    for (const auto& n : ctx().nodes)
        if (focusable(n.role) && n.name == name) return &n;
    for (const auto& n : ctx().nodes)
        if (n.name == name) return &n;
    return nullptr;
}

void configure(ImGuiIO& io) {
    // Keyboard and pointer belong to the page's elements: ImGui only draws.
    io.ConfigInputTextCursorBlink = false;
    io.IniFilename = nullptr;  // nothing is written behind the user's back
    io.LogFilename = nullptr;
}

void begin_read_only(bool on) { ctx().read_only.push_back(on || read_only() ? '1' : '0'); }
void end_read_only() {
    if (!ctx().read_only.empty()) ctx().read_only.pop_back();
}

void focus_next_field() { ctx().focus_next = true; }
void focus_next_heading() { ctx().focus_heading = true; }

void begin_group(Role role, const std::string& name) { open_container(role, name); }
void end_group() { close_container(); }

void begin_landmark(Role role, const std::string& name) { open_container(role, name); }
void end_landmark() { close_container(); }

void site_title(const std::string& text, float reserve) {
    ImGui::PushFont(theme::fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - reserve + ImGui::GetCursorPosX());
    ImGui::TextUnformatted(text.c_str());
    ctx().text_line = ImGui::GetTextLineHeight();
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    text_node(Role::Paragraph, text, 0);
    ctx().nodes.back().level = 1;  // drawn in the heading's size
}

void skip_link(const std::string& label) {
    // Drawn by the page only when it has focus; takes no room on the canvas.
    const ImVec2 p = ImGui::GetCursorScreenPos();
    add_node(Role::SkipLink, label, {p.x, p.y + page_scroll(), 1, 1}, ImGui::GetID("##skip"));
}

bool text_field(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##field");
    label_above(label, key, opt.required);
    const TextFieldOptions o = limited(opt, kMaxLineChars);
    const bool changed = take_text(key, value, o.max_chars);
    field_box(Role::TextBox, key, label, value, o, ImGui::GetFrameHeight());
    below(o, key);
    ImGui::PopID();
    return changed;
}

std::optional<std::size_t> search_field(const char* id, const std::string& label, std::string& query,
                                        const std::vector<std::string>& choices, const TextFieldOptions& opt) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##field");
    const ImGuiID list_id = ImGui::GetID("##choices");
    ImGuiStorage& remembered = ctx().search;
    int highlighted = remembered.GetInt(key, 0);
    bool open = remembered.GetBool(key + 1, false);
    const int count = static_cast<int>(choices.size());

    label_above(label, key);
    std::optional<std::size_t> picked;
    const TextFieldOptions o = limited(opt, kMaxLineChars);
    const bool typed = take_text(key, query, o.max_chars);
    if (typed) {
        open = true;
        highlighted = 0;
    }
    // Keys typed right after text (Enter at once after «Bæ») wait a frame: the choices the view gave
    // this frame are for the text before.
    for (const auto& k : typed ? std::vector<std::string>{} : take_keys(key)) {
        if (k == "Escape") open = false;
        if (!open || count == 0) continue;
        if (k == "ArrowDown") highlighted = (highlighted + 1) % count;
        if (k == "ArrowUp") highlighted = (highlighted + count - 1) % count;
        if (k == "Enter") picked = static_cast<std::size_t>(std::min(highlighted, count - 1));
    }
    const bool has_focus = ctx().focused == key;
    if (!has_focus) open = false;  // focus left the field (Tab, a click elsewhere)
    const bool showing = open && count > 0 && !picked;

    auto& field = field_box(Role::ComboBox, key, label, query, opt, ImGui::GetFrameHeight());
    field.controls = list_id;
    if (showing) {
        field.flags |= kExpanded;
        field.selected = std::min(highlighted, count - 1);
    }
    const std::size_t field_index = ctx().nodes.size() - 1;

    if (showing) {
        // Listed under the field rather than in a popup, so the page keeps focus in the input; and laid
        // over what follows, opaque, as a drop-down is: nothing below moves when the list opens or closes.
        // Each choice is a 44 px target for a finger.
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const ImVec2 extent = window->DC.CursorMaxPos;  // the page's extent without the list
        const int shown = std::min(count, 6);
        const float gap = theme::em(theme::kGapEm);
        const float row = std::max(ImGui::GetTextLineHeight() + gap, theme::scaled(theme::kTargetCssPx));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(gap, gap));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::colours().page);
        ImGui::BeginChild("##choices", ImVec2(resolved_width(), row * static_cast<float>(shown) + 2 * gap),
                          ImGuiChildFlags_Border);
        const int list_node = open_container(Role::ListBox, label);
        ctx().nodes[static_cast<std::size_t>(list_node)].id = list_id;
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            ImGui::Selectable(choices[static_cast<std::size_t>(i)].c_str(), i == highlighted, 0, ImVec2(0, row));
            if (i == highlighted) ImGui::SetScrollHereY();
            const ImGuiID option = ImGui::GetID("##option");
            auto& n = add_node(Role::Option, choices[static_cast<std::size_t>(i)], item_rect(), option);
            n.controls = key;
            if (i == highlighted) n.flags |= kSelected;
            if (take_activate(option)) picked = static_cast<std::size_t>(i);
            ImGui::PopID();
        }
        close_container();
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(3);
        ImGui::SetCursorScreenPos(start);
        window->DC.CursorMaxPos = extent;  // nor does a column or group around the field grow with it
    }
    if (picked) {
        open = false;
        highlighted = 0;
        ctx().nodes[field_index].flags &= ~static_cast<std::uint32_t>(kExpanded);
    }
    remembered.SetInt(key, highlighted);
    remembered.SetBool(key + 1, open);
    below(o, key);
    ImGui::PopID();
    return picked;
}

bool text_area(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt, float lines) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##field");
    label_above(label, key, opt.required);
    const TextFieldOptions o = limited(opt, kMaxNoteChars);
    const bool changed = take_text(key, value, o.max_chars);
    // Grows with its text, as the page wraps it: the same font and width, at the fields' text size.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = resolved_width();
    const float field_px = theme::scaled(theme::kFieldTextPx);  // 1rem on the page
    const float scale = field_px / (ImGui::GetFontSize() / theme::kNotoLineRatio);
    const float field_line = field_px * theme::kFieldLineHeight;
    const float wrap = std::max(1.0f, (width - style.FramePadding.x * 2 - theme::em(1.0f)) / scale);
    // Measured again only when the text or the width changed (two pages of notes, every frame, add up).
    ImGuiStorage& m = ctx().measured;
    const int hash = static_cast<int>(std::hash<std::string>{}(value));
    float text_lines = m.GetFloat(key + 2, -1.0f);
    if (text_lines < 0 || m.GetInt(key, 0) != hash || m.GetFloat(key + 1, 0) != wrap) {
        text_lines = value.empty() ? 1.0f
                                   : std::ceil(ImGui::CalcTextSize(value.c_str(), nullptr, false, wrap).y / ImGui::GetTextLineHeight());
        m.SetInt(key, hash);
        m.SetFloat(key + 1, wrap);
        m.SetFloat(key + 2, text_lines);
    }
    // No upper limit: the page scrolls, never the box (a scrolling box inside a page scrolling over the
    // canvas made Chromium composite stale white bands over the drawing).
    const float shown = std::max(text_lines + 1.0f, lines);
    field_box(Role::TextArea, key, label, value, o, field_line * shown + style.FramePadding.y * 2 + 2.0f);
    below(o, key);
    ImGui::PopID();
    return changed;
}

bool checkbox(const char* id, const std::string& label, bool& value, const TextFieldOptions& opt) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##box");
    bool changed = false;
    if (take_activate(key) && !read_only()) {
        value = !value;
        changed = true;
    }
    // The label wraps beside the box: draw the box alone, then the text.
    bool shown = value;
    ImGui::BeginDisabled(read_only());
    ImGui::Checkbox("##box", &shown);
    ImGui::EndDisabled();
    auto& box = add_node(Role::CheckBox, label, item_rect(), key);
    if (value) box.flags |= kChecked;
    if (read_only()) box.flags |= kDisabled;
    if (opt.error) box.flags |= kInvalid;
    ImGui::SameLine();
    wrapped(label);
    add_node(Role::Label, label, item_rect()).label_for = key;
    below(opt, key);
    ImGui::PopID();
    return changed;
}

bool choice(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##choice");
    label_above(label, key);
    bool changed = false;
    if (auto chosen = take_choose(key); chosen && !read_only() && *chosen >= 0 &&
                                        *chosen < static_cast<int>(options.size()) && *chosen != selected) {
        selected = *chosen;
        changed = true;
    }
    ImGui::Dummy(ImVec2(resolved_width(), ImGui::GetFrameHeight()));
    auto& n = add_node(Role::Select, label, item_rect(), key);
    n.options = options;
    n.selected = selected;
    n.value = selected >= 0 && selected < static_cast<int>(options.size()) ? options[static_cast<std::size_t>(selected)] : "";
    if (read_only()) n.flags |= kDisabled;
    ImGui::PopID();
    return changed;
}

namespace {
// A button drawn on the canvas, pressed on the page. `shown` may carry ImGui's «###id» to keep the id.
// After same_line(): on this line if an item `width` wide still fits before the column's edge.
void place_beside(float width) {
    if (!std::exchange(ctx().beside, false)) return;
    const float after = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (after + width <= right) ImGui::SameLine();
}

// A button showing `label` whole: its text may come from a file or a user («Legg til Øst##r», «Fjern
// Kari ### Nordmann»), so nothing in it is read as ImGui's «##» (hide the rest) or «###» (the id is what
// follows). Its id is `id` when given (a label that changes, same button), else the whole label.
bool press(Role role, const std::string& label, bool disabled, const char* id = nullptr) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* begin = label.data();
    const char* end = begin + label.size();
    const ImVec2 text = ImGui::CalcTextSize(begin, end, /*hide_text_after_double_hash=*/false);
    const ImVec2 size(text.x + style.FramePadding.x * 2, text.y + style.FramePadding.y * 2);
    place_beside(size.x);
    if (id) ImGui::PushID(id);
    else ImGui::PushID(static_cast<int>(std::hash<std::string>{}(label)));  // hashed whole, «###» and all
    ImGui::BeginDisabled(disabled);
    ImGui::ButtonEx("##button", size);
    const ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::RenderTextClippedEx(ImGui::GetWindowDrawList(), ImVec2(r.Min.x + style.FramePadding.x, r.Min.y + style.FramePadding.y),
                               ImVec2(r.Max.x - style.FramePadding.x, r.Max.y - style.FramePadding.y), begin, end, &text,
                               style.ButtonTextAlign, &r);
    ImGui::EndDisabled();
    ImGui::PopID();
    const ImGuiID key = ImGui::GetItemID();
    auto& n = add_node(role, label, item_rect(), key);
    if (disabled) n.flags |= kDisabled;
    return take_activate(key) && !disabled;
}
}  // namespace

namespace {
bool primary_button(const std::string& label, bool disabled) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().on_accent);
    const bool pressed = press(Role::Button, label, disabled);
    ImGui::PopStyleColor();
    return pressed;
}
}  // namespace

bool button(const std::string& label) { return primary_button(label, false); }
bool edit_button(const std::string& label) { return primary_button(label, read_only()); }

bool small_button(const std::string& label) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_Tab]);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
    const bool pressed = press(Role::Button, label, read_only());
    ImGui::PopStyleColor(2);
    return pressed;
}

bool small_button(const char* id, const std::string& label) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_Tab]);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
    const bool pressed = press(Role::Button, label, read_only(), id);
    ImGui::PopStyleColor(2);
    return pressed;
}

bool link(const std::string& label, const std::string& href, bool current) {
    // The text with room above and below: a 44 px target for a finger, as every other control.
    const ImVec2 text = ImGui::CalcTextSize(label.c_str());
    const float height = std::max(text.y, theme::scaled(theme::kTargetCssPx));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy({text.x, height});
    const ImVec2 min{at.x, at.y + std::round((height - text.y) / 2)}, max{min.x + text.x, min.y + text.y};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(min, ImGui::GetColorU32(theme::colours().accent), label.c_str());
    draw->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(theme::colours().accent));
    const ImGuiID key = ImGui::GetID(href.c_str());
    auto& node = add_node(Role::Link, label, item_rect(), key);
    node.href = href;
    if (current) node.flags |= kSelected;  // aria-current="page"
    return take_activate(key);
}

void same_line() { ctx().beside = true; }

void success_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().success);
    paragraph(text);
    ImGui::PopStyleColor();
}

namespace {
// `langs`: each label's language (a language choice names each language in itself); `pressable`: buttons
// that stay pressed (aria-pressed) rather than tabs or links.
std::optional<std::size_t> tab_row(Role role, const std::vector<std::string>& labels, const std::vector<std::string>* hrefs,
                                   std::size_t current, const std::vector<std::string>* langs = nullptr,
                                   bool pressable = false) {
    std::optional<std::size_t> clicked;
    // The row wraps where the next button would not fit (a phone, 400 % zoom): every tab and link stays
    // on screen, none is cut at the edge (WCAG 1.4.10).
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float width = ImGui::CalcTextSize(labels[i].c_str(), nullptr, true).x + style.FramePadding.x * 2;
        if (i > 0) {
            const float after = ImGui::GetItemRectMax().x + style.ItemSpacing.x;
            if (after + width <= right) ImGui::SameLine();
        } else if (pressable) {
            // After same_line(): a choice stays together, beside the item before it only if all of it fits.
            float row = 0;
            for (const auto& l : labels) row += ImGui::CalcTextSize(l.c_str(), nullptr, true).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
            place_beside(row - style.ItemSpacing.x);
        } else {
            place_beside(width);  // after same_line(): the row may start beside the item before it
        }
        const bool selected = i == current;
        if (!selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::colours().on_accent : theme::colours().accent);
        ImGui::PushID(static_cast<int>(i));
        // Its place in the row is its identity: the element (and the keyboard focus on it) stays when its
        // label changes with the language or a count («Tiltak (1 åpent)» → «Tiltak (2 åpne)»).
        ImGui::Button((labels[i] + "###tab").c_str());
        const ImGuiID key = ImGui::GetItemID();
        auto& n = add_node(role, labels[i], item_rect(), key);
        if (hrefs) n.href = (*hrefs)[i];
        if (langs) n.lang = (*langs)[i];
        if (selected) n.flags |= kSelected;
        if (pressable) n.flags |= kPressable;
        if (take_activate(key) && !selected) clicked = i;
        ImGui::PopID();
        ImGui::PopStyleColor();
        if (!selected) ImGui::PopStyleColor();
    }
    return clicked;
}
}  // namespace

std::optional<std::size_t> nav_links(const std::string& name, const std::vector<std::string>& labels,
                                     const std::vector<std::string>& hrefs, std::size_t current) {
    ImGui::PushID("nav");
    open_container(Role::Navigation, name);
    auto clicked = tab_row(Role::Link, labels, &hrefs, current);
    close_container();
    ImGui::PopID();
    return clicked;
}

std::optional<std::size_t> pressed_choice(const char* id, const std::string& name, const std::vector<std::string>& labels,
                                          const std::vector<std::string>& langs, std::size_t current) {
    ImGui::PushID(id);
    open_container(Role::Group, name);
    auto clicked = tab_row(Role::Button, labels, nullptr, current, &langs, /*pressable=*/true);
    close_container();
    ImGui::PopID();
    return clicked;
}

std::optional<std::size_t> tabs(const std::string& name, const std::vector<std::string>& labels, std::size_t current) {
    ImGui::PushID(name.c_str());
    open_container(Role::TabList, name);
    auto clicked = tab_row(Role::Tab, labels, nullptr, current);
    close_container();
    ImGui::PopID();
    return clicked;
}

void progress_bar(const std::string& label, float fraction, const std::string& text) {
    wrapped(label);
    const Rect label_rect = item_rect();
    // Looks like progress, not like a field: a thin track with its own outline, filled from the left, and
    // the figure as text beside it (so the bar never carries text a field would).
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float line = ImGui::GetTextLineHeight();
    // Beside the bar when both fit (the bar at least 5 em), else under it. The figure's room is measured
    // with each number as two zeros, so bars side by side end at the same place («0 av 9», «0 av 15»).
    std::string room;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') {
            room += text[i];
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
        room.append(std::max<std::size_t>(j - i, 2), '0');
        i = j - 1;
    }
    const float beside = resolved_width() - ImGui::CalcTextSize(room.c_str()).x - gap;
    const bool same_line = beside >= theme::em(5);
    const float bar_width = same_line ? beside : resolved_width();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float thickness = std::round(theme::em(0.5f));
    const ImVec2 min{at.x, std::round(at.y + (line - thickness) / 2)}, max{at.x + bar_width, min.y + thickness};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, ImGui::GetColorU32(theme::colours().track), thickness / 2);
    if (fraction > 0)
        draw->AddRectFilled(min, {min.x + std::max(bar_width * fraction, thickness), max.y}, ImGui::GetColorU32(theme::colours().accent),
                            thickness / 2);
    draw->AddRect(min, max, ImGui::GetColorU32(theme::colours().border), thickness / 2);
    ImGui::Dummy({bar_width, line});
    if (same_line) ImGui::SameLine(0, gap);
    ImGui::TextUnformatted(text.c_str());
    const Rect figure = item_rect();
    const float right = std::max(figure.x + figure.w, at.x + bar_width);
    const Rect r{at.x, label_rect.y, right - at.x, figure.y + figure.h - label_rect.y};
    auto& n = add_node(Role::ProgressBar, label, r, ImGui::GetID(label.c_str()));
    n.value = text;
    n.progress = fraction;
}

void paired_bar_chart(const char* id, const std::string& name, const std::vector<PairedBar>& rows, int max_value,
                      const std::string& row_label, const std::string& start_label, const std::string& end_label) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImU32 start_colour = ImGui::GetColorU32(theme::colours().muted);
    const ImU32 end_colour = ImGui::GetColorU32(theme::colours().accent);
    // The chart is a table for assistive technology and print: the row's label, start, end.
    open_container(Role::Table, name);
    open_container(Role::Row);
    // The first column's header: what the rows are. The chart draws no text for it (each row says it), so it
    // sits where the legend starts, without width.
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    add_node(Role::ColumnHeader, row_label, Rect{corner.x, corner.y + page_scroll(), 0, line});
    // Legend: what the two bars are; also the table's column headers.
    auto legend = [&](ImU32 colour, const std::string& text) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        draw->AddRectFilled(ImVec2(p.x, p.y + line * 0.2f), ImVec2(p.x + line * 0.8f, p.y + line), colour);
        ImGui::Dummy(ImVec2(line, line));
        ImGui::SameLine();
        ImGui::TextUnformatted(text.c_str());
        text_node(Role::ColumnHeader, text);
    };
    legend(start_colour, start_label);
    ImGui::SameLine(0, line);
    legend(end_colour, end_label);
    close_container();
    const float bar_height = line * 0.7f;
    const float value_width = ImGui::CalcTextSize(std::to_string(max_value).c_str()).x + theme::em(0.5f);
    for (const auto& r : rows) {
        open_container(Role::Row);
        wrapped(r.label);
        text_node(Role::RowHeader, r.label);
        for (int k = 0; k < 2; ++k) {
            const int v = k == 0 ? r.start : r.end;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float full = width - value_width;
            draw->AddRectFilled(p, ImVec2(p.x + full, p.y + bar_height), ImGui::GetColorU32(theme::colours().highlight));
            if (v > 0)
                draw->AddRectFilled(p, ImVec2(p.x + full * static_cast<float>(v) / static_cast<float>(max_value), p.y + bar_height),
                                    k == 0 ? start_colour : end_colour);
            const std::string value = v > 0 ? std::to_string(v) : "–";
            draw->AddText(ImVec2(p.x + full + theme::em(theme::kGapEm), p.y + (bar_height - line) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                          value.c_str());
            ImGui::Dummy(ImVec2(width, bar_height + theme::em(0.125f)));
            text_node(Role::Cell, value);
        }
        close_container();
        ImGui::Spacing();
    }
    close_container();
    ImGui::PopID();
}

// Drawn as a group over a filled background: the content goes on an upper draw channel, the background
// on the lower one once its size is known. (A child window would clip the page's scrolling.)
void begin_notice(bool warning) {
    ctx().notices.push_back({warning, ImGui::GetCursorScreenPos().y});
    open_container(Role::Region);
    if (warning) ctx().nodes.back().flags |= kWarning;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float inset = theme::em(theme::kNoticeInsetEm);
    ImGui::Dummy(ImVec2(0, theme::em(theme::kGapEm)));
    ImGui::Indent(inset);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - inset);
}

void end_notice() {
    const Context::Notice n = ctx().notices.back();
    ctx().notices.pop_back();
    close_container();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Unindent(theme::em(theme::kNoticeInsetEm));
    ImGui::Dummy(ImVec2(0, theme::em(theme::kGapEm)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x, n.top);
    const ImVec2 max(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x, ImGui::GetItemRectMax().y);
    draw->ChannelsSetCurrent(0);
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, max, ImGui::GetColorU32(n.warning ? theme::colours().warning_fill : theme::colours().highlight), rounding);
    draw->AddRect(min, max, ImGui::GetColorU32(n.warning ? theme::colours().warning_border : theme::colours().accent), rounding);
    draw->ChannelsMerge();
    ImGui::Spacing();
}

void heading(const std::string& text, int level) {
    ImGui::PushFont(level <= 1 ? theme::fonts().heading : theme::fonts().subheading);
    wrapped(text);
    ImGui::PopFont();
    text_node(Role::Heading, text, 0, std::clamp(level, 1, 3));
}

void subheading(const std::string& text, int level) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
    ImGui::PushFont(theme::fonts().subheading);
    wrapped(text);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    text_node(Role::Heading, text, 0, std::clamp(level, 1, 3));
}

void paragraph(const std::string& text) {
    wrapped(text);
    text_node(Role::Paragraph, text);
}

void begin_language(const std::string& lang) { ctx().lang = lang; }
void end_language() { ctx().lang.clear(); }

void bullet_list(const std::vector<std::string>& items, int level, const std::vector<std::string>& langs) {
    const float indent = ImGui::GetStyle().IndentSpacing * static_cast<float>(level);
    if (indent > 0) ImGui::Indent(indent);
    open_container(Role::List);
    ctx().nodes.back().level = level;
    const std::string around = ctx().lang;
    for (std::size_t i = 0; i < items.size(); ++i) {
        wrapped("\u2022 " + items[i]);
        if (i < langs.size() && !langs[i].empty()) ctx().lang = langs[i];
        text_node(Role::ListItem, items[i]);
        ctx().lang = around;
    }
    close_container();
    if (indent > 0) ImGui::Unindent(indent);
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().muted);
    wrapped(text);
    ImGui::PopStyleColor();
    text_node(Role::Paragraph, text, kMuted);
}

void error_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().error);
    wrapped(text);
    ImGui::PopStyleColor();
    text_node(Role::Paragraph, text, kWarning);
}

void big_figure(const std::string& text) {
    ImGui::PushFont(theme::fonts().figure);
    ImGui::TextUnformatted(text.c_str());
    ctx().text_line = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    text_node(Role::Figure, text);
}

void separator() {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
}

namespace {
using Columns = Context::Columns;

void open_column(Columns& c) {
    if (!c.side_by_side) return;
    ImGui::SetCursorPos(ImVec2(c.start_x + static_cast<float>(c.index) * (c.width + ImGui::GetStyle().ItemSpacing.x),
                               c.top_y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + c.width);
}

void close_column(Columns& c) {
    if (!c.side_by_side) return;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    c.bottom_y = std::max(c.bottom_y, ImGui::GetCursorPosY());
}
}  // namespace

void begin_columns(const char* id, int count) {
    Columns c;
    c.count = count;
    const float avail = ImGui::GetContentRegionAvail().x;
    c.side_by_side = avail >= theme::em(theme::kNarrowEm) && count > 1;
    c.width = (avail - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(count - 1)) / static_cast<float>(count);
    c.start_x = ImGui::GetCursorPosX();
    c.top_y = c.bottom_y = ImGui::GetCursorPosY();
    ImGui::PushID(id);
    ctx().columns.push_back(c);
    open_column(ctx().columns.back());
}

void next_column() {
    Columns& c = ctx().columns.back();
    close_column(c);
    c.index = std::min(c.index + 1, c.count - 1);
    open_column(c);
}

void end_columns() {
    Columns& c = ctx().columns.back();
    close_column(c);
    if (c.side_by_side) {
        ImGui::SetCursorPos(ImVec2(c.start_x, c.bottom_y));
        ImGui::Dummy(ImVec2(0, 0));
    }
    ImGui::PopID();
    ctx().columns.pop_back();
}

float field_width() {
    if (g_ctx && !ctx().columns.empty() && ctx().columns.back().side_by_side) return ctx().columns.back().width;
    return -FLT_MIN;
}

bool narrow() { return ImGui::GetContentRegionAvail().x < theme::em(theme::kNarrowEm); }

bool begin_table(const char* id, const std::vector<std::string>& headers, const std::string& name,
                 const std::vector<float>& weights) {
    if (!ImGui::BeginTable(id, static_cast<int>(headers.size()),
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return false;
    open_container(Role::Table, name);
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (i < weights.size()) ImGui::TableSetupColumn(headers[i].c_str(), ImGuiTableColumnFlags_WidthStretch, weights[i]);
        else ImGui::TableSetupColumn(headers[i].c_str());
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    open_container(Role::Row);
    for (std::size_t i = 0; i < headers.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i));
        ImGui::TableHeader(headers[i].c_str());
        text_node(Role::ColumnHeader, headers[i]);
    }
    close_container();
    return true;
}

void table_row(const std::vector<std::string>& cells, bool highlighted) {
    ImGui::TableNextRow();
    open_container(Role::Row);
    if (highlighted) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(theme::colours().highlight));
        ctx().nodes.back().flags |= kSelected;
    }
    for (const auto& c : cells) {
        ImGui::TableNextColumn();
        if (highlighted) ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
        wrapped(c);  // within its column: a narrow screen gets taller rows, never text cut at the edge
        if (highlighted) ImGui::PopStyleColor();
        text_node(Role::Cell, c);
    }
    close_container();
}

void end_table() {
    close_container();
    ImGui::EndTable();
}

}  // namespace ln::web::ui
