#pragma once
// Frames only when something changed: input asks for a few, the app may ask for one more (a focus move
// landing) or for a wake-up at a time (a save coming due). Idle, nothing runs: no animation-frame loop, no
// timer. (hello_imgui's FpsIdling taken to its end: the idle frame rate is zero.)
#include <functional>
#include <optional>

namespace ln::web {

class FrameScheduler {
public:
    // `draw` draws one frame and returns whether it needs another one without input.
    explicit FrameScheduler(std::function<bool()> draw) : draw_(std::move(draw)) {}

    // From now on requests are served (before: the app is not ready yet).
    void start() { started_ = true; }
    // Draw `count` frames, on the next animation frames. The very first frame is drawn at once.
    void request(int count);
    // Draw one frame now, inside the current event.
    void draw_now();
    // Wake up at `at` (ms on the page's monotonic clock, `now` being the current time) for a frame.
    void wake_at(std::optional<double> at, double now);

private:
    static int on_animation_frame(double, void* self);
    static void on_timer(void* self);

    std::function<bool()> draw_;
    bool started_ = false;
    bool first_done_ = false;
    bool scheduled_ = false;
    int frames_left_ = 0;
    bool wake_pending_ = false;
    double wake_at_ = 0;
};

}  // namespace ln::web
