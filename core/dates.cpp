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

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}
// 0 = Sunday (Sakamoto's method).
int weekday(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}
int last_sunday(int y, int m) {
    const int last = days_in_month(y, m);
    return last - weekday(y, m, last);
}
bool number(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}
std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

bool valid_iso_date(std::string_view iso) {
    int y = 0, m = 0, d = 0;
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
    if (!number(iso.substr(0, 4), y) || !number(iso.substr(5, 2), m) || !number(iso.substr(8, 2), d)) return false;
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<std::string> parse_date(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    if (valid_iso_date(typed)) return std::string(typed);
    const auto p1 = typed.find('.');
    const auto p2 = p1 == std::string_view::npos ? p1 : typed.find('.', p1 + 1);
    if (p2 == std::string_view::npos) return std::nullopt;
    int d = 0, m = 0, y = 0;
    if (!number(typed.substr(0, p1), d) || !number(typed.substr(p1 + 1, p2 - p1 - 1), m) ||
        !number(typed.substr(p2 + 1), y) || typed.substr(p2 + 1).size() != 4)
        return std::nullopt;
    const std::string iso = std::to_string(y) + "-" + two(m) + "-" + two(d);
    if (!valid_iso_date(iso)) return std::nullopt;
    return iso;
}

int oslo_utc_offset_minutes(std::string_view iso, int local_hour) {
    int y = 0, m = 0, d = 0;
    if (!valid_iso_date(iso)) return 60;
    number(iso.substr(0, 4), y);
    number(iso.substr(5, 2), m);
    number(iso.substr(8, 2), d);
    // Summer time runs from 02:00 local on the last Sunday of March to 03:00 local on the last Sunday of October.
    const int march = last_sunday(y, 3), october = last_sunday(y, 10);
    const bool after_start = m > 3 || (m == 3 && (d > march || (d == march && local_hour >= 2)));
    const bool before_end = m < 10 || (m == 10 && (d < october || (d == october && local_hour < 3)));
    return after_start && before_end ? 120 : 60;
}

}  // namespace ln
