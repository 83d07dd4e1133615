#include "audio/loudness.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

#include <ebur128.h>

namespace narrate {
namespace {

/// One libebur128 state, destroyed with the object.
class Meter {
public:
    Meter(int sample_rate, int mode)
        : state_(ebur128_init(1, static_cast<unsigned long>(sample_rate), mode)) {}
    ~Meter() { ebur128_destroy(&state_); }
    Meter(const Meter&) = delete;
    Meter& operator=(const Meter&) = delete;
    void add(std::span<const float> audio) {
        if (state_ && !audio.empty()) ebur128_add_frames_float(state_, audio.data(), audio.size());
    }
    [[nodiscard]] ebur128_state* get() const { return state_; }

private:
    ebur128_state* state_;
};

constexpr double kSilence = -std::numeric_limits<double>::infinity();

double db_to_gain(double db) { return std::pow(10.0, db / 20.0); }

/// Limits |audio| to `ceiling`: the gain at each sample is the mean, over a window of 2L+1
/// samples, of the window minimum of the gain each sample needs, which never exceeds what any
/// sample in reach needs; then it recovers with a one-pole release.
void limit_peaks(std::vector<float>& audio, int sample_rate, float ceiling) {
    std::size_t n = audio.size();
    bool over = std::any_of(audio.begin(), audio.end(), [&](float s) { return std::fabs(s) > ceiling; });
    if (!over) return;
    auto look = static_cast<std::size_t>(std::max(1, sample_rate / 500));  // 2 ms
    std::vector<float> need(n);
    for (std::size_t i = 0; i < n; ++i) {
        float a = std::fabs(audio[i]);
        need[i] = a > ceiling ? ceiling / a : 1.0f;
    }
    // Sliding minimum over [i - look, i + look] (monotonic deque).
    std::vector<float> window_min(n);
    std::deque<std::size_t> q;
    for (std::size_t i = 0, j = 0; i < n; ++i) {
        for (; j < n && j <= i + look; ++j) {
            while (!q.empty() && need[q.back()] >= need[j]) q.pop_back();
            q.push_back(j);
        }
        while (q.front() + look < i) q.pop_front();
        window_min[i] = need[q.front()];
    }
    // Moving average over the same window keeps the ramps smooth and gain <= need.
    std::vector<float> gain(n);
    double sum = 0;
    std::size_t width = 2 * look + 1;
    for (std::size_t i = 0; i < n + look; ++i) {
        if (i < n) sum += window_min[i];
        if (i >= width) sum -= window_min[i - width];
        if (i >= look) {
            std::size_t center = i - look;
            std::size_t first = center >= look ? center - look : 0;
            std::size_t last = std::min(n - 1, center + look);
            // Outside the audio the window holds gain 1.
            double count_missing = static_cast<double>(width - (last - first + 1));
            gain[center] = static_cast<float>((sum + count_missing) / static_cast<double>(width));
        }
    }
    double release = std::exp(-1.0 / (0.060 * sample_rate));
    float g = 1.0f;
    for (std::size_t i = 0; i < n; ++i) {
        float recovered = static_cast<float>(1.0 - (1.0 - g) * release);
        g = std::min(gain[i], recovered);
        audio[i] *= g;
    }
}

}  // namespace

double measure_lufs(std::span<const float> audio, int sample_rate) {
    if (audio.empty()) return kSilence;
    Meter meter(sample_rate, EBUR128_MODE_I);
    if (!meter.get()) return kSilence;
    auto duration_ms = static_cast<unsigned long>(audio.size() * 1000 / static_cast<std::size_t>(sample_rate));
    meter.add(audio);
    double lufs = kSilence;
    if (ebur128_loudness_global(meter.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs)) {
        // Under 400 ms there is no gating block: take the loudness of the whole (the meter keeps
        // the last 400 ms, which is all of it).
        if (ebur128_loudness_window(meter.get(), std::clamp(duration_ms, 1ul, 400ul), &lufs) != EBUR128_SUCCESS)
            return kSilence;
    }
    return std::isfinite(lufs) && lufs > -70.0 ? lufs : kSilence;
}

void normalize_loudness(std::vector<float>& audio, int sample_rate, const LoudnessSettings& settings) {
    if (!settings.enabled || audio.empty()) return;
    double measured = measure_lufs(audio, sample_rate);
    if (!std::isfinite(measured)) return;
    // Sample peaks held under the true-peak ceiling leave room for the peaks between samples
    // and for the lossy encoders' overshoot.
    auto ceiling = static_cast<float>(db_to_gain(settings.true_peak_dbtp - settings.headroom_db));
    const std::vector<float> original = audio;
    double gain_db = settings.target_lufs - measured;
    // Limiting lowers the loudness a little; measure and make it up, twice at most.
    for (int pass = 0; pass < 3; ++pass) {
        auto gain = static_cast<float>(db_to_gain(gain_db));
        for (std::size_t i = 0; i < audio.size(); ++i) audio[i] = original[i] * gain;
        limit_peaks(audio, sample_rate, ceiling);
        double now = measure_lufs(audio, sample_rate);
        if (!std::isfinite(now) || std::fabs(now - settings.target_lufs) < 0.2) break;
        gain_db += settings.target_lufs - now;
    }
}

struct ProgramMeter::State {
    State(int rate, bool true_peak)
        : meter(rate, true_peak ? EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK : EBUR128_MODE_I) {}
    Meter meter;
};

ProgramMeter::ProgramMeter(int sample_rate, bool true_peak)
    : state_(std::make_unique<State>(sample_rate, true_peak)) {}
ProgramMeter::~ProgramMeter() = default;

void ProgramMeter::add(std::span<const float> audio) { state_->meter.add(audio); }

void ProgramMeter::add_silence(std::int64_t frames) {
    static const std::vector<float> zeros(4096, 0.0f);
    while (frames > 0) {
        auto n = static_cast<std::size_t>(std::min<std::int64_t>(frames, 4096));
        add(std::span<const float>(zeros.data(), n));
        frames -= static_cast<std::int64_t>(n);
    }
}

double ProgramMeter::integrated_lufs() const {
    double lufs = kSilence;
    if (ebur128_loudness_global(state_->meter.get(), &lufs) != EBUR128_SUCCESS) return kSilence;
    return lufs;
}

double ProgramMeter::true_peak_dbtp() const {
    double peak = 0;
    if (ebur128_true_peak(state_->meter.get(), 0, &peak) != EBUR128_SUCCESS || peak <= 0) return kSilence;
    return 20.0 * std::log10(peak);
}

}  // namespace narrate
