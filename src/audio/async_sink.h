#pragma once
// Hands audio to another sink on a thread of its own: a worker synthesizes the next sentence
// while the last one is encoded.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

#include "audio/audio_sink.h"

namespace narrate {

/// Passes what is written to `target` on a thread, in the same order, in pieces of at most a
/// quarter of `max_queued` samples; at most `max_queued` samples wait (write() blocks until
/// there is room), so memory stays flat. For a target whose result does not depend on how its
/// input is cut (an encoder that buffers its frames) that is the same as writing to it
/// directly. `target` must outlive this and is written by the thread only, until close().
class AsyncSink final : public AudioSink {
public:
    explicit AsyncSink(AudioSink& target, std::size_t max_queued = 1 << 18);
    /// Stops the thread; what is still queued is dropped (close() was not reached: an error).
    ~AsyncSink() override;
    AsyncSink(const AsyncSink&) = delete;
    AsyncSink& operator=(const AsyncSink&) = delete;

    /// Queues a copy of `samples`. Throws the target's error if it has failed.
    void write(std::span<const float> samples) override;
    /// Waits until the target has had everything, then ends the thread. Throws the target's
    /// error if it failed.
    void close();

private:
    void run();

    AudioSink& target_;
    const std::size_t max_queued_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<float>> queue_;
    std::size_t queued_ = 0;
    bool closing_ = false;
    bool dropping_ = false;
    std::exception_ptr error_;
    std::thread thread_;
};

}  // namespace narrate
