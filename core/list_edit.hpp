#pragma once
// The list edits every document shares (members, actors, actions) and the position of a value among
// a fixed set of choices: one implementation, so each list behaves the same.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <vector>

namespace ln {

// Appends an empty item; returns its index.
template <class T>
std::size_t append_new(std::vector<T>& items) {
    items.emplace_back();
    return items.size() - 1;
}

// Removes the item at `index`; an index out of range does nothing and returns false.
template <class T>
bool erase_at(std::vector<T>& items, std::size_t index) {
    if (index >= items.size()) return false;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

// An item taken out of its list, kept so that «Angre» can put it back where it was: removing asks no
// question, and nothing typed is lost by a slip.
template <class T>
struct Removed {
    std::size_t index = 0;
    T item;
};

template <class T>
std::optional<Removed<T>> take_at(std::vector<T>& items, std::size_t index) {
    if (index >= items.size()) return std::nullopt;
    Removed<T> r{index, std::move(items[index])};
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
    return r;
}

// Puts a removed item back at its place (at the end, if the list has become shorter since); returns where.
template <class T>
std::size_t put_back(std::vector<T>& items, Removed<T> removed) {
    const std::size_t at = std::min(removed.index, items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), std::move(removed.item));
    return at;
}

// Position of `value` in `choices` (0 when absent), and the choice at a position (the first when out of range).
template <class T, std::size_t N>
std::size_t index_in(const T (&choices)[N], T value) {
    for (std::size_t i = 0; i < N; ++i)
        if (choices[i] == value) return i;
    return 0;
}
template <class T, std::size_t N>
T choice_at(const T (&choices)[N], std::size_t index) {
    return index < N ? choices[index] : choices[0];
}

}  // namespace ln
