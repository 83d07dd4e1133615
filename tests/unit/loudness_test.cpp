#include "audio/loudness.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include <ebur128.h>

#include "audio/resampler.h"

using namespace narrate;

namespace {
/// A speech-like test signal: a 220 Hz tone whose level jumps every 100 ms, peaky enough to
/// need the limiter at -16 LUFS.
std::vector<float> bursts(int rate, double seconds, float level) {
    std::vector<float> s(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < s.size(); ++i) {
        double t = static_cast<double>(i) / rate;
        double envelope = (static_cast<int>(t * 10) % 3 == 0) ? 1.0 : 0.15;
        s[i] = static_cast<float>(level * envelope * std::sin(2 * M_PI * 220 * t));
    }
    return s;
}

/// The integrated loudness libebur128 gives `audio` followed by `silence` frames of silence;
/// under 400 ms, the loudness of the whole.
double reference_lufs(const std::vector<float>& audio, int rate, std::size_t silence = 0) {
    ebur128_state* meter = ebur128_init(1, static_cast<unsigned long>(rate), EBUR128_MODE_I);
    REQUIRE(meter);
    std::vector<float> all = audio;
    all.resize(audio.size() + silence, 0.0f);
    ebur128_add_frames_float(meter, all.data(), all.size());
    double lufs = 0;
    ebur128_loudness_global(meter, &lufs);
    if (!std::isfinite(lufs))
        ebur128_loudness_window(meter, static_cast<unsigned long>(all.size() * 1000 / static_cast<std::size_t>(rate)), &lufs);
    ebur128_destroy(&meter);
    return lufs;
}

/// Noise shaped like speech: syllables of band-limited noise and voiced buzz, 150-300 ms each,
/// at levels that wander over 30 dB, with short gaps of silence.
std::vector<float> babble(int rate, double seconds, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<float> s(static_cast<std::size_t>(rate * seconds));
    double low = 0, phase = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto length = static_cast<std::size_t>(rate * (0.15 + 0.15 * uniform(random)));
        double level = std::pow(10.0, -1.5 * uniform(random)), pitch = 90 + 160 * uniform(random);
        bool gap = uniform(random) < 0.2, voiced = uniform(random) < 0.6;
        for (std::size_t j = 0; j < length && i < s.size(); ++j, ++i) {
            low = 0.9 * low + 0.1 * (uniform(random) * 2 - 1);
            phase += pitch / rate;
            double buzz = phase - std::floor(phase) - 0.5;
            s[i] = gap ? 0.0f : static_cast<float>(level * 0.8 * (voiced ? buzz + 0.2 * low : low * 3));
        }
    }
    return s;
}
}  // namespace

TEST_CASE("narrate's meter agrees with libebur128") {
    for (int rate : {22050, 44100, 48000, 16000}) {
        CAPTURE(rate);
        for (unsigned seed : {1u, 2u, 3u}) {
            for (double seconds : {0.3, 0.7, 4.0}) {
                CAPTURE(seconds);
                std::vector<float> audio = babble(rate, seconds, seed);
                CHECK(measure_lufs(audio, rate) == doctest::Approx(reference_lufs(audio, rate)).epsilon(0.0005));
                // With the silence that follows it, as the renderer measures a segment.
                auto pause = static_cast<std::size_t>(rate / 4);
                CHECK(measure_lufs(audio, rate, static_cast<std::int64_t>(pause)) ==
                      doctest::Approx(reference_lufs(audio, rate, pause)).epsilon(0.0005));
            }
        }
        // A full-scale 997 Hz sine reads -3.01 LUFS: BS.1770's calibration, which holds where
        // the bilinear transform leaves the shelf where it was (not at 22.05 kHz and under).
        if (rate < 44100) continue;
        std::vector<float> sine(static_cast<std::size_t>(rate * 2));
        for (std::size_t i = 0; i < sine.size(); ++i)
            sine[i] = static_cast<float>(std::sin(2 * M_PI * 997 * static_cast<double>(i) / rate));
        CHECK(measure_lufs(sine, rate) == doctest::Approx(-3.01).epsilon(0.002));
    }
}

