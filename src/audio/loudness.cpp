#include "audio/loudness.h"

#include <algorithm>
#include <cmath>
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
    /// Adds `frames` of silence.
    void add_silence(std::int64_t frames) {
        static const std::vector<float> zeros(4096, 0.0f);
        for (; frames > 0; frames -= 4096)
            add(std::span<const float>(zeros.data(), static_cast<std::size_t>(std::min<std::int64_t>(frames, 4096))));
    }
    [[nodiscard]] ebur128_state* get() const { return state_; }

private:
    ebur128_state* state_;
};

constexpr double kSilence = -std::numeric_limits<double>::infinity();

double db_to_gain(double db) { return std::pow(10.0, db / 20.0); }

/// Samples per block of the limiter's index of peaks.
constexpr std::size_t kPeakBlock = 64;
/// Samples the limiter computes gains for at a time: its memory does not grow with a segment.
constexpr std::size_t kTile = 8192;

/// Limits |audio| to `ceiling`: the gain at each sample is the mean, over a window of 2L+1
/// samples, of the window minimum of the gain each sample needs, which never exceeds what any
/// sample in reach needs; then it recovers with a one-pole release. Only the stretches within
/// 2L of a sample over the ceiling, and the release after them, are computed: everywhere else
/// the gain is exactly 1. The audio is taken as multiplied by `gain` first. Returns the energy
/// (sum of squares) the limiter took away; with `apply`, also leaves the gained and limited audio
/// in `audio`, else does not change it (a trial of a gain).
double limit_peaks(std::vector<float>& audio, int sample_rate, float ceiling, float gain, bool apply,
                   const std::vector<float>& block_peaks) {
    const std::size_t n = audio.size();
    // Blocks whose peak is at most this (before the gain) hold no sample over the ceiling.
    const float block_over = ceiling / gain;
    if (apply) {
        for (float& x : audio) x *= gain;
        gain = 1.0f;
    }
    auto at = [&](std::size_t i) { return audio[i] * gain; };
    const auto look = static_cast<std::size_t>(std::max(1, sample_rate / 500));  // 2 ms
    const std::size_t width = 2 * look + 1;
    // The release, as the gain reduction d = 1 - g: it decays by `release` a sample and jumps to
    // whatever more a sample needs. Under 1e-5 (0.0001 dB) it is over, until the next peak.
    const auto release = static_cast<float>(std::exp(-1.0 / (0.060 * sample_rate)));
    auto need = [&](std::size_t i) {
        float a = std::fabs(at(i));
        return a > ceiling ? ceiling / a : 1.0f;
    };
    std::vector<float> needs, forward, backward, window_min, tile_gain, pending_gain;
    std::vector<double> prefix;
    float d = 0.0f;
    double removed = 0;
    auto scale = [&](std::size_t i) {
        float before = at(i), after = before * (1.0f - d);
        if (apply) audio[i] = after;
        removed += static_cast<double>(before) * before - static_cast<double>(after) * after;
    };
    // After a stretch, d only decays: d·r, d·r², …, so the tail is a product with a table of the
    // powers of r and has no chain from one sample to the next.
    static thread_local std::vector<float> powers;
    static thread_local float powers_of = 0.0f;
    if (powers_of != release) {
        powers.clear();
        for (double p = release; p * 0.5 >= 1e-5; p *= release) powers.push_back(static_cast<float>(p));
        powers_of = release;
    }
    std::size_t done = 0;  // audio before this has its final gain
    auto release_until = [&](std::size_t end) {
        if (d > 0.0f && done < end) {
            // The tail ends where d·r^k falls under 1e-5 (d is at most 1, the table reaches 0.5e-5).
            std::size_t k = 0, len = std::min(end - done, powers.size());
            while (len > 0 && d * powers[len - 1] < 1e-5f) --len;
            float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
            for (; k + 8 <= len; k += 8)
                for (std::size_t j = 0; j < 8; ++j) {
                    float x = at(done + k + j);
                    float y = x * (1.0f - d * powers[k + j]);
                    if (apply) audio[done + k + j] = y;
                    acc[j] += x * x - y * y;
                }
            for (; k < len; ++k) {
                float x = at(done + k);
                float y = x * (1.0f - d * powers[k]);
                if (apply) audio[done + k] = y;
                acc[0] += x * x - y * y;
            }
            for (float a : acc) removed += a;
            d = len == end - done && len > 0 ? d * powers[len - 1] : 0.0f;
            if (d < 1e-5f) d = 0.0f;
        }
        done = std::max(done, end);
    };
    // Gains for the centers [t0, t1): the mean over 2L+1 centers of the window minima of the
    // need, the minima by van Herk's method (running minima forward and backward within blocks
    // of the window's width, two of which cover any window).
    auto tile_gains = [&](std::size_t t0, std::size_t t1, std::vector<float>& out) {
        std::size_t k0 = t0 >= look ? t0 - look : 0, k1 = std::min(n, t1 + look);
        std::size_t m0 = k0 >= look ? k0 - look : 0, m1 = std::min(n, k1 + look);
        needs.resize(m1 - m0);
        for (std::size_t m = m0; m < m1; ++m) needs[m - m0] = need(m);
        forward.resize(needs.size());
        backward.resize(needs.size());
        for (std::size_t m = 0; m < needs.size(); ++m)
            forward[m] = m % width == 0 ? needs[m] : std::min(forward[m - 1], needs[m]);
        for (std::size_t m = needs.size(); m-- > 0;)
            backward[m] = m % width == width - 1 || m + 1 == needs.size() ? needs[m]
                                                                          : std::min(backward[m + 1], needs[m]);
        window_min.resize(k1 - k0);
        for (std::size_t k = k0; k < k1; ++k) {
            std::size_t a = (k >= look ? k - look : 0) - m0, b = std::min(n - 1, k + look) - m0;
            window_min[k - k0] = b - a + 1 >= width || b / width != a / width
                                     ? std::min(backward[a], forward[b])
                                     : *std::min_element(needs.begin() + static_cast<std::ptrdiff_t>(a),
                                                         needs.begin() + static_cast<std::ptrdiff_t>(b + 1));
        }
        prefix.assign(window_min.size() + 1, 0.0);
        for (std::size_t k = 0; k < window_min.size(); ++k) prefix[k + 1] = prefix[k] + window_min[k];
        out.resize(t1 - t0);
        for (std::size_t c = t0; c < t1; ++c) {
            std::size_t first = c >= look ? c - look : 0, last = std::min(n - 1, c + look);
            double sum = prefix[last + 1 - k0] - prefix[first - k0];
            // Outside the audio the window holds gain 1.
            double missing = static_cast<double>(width - (last - first + 1));
            out[c - t0] = static_cast<float>((sum + missing) / static_cast<double>(width));
        }
    };
    auto scale_range = [&](std::size_t t0, std::size_t t1, const std::vector<float>& gains) {
        for (std::size_t c = t0; c < t1; ++c) {
            d = std::max(1.0f - gains[c - t0], d * release);
            if (d < 1e-5f) d = 0.0f;
            scale(c);
        }
    };
    // The next sample over the ceiling from `from` on, or n: only blocks whose peak is over
    // are looked into.
    auto next_over = [&](std::size_t from) {
        for (std::size_t b = from / kPeakBlock; b < block_peaks.size(); ++b) {
            if (block_peaks[b] <= block_over) continue;
            for (std::size_t i = std::max(from, b * kPeakBlock), end = std::min(n, (b + 1) * kPeakBlock); i < end; ++i)
                if (std::fabs(at(i)) > ceiling) return i;
        }
        return n;
    };
    for (std::size_t i = next_over(0); i < n;) {
        // One stretch: overs less than 4L apart, and 2L around them.
        std::size_t last_over = i, j = next_over(i + 1);
        for (; j < n && j <= last_over + 4 * look; j = next_over(j + 1)) last_over = j;
        std::size_t lo = std::max(done, i >= 2 * look ? i - 2 * look : 0);
        std::size_t hi = std::min(n, last_over + 2 * look + 1);
        // The gains of the stretch, a tile of centers at a time: each gain depends on the 2L
        // samples on either side, so a tile is computed from its own samples and 2L more, and
        // scaled only once the next tile has been computed from them unscaled.
        bool pending = false;
        std::size_t p0 = 0, p1 = 0;
        release_until(lo);
        for (std::size_t t0 = lo; t0 < hi; t0 += kTile) {
            std::size_t t1 = std::min(hi, t0 + kTile);
            tile_gains(t0, t1, tile_gain);
            if (pending) scale_range(p0, p1, pending_gain);
            std::swap(tile_gain, pending_gain);
            pending = true;
            p0 = t0;
            p1 = t1;
        }
        if (pending) scale_range(p0, p1, pending_gain);
        done = hi;
        i = j;
    }
    release_until(n);
    return removed;
}

}  // namespace

