#pragma once
// A small scanf: what Dear ImGui and its OpenGL backend ask of sscanf («#version %d», «%d.%d», «0x%08X,%d»,
// «Weight=%f%n», «Sort=%d%c%n», a hex colour «%02X%02X%02X»), written over strtoll/strtoull/strtod, which
// the app links anyway. The browser modules use it as their sscanf (web/platform/sscanf.cpp): libc's
// scanf machinery is some 5 KB of every visitor's download for nothing else.
//
// Directives as in C: white space matches any amount of it; other characters match themselves; «%%» a
// percent sign; conversions d i u o x X f e g a E G F A c s n with an optional «*» (no assignment), width,
// and length (hh h l ll j z t L). A scanset «%[…]» is not supported: it ends the scan, as a mismatch does
// (nothing the app links uses one). Returns the number of assignments, or EOF if the input ended before
// the first conversion.
#include <cstdarg>

namespace ln::web {

int scan_format(const char* input, const char* format, std::va_list args);

}  // namespace ln::web
