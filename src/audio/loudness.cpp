#include "audio/loudness.h"

#include <algorithm>
#include <array>
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

/// The limiter works on blocks of about 1.5 ms: what it needs is computed once a block, from
/// the block's peak, and the gain goes in straight lines between block edges.
int limiter_block(int sample_rate) { return std::max(1, sample_rate * 3 / 2000); }

/// What the limiter needs to know of a block: its peak, and its energy weighted by the
/// position u in [0, 1) within the block (Σx², Σx²u, Σx²u²). A gain that goes in a straight
/// line g(u) = a + (b - a)·u leaves the block the energy a²·E0 + 2a(b - a)·E1 + (b - a)²·E2,
/// so a trial of a gain needs no pass over the samples.
struct BlockStats {
    float peak = 0.0f;
    double e0 = 0, e1 = 0, e2 = 0;
};

std::vector<BlockStats> block_stats(std::span<const float> audio, int block) {
    const auto step = static_cast<std::size_t>(block);
    std::vector<BlockStats> blocks((audio.size() + step - 1) / step);
    std::vector<float> u(step), u2(step);
    for (std::size_t i = 0; i < step; ++i) {
        u[i] = static_cast<float>(i) / static_cast<float>(step);
        u2[i] = u[i] * u[i];
    }
    // Eight lanes of partial sums, so that the compiler can keep them in one vector register
    // each: a block's sums do not wait on one another from sample to sample.
    constexpr std::size_t kLanes = 8;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        std::size_t first = b * step, len = std::min(step, audio.size() - first);
        const float* x = audio.data() + first;
        std::array<float, kLanes> peak{}, e0{}, e1{}, e2{};
        std::size_t i = 0;
        for (; i + kLanes <= len; i += kLanes)
            for (std::size_t j = 0; j < kLanes; ++j) {
                float sq = x[i + j] * x[i + j];
                peak[j] = std::max(peak[j], std::fabs(x[i + j]));
                e0[j] += sq;
                e1[j] += sq * u[i + j];
                e2[j] += sq * u2[i + j];
            }
        for (; i < len; ++i) {
            float sq = x[i] * x[i];
            peak[0] = std::max(peak[0], std::fabs(x[i]));
            e0[0] += sq;
            e1[0] += sq * u[i];
            e2[0] += sq * u2[i];
        }
        BlockStats& stats = blocks[b];
        for (std::size_t j = 0; j < kLanes; ++j) {
            stats.peak = std::max(stats.peak, peak[j]);
            stats.e0 += e0[j];
            stats.e1 += e1[j];
            stats.e2 += e2[j];
        }
    }
    return blocks;
}

/// The limiter's gain at each block edge (blocks + 1 of them) for audio multiplied by `gain`,
/// so that no sample goes over `ceiling`: an edge takes the smaller need of the two blocks it
/// joins; the gain at an edge is the mean, over the edges within the look-ahead (2 ms in whole
/// blocks), of the minimum need within the look-ahead of each (so it starts falling two
/// look-aheads before a peak and never exceeds what any block in reach needs); then it recovers with a one-pole release of 60 ms. Between two edges
/// the gain is their straight line, which stays under both ends' needs and so under the block's.
void limiter_gains(const std::vector<BlockStats>& blocks, int block, int sample_rate, float ceiling, float gain,
                   std::vector<float>& edges) {
    const std::size_t n = blocks.size() + 1;
    auto need = [&](std::size_t b) {
        if (b >= blocks.size()) return 1.0f;
        float peak = blocks[b].peak * gain;
        return peak > ceiling ? ceiling / peak : 1.0f;
    };
    edges.assign(n, 1.0f);
    const auto reach = static_cast<std::size_t>(std::max(1, (sample_rate / 500 + block / 2) / block));  // 2 ms in edges
    std::vector<float> at_edge(n, 1.0f), window_min(n, 1.0f);
    // The first edge from k on that needs a gain under 1 (n if none does).
    std::vector<std::size_t> next_needy(n + 1, n);
    for (std::size_t b = blocks.size(); b-- > 0;) {
        float nb = need(b);
        if (nb < 1.0f) {
            at_edge[b] = std::min(at_edge[b], nb);
            at_edge[b + 1] = std::min(at_edge[b + 1], nb);
        }
        next_needy[b + 1] = at_edge[b + 1] < 1.0f ? b + 1 : next_needy[b + 2];
        next_needy[b] = at_edge[b] < 1.0f ? b : next_needy[b + 1];
    }
    if (next_needy[0] == n) return;
    // Most edges are more than two windows from any that needs something, with the release
    // over: their gain is 1, and only the stretches around the others are computed. The window
    // is a block or two each way, so plain loops over it cost less than anything cleverer.
    auto far_from_needs = [&](std::size_t k) { return next_needy[k >= 2 * reach ? k - 2 * reach : 0] > k + 2 * reach; };
    for (std::size_t k = 0; k < n; ++k) {
        if (far_from_needs(k)) continue;
        float m = 1.0f;
        for (std::size_t j = k >= reach ? k - reach : 0, end = std::min(n - 1, k + reach); j <= end; ++j)
            m = std::min(m, at_edge[j]);
        window_min[k] = m;
    }
    const auto width = static_cast<float>(2 * reach + 1);
    const auto release = static_cast<float>(std::exp(-static_cast<double>(block) / (0.060 * sample_rate)));
    float d = 0.0f;  // the gain reduction, 1 - gain
    for (std::size_t k = 0; k < n; ++k) {
        if (d == 0.0f && far_from_needs(k)) continue;
        float sum = 0.0f;
        for (std::size_t j = k >= reach ? k - reach : 0, end = std::min(n - 1, k + reach); j <= end; ++j)
            sum += window_min[j];
        // Outside the audio the window holds gain 1.
        auto inside = static_cast<float>(std::min(n - 1, k + reach) - (k >= reach ? k - reach : 0) + 1);
        float mean = (sum + (width - inside)) / width;
        d = std::max(1.0f - mean, d * release);
        if (d < 1e-5f) d = 0.0f;  // under 0.0001 dB the release is over
        edges[k] = 1.0f - d;
    }
}