double measure_lufs(std::span<const float> audio, int sample_rate, std::int64_t silence_after) {
    if (audio.empty()) return kSilence;
    Meter meter(sample_rate, EBUR128_MODE_I);
    if (!meter.get()) return kSilence;
    std::size_t frames = audio.size() + static_cast<std::size_t>(std::max<std::int64_t>(0, silence_after));
    auto duration_ms = static_cast<unsigned long>(frames * 1000 / static_cast<std::size_t>(sample_rate));
    meter.add(audio);
    meter.add_silence(silence_after);
    double lufs = kSilence;
    if (ebur128_loudness_global(meter.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs)) {
        // Under 400 ms there is no gating block: take the loudness of the whole (the meter keeps
        // the last 400 ms, which is all of it).
        if (ebur128_loudness_window(meter.get(), std::clamp(duration_ms, 1ul, 400ul), &lufs) != EBUR128_SUCCESS)
            return kSilence;
    }
    return std::isfinite(lufs) && lufs > -70.0 ? lufs : kSilence;
}

void normalize_loudness(std::vector<float>& audio, int sample_rate, const LoudnessSettings& settings,
                        std::int64_t pause_after) {
    if (!settings.enabled || audio.empty()) return;
    double measured = measure_lufs(audio, sample_rate, pause_after);
    if (!std::isfinite(measured)) return;
    // Sample peaks held under the true-peak ceiling leave room for the peaks between samples
    // and for the lossy encoders' overshoot.
    auto ceiling = static_cast<float>(db_to_gain(settings.true_peak_dbtp - settings.headroom_db));
    // Four partial sums, so the loop need not wait for each addition.
    double parts[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < audio.size(); ++i) parts[i % 4] += static_cast<double>(audio[i]) * audio[i];
    const double energy = parts[0] + parts[1] + parts[2] + parts[3];
    // The loudness a gain would lose to the limiter; only the last gain is applied, so the
    // audio is never copied (a long segment is most of a worker's memory).
    // The peak of each block of samples: the limiter looks into the blocks a gain lifts over
    // the ceiling alone.
    std::vector<float> block_peaks((audio.size() + kPeakBlock - 1) / kPeakBlock, 0.0f);
    for (std::size_t i = 0; i < audio.size(); ++i)
        block_peaks[i / kPeakBlock] = std::max(block_peaks[i / kPeakBlock], std::fabs(audio[i]));
    auto loss_db = [&](double gain_db) {
        auto gain = static_cast<float>(db_to_gain(gain_db));
        double before = energy * static_cast<double>(gain) * gain;
        double after = before - limit_peaks(audio, sample_rate, ceiling, gain, false, block_peaks);
        return after > 0 && before > 0 ? 10.0 * std::log10(after / before) : 0.0;
    };
    double gain_db = settings.target_lufs - measured;
    // Limiting lowers the loudness a little: by as much as it lowers the energy, since it only
    // touches the peaks, where the K-weighting that loudness applies changes little. Make it up,
    // limiting again, until it holds (measuring again with the meter would cost as much as the
    // rest of the render).
    double makeup_db = 0;
    for (int pass = 0; pass < 4; ++pass) {
        // What the limiter takes, measured against what the gain alone would have given.
        double lost_db = loss_db(gain_db + makeup_db) + makeup_db;
        if (lost_db > -0.05 || makeup_db >= 6.0) break;
        makeup_db = std::min(6.0, makeup_db - lost_db);
    }
    limit_peaks(audio, sample_rate, ceiling, static_cast<float>(db_to_gain(gain_db + makeup_db)), true, block_peaks);
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

void ProgramMeter::add_silence(std::int64_t frames) { state_->meter.add_silence(frames); }

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