TEST_CASE("segments of different levels come out at the target loudness") {
    LoudnessSettings target;
    for (float level : {0.05f, 0.3f, 0.9f}) {
        std::vector<float> audio = bursts(22050, 3.0, level);
        normalize_loudness(audio, 22050, target);
        CHECK(measure_lufs(audio, 22050) == doctest::Approx(-16.0).epsilon(0.02));
        float peak = 0;
        for (float s : audio) peak = std::max(peak, std::fabs(s));
        CHECK(20 * std::log10(peak) <= -1.0);
    }
}

TEST_CASE("silence stays silence, and --no-normalize leaves audio alone") {
    std::vector<float> silence(22050, 0.0f);
    normalize_loudness(silence, 22050, {});
    CHECK(std::all_of(silence.begin(), silence.end(), [](float s) { return s == 0.0f; }));
    std::vector<float> audio = bursts(22050, 1.0, 0.5f);
    std::vector<float> before = audio;
    LoudnessSettings off;
    off.enabled = false;
    normalize_loudness(audio, 22050, off);
    CHECK(audio == before);
}

TEST_CASE("the limiter holds a click under the ceiling and leaves audio away from it alone") {
    // A steady tone with one click a hundred times louder in the middle.
    std::vector<float> audio(22050 * 2);
    for (std::size_t i = 0; i < audio.size(); ++i)
        audio[i] = static_cast<float>(0.01 * std::sin(2 * M_PI * 200 * static_cast<double>(i) / 22050));
    const std::size_t click = audio.size() / 2;
    audio[click] = 1.0f;
    std::vector<float> before = audio;
    LoudnessSettings target;
    normalize_loudness(audio, 22050, target);
    const double ceiling = std::pow(10.0, (target.true_peak_dbtp - target.headroom_db) / 20.0);
    double peak = 0;
    for (float s : audio) peak = std::max(peak, static_cast<double>(std::fabs(s)));
    CHECK(peak <= ceiling * 1.0001);
    // Away from the click (5 ms before it, 0.5 s after it, past the release) every sample has
    // the same gain: the loudness gain alone.
    const double gain = audio[100] / before[100];
    CHECK(gain > 1.0);
    for (std::size_t i : {std::size_t{5}, std::size_t{777}, click - 111, click + 11025, audio.size() - 3})
        if (std::fabs(before[i]) > 1e-4f) CHECK(audio[i] / before[i] == doctest::Approx(gain).epsilon(1e-4));
    // Around it the gain dips by over nine tenths and comes back in a ramp, not a jump: from
    // one sample to the next it moves by a few percent at most.
    double last = gain, lowest = gain, steepest = 0;
    std::size_t last_at = click - 301;
    for (std::size_t i = click - 300; i < click + 3000; ++i) {
        if (std::fabs(before[i]) < 2e-3f || i == click) continue;
        double g = audio[i] / before[i];
        steepest = std::max(steepest, std::fabs(g - last) / static_cast<double>(i - last_at));
        lowest = std::min(lowest, g);
        last = g;
        last_at = i;
    }
    CHECK(lowest < 0.1 * gain);
    CHECK(steepest < 0.02 * gain);
}

TEST_CASE("a segment shorter than a gating block is still measured") {
    std::vector<float> word = bursts(22050, 0.25, 0.5f);
    CHECK(std::isfinite(measure_lufs(word, 22050)));
}

TEST_CASE("resampling keeps the length in time and the pitch") {
    std::vector<float> tone(22050);
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = static_cast<float>(std::sin(2 * M_PI * 1000 * static_cast<double>(i) / 22050));
    std::vector<float> up = resample(tone, 22050, 44100);
    CHECK(up.size() == 44100);
    // A 1 kHz tone at 44.1 kHz: sample 11025 (0.25 s) is at the same phase as sample 0.
    CHECK(up[11025 + 11] == doctest::Approx(std::sin(2 * M_PI * 1000 * (11025.0 + 11) / 44100)).epsilon(0.02));
    CHECK(resample(tone, 22050, 22050) == tone);
}
