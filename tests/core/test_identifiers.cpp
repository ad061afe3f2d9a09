#include <doctest/doctest.h>

#include "bundled.hpp"
#include "dates.hpp"
#include "identifiers.hpp"

using namespace ln;

TEST_CASE("organisation numbers: MOD11 with weights 3,2,7,6,5,4,3,2") {
    CHECK(valid_orgnr("123456785"));   // the register's own example
    CHECK(valid_orgnr("935478715"));   // Bærum kommune
    CHECK(valid_orgnr("935 478 715"));
    CHECK_FALSE(valid_orgnr("935478716"));  // check digit off by one
    CHECK_FALSE(valid_orgnr("935478714"));
    CHECK_FALSE(valid_orgnr("93547871"));
    CHECK_FALSE(valid_orgnr("9354787150"));
    CHECK_FALSE(valid_orgnr("93547871a"));
    CHECK_FALSE(valid_orgnr(""));
    // 4×3 = 12, remainder 1: no check digit exists, so no number with these eight digits is valid.
    for (char d = '0'; d <= '9'; ++d) CHECK_FALSE(valid_orgnr(std::string("40000000") + d));
    CHECK(valid_orgnr("000000000"));  // remainder 0 → check digit 0
    static const Bundled data = load_bundled().value();
    for (const auto& m : data.municipalities.items) {
        CAPTURE(m.name);
        CHECK(valid_orgnr(m.orgnr));
    }
}

TEST_CASE("e-mail addresses") {
    CHECK(valid_email("gwa@ks.no"));
    CHECK(valid_email("ola.nordmann@baerum.kommune.no"));
    CHECK(valid_email("a+b@x.museum"));
    CHECK_FALSE(valid_email(""));
    CHECK_FALSE(valid_email("gwa"));
    CHECK_FALSE(valid_email("@ks.no"));
    CHECK_FALSE(valid_email("gwa@"));
    CHECK_FALSE(valid_email("gwa@ks"));
    CHECK_FALSE(valid_email("gwa@ks.n"));
    CHECK_FALSE(valid_email("gwa@@ks.no"));
    CHECK_FALSE(valid_email("g wa@ks.no"));
    CHECK_FALSE(valid_email("gwa@ks..no"));
    CHECK_FALSE(valid_email("gwa@.ks.no"));
    CHECK_FALSE(valid_email("a@b.no, c@d.no"));
}

TEST_CASE("Norwegian phone numbers: 8 digits, optional +47") {
    CHECK(normalize_phone("93457137") == "93457137");
    CHECK(normalize_phone("934 57 137") == "93457137");
    CHECK(normalize_phone("+47 934 57 137") == "93457137");
    CHECK(normalize_phone("004793457137") == "93457137");
    CHECK_FALSE(normalize_phone("9345713"));
    CHECK_FALSE(normalize_phone("934571370"));
    CHECK_FALSE(normalize_phone("+46 93457137"));
    CHECK_FALSE(normalize_phone("934-57-137"));
    CHECK_FALSE(normalize_phone(""));
}

TEST_CASE("UTF-8 is checked byte by byte") {
    std::size_t at = 99;
    CHECK(valid_utf8("Bærum «ok» – …"));
    CHECK_FALSE(valid_utf8("ab\xff", &at));
    CHECK(at == 2);
    CHECK_FALSE(valid_utf8("\xc3", &at));          // cut short
    CHECK_FALSE(valid_utf8("\xc0\xaf", &at));      // overlong
    CHECK_FALSE(valid_utf8("\xed\xa0\x80", &at));  // surrogate
    CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80", &at));  // above U+10FFFF
    CHECK(valid_utf8("\xf0\x9f\x98\x80"));         // an emoji
}

TEST_CASE("file-name slugs are ASCII") {
    CHECK(ascii_slug("Bærum") == "baerum");
    CHECK(ascii_slug("Våler (Østfold)") == "valer-ostfold");
    CHECK(ascii_slug("Aurskog-Høland") == "aurskog-holand");
    CHECK(ascii_slug("Ål") == "al");
    CHECK(ascii_slug("") == "uten-navn");
    CHECK(ascii_slug("\xff\xfe") == "uten-navn");
}

