#include "audio/renderer.h"

#include <algorithm>
#include <vector>

namespace narrate {
namespace {

/// Counts what passes through to the real sink.
class CountingSink final : public AudioSink {
public:
    explicit CountingSink(AudioSink& out) : out_(out) {}
    void write(std::span<const float> samples) override {
        out_.write(samples);
        frames_ += static_cast<std::int64_t>(samples.size());
    }
    void silence(std::int64_t frames) {
        static const std::vector<float> zeros(4096, 0.0f);
        while (frames > 0) {
            auto n = static_cast<std::size_t>(std::min<std::int64_t>(frames, 4096));
            write(std::span<const float>(zeros.data(), n));
            frames -= static_cast<std::int64_t>(n);
        }
    }
    [[nodiscard]] std::int64_t frames() const { return frames_; }

private:
    AudioSink& out_;
    std::int64_t frames_ = 0;
};

}  // namespace

Timeline render_script(const Script& script, Synthesizer& synthesizer, AudioSink& out,
                       const ProgressFn& progress) {
    Timeline timeline;
    timeline.sample_rate = synthesizer.sample_rate();
    timeline.segment_start.reserve(script.segments.size());
    timeline.segment_end.reserve(script.segments.size());
    CountingSink sink(out);

    RenderProgress state;
    state.segments_total = script.segments.size();
    state.sample_rate = timeline.sample_rate;
    for (const Segment& s : script.segments) state.text_bytes_total += s.text.size();

    for (const Segment& segment : script.segments) {
        timeline.segment_start.push_back(sink.frames());
        synthesizer.synthesize(script.voice(segment.voice), segment.text, sink, nullptr);
        timeline.segment_end.push_back(sink.frames());
        sink.silence(static_cast<std::int64_t>(segment.pause_after_ms) * timeline.sample_rate /
                     1000);
        ++state.segments_done;
        state.text_bytes_done += segment.text.size();
        state.frames_written = sink.frames();
        if (progress) progress(state);
    }
    timeline.total_frames = sink.frames();
    return timeline;
}

}  // namespace narrate
