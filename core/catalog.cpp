#include "catalog.hpp"

#include <optional>

#include "json_reader.hpp"

namespace ln {

Result<Catalog> Catalog::parse(std::string_view json_text) {
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    return from_json(*doc);
}

Result<Catalog> Catalog::from_json(const Json& doc) {
    JsonReader r(doc, "");
    Catalog c;
    c.language_ = r.string("language");
    const Json& texts = r.object("texts");
    if (r.failed()) return r.error();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it->is_string()) return wrong_type("string", "texts." + it.key());
        c.texts_.emplace(it.key(), it->get<std::string>());
    }
    return c;
}

std::string_view supported_language(std::string_view asked) {
    for (std::string_view l : kLanguages)
        if (asked == l) return l;
    return kLanguages[0];
}

PluralForm plural_form(std::string_view, std::int64_t n) { return n == 1 ? PluralForm::One : PluralForm::Other; }

namespace {

// A count as a parameter: "1", "12 000" (grouped with no-break spaces), "−3". Anything else has no count.
std::optional<std::int64_t> count_of(std::string_view value) {
    std::int64_t n = 0;
    bool digits = false, negative = false;
    for (std::size_t i = 0; i < value.size();) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (c >= '0' && c <= '9') {
            if (n > 100'000'000'000'000) return std::nullopt;
            n = n * 10 + (c - '0');
            digits = true;
            ++i;
        } else if (value.substr(i, 2) == "\u00a0" || value.substr(i, 3) == "\u202f") {
            i += value[i] == '\xc2' ? 2 : 3;
        } else if (i == 0 && (c == '-' || value.substr(0, 3) == "\u2212")) {
            negative = true;
            i += c == '-' ? 1 : 3;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    return negative ? -n : n;
}

}  // namespace

std::string Catalog::text(std::string_view key, const std::vector<std::pair<std::string, std::string>>& params) const {
    std::vector<Param> views(params.begin(), params.end());
    return text(key, views.data(), views.size());
}

std::string Catalog::text(std::string_view key, const Param* params, std::size_t count) const {
    auto it = texts_.find(key);
    if (it == texts_.end()) return "[" + std::string(key) + "]";
    const std::string& tpl = it->second;
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl[i] == '{') {
            const std::size_t close = tpl.find('}', i);
            if (close != std::string::npos) {
                std::string_view name = std::string_view(tpl).substr(i + 1, close - i - 1);
                // {name|one|other}: the form for the count in name.
                std::string_view one, other;
                const std::size_t bar = name.find('|');
                const bool forms = bar != std::string_view::npos && name.find('|', bar + 1) != std::string_view::npos;
                if (forms) {
                    const std::size_t bar2 = name.find('|', bar + 1);
                    one = name.substr(bar + 1, bar2 - bar - 1);
                    other = name.substr(bar2 + 1);
                    name = name.substr(0, bar);
                }
                bool found = false;
                for (std::size_t p = 0; p < count; ++p)
                    if (const auto& [k, v] = params[p]; k == name) {
                        if (forms) {
                            const auto n = count_of(v);
                            // The form, with # as the count itself: {away|én innbygger til|# flere}.
                            for (char ch : n && plural_form(language_, *n) == PluralForm::One ? one : other) {
                                if (ch == '#') out += v;
                                else out += ch;
                            }
                        } else {
                            out += v;
                        }
                        found = true;
                        break;
                    }
                if (found) {
                    i = close;
                    continue;
                }
            }
        }
        out += tpl[i];
    }
    return out;
}

std::string Catalog::describe(const Error& e) const {
    std::string msg = text(e.message);
    if (e.path.empty()) return msg;
    return text("error.at", {{"path", e.path}, {"message", msg}});
}

}  // namespace ln
