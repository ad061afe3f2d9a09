#pragma once
// Texts by key, in one language, from assets/i18n/<lang>.json. Core speaks in message keys with
// parameters (result.hpp); a Catalog turns them into the user's words: "Trinn {bracket}" + {bracket: 3}.
#include <map>
#include <string>
#include <string_view>

#include "result.hpp"

namespace ln {

class Catalog {
public:
    static Result<Catalog> parse(std::string_view json_text);

    const std::string& language() const { return language_; }
    bool has(std::string_view key) const { return texts_.find(std::string(key)) != texts_.end(); }
    // The text for key with {name} replaced by its parameter. An unknown key gives the key itself in
    // brackets, so a missing translation shows up in tests instead of as an empty label.
    std::string text(std::string_view key, const std::vector<std::pair<std::string, std::string>>& params = {}) const;
    std::string text(const Message& m) const { return text(m.key, m.params); }
    // The message, prefixed with where it happened when there is a path.
    std::string describe(const Error& e) const;

private:
    std::string language_;
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace ln
