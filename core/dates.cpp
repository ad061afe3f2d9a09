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
    // 15.3.2022, 15.03.22 or 15/3/2022: day, month, year as Norwegians write them, with the same mark twice.
    const auto p1 = typed.find_first_of("./");
    const auto p2 = p1 == std::string_view::npos ? p1 : typed.find(typed[p1], p1 + 1);
    if (p2 == std::string_view::npos) return std::nullopt;
    int d = 0, m = 0, y = 0;
    const std::string_view year = typed.substr(p2 + 1);
    if (!number(typed.substr(0, p1), d) || !number(typed.substr(p1 + 1, p2 - p1 - 1), m) || !number(year, y) ||
        (year.size() != 4 && year.size() != 2) || p1 > 2 || p2 - p1 - 1 > 2)
        return std::nullopt;
    if (year.size() == 2) y += 2000;  // the network's dates are this century's
    const std::string iso = std::to_string(y) + "-" + two(m) + "-" + two(d);
    if (!valid_iso_date(iso)) return std::nullopt;
    return iso;
}

std::optional<std::string> understood_date(std::string_view typed) {
    auto iso = parse_date(typed);
    if (!iso) return std::nullopt;
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    if (typed == format_date(*iso)) return std::nullopt;
    return iso;
}

int iso_weekday(std::string_view iso) {
    int y = 0, m = 0, d = 0;
    if (!valid_iso_date(iso)) return 0;
    number(iso.substr(0, 4), y);
    number(iso.substr(5, 2), m);
    number(iso.substr(8, 2), d);
    const int w = weekday(y, m, d);  // 0 = Sunday
    return w == 0 ? 7 : w;
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

namespace {
// Days since 1970-01-01 → civil date (Howard Hinnant's algorithm).
void civil_from_days(long long z, int& y, int& m, int& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}
long long days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
}  // namespace

std::string iso_utc(double unix_ms) {
    const long long secs = static_cast<long long>(unix_ms / 1000.0);
    long long days = secs / 86400, rem = secs % 86400;
    if (rem < 0) rem += 86400, --days;
    int y = 0, m = 0, d = 0;
    civil_from_days(days, y, m, d);
    const int hh = static_cast<int>(rem / 3600), mm = static_cast<int>(rem / 60 % 60), ss = static_cast<int>(rem % 60);
    return std::to_string(y) + "-" + two(m) + "-" + two(d) + "T" + two(hh) + ":" + two(mm) + ":" + two(ss) + "Z";
}

std::string oslo_date(double unix_ms) {
    const std::string utc = iso_utc(unix_ms);
    int hour = 0;
    number(std::string_view(utc).substr(11, 2), hour);
    // Summer time begins and ends at 01:00 UTC, far from midnight: the offset for the UTC day at about that
    // hour gives the right Norwegian day at every moment.
    const int offset = oslo_utc_offset_minutes(std::string_view(utc).substr(0, 10), (hour + 1) % 24);
    return iso_utc(unix_ms + offset * 60000.0).substr(0, 10);
}

std::optional<long long> unix_seconds(std::string_view t) {
    int hh = 0, mm = 0, ss = 0;
    if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z') return std::nullopt;
    const std::string_view date = t.substr(0, 10);
    if (!valid_iso_date(date) || !number(t.substr(11, 2), hh) || !number(t.substr(14, 2), mm) ||
        !number(t.substr(17, 2), ss) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    number(date.substr(0, 4), y);
    number(date.substr(5, 2), m);
    number(date.substr(8, 2), d);
    return days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
}

std::optional<long long> rfc3339_unix_ms(std::string_view t) {
    int hh = 0, mm = 0, ss = 0;
    if (t.size() < 20 || (t[10] != 'T' && t[10] != 't' && t[10] != ' ') || t[13] != ':' || t[16] != ':') return std::nullopt;
    const std::string_view date = t.substr(0, 10);
    if (!valid_iso_date(date) || !number(t.substr(11, 2), hh) || !number(t.substr(14, 2), mm) ||
        !number(t.substr(17, 2), ss) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    std::size_t i = 19;
    long long ms = 0;
    if (t[i] == '.') {
        const std::size_t from = ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (i - from < 3) ms = ms * 10 + (t[i] - '0');
            ++i;
        }
        if (i == from) return std::nullopt;
        for (std::size_t k = i - from; k < 3; ++k) ms *= 10;
    }
    int offset = 0;  // minutes east of UTC
    const std::string_view zone = t.substr(i);
    if (zone == "Z" || zone == "z") {
        offset = 0;
    } else {
        int oh = 0, om = 0;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !number(zone.substr(1, 2), oh) ||
            !number(zone.substr(4, 2), om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    }
    int y = 0, m = 0, d = 0;
    number(date.substr(0, 4), y);
    number(date.substr(5, 2), m);
    number(date.substr(8, 2), d);
    const long long seconds = days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss - offset * 60LL;
    return seconds * 1000 + ms;
}

std::string oslo_time(double unix_ms) {
    const std::string utc = iso_utc(unix_ms);
    int y = 0;
    number(std::string_view(utc).substr(0, 4), y);
    // The moments summer time starts and ends, both at 01:00 UTC.
    const double start = static_cast<double>(days_from_civil(y, 3, last_sunday(y, 3)) * 86400 + 3600) * 1000.0;
    const double end = static_cast<double>(days_from_civil(y, 10, last_sunday(y, 10)) * 86400 + 3600) * 1000.0;
    const int offset = unix_ms >= start && unix_ms < end ? 120 : 60;
    const std::string local = iso_utc(unix_ms + offset * 60000.0);
    return local.substr(0, local.size() - 1);  // without the «Z»
}

std::string format_date_of(std::string_view t) {
    const auto s = unix_seconds(t);
    if (!s) return std::string(t);
    return format_date(std::string_view(oslo_time(static_cast<double>(*s) * 1000.0)).substr(0, 10));
}

std::string format_local_time(std::string_view t) {
    const auto s = unix_seconds(t);
    if (!s) return std::string(t);
    const std::string local = oslo_time(static_cast<double>(*s) * 1000.0);
    return format_date(std::string_view(local).substr(0, 10)) + " " + local.substr(11, 5);
}

std::string ics_utc(std::string_view iso, std::string_view hh_mm) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0;
    if (!valid_iso_date(iso) || hh_mm.size() != 5 || !number(hh_mm.substr(0, 2), hh) || !number(hh_mm.substr(3, 2), mm))
        return "";
    number(iso.substr(0, 4), y);
    number(iso.substr(5, 2), m);
    number(iso.substr(8, 2), d);
    const long long local = days_from_civil(y, m, d) * 1440 + hh * 60 + mm;
    const long long utc = local - oslo_utc_offset_minutes(iso, hh);
    long long days = utc / 1440, minutes = utc % 1440;
    if (minutes < 0) minutes += 1440, --days;
    civil_from_days(days, y, m, d);
    return std::to_string(y) + two(m) + two(d) + "T" + two(static_cast<int>(minutes / 60)) + two(static_cast<int>(minutes % 60)) + "00Z";
}

}  // namespace ln
