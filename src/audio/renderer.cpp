#include "audio/renderer.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace narrate {
namespace {

/// Below this peak a block counts as silence: about -40 dBFS.
constexpr float kSilencePeak = 0.01f;

/// Passes audio through to the real sink, counting frames and noting which short blocks of the
/// current segment are voiced.
class TimingSink final : public AudioSink {
public:
    TimingSink(AudioSink& out, std::int64_t block_frames) : out_(out), block_frames_(block_frames) {}

    void write(std::span<const float> samples) override {
        out_.write(samples);
        for (float s : samples) {
            if (in_block_ == 0) loud_.push_back(false);
            if (std::fabs(s) > kSilencePeak) loud_.back() = true;
            if (++in_block_ == block_frames_) in_block_ = 0;
        }
        frames_ += static_cast<std::int64_t>(samples.size());
    }

    void silence(std::int64_t frames) {
        static const std::vector<float> zeros(4096, 0.0f);
        while (frames > 0) {
            auto n = static_cast<std::size_t>(std::min<std::int64_t>(frames, 4096));
            out_.write(std::span<const float>(zeros.data(), n));
            frames_ += static_cast<std::int64_t>(n);
            frames -= static_cast<std::int64_t>(n);
        }
    }

    /// Starts noting voiced blocks afresh for a new segment.
    void start_segment() {
        loud_.clear();
        in_block_ = 0;
    }

    [[nodiscard]] std::int64_t frames() const { return frames_; }
    [[nodiscard]] const std::vector<bool>& loud() const { return loud_; }

private:
    AudioSink& out_;
    std::int64_t block_frames_;
    std::int64_t in_block_ = 0;
    std::int64_t frames_ = 0;
    std::vector<bool> loud_;
};

/// One past the last voiced frame in [from, to) (segment-relative), or `from` if none is.
std::int64_t voiced_end(const std::vector<bool>& loud, std::int64_t block, std::int64_t from,
                        std::int64_t to) {
    if (to <= from) return from;
    for (std::int64_t b = (to - 1) / block; b >= 0 && b * block + block > from; --b) {
        if (b < static_cast<std::int64_t>(loud.size()) && loud[static_cast<std::size_t>(b)])
            return std::min(to, (b + 1) * block);
    }
    return from;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

SegmentTiming time_segment(const Segment& segment, const std::vector<SynthesisEvent>& events,
                           const std::vector<bool>& loud, std::int64_t block, std::int64_t frames,
                           std::int64_t start_frame) {
    SegmentTiming t;
    t.start_frame = start_frame;
    t.end_frame = start_frame + voiced_end(loud, block, 0, frames);
    const std::string& text = segment.text;
    auto span = [&](std::size_t a, std::size_t b, std::int64_t f0, std::int64_t f1) {
        while (a < b && is_space(text[a])) ++a;
        while (b > a && is_space(text[b - 1])) --b;
        TimedSpan s;
        s.text_start = a;
        s.text_end = b;
        s.source = segment.offsets.to_source(a, b);
        f0 = std::clamp<std::int64_t>(f0, 0, frames);
        f1 = std::clamp<std::int64_t>(f1, f0, frames);
        s.start_frame = start_frame + f0;
        s.end_frame = start_frame + std::max(voiced_end(loud, block, f0, f1), std::min(f0 + 1, f1));
        return s;
    };
    // The frame where whatever follows event i begins.
    auto next_boundary = [&](std::size_t i) {
        for (std::size_t j = i + 1; j < events.size(); ++j)
            if (events[j].frame > events[i].frame) return events[j].frame;
        return frames;
    };

    std::vector<std::size_t> sentence_events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const SynthesisEvent& e = events[i];
        if (e.type == SynthesisEvent::Type::word && e.text_length > 0) {
            std::size_t end = std::min(e.text_offset + e.text_length, text.size());
            t.words.push_back(span(e.text_offset, end, e.frame, next_boundary(i)));
        } else if (e.type == SynthesisEvent::Type::sentence) {
            sentence_events.push_back(i);
        }
    }
    if (sentence_events.empty()) {
        if (!text.empty()) t.sentences.push_back(span(0, text.size(), 0, frames));
    } else {
        for (std::size_t k = 0; k < sentence_events.size(); ++k) {
            const SynthesisEvent& e = events[sentence_events[k]];
            bool last = k + 1 == sentence_events.size();
            // The first sentence starts with the text, so nothing before it goes untimed.
            std::size_t a = k == 0 ? 0 : e.text_offset;
            std::size_t b = last ? text.size() : events[sentence_events[k + 1]].text_offset;
            std::int64_t f0 = k == 0 ? 0 : e.frame;
            std::int64_t f1 = last ? frames : events[sentence_events[k + 1]].frame;
            if (b > a) t.sentences.push_back(span(a, b, f0, f1));
        }
    }
    return t;
}

Timeline render_script(const Script& script, Synthesizer& synthesizer, AudioSink& out,
                       const ProgressFn& progress, const TimingFn& timing) {
    Timeline timeline;
    timeline.sample_rate = synthesizer.sample_rate();
    timeline.segment_start.reserve(script.segments.size());
    timeline.segment_end.reserve(script.segments.size());
    // 5 ms blocks: fine enough to end a word at its last sound, cheap enough to keep per segment.
    std::int64_t block = std::max(1, timeline.sample_rate / 200);
    TimingSink sink(out, block);

    RenderProgress state;
    state.segments_total = script.segments.size();
    state.sample_rate = timeline.sample_rate;
    for (const Segment& s : script.segments) state.text_bytes_total += s.text.size();

    std::vector<SynthesisEvent> events;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Segment& segment = script.segments[i];
        std::int64_t start = sink.frames();
        sink.start_segment();
        events.clear();
        std::int64_t frames = synthesizer.synthesize(script.voice(segment.voice), segment.text,
                                                     sink, timing ? &events : nullptr);
        std::int64_t end = start + voiced_end(sink.loud(), block, 0, frames);
        timeline.segment_start.push_back(start);
        timeline.segment_end.push_back(end);
        if (timing) {
            SegmentTiming t = time_segment(segment, events, sink.loud(), block, frames, start);
            t.segment = i;
            timing(segment, t);
        }
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
