#include "trig.hpp"

namespace ln::web {

namespace {

constexpr double kPi = 3.14159265358979323846;

// sin(x) for |x| ≤ π/2: its Taylor series to x¹⁵ (the next term is below 1e-11 there).
double sine_near_zero(double x) {
    const double x2 = x * x;
    double term = x, sum = x;
    for (int n = 3; n <= 15; n += 2) {
        term *= -x2 / static_cast<double>((n - 1) * n);
        sum += term;
    }
    return sum;
}

double sine_of(double x) {
    if (x != x || x - x != 0) return x - x;  // NaN for NaN and ±infinity
    if (x > 1e15 || x < -1e15) return 0;     // no angle anyone draws; whole turns would not fit a long long
    // Whole turns away, then to [−π/2, π/2] by sin(π − r) = sin(r).
    double r = x - 2 * kPi * static_cast<double>(static_cast<long long>(x / (2 * kPi)));
    if (r > kPi) r -= 2 * kPi;
    if (r < -kPi) r += 2 * kPi;
    if (r > kPi / 2) r = kPi - r;
    if (r < -kPi / 2) r = -kPi - r;
    return sine_near_zero(r);
}

}  // namespace

float sine(float x) { return static_cast<float>(sine_of(x)); }
float cosine(float x) { return static_cast<float>(sine_of(static_cast<double>(x) + kPi / 2)); }

}  // namespace ln::web
