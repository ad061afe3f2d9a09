#include "dates.hpp"

namespace ln {

std::string format_date(std::string_view iso) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (iso[i] < '0' || iso[i] > '9') return false;
        return true;
    };
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2))
        return std::string(iso);
    std::string out;
    out.append(iso.substr(8, 2)).append(".").append(iso.substr(5, 2)).append(".").append(iso.substr(0, 4));
    return out;
}

}  // namespace ln
