#include "widgets.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "theme.hpp"

namespace ln::web::ui {

float field_width();  // the width of a field where the cursor is: a column's, or the whole line's

namespace {

Context* g_ctx = nullptr;  // the current app's, set by begin_frame
Context& ctx() {
    IM_ASSERT(g_ctx && "ui::begin_frame was not called");
    return *g_ctx;
}
bool read_only() { return !ctx().read_only.empty() && ctx().read_only.back(); }

// A view's first control takes the keyboard focus when the view opens (ui::focus_next_field).
void take_focus_request() {
    if (!ctx().focus_next) return;
    ImGui::SetKeyboardFocusHere();
    ctx().focus_next = false;
}

void label_above(const std::string& label) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
}

void record_field(const std::string& label, const std::string& value) {
    FieldInfo f;
    f.label = label;
    f.value = value;
    f.id = ImGui::GetItemID();
    f.min = ImGui::GetItemRectMin();
    f.max = ImGui::GetItemRectMax();
    f.focused = ImGui::IsItemActive() || ImGui::IsItemFocused();
    ctx().fields.push_back(std::move(f));
}


bool input(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt,
           ImGuiInputTextFlags flags = 0) {
    label_above(label);
    take_focus_request();
    ImGui::SetNextItemWidth(field_width());
    ImGui::PushID(id);
    if (opt.error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kError);
    const bool changed = ImGui::InputTextWithHint("##field", opt.hint.c_str(), &value,
                                                  flags | (read_only() ? ImGuiInputTextFlags_ReadOnly : 0));
    if (opt.error) ImGui::PopStyleColor();
    record_field(label, value);
    ImGui::PopID();
    return changed;
}

void below(const TextFieldOptions& opt) {
    if (opt.error) error_text(*opt.error);
    if (opt.note) muted(*opt.note);
}

}  // namespace

void begin_frame(Context& context) {
    g_ctx = &context;
    Context& c = ctx();
    c.fields.clear();
    c.read_only.clear();
    if (c.settle_frames > 0) --c.settle_frames;
    // A request no control took (a view without controls) must not linger into another view.
    if (c.focus_next && c.settle_frames == 0) c.focus_next = false;
}
bool settling() { return ctx().settle_frames > 0 || ctx().focus_next; }
const std::vector<FieldInfo>& fields() { return ctx().fields; }

const FieldInfo* focused_field() {
    for (const auto& f : ctx().fields)
        if (f.focused) return &f;
    return nullptr;
}

const FieldInfo* find_field(std::string_view label) {
    for (const auto& f : ctx().fields)
        if (f.label == label) return &f;
    return nullptr;
}

void configure(ImGuiIO& io) {
    // Tab, arrows, Space and Enter reach every control, as in a web form (without this, Tab stops only at
    // text fields and buttons cannot be pressed from the keyboard).
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would cost frames forever while idle
    io.IniFilename = nullptr;               // nothing is written behind the user's back
    io.LogFilename = nullptr;
}

void begin_read_only(bool on) { ctx().read_only.push_back(on || read_only()); }
void end_read_only() {
    if (!ctx().read_only.empty()) ctx().read_only.pop_back();
}

void focus_next_field() {
    ctx().focus_next = true;
    ctx().settle_frames = 3;
}

bool text_field(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt) {
    const bool changed = input(id, label, value, opt);
    below(opt);
    return changed;
}

std::optional<std::size_t> search_field(const char* id, const std::string& label, std::string& query,
                                        const std::vector<std::string>& choices, const TextFieldOptions& opt) {
    const ImGuiID key = ImGui::GetID(id);
    ImGuiStorage& remembered = ctx().search;
    int highlighted = remembered.GetInt(key, 0);
    bool open = remembered.GetBool(key + 1, false);

    const bool changed = input(id, label, query, opt);
    const bool active = ImGui::IsItemActive();
    // While suggestions show, Up/Down move through them instead of moving keyboard focus.
    if (active && open && !choices.empty())
        GImGui->ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
    if (changed) {
        open = true;
        highlighted = 0;
    }
    std::optional<std::size_t> picked;
    const int count = static_cast<int>(choices.size());
    if (active && open && count > 0) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) highlighted = (highlighted + 1) % count;
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) highlighted = (highlighted + count - 1) % count;
    }
    // Enter ends a single-line input, so the field is no longer active in the frame it is pressed.
    const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter);
    if ((active || ImGui::IsItemDeactivated()) && enter && open && count > 0) {
        picked = static_cast<std::size_t>(std::min(highlighted, count - 1));
        // The keyboard user stays on this field: the next Tab moves on from here, instead of
        // re-entering the field (ImGui's behaviour when no focus highlight is shown).
        GImGui->NavDisableHighlight = false;
    }
    if (active && ImGui::IsKeyPressed(ImGuiKey_Escape)) open = false;
    if (!active && !ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        open = false;  // focus left the field (Tab, a click elsewhere)

    if (open && count > 0 && !picked) {
        // Listed under the field rather than in a popup, so it never steals keyboard focus from the input.
        const int shown = std::min(count, 6);
        const float gap = theme::em(theme::kGapEm);
        const float pad = theme::em(theme::kGapEm);
        const float row = ImGui::GetTextLineHeight() + gap;
        ImGui::PushID(id);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
        ImGui::BeginChild("##choices", ImVec2(field_width(), row * static_cast<float>(shown) - gap + 2 * pad), ImGuiChildFlags_Border);
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
            // Picked on mouse down: the input loses focus on that click, and the list would close first.
            if (ImGui::Selectable(choices[static_cast<std::size_t>(i)].c_str(), i == highlighted) ||
                ImGui::IsItemClicked(ImGuiMouseButton_Left))
                picked = static_cast<std::size_t>(i);
            if (i == highlighted && (ImGui::IsKeyPressed(ImGuiKey_DownArrow) || ImGui::IsKeyPressed(ImGuiKey_UpArrow)))
                ImGui::SetScrollHereY();
            ImGui::PopItemFlag();
            ImGui::PopID();
        }
        ImGui::EndChild();
        ImGui::PopStyleVar(2);
        ImGui::PopID();
    }
    if (picked) {
        open = false;
        highlighted = 0;
    }
    remembered.SetInt(key, highlighted);
    remembered.SetBool(key + 1, open);
    below(opt);
    return picked;
}

