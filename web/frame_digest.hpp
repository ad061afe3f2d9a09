#pragma once
// Whether a frame would put on screen exactly what is there: ImGui's draw data (vertices, indices,
// commands, clip rectangles, textures) and the framebuffer's size, reduced to a 64-bit digest. A frame
// with the digest of the one on screen is not submitted: WebGL then keeps showing the last one, and the
// browser composites nothing new. Most frames after a keystroke are such frames — the text is in the
// page's own field, and layouts settle in one frame.
#include <cstdint>

struct ImDrawData;

namespace ln::web {

std::uint64_t digest_of(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height);

class FrameDigest {
public:
    // True when this frame differs from the last one submitted (and records it as submitted).
    bool changed(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height);
    // What is on screen is not what the last digest says (the canvas was resized, the font texture made
    // again, the context lost): the next frame is submitted whatever it holds.
    void invalidate() { valid_ = false; }
    int submitted() const { return submitted_; }
    int skipped() const { return skipped_; }

private:
    std::uint64_t last_ = 0;
    bool valid_ = false;
    int submitted_ = 0, skipped_ = 0;
};

}  // namespace ln::web
