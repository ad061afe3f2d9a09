#pragma once
// Checked reading of a JSON document: every missing field or wrong type becomes an Error with the path
// where it happened, never an exception, so bad files give precise messages (and the same code runs in
// WebAssembly, where exceptions are not caught).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "result.hpp"

namespace ln {

using Json = nlohmann::ordered_json;

// Enough for any document the app writes, small enough that a hostile 5 MB file cannot take more than a
// few tens of MB to parse.
inline constexpr std::size_t kMaxJsonDepth = 64;
inline constexpr std::size_t kMaxJsonValues = 200000;
inline constexpr std::size_t kMaxJsonKeys = 1000;  // in one object (a catalogue has some 400)

// Parses bytes as JSON; errors: json.empty, json.truncated (ends inside the text), json.invalid (with the
// byte offset), json.nul_byte (offset),
// json.too_deep, json.too_many_values, json.too_many_keys, json.duplicate_key (field).
Result<Json> parse_json(std::string_view bytes);

// json.wrong_type.<expected> (object, array, string, integer, boolean) at `path`: each says in words what
// belongs there.
Error wrong_type(std::string_view expected, std::string path = {});

class JsonReader {
public:
    // Reads fields of `object`, which sits at `path` in the document ("" for the top).
    JsonReader(const Json& object, std::string path) : obj_(object), path_(std::move(path)) {}

    bool failed() const { return !errors_.empty(); }
    const Error& error() const { return errors_.front(); }  // the first problem found
    const std::vector<Error>& errors() const { return errors_; }
    const Json& self() const { return obj_; }

    std::string string(const char* key);
    std::optional<std::string> optional_string(const char* key);  // absent or null → nullopt
    std::int64_t integer(const char* key);
    std::optional<std::int64_t> optional_integer(const char* key);
    const Json& array(const char* key);   // an empty array on failure
    const Json& object(const char* key);  // an empty object on failure

    std::string path_of(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
    static std::string index_path(const std::string& array_path, std::size_t i) {
        return array_path + "[" + std::to_string(i) + "]";
    }
    // Records a problem found by the caller.
    void fail(Error e) { errors_.push_back(std::move(e)); }

private:
    const Json* field(const char* key, bool required);
    void type_error(const char* key, const char* expected);

    const Json& obj_;
    std::string path_;
    std::vector<Error> errors_;
};

}  // namespace ln
