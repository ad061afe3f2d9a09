#pragma once
// Sine and cosine in a few hundred bytes: the browser modules' sinf and cosf (web/platform/trig.cpp), in
// place of libc's, whose argument reduction for any float (some 3 KB) is bytes every visitor downloads.
// Dear ImGui is their only caller: the angles of its circle and arc tables, a few turns at most.
//
// Within 1e-7 of the true value for |x| up to 10^5 (the reduction is done in double); NaN for NaN and
// ±infinity, as C's; 0 beyond ±10^15, where no angle is drawn.
namespace ln::web {

float sine(float x);
float cosine(float x);

}  // namespace ln::web
