#pragma once
// A value or a reason why not. Core reports problems as message keys with parameters, never as text,
// so the web app and the CLI can say them in the user's language (see catalog.hpp).
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ln {

struct Message {
    std::string key;
    std::vector<std::pair<std::string, std::string>> params;

    const std::string* param(std::string_view name) const {
        for (const auto& [k, v] : params)
            if (k == name) return &v;
        return nullptr;
    }
    bool operator==(const Message&) const = default;
};

struct Error {
    std::string path;  // where in a document, e.g. "fees.brackets[3].min"; empty for a single value
    Message message;
    bool operator==(const Error&) const = default;
};

inline Error make_error(std::string key, std::vector<std::pair<std::string, std::string>> params = {},
                        std::string path = {}) {
    return Error{std::move(path), Message{std::move(key), std::move(params)}};
}

// std::expected is not in this toolchain's libc++ (Emscripten 3.1.6), so a small stand-in.
template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

}  // namespace ln
