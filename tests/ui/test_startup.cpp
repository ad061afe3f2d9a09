#include <doctest/doctest.h>

#include "startup.hpp"

using ln::web::parse_startup;

TEST_CASE("start-up: language, pixel ratio and route from the page's arguments") {
    const auto d = parse_startup({"--lang=en", "--pixel-ratio=2.5", "--route=#/case"});
    CHECK(d.language == "en");
    CHECK(d.pixel_ratio == doctest::Approx(2.5f));
    CHECK(d.route == "#/case");
    CHECK(d.storage == ln::web::StorageAccess::Unavailable);  // told by the page once storage is open
}

TEST_CASE("start-up: defaults for what is missing, odd or out of range") {
    const auto none = parse_startup({});
    CHECK(none.language == "nb");
    CHECK(none.pixel_ratio == 1.0f);
    CHECK(none.route.empty());
    const auto odd = parse_startup({"--lang=de", "--pixel-ratio=abc", "route=#/x", "--route"});
    CHECK(odd.language == "nb");
    CHECK(odd.pixel_ratio == 1.0f);
    CHECK(odd.route.empty());
    CHECK(parse_startup({"--pixel-ratio=40"}).pixel_ratio == 8.0f);
    CHECK(parse_startup({"--pixel-ratio=0.1"}).pixel_ratio == 0.5f);
    CHECK(parse_startup({"--pixel-ratio=-2"}).pixel_ratio == 1.0f);
}

TEST_CASE("start-up: the program the address asks for, fit to be shown") {
    CHECK(parse_startup({}).program.empty());
    CHECK(parse_startup({"--program=ks-viken-naeringsutvikling-2022"}).program == "ks-viken-naeringsutvikling-2022");
    CHECK(parse_startup({"--program=a\nb\x7f" "c\t"}).program == "abc");  // no control characters
    const std::string long_id(100, 'x');
    CHECK(parse_startup({"--program=" + long_id}).program == std::string(64, 'x'));
    // Cut at 64 bytes, never inside a character: «ø» is two bytes, the one that would be split goes whole.
    std::string letters;
    for (int i = 0; i < 40; ++i) letters += "\xc3\xb8";
    const std::string cut = parse_startup({"--program=" + letters}).program;
    CHECK(cut.size() == 64);
    CHECK(cut == letters.substr(0, 64));
    CHECK(parse_startup({"--program=x" + letters}).program == "x" + letters.substr(0, 62));
}
