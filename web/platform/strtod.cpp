// The browser modules' strtod, strtof and strtold: web/decimal.hpp, in place of libc's (long-double
// arithmetic in software, some 15 KB of every visitor's download). Their callers: nlohmann's JSON reader
// (numbers with a point or an exponent, which none of the app's formats has), the page's pixel ratio and
// text scale, and scan_format. All three are defined because libc keeps them in one object: a call to
// any of them would bring libc's strtod back. Linked into app and desk only.
#include <cstdlib>

#include "decimal.hpp"

extern "C" {

double strtod(const char* __restrict text, char** __restrict end) { return ln::web::parse_decimal(text, end); }

float strtof(const char* __restrict text, char** __restrict end) {
    return static_cast<float>(ln::web::parse_decimal(text, end));
}

long double strtold(const char* __restrict text, char** __restrict end) { return ln::web::parse_decimal(text, end); }

}  // extern "C"
