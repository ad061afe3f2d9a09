#include "platform/keys.hpp"

#include <cstring>

namespace ln::web {

ImGuiKey key_from_dom_code(const char* code) {
    struct Entry {
        const char* code;
        ImGuiKey key;
    };
    static const Entry table[] = {
        {"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},       {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space},       {"Enter", ImGuiKey_Enter},         {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape},     {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper},  {"MetaRight", ImGuiKey_RightSuper},
    };
    if (!code) return ImGuiKey_None;
    for (const auto& e : table)
        if (std::strcmp(code, e.code) == 0) return e.key;
    // Letters for shortcuts (Ctrl+A, Ctrl+Z …); typed characters arrive as text, not as keys.
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0')
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    return ImGuiKey_None;
}

}  // namespace ln::web
