#pragma once
// A small vsnprintf: what Dear ImGui, its OpenGL backend and nlohmann's serializer ask of the printf family
// («%s», «%.*s», «%d», «%08X», «\u%04x», «%.0f%%», an error message to stderr), in a few KB less than
// libc's, whose printf core formats floating point through long-double arithmetic done in software. The
// browser modules use it as their snprintf, vsnprintf, fprintf and printf (web/platform/printf.cpp).
//
// As C's: flags «-+ #0», a width and a precision (a number or «*»), lengths hh h l ll j z t L, and the
// conversions d i u o x X c s p n % and f F e E g G (a A are written as e E). Integers and text are
// exactly as C writes them. Floating point is as C writes it wherever at most 15 significant digits are
// asked for — every number the app writes (a percentage, a size); beyond that the 16th and 17th may differ
// from the correctly rounded ones, and digits past the 17th are zeros. Writes at most size − 1 characters and a terminating NUL (none
// when size is 0); returns the length the whole text has, as vsnprintf does.
#include <cstdarg>
#include <cstddef>

namespace ln::web {

int print_format(char* buffer, std::size_t size, const char* format, std::va_list args);

}  // namespace ln::web