TEST_CASE("dates as typed, and Norwegian summer time") {
    CHECK(parse_date("03.03.2022") == "2022-03-03");
    CHECK(parse_date("3.3.2022") == "2022-03-03");
    CHECK(parse_date(" 2022-03-03 ") == "2022-03-03");
    CHECK(parse_date("29.02.2024") == "2024-02-29");
    CHECK_FALSE(parse_date("29.02.2023"));
    CHECK_FALSE(parse_date("32.01.2022"));
    CHECK(parse_date("15.3.22") == "2022-03-15");
    CHECK(understood_date("15.3.22") == "2022-03-15");
    CHECK(understood_date("2022-03-15") == "2022-03-15");
    CHECK_FALSE(understood_date("15.03.2022"));
    CHECK_FALSE(understood_date(" 15.03.2022 "));
    CHECK_FALSE(understood_date("mars"));
    CHECK(iso_weekday("2022-03-15") == 2);  // a Tuesday
    CHECK(iso_weekday("2022-03-13") == 7);
    CHECK(iso_weekday("tull") == 0);
    CHECK(parse_date("15/3/2022") == "2022-03-15");
    CHECK(parse_date("1.1.22") == "2022-01-01");
    CHECK_FALSE(parse_date("15.3/2022"));
    CHECK_FALSE(parse_date("15.3.202"));
    CHECK_FALSE(parse_date("115.3.2022"));
    CHECK_FALSE(parse_date("29.2.23"));
    CHECK_FALSE(parse_date("mars"));
    CHECK(oslo_utc_offset_minutes("2022-03-03", 9) == 60);
    CHECK(oslo_utc_offset_minutes("2022-03-27", 1) == 60);
    CHECK(oslo_utc_offset_minutes("2022-03-27", 3) == 120);
    CHECK(oslo_utc_offset_minutes("2022-06-01", 9) == 120);
    CHECK(oslo_utc_offset_minutes("2022-10-30", 2) == 120);
    CHECK(oslo_utc_offset_minutes("2022-10-30", 3) == 60);
}

#include "calendar.hpp"

TEST_CASE("times: ISO UTC from the clock, and local Norwegian time in UTC for calendars") {
    CHECK(iso_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(iso_utc(1795012325000.0) == "2026-11-18T14:32:05Z");
    CHECK(ics_utc("2022-03-03", "09:00") == "20220303T080000Z");  // CET, UTC+1
    CHECK(ics_utc("2022-06-01", "09:00") == "20220601T070000Z");  // CEST, UTC+2
    CHECK(ics_utc("2022-01-01", "00:30") == "20211231T233000Z");  // across a year
    CHECK(ics_utc("2022-13-01", "09:00").empty());
}

TEST_CASE("a stored time shown in Norwegian time: its date, or its date and time; anything else as it is") {
    CHECK(format_date_of("2026-11-28T14:32:05Z") == "28.11.2026");
    CHECK(format_date_of("2026-11-28T23:32:05Z") == "29.11.2026");  // past midnight in Norway
    CHECK(format_local_time("2026-11-28T14:32:05Z") == "28.11.2026 15:32");  // winter: UTC+1
    CHECK(format_local_time("2026-06-30T22:15:00Z") == "01.07.2026 00:15");  // summer: UTC+2
    CHECK(format_date_of("") == "");
    CHECK(format_date_of("i går") == "i går");
    CHECK(format_local_time("2026-02-30T14:32:05Z") == "2026-02-30T14:32:05Z");
}

TEST_CASE("Norwegian time around the changes to and from summer time (01:00 UTC, last Sundays of March and October)") {
    const auto at = [](const char* iso) { return oslo_time(static_cast<double>(*unix_seconds(iso)) * 1000.0); };
    CHECK(at("2026-03-29T00:59:59Z") == "2026-03-29T01:59:59");
    CHECK(at("2026-03-29T01:00:00Z") == "2026-03-29T03:00:00");  // the clock jumps from 02:00 to 03:00
    CHECK(at("2026-10-25T00:59:59Z") == "2026-10-25T02:59:59");
    CHECK(at("2026-10-25T01:00:00Z") == "2026-10-25T02:00:00");  // and back from 03:00 to 02:00
    CHECK(at("2026-12-31T23:30:00Z") == "2027-01-01T00:30:00");  // a new year in Norway first
}

TEST_CASE("the start meeting as a calendar file") {
    static const Bundled data = load_bundled().value();
    const std::string ics = start_meeting_ics(data.program, "2026-11-28T14:32:05Z");
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(ics.find("DTSTART:20220303T080000Z\r\n") != std::string::npos);
    CHECK(ics.find("DTEND:20220303T110000Z\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20261128T143205Z\r\n") != std::string::npos);
    CHECK(ics.find("LOCATION:Digitalt\r\n") != std::string::npos);
    CHECK(ics.find("mailto:gwa@ks.no") != std::string::npos);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    // Every line is at most 75 octets, and no line ends in the middle of a character.
    std::size_t start = 0;
    for (std::size_t end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2) {
        CHECK(end - start <= 75);
        if (end > start) CHECK((static_cast<unsigned char>(ics[end - 1]) & 0xC0) != 0xC0);
    }
}

TEST_CASE("a line fit for a terminal: no control character reaches it as one") {
    CHECK(printable_line("Bærum kommune") == "Bærum kommune");
    CHECK(printable_line("Kari\x1b]0;pwned\x07 Nordmann") == "Kari\xEF\xBF\xBD]0;pwned\xEF\xBF\xBD Nordmann");
    CHECK(printable_line("to\nlinjer\r\tog\x7f") == "to\xEF\xBF\xBDlinjer\xEF\xBF\xBD\xEF\xBF\xBDog\xEF\xBF\xBD");
    CHECK(printable_line("C1: \xC2\x9B" "31m") == "C1: \xEF\xBF\xBD" "31m");  // CSI as one character
    CHECK(printable_line("\xC2\xA0nbsp og \xC3\xA5") == "\xC2\xA0nbsp og \xC3\xA5");  // not controls
    CHECK(printable_line("\xff") == "\xEF\xBF\xBD");                                     // invalid UTF-8
}
