#include "audio/renderer.h"

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
    Timeline t = render_script(script, engine, sink, [&](const RenderProgress& p) {
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
