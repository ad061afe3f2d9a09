#include "catalog.hpp"

#include "json_reader.hpp"

namespace ln {

Result<Catalog> Catalog::parse(std::string_view json_text) {
    auto doc = parse_json(json_text);
    if (!doc) return doc.error();
    JsonReader r(*doc, "");
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

std::string Catalog::text(std::string_view key, const std::vector<std::pair<std::string, std::string>>& params) const {
    auto it = texts_.find(key);
    if (it == texts_.end()) return "[" + std::string(key) + "]";
    const std::string& tpl = it->second;
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl[i] == '{') {
            const std::size_t close = tpl.find('}', i);
            if (close != std::string::npos) {
                const std::string_view name = std::string_view(tpl).substr(i + 1, close - i - 1);
                bool found = false;
                for (const auto& [k, v] : params)
                    if (k == name) {
                        out += v;
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
