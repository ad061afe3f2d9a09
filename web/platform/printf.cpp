// The browser modules' snprintf, vsnprintf, fprintf and printf: web/print_format.hpp, in place of libc's
// (whose printf core, with floating point through software long doubles, is bytes every visitor downloads;
// Dear ImGui, its OpenGL backend and nlohmann's serializer are its only callers). Linked into app and desk
// only. A stream is written with fwrite, which the module has anyway.
#include <cstdarg>
#include <cstdio>

#include "print_format.hpp"

extern "C" {

int vsnprintf(char* __restrict buffer, size_t size, const char* __restrict format, va_list args) {
    return ln::web::print_format(buffer, size, format, args);
}

int snprintf(char* __restrict buffer, size_t size, const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = ln::web::print_format(buffer, size, format, args);
    va_end(args);
    return n;
}

int vfprintf(FILE* __restrict stream, const char* __restrict format, va_list args) {
    char line[1024];  // messages to the console: a longer one is cut
    va_list again;
    va_copy(again, args);
    const int n = ln::web::print_format(line, sizeof line, format, again);
    va_end(again);
    const size_t written = static_cast<size_t>(n) < sizeof line ? static_cast<size_t>(n) : sizeof line - 1;
    return std::fwrite(line, 1, written, stream) == written ? n : -1;
}

int fprintf(FILE* __restrict stream, const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = vfprintf(stream, format, args);
    va_end(args);
    return n;
}

// The names the compiler gives fprintf and printf calls without floating point.
int fiprintf(FILE* __restrict stream, const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = vfprintf(stream, format, args);
    va_end(args);
    return n;
}

int printf(const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = vfprintf(stdout, format, args);
    va_end(args);
    return n;
}

int iprintf(const char* __restrict format, ...) {
    va_list args;
    va_start(args, format);
    const int n = vfprintf(stdout, format, args);
    va_end(args);
    return n;
}

}  // extern "C"
