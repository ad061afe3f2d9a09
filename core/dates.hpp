#pragma once
// Dates are stored as ISO 8601 (2022-03-03) and shown the Norwegian way (03.03.2022).
#include <optional>
#include <string>
#include <string_view>

namespace ln {

// "2022-03-03" → "03.03.2022"; anything that is not an ISO date is returned unchanged.
std::string format_date(std::string_view iso);

// A real calendar date as ISO 8601 (yyyy-mm-dd, year 1900–2100)?
bool valid_iso_date(std::string_view iso);

// What a person typed — "3.3.2022", "03.03.2022", "15.3.22", "15/3/2022" or "2022-03-03" — as an ISO date, if
// it is a real date. A two-digit year is 20yy.
std::optional<std::string> parse_date(std::string_view typed);

// Minutes to add to UTC for Norwegian local time on that date and local time: +60 (CET) or +120 (CEST,
// from the last Sunday of March to the last Sunday of October, as in the EU).
int oslo_utc_offset_minutes(std::string_view iso_date, int local_hour);

// Milliseconds since 1970 (UTC) → "2026-11-28T14:32:05Z".
std::string iso_utc(double unix_ms);
// The day it was in Norway at that moment: "2022-02-15" for 2022-02-15T23:30:00Z is "2022-02-16".
std::string oslo_date(double unix_ms);

// The moment written by iso_utc as Norwegian local time, "2026-11-28T15:32:05" (summer time from 01:00 UTC
// on the last Sunday of March to 01:00 UTC on the last Sunday of October).
std::string oslo_time(double unix_ms);
// The Norwegian date of a time written by iso_utc, shown: "2026-11-28T23:32:05Z" → "29.11.2026". Anything
// else is returned unchanged.
std::string format_date_of(std::string_view iso_utc);
// The same with the Norwegian time of day: "2026-11-28T14:32:05Z" → "28.11.2026 15:32".
std::string format_local_time(std::string_view iso_utc);

// "2026-11-28T14:32:05Z" → seconds since 1970, if it is such a time (as written by iso_utc).
std::optional<long long> unix_seconds(std::string_view iso_utc);

// Any RFC 3339 time — "2026-11-28T14:32:05Z", "2026-11-28t15:32:05.250+01:00" — as milliseconds since
// 1970 (UTC), if it is a real time (year 1900–2100); digits of a second beyond milliseconds are ignored.
std::optional<long long> rfc3339_unix_ms(std::string_view time);

// What a typed date was taken to be, when it was not already written the way dates are shown: "15.3.22" →
// "2022-03-15", so the form can say «Forstått som tirsdag 15.03.2022». Nothing for "15.03.2022" itself,
// for an empty field, or for text that is no date (the field's error says that).
std::optional<std::string> understood_date(std::string_view typed);
// 1 (Monday) … 7 (Sunday) for an ISO date; 0 if it is none.
int iso_weekday(std::string_view iso);

// A local Norwegian date and time ("2022-03-03", "09:00") as UTC in iCalendar form: "20220303T080000Z".
std::string ics_utc(std::string_view iso_date, std::string_view hh_mm);

}  // namespace ln
