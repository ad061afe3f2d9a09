#include "platform/frame_scheduler.hpp"

#include <algorithm>

#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

namespace ln::web {

void FrameScheduler::request(int count) {
    if (!started_) return;
    frames_left_ = std::max(frames_left_, count);
    // The first frame is drawn as soon as the page reports the canvas size, not an animation frame later.
    if (!first_done_) {
        draw_now();
        return;
    }
    if (!scheduled_) {
        scheduled_ = true;
        emscripten_request_animation_frame(on_animation_frame, this);
    }
}

void FrameScheduler::draw_now() {
    if (!started_) return;
    first_done_ = true;
    const bool more = draw_();
    --frames_left_;
    if (more) frames_left_ = std::max(frames_left_, 1);
    if (frames_left_ > 0) request(frames_left_);
}

int FrameScheduler::on_animation_frame(double, void* self) {
    auto* s = static_cast<FrameScheduler*>(self);
    s->scheduled_ = false;
    s->draw_now();
    return 0;  // EM_FALSE: no loop
}

// One timer at a time, the earliest needed.
void FrameScheduler::wake_at(std::optional<double> at, double now) {
    if (!at || (wake_pending_ && wake_at_ <= *at)) return;
    wake_pending_ = true;
    wake_at_ = *at;
    emscripten_set_timeout(on_timer, std::max(0.0, *at - now) + 1.0, this);
}

void FrameScheduler::on_timer(void* self) {
    auto* s = static_cast<FrameScheduler*>(self);
    s->wake_pending_ = false;
    s->request(1);
}

}  // namespace ln::web
