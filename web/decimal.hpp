#pragma once
// Decimal text to a double, as strtod reads it, in a few hundred bytes: the browser modules' strtod
// (web/platform/strtod.cpp). libc's reads through long-double arithmetic done in software (some 15 KB of
// every visitor's download) to round every possible input correctly.
//
// Reads what strtod reads from decimal text: leading white space, a sign, digits with at most one point,
// an exponent (taken only when digits follow the «e»), and «inf», «infinity», «nan» in any case.
// Hexadecimal floats («0x1p4») are read as far as their «0». *end is set as strtod sets it.
//
// Exact (correctly rounded) when the significant digits, trailing zeros left out, fit in 53 bits and the
// power of ten is at most 10^22 either way — every number the app reads: a pixel ratio, a text scale,
// and all of JSON's numbers in its own formats, which are integers. Anything else is within a few units
// in the last place (4 at most, over 100 000 random doubles written in full); past the range of a double
// it is ±infinity or ±0.
namespace ln::web {

double parse_decimal(const char* text, char** end);

}  // namespace ln::web
