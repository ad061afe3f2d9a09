#pragma once
// The words for a removed item and its «Angre», shared by the views that remove items from lists.
#include <string>
#include <string_view>

#include "catalog.hpp"
#include "identifiers.hpp"

namespace ln::web {

// What was removed and how to get it back, named by what it held (a number alone would point at the item
// that now has it): «Tiltak 1, «Kartlegge arealer», er fjernet.», «Angre: sett inn «Kartlegge arealer» igjen».
inline std::string short_name(std::string_view text) {
    std::string s(text.substr(0, text.find('\n')));
    if (utf8_length(s) <= 40) return s;
    std::size_t cut = 0;
    for (std::size_t chars = 0; cut < s.size() && chars < 40; ++chars) {
        ++cut;
        while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
    }
    return s.substr(0, cut) + "\u2026";
}
inline std::string removed_text(const Catalog& cat, const std::string& kind, const std::string& n, std::string_view held) {
    if (held.find_first_not_of(" \t\n") == std::string_view::npos) return cat.text(kind + ".removed", {{"n", n}});
    return cat.text(kind + ".removed_named", {{"n", n}, {"what", short_name(held)}});
}
inline std::string undo_text(const Catalog& cat, const std::string& kind, const std::string& n, std::string_view held) {
    if (held.find_first_not_of(" \t\n") == std::string_view::npos) return cat.text(kind + ".undo", {{"n", n}});
    return cat.text(kind + ".undo_named", {{"n", n}, {"what", short_name(held)}});
}

}  // namespace ln::web
