#include <doctest/doctest.h>

#include <pthread.h>
#include <csignal>
#include <thread>

#include "io/output_file.h"

using namespace narrate;

namespace {

/// Whether the calling thread has SIGINT, SIGTERM and SIGHUP blocked, each.
struct Blocked {
    bool interrupt = false;
    bool terminate = false;
    bool hangup = false;
};

Blocked blocked_here() {
    sigset_t mask;
    sigemptyset(&mask);
    REQUIRE(::pthread_sigmask(SIG_BLOCK, nullptr, &mask) == 0);
    return {sigismember(&mask, SIGINT) == 1, sigismember(&mask, SIGTERM) == 1,
            sigismember(&mask, SIGHUP) == 1};
}

/// Takes interrupts in this thread while alive, whatever the test runner was started with,
/// and puts its mask back afterwards.
class InterruptsOpen {
public:
    InterruptsOpen() {
        sigset_t interrupts;
        sigemptyset(&interrupts);
        sigaddset(&interrupts, SIGINT);
        sigaddset(&interrupts, SIGTERM);
        sigaddset(&interrupts, SIGHUP);
        ::pthread_sigmask(SIG_UNBLOCK, &interrupts, &before_);
    }
    ~InterruptsOpen() { ::pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
    InterruptsOpen(const InterruptsOpen&) = delete;
    InterruptsOpen& operator=(const InterruptsOpen&) = delete;

private:
    sigset_t before_{};
};

}  // namespace

TEST_CASE("InterruptsHeld blocks SIGINT, SIGTERM and SIGHUP in its thread until released") {
    InterruptsOpen open;
    REQUIRE_FALSE(blocked_here().interrupt);
    {
        InterruptsHeld held;
        CHECK(blocked_here().interrupt);
        CHECK(blocked_here().terminate);
        CHECK(blocked_here().hangup);
        held.release();
        CHECK_FALSE(blocked_here().interrupt);
        CHECK_FALSE(blocked_here().terminate);
        CHECK_FALSE(blocked_here().hangup);
    }
    { InterruptsHeld held; }
    CHECK_FALSE(blocked_here().interrupt);
}

TEST_CASE(
    "a thread started without interrupts keeps them blocked, and so do the threads it starts") {
    InterruptsOpen open;
    Blocked in_thread, in_grandchild;
    std::thread thread = thread_without_interrupts([&] {
        in_thread = blocked_here();
        // A thread that a library starts from it (eSpeak NG's own, for one) inherits the mask.
        std::thread grandchild([&] { in_grandchild = blocked_here(); });
        grandchild.join();
    });
    // The thread that started it takes interrupts as before.
    CHECK_FALSE(blocked_here().interrupt);
    CHECK_FALSE(blocked_here().terminate);
    thread.join();
    CHECK(in_thread.interrupt);
    CHECK(in_thread.terminate);
    CHECK(in_thread.hangup);
    CHECK(in_grandchild.interrupt);
    CHECK(in_grandchild.terminate);
    CHECK(in_grandchild.hangup);
}