/// The energy the limiter's `edges` take from the blocks, for audio multiplied by `gain`.
double limited_energy(const std::vector<BlockStats>& blocks, const std::vector<float>& edges, float gain) {
    double removed = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        double a = edges[b], slope = static_cast<double>(edges[b + 1]) - a;
        if (a == 1.0 && slope == 0.0) continue;
        const BlockStats& s = blocks[b];
        removed += s.e0 - (a * a * s.e0 + 2 * a * slope * s.e1 + slope * slope * s.e2);
    }
    return removed * static_cast<double>(gain) * gain;
}

/// Multiplies the audio by `gain` and by the limiter's straight lines between `edges`.
void apply_gains(std::vector<float>& audio, int block, const std::vector<float>& edges, float gain) {
    const auto step = static_cast<std::size_t>(block);
    for (std::size_t b = 0, first = 0; first < audio.size(); ++b, first += step) {
        std::size_t len = std::min(step, audio.size() - first);
        float* x = audio.data() + first;
        float a = edges[b] * gain, slope = (edges[b + 1] - edges[b]) * gain / static_cast<float>(block);
        for (std::size_t i = 0; i < len; ++i) x[i] *= a + slope * static_cast<float>(i);
    }
}

}  // namespace

double measure_lufs(std::span<const float> audio, int sample_rate, std::int64_t silence_after) {
    if (audio.empty()) return kSilence;
    Meter meter(sample_rate, EBUR128_MODE_I);
    if (!meter.get()) return kSilence;
    // A gating block (400 ms) wholly in the silence is under the absolute gate and counts for
    // nothing: more than 400 ms of silence, with some for the filter to ring out, changes nothing.
    silence_after = std::min<std::int64_t>(silence_after, sample_rate / 2);
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
    const int block = limiter_block(sample_rate);
    const std::vector<BlockStats> blocks = block_stats(audio, block);
    double energy = 0;
    for (const BlockStats& s : blocks) energy += s.e0;
    std::vector<float> edges;
    // The loudness a gain would lose to the limiter, from the blocks' energies alone.
    auto loss_db = [&](double gain_db) {
        auto gain = static_cast<float>(db_to_gain(gain_db));
        limiter_gains(blocks, block, sample_rate, ceiling, gain, edges);
        double before = energy * static_cast<double>(gain) * gain;
        double after = before - limited_energy(blocks, edges, gain);
        return after > 0 && before > 0 ? 10.0 * std::log10(after / before) : 0.0;
    };
    double gain_db = settings.target_lufs - measured;
    // Limiting lowers the loudness a little: by as much as it lowers the energy, since it only
    // touches the peaks, where the K-weighting that loudness applies changes little. Make it up,
    // limiting again, until it holds (measuring again with the meter would cost as much as the
    // rest of the render). The make-up m must give back what the limiter takes at gain + m,
    // the root of r(m) = m + loss(gain + m): the secant method from m = 0 and m = -loss(gain)
    // finds it within 0.02 dB in three or four trials (each a pass over the blocks).
    auto residual = [&](double m) { return m + loss_db(gain_db + m); };
    double m0 = 0, r0 = residual(m0), makeup_db = 0;
    if (r0 < -0.02) {
        double m1 = std::min(6.0, -r0), r1 = residual(m1);
        for (int pass = 0; pass < 6 && std::fabs(r1) > 0.02 && r1 != r0; ++pass) {
            double m2 = std::clamp(m1 - r1 * (m1 - m0) / (r1 - r0), 0.0, 6.0);
            m0 = m1;
            r0 = r1;
            m1 = m2;
            r1 = residual(m1);
        }
        makeup_db = m1;
    }
    auto gain = static_cast<float>(db_to_gain(gain_db + makeup_db));
    limiter_gains(blocks, block, sample_rate, ceiling, gain, edges);
    apply_gains(audio, block, edges, gain);
}

}  // namespace narrate
