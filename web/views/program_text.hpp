#pragma once
// A text of the program as the views draw it: in the user's language where the program file has a
// translation, else in KS's own (bokmål), marked with that language so it is read with the right voice.
#include <string>
#include <string_view>
#include <vector>

#include "program.hpp"
#include "widgets.hpp"

namespace ln::web {

inline void program_paragraph(const Program& p, std::string_view path, const std::string& text, bool muted = false) {
    ui::begin_language(p.language_of(path));
    if (muted) ui::muted(text);
    else ui::paragraph(text);
    ui::end_language();
}

inline void program_subheading(const Program& p, std::string_view path, const std::string& text, int level) {
    ui::begin_language(p.language_of(path));
    ui::subheading(text, level);
    ui::end_language();
}

// The languages of a list's items: "outcomes" → outcomes[0], outcomes[1], …
inline std::vector<std::string> program_languages(const Program& p, const std::string& list, std::size_t count) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(p.language_of(list + "[" + std::to_string(i) + "]"));
    return out;
}

}  // namespace ln::web