bool text_area(const char* id, const std::string& label, std::string& value, const TextFieldOptions& opt, float lines) {
    label_above(label);
    take_focus_request();
    ImGui::PushID(id);
    if (opt.error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kError);
    const float width = field_width() < 0 ? ImGui::GetContentRegionAvail().x : field_width();
    const bool changed = ImGui::InputTextMultiline("##field", &value,
                                                   ImVec2(width, ImGui::GetTextLineHeight() * lines +
                                                                     ImGui::GetStyle().FramePadding.y * 2),
                                                   read_only() ? ImGuiInputTextFlags_ReadOnly : 0);
    if (opt.error) ImGui::PopStyleColor();
    record_field(label, value);
    ImGui::PopID();
    below(opt);
    return changed;
}

bool checkbox(const char* id, const std::string& label, bool& value, const TextFieldOptions& opt) {
    take_focus_request();
    ImGui::PushID(id);
    // The label wraps beside the box: draw the box alone, then the text.
    ImGui::BeginDisabled(read_only());
    const bool changed = ImGui::Checkbox("##box", &value);
    ImGui::EndDisabled();
    record_field(label, value ? "true" : "false");
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked() && !read_only()) {
        value = !value;
        ImGui::PopID();
        below(opt);
        return true;
    }
    ImGui::PopID();
    below(opt);
    return changed;
}

bool choice(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options) {
    label_above(label);
    take_focus_request();
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(field_width());
    bool changed = false;
    const char* preview = selected >= 0 && selected < static_cast<int>(options.size())
                              ? options[static_cast<std::size_t>(selected)].c_str()
                              : "";
    ImGui::BeginDisabled(read_only());
    const bool open = ImGui::BeginCombo("##choice", preview);
    ImGui::EndDisabled();
    record_field(label, preview);  // right after the combo itself, while it is the last item
    const std::size_t me = ctx().fields.size() - 1;
    if (open) {
        for (int i = 0; i < static_cast<int>(options.size()); ++i) {
            if (ImGui::Selectable(options[static_cast<std::size_t>(i)].c_str(), i == selected)) {
                selected = i;
                changed = true;
            }
            if (i == selected) ImGui::SetItemDefaultFocus();
            // Each option is a field of its own while the list is open, so focus on it is announced.
            record_field(options[static_cast<std::size_t>(i)], label);
        }
        ImGui::EndCombo();
    }
    if (changed) ctx().fields[me].value = options[static_cast<std::size_t>(selected)];
    ImGui::PopID();
    return changed;
}

bool small_button(const std::string& label) {
    take_focus_request();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_Tab]);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::BeginDisabled(read_only());
    const bool pressed = ImGui::Button(label.c_str());
    ImGui::EndDisabled();
    ImGui::PopStyleColor(2);
    record_field(label, "");
    return pressed;
}

void same_line() { ImGui::SameLine(); }

void success_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kSuccess);
    paragraph(text);
    ImGui::PopStyleColor();
}

bool button(const std::string& label) {
    take_focus_request();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnAccent);
    const bool pressed = ImGui::Button(label.c_str());
    ImGui::PopStyleColor();
    record_field(label, "");
    return pressed;
}

std::optional<std::size_t> tabs(const std::vector<std::string>& labels, std::size_t current) {
    std::optional<std::size_t> clicked;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const bool selected = i == current;
        if (!selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::kOnAccent : theme::kAccent);
        if (ImGui::Button(labels[i].c_str()) && !selected) clicked = i;
        record_field(labels[i], selected ? "true" : "false");
        ImGui::PopStyleColor();
        if (!selected) ImGui::PopStyleColor();
    }
    return clicked;
}

