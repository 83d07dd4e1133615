#include "audio/renderer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "audio/resampler.h"
#include "core/limits.h"

namespace narrate {
namespace {

/// Below this peak a block counts as silence: about -40 dBFS.
constexpr float kSilencePeak = 0.01f;

/// An allocator whose vectors leave the elements they grow by uninitialized (resize() does
/// not write zeros that are written over at once).
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
    template <typename U>
    struct rebind {
        using other = UninitializedAllocator<U>;
    };
    template <typename U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

/// Collects one piece's audio from the engine. It is most of a worker's memory, so it never
/// copies itself to grow: room is reserved for more than any piece of the part can take
/// (reserved pages cost no memory until written), and grows by half if even that falls short.
class SegmentBuffer final : public AudioSink {
public:
    /// Makes room for pieces of up to `text_bytes` of text (scaled to a voice of 175 words a
    /// minute) at `rate`: 8 bytes a second, half that pace (eSpeak NG speaks about 15 bytes of
    /// English a second at 175 words a minute), and 30 seconds at least. Done once a part,
    /// for its longest piece: room costs nothing until it is written, but every move to a
    /// larger buffer writes to fresh pages, and a worker pays a page fault for each page it
    /// touches first (a part whose pieces grew one after another paid for three buffers).
    void reserve(std::size_t text_bytes, int rate) {
        const auto per_second = static_cast<std::size_t>(rate);
        audio.reserve(std::max(text_bytes * per_second / 8 + 4096, 30 * per_second));
    }
    /// Starts a piece, keeping the room.
    void start() { audio.clear(); }
    void write(std::span<const float> samples) override {
        make_room(samples.size());
        audio.insert(audio.end(), samples.begin(), samples.end());
    }
    void write_int16(std::span<const std::int16_t> samples) override {
        make_room(samples.size());
        std::size_t at = audio.size();
        audio.resize(at + samples.size());
        int16_to_float(samples, audio.data() + at);
    }
    std::vector<float, UninitializedAllocator<float>> audio;

private:
    void make_room(std::size_t n) {
        if (audio.size() + n > audio.capacity()) audio.reserve(std::max(audio.size() + n, audio.capacity() * 3 / 2));
    }
};

/// Per block of `block` frames: does it hold sound above the silence threshold?
std::vector<bool> voiced_blocks(std::span<const float> audio, std::int64_t block) {
    auto size = static_cast<std::size_t>(block);
    std::vector<bool> loud((audio.size() + size - 1) / size, false);
    for (std::size_t b = 0; b < loud.size(); ++b) {
        auto first = audio.begin() + static_cast<std::ptrdiff_t>(b * size);
        auto last = audio.begin() + static_cast<std::ptrdiff_t>(std::min(audio.size(), (b + 1) * size));
        loud[b] = std::any_of(first, last, [](float x) { return std::fabs(x) > kSilencePeak; });
    }
    return loud;
}

/// Writes audio to a sink, counting frames.
class Output final : public AudioSink {
public:
    explicit Output(AudioSink& out) : out_(out) {}
    void write(std::span<const float> audio) override {
        out_.write(audio);
        frames_ += static_cast<std::int64_t>(audio.size());
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
    std::int64_t word_frame = 0;  // where the last word's first event is
    for (std::size_t i = 0; i < events.size(); ++i) {
        const SynthesisEvent& e = events[i];
        if (e.type == SynthesisEvent::Type::word && e.text_length > 0) {
            std::size_t end = std::min(e.text_offset + e.text_length, text.size());
            // A written word spoken as several (51408: fifty-one thousand four hundred and
            // eight) comes as several events over its own bytes again, and one with signs in
            // it ($250, well-known, example.com/news) as events with no space between them:
            // one word, timed from its first event to what follows its last, so words never
            // overlap or run backwards, and captions break only where the text has a space.
            if (!t.words.empty() &&
                (e.text_offset < t.words.back().text_end ||
                 std::none_of(text.begin() + static_cast<std::ptrdiff_t>(t.words.back().text_end),
                              text.begin() + static_cast<std::ptrdiff_t>(std::min(e.text_offset, text.size())),
                              is_space))) {
                TimedSpan& last = t.words.back();
                last = span(last.text_start, std::max(end, last.text_end), word_frame, next_boundary(i));
                continue;
            }
            word_frame = e.frame;
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

void shift_timing(SegmentTiming& t, std::int64_t frames) {
    t.start_frame += frames;
    t.end_frame += frames;
    for (auto* spans : {&t.sentences, &t.words})
        for (TimedSpan& s : *spans) {
            s.start_frame += frames;
            s.end_frame += frames;
        }
}

/// Moves a segment-relative timing at the engine's rate to output frames from `offset`.
void rescale(SegmentTiming& t, std::int64_t offset, int from_rate, int to_rate) {
    auto map = [&](std::int64_t f) {
        return offset + (f * to_rate + from_rate / 2) / from_rate;
    };
    t.start_frame = map(t.start_frame);
    t.end_frame = map(t.end_frame);
    for (auto* spans : {&t.sentences, &t.words})
        for (TimedSpan& s : *spans) {
            s.start_frame = map(s.start_frame);
            s.end_frame = map(s.end_frame);
        }
}

void TimelineJoiner::add(const Part& part, std::vector<SegmentTiming> timings, std::int64_t part_start,
                         const DoneFn& done) {
    for (SegmentTiming& t : timings) {
        shift_timing(t, part_start);
        if (open_ && open_->segment == t.segment) {
            open_->end_frame = t.end_frame;
            for (auto [from, to] : {std::pair{&t.sentences, &open_->sentences}, std::pair{&t.words, &open_->words}})
                to->insert(to->end(), from->begin(), from->end());
        } else {
            // The part's first segment starts with the part, chapter sound and all.
            open_start_ = t.segment == part.first && part.from == 0 ? part_start : t.start_frame;
            open_ = std::move(t);
        }
        if (!part.ends(script_, open_->segment)) continue;
        timeline_.segment_start.push_back(open_start_);
        timeline_.segment_end.push_back(open_->end_frame);
        done(script_.segments[open_->segment], *open_);
        open_.reset();
    }
}

PartAudio render_part(const Script& script, Part part, Synthesizer& synthesizer, AudioSink& out,
                      const RenderSettings& settings, std::int64_t trim_end_frames) {
    const int engine_rate = synthesizer.sample_rate();
    const int rate = settings.output_rate > 0 ? settings.output_rate : engine_rate;
    // 5 ms blocks: fine enough to end a word at its last sound.
    std::int64_t block = std::max(1, engine_rate / 200);
    Output output(out);
    PartAudio result;

    if (part.starts_chapter(script) && !settings.chapter_sound.empty()) {
        output.write(settings.chapter_sound);
        output.silence(static_cast<std::int64_t>(settings.chapter_sound_gap_ms) * rate / 1000);
    }

    // A segment is spoken a sentence at a time: the engine's audio of one is all a worker
    // holds, and a part may hold some of a segment's sentences only.
    std::vector<std::vector<Piece>> pieces_of;
    SegmentBuffer buffer;  // kept from piece to piece: its memory is reused
    std::size_t longest = 0;  // of the part's pieces, in bytes at the pace of 175 words a minute
    for (std::size_t i = part.first; i < part.end; ++i) {
        pieces_of.push_back(spoken_pieces(script, script.segments[i]));
        auto [from, to] = part.slice(script, i);
        double pace = speaking_pace(script.voice(script.segments[i].voice));
        for (auto [a, b] : pieces_of.back())
            if (a >= from && b <= to)
                longest = std::max(longest, static_cast<std::size_t>(static_cast<double>(b - a) / pace));
    }
    buffer.reserve(longest, engine_rate);

    std::vector<SynthesisEvent> events;
    for (std::size_t i = part.first; i < part.end; ++i) {
        const Segment& segment = script.segments[i];
        SegmentTiming whole;
        whole.segment = i;
        const VoiceSettings& voice = script.voice(segment.voice);
        const std::vector<Piece>& pieces = pieces_of[i - part.first];
        auto [from, to] = part.slice(script, i);
        bool first_piece = true;
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            auto [a, b] = pieces[p];
            if (a < from || b > to) continue;
            Segment piece;
            piece.text = segment.text.substr(a, b - a);
            piece.offsets = segment.offsets.slice(a, b);
            buffer.start();
            events.clear();
            synthesizer.synthesize(voice, engine_text(piece.text), buffer, &events);
            std::vector<bool> loud = voiced_blocks(buffer.audio, block);
            auto frames = static_cast<std::int64_t>(buffer.audio.size());
            // Measured with its pause, as the program's gating blocks see it.
            bool last = p + 1 == pieces.size();
            normalize_loudness(buffer.audio, engine_rate, settings.loudness,
                               last ? static_cast<std::int64_t>(segment.pause_after_ms) * engine_rate / 1000 : 0);
            std::int64_t speech_start = output.frames();
            if (rate == engine_rate) output.write(buffer.audio);
            else output.write(resample(buffer.audio, engine_rate, rate));
            SegmentTiming t = time_segment(piece, events, loud, block, frames, 0);
            rescale(t, speech_start, engine_rate, rate);
            if (first_piece) whole.start_frame = t.start_frame;
            first_piece = false;
            whole.end_frame = t.end_frame;
            for (auto [from_spans, to_spans] : {std::pair{&t.sentences, &whole.sentences}, std::pair{&t.words, &whole.words}})
                for (TimedSpan& span : *from_spans) {
                    span.text_start += a;
                    span.text_end += a;
                    to_spans->push_back(span);
                }
        }
        result.timings.push_back(std::move(whole));
        if (!part.ends(script, i)) break;
        std::int64_t pause = static_cast<std::int64_t>(segment.pause_after_ms) * rate / 1000;
        if (i + 1 == part.end) pause = std::max<std::int64_t>(0, pause - trim_end_frames);
        output.silence(pause);
    }
    result.frames = output.frames();
    return result;
}

Timeline render_script(const Script& script, Synthesizer& synthesizer, AudioSink& out,
                       const RenderSettings& settings, const ProgressFn& progress,
                       const TimingFn& timing) {
    const int rate = settings.output_rate > 0 ? settings.output_rate : synthesizer.sample_rate();
    Timeline timeline;
    timeline.sample_rate = rate;
    Output output(out);
    output.write(settings.intro);

    RenderProgress state;
    state.segments_total = script.segments.size();
    state.sample_rate = rate;
    for (const Segment& s : script.segments) state.text_bytes_total += s.text.size();

    TimelineJoiner joiner(script, timeline);
    for (Part part : plan_parts(script)) {
        std::int64_t part_start = output.frames();
        PartAudio audio = render_part(script, part, synthesizer, output, settings);
        joiner.add(part, std::move(audio.timings), part_start, [&](const Segment& segment, const SegmentTiming& t) {
            if (timing) timing(segment, t);
            ++state.segments_done;
            state.text_bytes_done += segment.text.size();
            state.frames_written = t.end_frame;
            if (progress) progress(state);
        });
    }
    output.write(settings.outro);
    timeline.total_frames = output.frames();
    return timeline;
}

}  // namespace narrate
