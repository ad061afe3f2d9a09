// The browser modules' sscanf and vsscanf: web/scan_format.hpp, in place of libc's (whose scanf machinery
// is bytes every visitor downloads; Dear ImGui and its OpenGL backend are its only callers). Linked into
// app and desk only.
#include <cstdarg>
#include <cstdio>

#include "scan_format.hpp"

extern "C" {

int vsscanf(const char* __restrict input, const char* __restrict format, va_list args) {
    return ln::web::scan_format(input, format, args);
}

int sscanf(const char* __restrict input, const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = ln::web::scan_format(input, format, args);
    va_end(args);
    return n;
}

}  // extern "C"
