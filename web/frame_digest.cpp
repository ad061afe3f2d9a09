#include "frame_digest.hpp"

#include <cstring>

#include <imgui.h>

namespace ln::web {

namespace {

// A fast 64-bit mix over whole words (the buffers are tens of kilobytes per frame); not cryptographic,
// only the same input must give the same digest and a changed pixel a different one with near certainty.
struct Mixer {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    void word(std::uint64_t w) {
        h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            word(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p + i, size - i);
        word(tail ^ (static_cast<std::uint64_t>(size) << 56));
    }
    void real(float f) {
        std::uint32_t u;
        std::memcpy(&u, &f, 4);
        word(u);
    }
};

}  // namespace

std::uint64_t digest_of(const ImDrawData& d, int framebuffer_width, int framebuffer_height) {
    Mixer m;
    m.word(static_cast<std::uint64_t>(framebuffer_width) << 32 | static_cast<std::uint32_t>(framebuffer_height));
    m.real(d.DisplayPos.x), m.real(d.DisplayPos.y), m.real(d.DisplaySize.x), m.real(d.DisplaySize.y);
    m.real(d.FramebufferScale.x), m.real(d.FramebufferScale.y);
    m.word(static_cast<std::uint64_t>(d.CmdListsCount));
    for (int n = 0; n < d.CmdListsCount; ++n) {
        const ImDrawList* list = d.CmdLists[n];
        m.bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        m.bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : list->CmdBuffer) {
            m.real(c.ClipRect.x), m.real(c.ClipRect.y), m.real(c.ClipRect.z), m.real(c.ClipRect.w);
            m.word(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(c.TextureId)));
            m.word(static_cast<std::uint64_t>(c.VtxOffset) << 32 | c.IdxOffset);
            m.word(c.ElemCount);
            m.word(c.UserCallback ? 1u : 0u);  // callbacks are not used; a frame with one is always different
        }
    }
    return m.h;
}

bool FrameDigest::changed(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height) {
    const std::uint64_t now = digest_of(draw_data, framebuffer_width, framebuffer_height);
    bool has_callback = false;
    for (int n = 0; n < draw_data.CmdListsCount && !has_callback; ++n)
        for (const ImDrawCmd& c : draw_data.CmdLists[n]->CmdBuffer) has_callback |= c.UserCallback != nullptr;
    if (valid_ && now == last_ && !has_callback) {
        ++skipped_;
        return false;
    }
    last_ = now;
    valid_ = true;
    ++submitted_;
    return true;
}

}  // namespace ln::web
