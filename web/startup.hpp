#pragma once
// Everything the app needs to know before its first frame, described in one place (the page passes it as
// arguments to main(); the storage role is known once the page has opened the storage).
#include <string>
#include <string_view>
#include <vector>

#include "storage_access.hpp"

namespace ln::web {

struct StartupDesc {
    std::string language = "nb";   // "nb" or "en"
    float pixel_ratio = 1.0f;      // the screen's devicePixelRatio, kept within 0.5–8
    std::string route;             // location.hash; empty or unknown: the fee view
    bool dark = false;             // the dark look: the user's choice, else prefers-color-scheme
    float text_scale = 1.0f;       // the browser's default font size / 16 px, kept within 0.5–3
    StorageAccess storage = StorageAccess::Unavailable;
    std::string program;           // ?program=<id> in the address (control characters dropped, at most 64 bytes)
    std::string view_state;        // what the fee view held when the page last changed module (App::view_state)
};

// Reads "--lang=en", "--pixel-ratio=2", "--route=#/case", "--theme=dark", "--text-scale=1.25", "--program=<id>", "--view-state={…}" (any order; unknown or malformed ones keep the
// default, so an old page never stops the app from starting).
StartupDesc parse_startup(const std::vector<std::string_view>& args);

}  // namespace ln::web
