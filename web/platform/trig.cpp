// The browser modules' sinf and cosf: web/trig.hpp, in place of libc's (Dear ImGui's circle and arc
// tables are their only callers). Linked into app and desk only.
#include "trig.hpp"

extern "C" {

float sinf(float x) { return ln::web::sine(x); }
float cosf(float x) { return ln::web::cosine(x); }

}  // extern "C"
