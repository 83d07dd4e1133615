#include "audio/async_sink.h"

#include <algorithm>

#include "io/output_file.h"

namespace narrate {

AsyncSink::AsyncSink(AudioSink& target, std::size_t max_queued)
    : target_(target),
      max_queued_(max_queued),
      thread_(thread_without_interrupts([this] { run(); })) {}

AsyncSink::~AsyncSink() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        closing_ = dropping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void AsyncSink::write(std::span<const float> samples) {
    // In pieces of a quarter of the queue, so a long sentence waits in the queue no more than
    // anything else does.
    const std::size_t piece = std::max<std::size_t>(1, max_queued_ / 4);
    for (std::size_t at = 0; at < samples.size(); at += piece) {
        std::span<const float> part = samples.subspan(at, std::min(piece, samples.size() - at));
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return error_ || queued_ + part.size() <= max_queued_; });
        if (error_) std::rethrow_exception(error_);
        queue_.emplace_back(part.begin(), part.end());
        queued_ += part.size();
        changed_.notify_all();
    }
}

void AsyncSink::close() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
    if (error_) std::rethrow_exception(error_);
}

void AsyncSink::run() {
    for (;;) {
        std::vector<float> chunk;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return closing_ || !queue_.empty(); });
            if (dropping_ || queue_.empty()) return;
            chunk = std::move(queue_.front());
            queue_.pop_front();
        }
        try {
            target_.write(chunk);
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
            queue_.clear();
            queued_ = 0;
            changed_.notify_all();
            return;
        }
        std::lock_guard lock(mutex_);
        queued_ -= chunk.size();
        changed_.notify_all();
    }
}

}  // namespace narrate
