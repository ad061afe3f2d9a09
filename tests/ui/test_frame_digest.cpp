// Frames that would draw what is on screen are not submitted: the digest of ImGui's draw data decides.
#include <doctest/doctest.h>

#include "frame_digest.hpp"
#include "headless.hpp"

using namespace ln;

namespace {
// One frame of the app, and whether the browser platform would submit it.
bool frame_submitted(test::Headless& ui, web::FrameDigest& digest, int w = 1000, int h = 800) {
    ui.frame();
    return digest.changed(*ImGui::GetDrawData(), w, h);
}
}  // namespace

TEST_CASE("a frame like the one on screen is not submitted; one that differs is") {
    test::Headless ui;
    web::FrameDigest digest;
    CHECK(frame_submitted(ui, digest));        // the first frame always
    CHECK_FALSE(frame_submitted(ui, digest));  // nothing changed
    CHECK_FALSE(frame_submitted(ui, digest));
    CHECK(digest.skipped() == 2);

    // A population typed: the result on the canvas changes.
    ui.click_field("Innbyggertall");
    ui.type("12000");
    CHECK(frame_submitted(ui, digest));
    const int submitted = digest.submitted();
    CHECK_FALSE(frame_submitted(ui, digest));
    CHECK(digest.submitted() == submitted);

    // Another framebuffer size (a resize, another pixel ratio) or a new font texture: submitted.
    CHECK(frame_submitted(ui, digest, 1000, 801));
    CHECK_FALSE(frame_submitted(ui, digest, 1000, 801));
    digest.invalidate();
    CHECK(frame_submitted(ui, digest, 1000, 801));
}

TEST_CASE("the digest sees a one-character change on the canvas") {
    test::Headless ui;
    ui.frame();
    const auto before = web::digest_of(*ImGui::GetDrawData(), 1000, 800);
    ui.frame();
    CHECK(web::digest_of(*ImGui::GetDrawData(), 1000, 800) == before);
    ui.click_field("Innbyggertall");
    ui.type("1");
    const auto one = web::digest_of(*ImGui::GetDrawData(), 1000, 800);
    CHECK(one != before);
    ui.type("2");
    CHECK(web::digest_of(*ImGui::GetDrawData(), 1000, 800) != one);
}
