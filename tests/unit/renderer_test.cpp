#include "audio/renderer.h"
#include "core/limits.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace narrate;

namespace {

/// A fake engine: one frame of value 0.5 per byte of text, tagged by the voice's pitch.
class FakeSynthesizer final : public Synthesizer {
public:
    int sample_rate() const override { return 1000; }
    std::int64_t synthesize(const VoiceSettings& voice, std::string_view text, AudioSink& out,
                            std::vector<SynthesisEvent>*) override {
        voices.push_back(voice.id);
        std::vector<float> audio(text.size(), static_cast<float>(voice.pitch) / 100.0f);
        out.write(audio);
        return static_cast<std::int64_t>(audio.size());
    }
    std::vector<std::string> voices;
};

class MemorySink final : public AudioSink {
public:
    void write(std::span<const float> s) override { samples.insert(samples.end(), s.begin(), s.end()); }
    std::vector<float> samples;
};

}  // namespace

TEST_CASE("segments are spoken in their voices, with pauses, and timed to the frame") {
    Script script;
    VoiceSettings narrator;
    narrator.id = "narrator";
    narrator.pitch = 50;
    VoiceSettings quote;
    quote.id = "quotation";
    quote.pitch = 25;
    script.voices = {narrator, quote};
    Segment first;
    first.voice = "narrator";
    first.text = "abcd";
    first.pause_after_ms = 10;
    Segment second;
    second.kind = SegmentKind::quote;
    second.voice = "quotation";
    second.text = "xy";
    script.segments = {first, second};
    FakeSynthesizer engine;
    MemorySink sink;
    int calls = 0;
    RenderSettings plain;
    plain.loudness.enabled = false;
    Timeline t = render_script(script, engine, sink, plain, [&](const RenderProgress& p) {
        ++calls;
        CHECK(p.segments_total == 2);
    });
    CHECK(calls == 2);
    CHECK(engine.voices == std::vector<std::string>{"narrator", "quotation"});
    CHECK(t.segment_start == std::vector<std::int64_t>{0, 14});
    CHECK(t.segment_end == std::vector<std::int64_t>{4, 16});
    CHECK(t.total_frames == 16);
    REQUIRE(sink.samples.size() == 16);
    CHECK(sink.samples[3] == doctest::Approx(0.5));
    CHECK(sink.samples[4] == 0.0f);   // the 10 ms pause
    CHECK(sink.samples[14] == doctest::Approx(0.25));
}

namespace {
Script two_chapters() {
    Script script;
    VoiceSettings v;
    v.id = "narrator";
    v.pitch = 50;
    script.voices = {v};
    Segment a;
    a.voice = "narrator";
    a.text = std::string(100, 'a');
    Segment b = a;
    b.kind = SegmentKind::heading;
    script.segments = {a, b};
    script.chapters = {{"One", 1, 0}, {"Two", 1, 1}};
    return script;
}
}  // namespace

TEST_CASE("output at another rate: frames and timings scale with it") {
    FakeSynthesizer engine;
    MemorySink sink;
    RenderSettings settings;
    settings.loudness.enabled = false;
    settings.output_rate = 2000;  // twice the fake engine's 1000 Hz
    Timeline t = render_script(two_chapters(), engine, sink, settings);
    CHECK(t.sample_rate == 2000);
    CHECK(t.segment_start == std::vector<std::int64_t>{0, 200});
    CHECK(t.total_frames == 400);
    CHECK(sink.samples.size() == 400);
}

TEST_CASE("intro, outro and a chapter sound are placed, and the chapter starts at its sound") {
    FakeSynthesizer engine;
    MemorySink sink;
    RenderSettings settings;
    settings.loudness.enabled = false;
    settings.intro = std::vector<float>(30, 0.1f);
    settings.outro = std::vector<float>(20, 0.2f);
    settings.chapter_sound = std::vector<float>(10, 0.3f);
    settings.chapter_sound_gap_ms = 5;
    std::vector<std::int64_t> speech_starts;
    Timeline t = render_script(two_chapters(), engine, sink, settings, {},
                               [&](const Segment&, const SegmentTiming& timing) {
                                   speech_starts.push_back(timing.start_frame);
                               });
    CHECK(t.segment_start == std::vector<std::int64_t>{30, 130});
    CHECK(speech_starts == std::vector<std::int64_t>{30, 145});  // after the sound and the gap
    CHECK(t.total_frames == 30 + 100 + 10 + 5 + 100 + 20);
    CHECK(sink.samples[0] == doctest::Approx(0.1));
    CHECK(sink.samples[130] == doctest::Approx(0.3));
    CHECK(sink.samples.back() == doctest::Approx(0.2));
}

namespace {

/// An engine that reports a word event for every word it is given, and remembers the texts.
class WordSynthesizer final : public Synthesizer {
public:
    int sample_rate() const override { return 1000; }
    std::int64_t synthesize(const VoiceSettings&, std::string_view text, AudioSink& out,
                            std::vector<SynthesisEvent>* events) override {
        texts.emplace_back(text);
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find(' ', at);
            if (end == std::string_view::npos) end = text.size();
            if (events) events->push_back({SynthesisEvent::Type::word, at, end - at, static_cast<std::int64_t>(at)});
            at = end + 1;
        }
        std::vector<float> audio(text.size(), 0.5f);
        out.write(audio);
        return static_cast<std::int64_t>(audio.size());
    }
    std::vector<std::string> texts;
};

}  // namespace

