#include "json_reader.hpp"

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

Result<Json> parse_json(std::string_view bytes) {
    Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return make_error("json.invalid");
    return j;
}

const Json* JsonReader::field(const char* key, bool required) {
    if (!obj_.is_object()) {
        if (failed()) return nullptr;  // said once for the object, not for each of its fields
        fail(make_error("json.wrong_type", {{"expected", "object"}}, path_));
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
    fail(make_error("json.wrong_type", {{"expected", expected}}, path_of(key)));
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
