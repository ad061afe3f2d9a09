#include "startup.hpp"

#include "catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

namespace ln::web {

namespace {
// "2", "1.25": a number above 0, or nothing.
std::optional<float> positive(std::string_view value) {
    const std::string text(value);
    char* end = nullptr;
    const double r = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !(r > 0)) return std::nullopt;
    return static_cast<float>(r);
}
// What the address asked for, fit to be shown: no control characters, at most `max` bytes (whole characters).
std::string shown_text(std::string_view value, std::size_t max) {
    std::string out;
    for (char ch : value)
        if (const auto c = static_cast<unsigned char>(ch); c >= 0x20 && c != 0x7f) out += ch;
    if (out.size() <= max) return out;
    std::size_t cut = max;  // out[cut] is the first byte left out: back to the start of its character
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    return out;
}
}  // namespace

StartupDesc parse_startup(const std::vector<std::string_view>& args) {
    StartupDesc d;
    for (std::string_view a : args) {
        const auto eq = a.find('=');
        if (a.substr(0, 2) != "--" || eq == std::string_view::npos) continue;
        const std::string_view name = a.substr(2, eq - 2), value = a.substr(eq + 1);
        if (name == "lang") {
            d.language = std::string(supported_language(value));
        } else if (name == "pixel-ratio") {
            if (auto r = positive(value)) d.pixel_ratio = std::clamp(*r, 0.5f, 8.0f);
        } else if (name == "route") {
            d.route = value;
        } else if (name == "text-scale") {
            if (auto r = positive(value)) d.text_scale = std::clamp(*r, 0.5f, 3.0f);
        } else if (name == "theme") {
            d.dark = value == "dark";
        } else if (name == "program") {
            d.program = shown_text(value, 64);
        } else if (name == "view-state") {
            d.view_state = value;
        }
    }
    return d;
}

}  // namespace ln::web
