#pragma once
// The list edits every document shares (members, actors, actions) and the position of a value among
// a fixed set of choices: one implementation, so each list behaves the same.
#include <cstddef>
#include <iterator>
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
