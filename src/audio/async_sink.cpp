#include "audio/async_sink.h"

namespace narrate {

AsyncSink::AsyncSink(AudioSink& target, std::size_t max_queued)
    : target_(target), max_queued_(max_queued), thread_([this] { run(); }) {}

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
    if (samples.empty()) return;
    std::unique_lock lock(mutex_);
    // One chunk larger than the bound still goes in, alone.
    changed_.wait(lock, [&] { return error_ || queued_ == 0 || queued_ + samples.size() <= max_queued_; });
    if (error_) std::rethrow_exception(error_);
    queue_.emplace_back(samples.begin(), samples.end());
    queued_ += samples.size();
    changed_.notify_all();
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