TEST_CASE("a long segment is spoken a sentence at a time, in parts, timed as one segment") {
    Script script;
    script.voices.push_back({});
    script.chapters.push_back({"Title", 1, 0});
    Segment long_one;
    for (int i = 0; i < 60; ++i) long_one.text += "The reading room stays open all night. ";
    long_one.text.pop_back();
    long_one.offsets.add_piece(0, 100);  // the segment starts at byte 100 of the input
    script.segments.push_back(long_one);
    REQUIRE(plan_parts(script).size() > 3);  // 2,339 bytes: the parts cut it between sentences
    WordSynthesizer engine;
    MemorySink sink;
    RenderSettings settings;
    settings.loudness.enabled = false;
    std::vector<SegmentTiming> timings;
    Timeline timeline = render_script(script, engine, sink, settings, {},
                                      [&](const Segment&, const SegmentTiming& t) { timings.push_back(t); });
    CHECK(timeline.total_frames == static_cast<std::int64_t>(sink.samples.size()));
    REQUIRE(engine.texts.size() == 60);
    std::string joined;
    for (const std::string& t : engine.texts) {
        CHECK(t == "The reading room stays open all night.");
        joined += (joined.empty() ? "" : " ") + t;
    }
    CHECK(joined == long_one.text);
    REQUIRE(timings.size() == 1);
    REQUIRE(timings[0].words.size() == 60 * 7);
    // Every word is placed in the whole segment's text and the input, in order.
    for (std::size_t w = 0; w < timings[0].words.size(); ++w) {
        const TimedSpan& word = timings[0].words[w];
        CHECK(long_one.text.substr(word.text_start, word.text_end - word.text_start) ==
              std::vector<std::string>{"The", "reading", "room", "stays", "open", "all", "night."}[w % 7]);
        CHECK(word.source.start == 100 + word.text_start);
        if (w > 0) CHECK(word.start_frame > timings[0].words[w - 1].start_frame);
    }
    CHECK(timeline.segment_start == std::vector<std::int64_t>{0});
    CHECK(timeline.segment_end[0] == timings[0].end_frame);
}

TEST_CASE("a sentence longer than the engine takes at once is cut again at spaces") {
    Script script;
    script.voices.push_back({});
    Segment s;
    for (int i = 0; i < 200; ++i) s.text += "word ";
    s.text += "end. Short one. Mr. Lee and the U.S. team said \"yes.\" Then they left.";
    std::vector<Piece> pieces = spoken_pieces(script, s);
    std::vector<std::string> texts;
    for (auto [a, b] : pieces) texts.push_back(s.text.substr(a, b - a));
    REQUIRE(texts.size() == 5);
    CHECK(texts[0].size() <= kMaxSpokenBytes);
    CHECK(texts[1].substr(texts[1].size() - 4) == "end.");
    CHECK(texts[2] == "Short one.");
    CHECK(texts[3] == "Mr. Lee and the U.S. team said \"yes.\"");  // not after Mr. or U.S.
    CHECK(texts[4] == "Then they left.");
}

TEST_CASE("a written word the engine speaks as several, or in pieces, is one timed word") {
    // The engine's events for "It is 51408.": the number read as five words, each an event
    // over some of its bytes again, and once back to its start.
    Segment segment;
    segment.text = "It is 51408. $5 well-known.";
    using E = SynthesisEvent;
    std::vector<E> events = {{E::Type::sentence, 0, 0, 0},   {E::Type::word, 0, 2, 0},
                             {E::Type::word, 3, 2, 100},     {E::Type::word, 6, 5, 250},
                             {E::Type::word, 7, 5, 400},     {E::Type::word, 7, 5, 500},
                             {E::Type::word, 6, 5, 650},     {E::Type::word, 7, 5, 800},
                             {E::Type::sentence, 13, 0, 1000}, {E::Type::word, 13, 1, 1000},
                             {E::Type::word, 14, 1, 1050},   {E::Type::word, 16, 4, 1100},
                             {E::Type::word, 21, 5, 1150}};
    std::vector<bool> loud(13, true);
    SegmentTiming t = time_segment(segment, events, loud, 100, 1300, 0);
    REQUIRE(t.words.size() == 5);
    CHECK(t.words[2].text_start == 6);
    CHECK(t.words[2].text_end == 12);  // "51408." as the engine's last event has it
    CHECK(t.words[2].start_frame == 250);
    CHECK(t.words[2].end_frame == 1000);
    CHECK(t.words[3].text_start == 13);  // "$5": the sign and the number, no space between
    CHECK(t.words[3].text_end == 15);
    CHECK(t.words[4].text_start == 16);  // "well-known"
    CHECK(t.words[4].text_end == 26);
    for (std::size_t w = 1; w < t.words.size(); ++w) {
        CHECK(t.words[w].text_start >= t.words[w - 1].text_end);
        CHECK(t.words[w].start_frame >= t.words[w - 1].end_frame);
    }
}
