#pragma once
#include <imgui.h>

namespace ln::web {
// Maps a DOM KeyboardEvent.code ("ArrowLeft", "KeyA", "Tab") to ImGui's key; ImGuiKey_None if unused.
ImGuiKey key_from_dom_code(const char* code);
}