void progress_bar(const std::string& label, float fraction, const std::string& text) {
    label_above(label);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::kAccent);
    ImGui::ProgressBar(fraction, ImVec2(field_width() < 0 ? ImGui::GetContentRegionAvail().x : field_width(), 0),
                       text.c_str());
    ImGui::PopStyleColor();
}

void paired_bar_chart(const char* id, const std::vector<PairedBar>& rows, int max_value, const std::string& start_label,
                      const std::string& end_label) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImU32 start_colour = ImGui::GetColorU32(theme::kMuted);
    const ImU32 end_colour = ImGui::GetColorU32(theme::kAccent);
    // Legend: what the two bars are.
    auto legend = [&](ImU32 colour, const std::string& text) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        draw->AddRectFilled(ImVec2(p.x, p.y + line * 0.2f), ImVec2(p.x + line * 0.8f, p.y + line), colour);
        ImGui::Dummy(ImVec2(line, line));
        ImGui::SameLine();
        ImGui::TextUnformatted(text.c_str());
    };
    legend(start_colour, start_label);
    ImGui::SameLine(0, line);
    legend(end_colour, end_label);
    const float bar_height = line * 0.7f;
    const float value_width = ImGui::CalcTextSize(std::to_string(max_value).c_str()).x + theme::em(0.5f);
    for (const auto& r : rows) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(r.label.c_str());
        ImGui::PopTextWrapPos();
        for (int k = 0; k < 2; ++k) {
            const int v = k == 0 ? r.start : r.end;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float full = width - value_width;
            draw->AddRectFilled(p, ImVec2(p.x + full, p.y + bar_height), ImGui::GetColorU32(theme::kHighlight));
            if (v > 0)
                draw->AddRectFilled(p, ImVec2(p.x + full * static_cast<float>(v) / static_cast<float>(max_value), p.y + bar_height),
                                    k == 0 ? start_colour : end_colour);
            const std::string value = v > 0 ? std::to_string(v) : "–";
            draw->AddText(ImVec2(p.x + full + theme::em(theme::kGapEm), p.y + (bar_height - line) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                          value.c_str());
            ImGui::Dummy(ImVec2(width, bar_height + theme::em(0.125f)));
        }
        ImGui::Spacing();
    }
    ImGui::PopID();
}

// Drawn as a group over a filled background: the content goes on an upper draw channel, the background
// on the lower one once its size is known. (A child window would keep its buttons out of Tab's reach.)
void begin_notice(bool warning) {
    ctx().notices.push_back({warning, ImGui::GetCursorScreenPos().y});
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
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Unindent(theme::em(theme::kNoticeInsetEm));
    ImGui::Dummy(ImVec2(0, theme::em(theme::kGapEm)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x, n.top);
    const ImVec2 max(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x, ImGui::GetItemRectMax().y);
    draw->ChannelsSetCurrent(0);
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, max, ImGui::GetColorU32(n.warning ? theme::kWarningFill : theme::kHighlight), rounding);
    draw->AddRect(min, max, ImGui::GetColorU32(n.warning ? theme::kWarningBorder : theme::kAccent), rounding);
    draw->ChannelsMerge();
    ImGui::Spacing();
}

void heading(const std::string& text) {
    ImGui::PushFont(theme::fonts().heading);
    paragraph(text);
    ImGui::PopFont();
}

void subheading(const std::string& text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::PushFont(theme::fonts().subheading);
    paragraph(text);
    ImGui::PopFont();
    ImGui::PopStyleColor();
}

void paragraph(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void bullet_list(const std::vector<std::string>& items, int level) {
    const float indent = ImGui::GetStyle().IndentSpacing * static_cast<float>(level);
    if (indent > 0) ImGui::Indent(indent);
    for (const auto& item : items) paragraph("\u2022 " + item);
    if (indent > 0) ImGui::Unindent(indent);
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    paragraph(text);
    ImGui::PopStyleColor();
}

void error_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    paragraph(text);
    ImGui::PopStyleColor();
}

void big_figure(const std::string& text) {
    ImGui::PushFont(theme::fonts().figure);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
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

bool begin_table(const char* id, const std::vector<std::string>& headers) {
    if (!ImGui::BeginTable(id, static_cast<int>(headers.size()),
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return false;
    for (const auto& h : headers) ImGui::TableSetupColumn(h.c_str());
    ImGui::TableHeadersRow();
    return true;
}

void table_row(const std::vector<std::string>& cells, bool highlighted) {
    ImGui::TableNextRow();
    if (highlighted)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(theme::kHighlight));
    for (const auto& c : cells) {
        ImGui::TableNextColumn();
        if (highlighted) ImGui::PushFont(theme::fonts().body), ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        ImGui::TextUnformatted(c.c_str());
        if (highlighted) ImGui::PopStyleColor(), ImGui::PopFont();
    }
}

void end_table() { ImGui::EndTable(); }

}  // namespace ln::web::ui
