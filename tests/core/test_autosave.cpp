#include <doctest/doctest.h>

#include "autosave.hpp"

using ln::Autosave;

TEST_CASE("autosave: nothing is written before the load has finished, nor by a read-only tab") {
    Autosave a;
    a.edited(0);
    CHECK_FALSE(a.due(10000));
    CHECK_FALSE(a.wake_at());
    a.set_writable(true);
    CHECK(a.due(10000));
}

TEST_CASE("autosave: written half a second after the last edit, at most two seconds after the first") {
    Autosave a;
    a.set_writable(true);
    CHECK(a.state() == Autosave::State::Clean);
    a.edited(1000);
    CHECK(a.state() == Autosave::State::Pending);
    CHECK(*a.wake_at() == 1500);
    CHECK_FALSE(a.due(1499));
    a.edited(1400);  // still typing
    CHECK_FALSE(a.due(1500));
    CHECK(a.due(1900));
    // Typing on without a pause: saved anyway, two seconds after the first unsaved edit.
    for (double t = 1400; t <= 2900; t += 100) a.edited(t);
    CHECK_FALSE(a.due(2999));
    CHECK(a.due(3000));
    CHECK(*a.wake_at() == 3000);
}

TEST_CASE("autosave: «Lagret» only when the last write is durable") {
    Autosave a;
    a.set_writable(true);
    a.edited(0);
    const auto first = a.written();
    CHECK(a.state() == Autosave::State::Saving);
    a.edited(100);
    const auto second = a.written();
    a.synced(first, true, "", "14:31");  // an older write became durable: still saving
    CHECK(a.state() == Autosave::State::Saving);
    a.synced(second, true, "", "14:32");
    CHECK(a.state() == Autosave::State::Saved);
    CHECK(a.saved_time() == "14:32");
}

TEST_CASE("autosave: a failed sync is shown until a later one succeeds") {
    Autosave a;
    a.set_writable(true);
    a.edited(0);
    const auto n = a.written();
    a.synced(n, false, "QuotaExceededError", "");
    CHECK(a.state() == Autosave::State::Failed);
    CHECK(a.error() == "QuotaExceededError");
    a.edited(5000);
    CHECK(a.state() == Autosave::State::Failed);  // the user still has to know it is not saved
    const auto m = a.written();
    a.synced(m, true, "", "14:40");
    CHECK(a.state() == Autosave::State::Saved);
    CHECK(a.error().empty());
}

TEST_CASE("autosave: a write that failed waits for the next edit") {
    Autosave a;
    a.set_writable(true);
    a.edited(0);
    a.write_failed("too large");
    CHECK(a.state() == Autosave::State::Failed);
    CHECK_FALSE(a.due(10000));
    a.edited(20000);
    CHECK(a.due(20500));
}
