#include "json_reader.hpp"

#include <algorithm>
#include <array>

#include "numbers.hpp"

namespace ln {

namespace {
const Json& empty_array() {
    static const Json a = Json::array();
    return a;
}
const Json& empty_object() {
    static const Json o = Json::object();
    return o;
}
}  // namespace

namespace {

// Builds the document as nlohmann's own parser does, but stops at kMaxJsonDepth levels and kMaxJsonValues
// values, and kMaxJsonKeys keys in one object: a 5 MB file of «[[[[…» would otherwise take some 200 MB,
// and one of 200 000 keys in one object 12 s. Also remembers where the text stops
// being JSON, so the message can say where.
class BoundedBuilder : public nlohmann::detail::json_sax_dom_parser<Json> {
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;

public:
    explicit BoundedBuilder(Json& root) : Base(root, /*allow_exceptions=*/false) {}

    std::optional<Error> limit;  // the limit that stopped the parse
    std::size_t error_at = 0;

    bool null() { return counted() && Base::null(); }
    bool boolean(bool v) { return counted() && Base::boolean(v); }
    bool number_integer(number_integer_t v) { return counted() && Base::number_integer(v); }
    bool number_unsigned(number_unsigned_t v) { return counted() && Base::number_unsigned(v); }
    bool number_float(number_float_t v, const string_t& s) { return counted() && Base::number_float(v, s); }
    bool string(string_t& v) { return counted() && Base::string(v); }
    bool binary(binary_t& v) { return counted() && Base::binary(v); }
    bool key(string_t& v) {
        // Keys are looked up one by one in an ordered object: many keys in one object cost their square.
        if (++keys_[depth_ - 1] > kMaxJsonKeys) {
            limit = make_error("json.too_many_keys", {{"max", format_number(static_cast<std::int64_t>(kMaxJsonKeys))}});
            return false;
        }
        // A field written twice («fee_shown»: 1, then 55000) is refused: which one a reader takes is not said
        // anywhere, so a file could show KS one value and the app another.
        auto& seen = seen_[depth_ - 1];
        if (std::find(seen.begin(), seen.end(), v) != seen.end()) {
            limit = make_error("json.duplicate_key", {{"field", v}});
            return false;
        }
        seen.push_back(v);
        return counted() && Base::key(v);
    }
    bool start_object(std::size_t n) {
        if (!deeper()) return false;
        keys_[depth_ - 1] = 0;
        seen_[depth_ - 1].clear();
        return Base::start_object(n);
    }
    bool end_object() { --depth_; return Base::end_object(); }
    bool start_array(std::size_t n) { return deeper() && Base::start_array(n); }
    bool end_array() { --depth_; return Base::end_array(); }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception&) {
        error_at = position;
        return false;
    }

private:
    bool counted() {
        if (++values_ <= kMaxJsonValues) return true;
        limit = make_error("json.too_many_values", {{"max", format_number(static_cast<std::int64_t>(kMaxJsonValues))}});
        return false;
    }
    bool deeper() {
        if (++depth_ <= kMaxJsonDepth) return counted();
        limit = make_error("json.too_deep", {{"max", format_number(static_cast<std::int64_t>(kMaxJsonDepth))}});
        return false;
    }
    std::size_t depth_ = 0, values_ = 0;
    std::array<std::size_t, kMaxJsonDepth> keys_{};  // per open object, by depth
    std::array<std::vector<std::string>, kMaxJsonDepth> seen_;  // its keys so far
};

}  // namespace

Result<Json> parse_json(std::string_view bytes) {
    // nlohmann's reader takes a NUL byte for the end of the text, so «{…}\0anything» would pass. No JSON
    // text holds a raw NUL (inside strings it is written \u0000).
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        return make_error("json.nul_byte", {{"offset", std::to_string(nul)}});
    Json j;
    BoundedBuilder builder(j);
    if (Json::sax_parse(bytes.begin(), bytes.end(), &builder)) return j;
    if (builder.limit) return *builder.limit;
    // The reader counts the character it stopped at; the message counts bytes from 0, as for UTF-8.
    const std::size_t at = builder.error_at > 0 ? builder.error_at - 1 : 0;
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return make_error("json.empty");
    if (at >= bytes.size()) return make_error("json.truncated");  // a file cut short, as by a full disk
    return make_error("json.invalid", {{"offset", std::to_string(at)}});
}

Error wrong_type(std::string_view expected, std::string path) {
    return make_error("json.wrong_type." + std::string(expected), {}, std::move(path));
}

const Json* JsonReader::field(const char* key, bool required) {
    if (!obj_.is_object()) {
        if (failed()) return nullptr;  // said once for the object, not for each of its fields
        fail(wrong_type("object", path_));
        return nullptr;
    }
    auto it = obj_.find(key);
    if (it == obj_.end() || it->is_null()) {
        if (required) fail(make_error("json.missing", {{"field", key}}, path_of(key)));
        return nullptr;
    }
    return &*it;
}

void JsonReader::type_error(const char* key, const char* expected) {
    fail(wrong_type(expected, path_of(key)));
}

std::string JsonReader::string(const char* key) {
    auto v = optional_string(key);
    if (!v && !failed()) fail(make_error("json.missing", {{"field", key}}, path_of(key)));
    return v.value_or("");
}

std::optional<std::string> JsonReader::optional_string(const char* key) {
    const Json* v = field(key, false);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        type_error(key, "string");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::int64_t JsonReader::integer(const char* key) {
    auto v = optional_integer(key);
    if (!v && !failed()) fail(make_error("json.missing", {{"field", key}}, path_of(key)));
    return v.value_or(0);
}

std::optional<std::int64_t> JsonReader::optional_integer(const char* key) {
    const Json* v = field(key, false);
    if (!v) return std::nullopt;
    if (!v->is_number_integer()) {
        type_error(key, "integer");
        return std::nullopt;
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        fail(make_error("json.out_of_range", {}, path_of(key)));
        return std::nullopt;
    }
    return v->get<std::int64_t>();
}

const Json& JsonReader::array(const char* key) {
    const Json* v = field(key, true);
    if (!v) return empty_array();
    if (!v->is_array()) {
        type_error(key, "array");
        return empty_array();
    }
    return *v;
}

const Json& JsonReader::object(const char* key) {
    const Json* v = field(key, true);
    if (!v) return empty_object();
    if (!v->is_object()) {
        type_error(key, "object");
        return empty_object();
    }
    return *v;
}

}  // namespace ln
