#pragma once
// Texts by key, in one language, from assets/i18n/<lang>.json. Core speaks in message keys with
// parameters (result.hpp); a Catalog turns them into the user's words: "Trinn {bracket}" + {bracket: 3}.
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "json_reader.hpp"
#include "result.hpp"

namespace ln {

// Which form a count takes. Bokmål, nynorsk and English share one rule: exactly 1 is «one» (1 åpent
// tiltak, 1 open action), everything else — 0, 2, 1 000 — is «other» (0 åpne tiltak, 2 open actions).
enum class PluralForm { One, Other };
PluralForm plural_form(std::string_view language, std::int64_t n);

// The interface languages, in the order the language choice offers them: bokmål, nynorsk, English.
inline constexpr std::string_view kLanguages[] = {"nb", "nn", "en"};
// One of kLanguages for a language tag someone asked for ("nn", "en"), else "nb" (the original's).
std::string_view supported_language(std::string_view asked);

class Catalog {
public:
    static Result<Catalog> parse(std::string_view json_text);
    static Result<Catalog> from_json(const Json& doc);

    const std::string& language() const { return language_; }
    bool has(std::string_view key) const { return texts_.find(std::string(key)) != texts_.end(); }
    // The text for key with {name} replaced by its parameter, and {name|one|other} by the form its count
    // takes (plural_form), with # standing for the count: "{open|# åpent|# åpne} tiltak". The forms carry
    // gender and case too, so each language writes what agrees with its own noun. An unknown key gives the key itself in brackets, so
    // a missing translation shows up in tests instead of as an empty label.
    // Parameters as views: a call's names are literals and its values live until the call returns, so
    // nothing is copied to name them (every view calls this; owned strings there were code in every frame).
    using Param = std::pair<std::string_view, std::string_view>;
    std::string text(std::string_view key, std::initializer_list<Param> params = {}) const {
        return text(key, params.begin(), params.size());
    }
    std::string text(std::string_view key, const std::vector<std::pair<std::string, std::string>>& params) const;
    std::string text(const Message& m) const { return text(m.key, m.params); }
    // The message, prefixed with where it happened when there is a path.
    std::string describe(const Error& e) const;
    const std::map<std::string, std::string, std::less<>>& texts() const { return texts_; }

private:
    std::string text(std::string_view key, const Param* params, std::size_t count) const;

    std::string language_;
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace ln
