#include <doctest/doctest.h>

#include "numbers.hpp"

using namespace ln;

static const std::string nbsp = "\u00a0";

TEST_CASE("format_number groups thousands with no-break spaces") {
    CHECK(format_number(0) == "0");
    CHECK(format_number(999) == "999");
    CHECK(format_number(1000) == "1" + nbsp + "000");
    CHECK(format_number(11625) == "11" + nbsp + "625");
    CHECK(format_number(1000000) == "1" + nbsp + "000" + nbsp + "000");
    CHECK(format_number(-4500) == "\u2212" "4" + nbsp + "500");
    CHECK(format_number(INT64_MIN) == "\u2212" "9" + nbsp + "223" + nbsp + "372" + nbsp + "036" + nbsp + "854" + nbsp +
                                          "775" + nbsp + "808");
}

TEST_CASE("money is shown the Norwegian way") {
    CHECK(format_kroner(11625) == "kr" + nbsp + "11" + nbsp + "625");
    CHECK(format_kroner(55000) == "kr" + nbsp + "55" + nbsp + "000");
    CHECK(format_kroner(0) == "kr" + nbsp + "0");
    CHECK(format_ore(235) == "kr" + nbsp + "2,35");
    CHECK(format_ore(5) == "kr" + nbsp + "0,05");
    CHECK(format_ore(1162500) == "kr" + nbsp + "11" + nbsp + "625,00");
}

TEST_CASE("parse_whole_number accepts what people type") {
    auto p = [](std::string_view s) { return parse_whole_number(s, 1, 1'000'000); };
    CHECK(p("12000").value() == 12000);
    CHECK(p("  12000 ").value() == 12000);
    CHECK(p("12 000").value() == 12000);
    CHECK(p("12\u00a0000").value() == 12000);
    CHECK(p("12\u202f000").value() == 12000);
    CHECK(p("12.000").value() == 12000);
    CHECK(p("1 000 000").value() == 1000000);
    CHECK(p("007").value() == 7);
    CHECK(p("+5").value() == 5);
    CHECK(parse_whole_number("kr 11 625", 0, 100000).value() == 11625);
}

TEST_CASE("parse_whole_number rejects the rest with a specific key") {
    auto key = [](std::string_view s) { return parse_whole_number(s, 1, 1'000'000).error().message.key; };
    CHECK(key("") == "number.empty");
    CHECK(key("   ") == "number.empty");
    CHECK(key("12,5") == "number.not_whole");
    CHECK(key("12,000") == "number.decimal_or_group");
    CHECK(key("1,234,567") == "number.decimal_or_group");
    CHECK(key("12,0000") == "number.not_whole");
    CHECK(key("abc") == "number.not_number");
    CHECK(key("12a") == "number.not_number");
    CHECK(key("1 2") == "number.not_number");
    CHECK(key("12  000") == "number.not_number");
    CHECK(key("1234 000") == "number.not_number");
    CHECK(key("12 00") == "number.not_number");
    CHECK(key("12.") == "number.not_number");
    CHECK(key(".5") == "number.not_number");
    CHECK(key("1e5") == "number.not_number");
    CHECK(key("0x10") == "number.not_number");
    CHECK(key("-5") == "number.negative");
    CHECK(key("\u22125") == "number.negative");
    CHECK(key("0") == "number.too_small");
    CHECK(key("1000001") == "number.too_large");
    CHECK(key("99999999999999999999999999") == "number.too_large");
    CHECK(parse_whole_number("abc", 1, 2).error().message.param("text") != nullptr);
}

TEST_CASE("parse_whole_number survives arbitrary bytes") {
    const std::string weird[] = {std::string("\0\0", 2), "\xff\xfe", "\xc3", "\xe2\x80", "12\xc2", "--5", "+-5", "- 5"};
    for (const auto& s : weird) CHECK_FALSE(parse_whole_number(s, 1, 10).ok());
}

#include "dates.hpp"

TEST_CASE("dates are shown dd.mm.åååå") {
    CHECK(format_date("2022-03-03") == "03.03.2022");
    CHECK(format_date("2023-12-31") == "31.12.2023");
    CHECK(format_date("03.03.2022") == "03.03.2022");
    CHECK(format_date("2022-3-3") == "2022-3-3");
    CHECK(format_date("") == "");
}

TEST_CASE("numbers are read the way the typing language writes them") {
    auto nb = [](std::string_view s) { return parse_whole_number(s, 1, 10'000'000, NumberStyle::Norwegian); };
    auto en = [](std::string_view s) { return parse_whole_number(s, 1, 10'000'000, NumberStyle::English); };
    auto key = [](const Result<std::int64_t>& r) { return r ? std::string("ok") : r.error().message.key; };
    CHECK(number_style("nb") == NumberStyle::Norwegian);
    CHECK(number_style("nn") == NumberStyle::Norwegian);
    CHECK(number_style("en") == NumberStyle::English);
    // Norwegian: space or dot groups; a comma is the decimal sign.
    CHECK(nb("12 000").value() == 12000);
    CHECK(nb("12.000").value() == 12000);
    CHECK(nb("12\u00a0000").value() == 12000);
    CHECK(key(nb("12,000")) == "number.decimal_or_group");
    CHECK(key(nb("12,5")) == "number.not_whole");
    // English: comma or space groups; a point is the decimal sign.
    CHECK(en("12,000").value() == 12000);
    CHECK(en("7,501").value() == 7501);
    CHECK(en("1,234,567").value() == 1234567);
    CHECK(en("12 000").value() == 12000);
    CHECK(en("12000").value() == 12000);
    CHECK(key(en("12.000")) == "number.decimal_or_group");
    CHECK(key(en("12.5")) == "number.not_whole");
    CHECK(key(en("12,00")) == "number.not_number");
    CHECK(key(en(",500")) == "number.not_number");
    CHECK(key(en("12,000.5")) == "number.not_whole");
    // The message names what was typed, so the person sees which sign to change.
    CHECK(*en("12.000").error().message.param("text") == "12.000");
}

TEST_CASE("numbers typed one way are carried to every way, other text stays as typed") {
    std::string a = "12.000", b = "12 000", c = "12,5", d = "abc", e = "7,501";
    CHECK(carry_number(a, NumberStyle::Norwegian));
    CHECK_FALSE(carry_number(b, NumberStyle::Norwegian));
    CHECK_FALSE(carry_number(c, NumberStyle::Norwegian));
    CHECK_FALSE(carry_number(d, NumberStyle::Norwegian));
    CHECK(carry_number(e, NumberStyle::English));
    CHECK(a == "12000");
    CHECK(b == "12 000");  // read the same in every language already
    CHECK(c == "12,5");    // not a whole number: the user's own text, with its message
    CHECK(d == "abc");
    CHECK(e == "7501");
}
