#include "audio/loudness.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

#include "audio/avx2_clone.h"

namespace narrate {
namespace {

constexpr double kSilence = -std::numeric_limits<double>::infinity();

/// One biquad section's coefficients (y = b0·x + b1·x1 + b2·x2 − a1·y1 − a2·y2).
struct Biquad {
    double b0, b1, b2, a1, a2;
};

/// The two filters of BS.1770's K-weighting, a high shelf then a high pass.
struct KWeighting {
    Biquad shelf, high_pass;
};

/// ITU-R BS.1770's K-weighting at `sample_rate`: a high shelf of +4 dB above about 1.7 kHz
/// (the head's effect on what reaches the ear), then a high pass at 38 Hz (the revised
/// low-frequency B-curve). Bilinear transforms of the analog prototypes whose constants
/// libebur128 derives from the standard's 48 kHz coefficients, so the two agree at any rate.
KWeighting k_weighting(int sample_rate) {
    const double rate = sample_rate;
    double k = std::tan(M_PI * 1681.974450955533 / rate), q = 0.7071752369554196;
    double vh = std::pow(10.0, 3.999843853973347 / 20.0), vb = std::pow(vh, 0.4996667741545416);
    double a0 = 1.0 + k / q + k * k;
    Biquad shelf{(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    k = std::tan(M_PI * 38.13547087602444 / rate);
    q = 0.5003270373238773;
    a0 = 1.0 + k / q + k * k;
    Biquad high_pass{1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
    return {shelf, high_pass};
}

/// The K-weighting run over four stretches of a segment at once. A recursive filter is a
/// chain: each output waits for the one before, so one filter runs at the pace of that chain,
/// not of the arithmetic. Four independent filters, one in each lane of a vector (GCC's vector
/// extension: two SSE2 registers, or one AVX register), keep the arithmetic busy.
class KWeightingLanes {
public:
    static constexpr std::size_t kLanes = 4;
    using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));

    explicit KWeightingLanes(const KWeighting& k) : shelf_{k.shelf}, high_pass_{k.high_pass} {}

    /// Filters frames [first, last) of `in` (lane j's sample of frame i at in[i·kLanes + j]),
    /// adding each lane's Σy² to `energy`. In double precision: the high pass has its poles
    /// close to the unit circle, where single precision would colour the result. The state
    /// works on local copies, which the compiler keeps in registers.
    void run(const float* in, std::size_t first, std::size_t last, Lanes& energy) {
        Section s = shelf_, h = high_pass_;
        Lanes e = energy;
        for (std::size_t i = first; i < last; ++i) {
            const float* x = in + i * kLanes;
            Lanes y{x[0], x[1], x[2], x[3]};
            s.step(y);
            h.step(y);
            e += y * y;
        }
        shelf_ = s;
        high_pass_ = h;
        energy = e;
    }

    /// A filter left to ring out in silence decays into subnormal numbers, which cost a
    /// hundred times as much to compute with; under 1e-30 it is silent for any purpose.
    void flush_tiny() {
        for (Section* f : {&shelf_, &high_pass_})
            for (std::size_t j = 0; j < kLanes; ++j) {
                if (std::fabs(f->s1[j]) < 1e-30) f->s1[j] = 0;
                if (std::fabs(f->s2[j]) < 1e-30) f->s2[j] = 0;
            }
    }

private:
    /// A biquad in transposed direct form II, with a state in each lane: two numbers a lane
    /// to carry from sample to sample, where direct form I carries four (four lanes of two
    /// filters in that form would not fit the vector registers).
    ///
    /// The form's s1' = b1·x + s2 − a1·y waits on y = b0·x + s1: an addition, a product and a
    /// subtraction from one sample's s1 to the next. With y written out, s1' = (b1 − a1·b0)·x
    /// + s2 − a1·s1 waits on a product and a subtraction only, and the chain that sets the
    /// filter's pace is a third shorter (the same numbers within 1e-13 dB of loudness).
    struct Section {
        Biquad c;
        double k1 = c.b1 - c.a1 * c.b0, k2 = c.b2 - c.a2 * c.b0;
        Lanes s1{}, s2{};

        /// Filters one sample in each lane, in place (a vector passed by value would have
        /// an ABI that differs with and without AVX).
        void step(Lanes& x) {
            Lanes y = c.b0 * x + s1;
            Lanes s1_next = (k1 * x + s2) - c.a1 * s1;
            s2 = k2 * x - c.a2 * s1;
            s1 = s1_next;
            x = y;
        }
    };

    Section shelf_, high_pass_;
};

/// The K-weighted energy (Σy²) of each whole 100 ms step (`step` frames) of the first
/// `frames` frames of `audio` followed by silence, then of what is left over.
///
/// The steps are cut into four stretches, one for each lane of KWeightingLanes. A lane starts
/// from rest 100 ms before its stretch, on the audio before it: whatever came earlier than
/// that has died away in the filters' memory by the start of the stretch, to about 1e-9 of
/// its level (the slowest poles are the high pass's double pole at 38 Hz: t·e^(-ω·t) at
/// 100 ms). So each stretch's energies are those of one filter run over the whole segment
/// within 1e-12 dB (measured on speech), while a sentence of three seconds costs eleven steps
/// of the four lanes with a warm-up of 300 ms and nine with this one.
/// Compiled twice, for AVX2 and for any x86-64, the better chosen when the program starts; the
/// two compute the same numbers (AVX2 without FMA rounds each operation as SSE2 does).
NARRATE_AVX2_CLONE std::vector<double> weighted_steps(const KWeighting& k, std::span<const float> audio,
                                                     std::size_t frames, std::size_t step) {
    constexpr std::size_t kLanes = KWeightingLanes::kLanes, kWarmSteps = 1;
    const std::size_t steps = (frames + step - 1) / step;
    if (steps == 0) return {};
    const std::size_t per_lane = (steps + kLanes - 1) / kLanes;
    const std::size_t lane_steps = kWarmSteps + per_lane;
    // One step of the four lanes' samples side by side, so that a frame of the four is one
    // load; a step at a time, not the segment, keeps it small and in the cache.
    std::vector<float> in(step * kLanes);
    const auto size = static_cast<std::ptrdiff_t>(audio.size());
    auto gather = [&](std::size_t s) {
        // Only a step that reaches outside the audio (a lane's warm-up before it, or the
        // silence after it) has frames the loop below leaves alone.
        const auto first =
            static_cast<std::ptrdiff_t>(s * step) - static_cast<std::ptrdiff_t>(kWarmSteps * step);
        const auto last = static_cast<std::ptrdiff_t>(((kLanes - 1) * per_lane + s + 1) * step) -
                          static_cast<std::ptrdiff_t>(kWarmSteps * step);
        if (first < 0 || last > size) std::fill(in.begin(), in.end(), 0.0f);
        for (std::size_t j = 0; j < kLanes; ++j) {
            // Lane j's step s starts kWarmSteps steps before its stretch, j·per_lane steps in.
            const auto start = static_cast<std::ptrdiff_t>((j * per_lane + s) * step) -
                               static_cast<std::ptrdiff_t>(kWarmSteps * step);
            const std::ptrdiff_t end = std::min(size, start + static_cast<std::ptrdiff_t>(step));
            for (std::ptrdiff_t f = std::max<std::ptrdiff_t>(0, start); f < end; ++f)
                in[static_cast<std::size_t>(f - start) * kLanes + j] = audio[static_cast<std::size_t>(f)];
        }
    };
    std::vector<double> energies(steps, 0.0);
    // The last step may be short: its lane's energy is taken where the frames end.
    const std::size_t last_lane = (steps - 1) / per_lane, last_local = kWarmSteps + (steps - 1) % per_lane;
    const std::size_t last_length = frames - (steps - 1) * step;
    double short_last = 0;
    KWeightingLanes lanes(k);
    for (std::size_t s = 0; s < lane_steps; ++s) {
        KWeightingLanes::Lanes energy{};
        gather(s);
        if (s == last_local && last_length < step) {
            lanes.run(in.data(), 0, last_length, energy);
            short_last = energy[last_lane];
            lanes.run(in.data(), last_length, step, energy);
        } else {
            lanes.run(in.data(), 0, step, energy);
        }
        lanes.flush_tiny();
        if (s < kWarmSteps) continue;
        for (std::size_t j = 0; j < kLanes; ++j)
            if (std::size_t global = j * per_lane + (s - kWarmSteps); global < steps) energies[global] = energy[j];
    }
    if (last_length < step) energies[steps - 1] = short_last;
    return energies;
}

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

/// What the meter and the limiter need to know of a segment.
struct Analysis {
    /// The K-weighted energy (Σy²) of each whole 100 ms step, then of what is left over.
    std::vector<double> steps;
    std::size_t step_frames = 0;
    std::size_t frames = 0;          ///< the audio and the silence measured after it
    std::vector<BlockStats> blocks;  ///< of the audio alone, for the limiter
};

/// The statistics of one limiter block, x[0, n); `u` and `u2` hold each position's u and u².
/// Four lanes of partial sums in one SSE2 register each (GCC's vector extension): a block's
/// sums do not wait on one another from sample to sample.
BlockStats block_stats(const float* x, std::size_t n, const float* u, const float* u2) {
    constexpr std::size_t kLanes = 4;
    using Floats = float __attribute__((vector_size(kLanes * sizeof(float))));
    Floats peak{}, e0{}, e1{}, e2{}, v, vu, vu2;
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        std::memcpy(&v, x + i, sizeof v);
        std::memcpy(&vu, u + i, sizeof vu);
        std::memcpy(&vu2, u2 + i, sizeof vu2);
        Floats sq = v * v, magnitude = v < 0 ? -v : v;
        peak = peak > magnitude ? peak : magnitude;
        e0 += sq;
        e1 += sq * vu;
        e2 += sq * vu2;
    }
    BlockStats stats;
    for (; i < n; ++i) {
        float sq = x[i] * x[i];
        stats.peak = std::max(stats.peak, std::fabs(x[i]));
        stats.e0 += sq;
        stats.e1 += sq * u[i];
        stats.e2 += sq * u2[i];
    }
    for (std::size_t j = 0; j < kLanes; ++j) {
        stats.peak = std::max(stats.peak, peak[j]);
        stats.e0 += e0[j];
        stats.e1 += e1[j];
        stats.e2 += e2[j];
    }
    return stats;
}

/// The K-weighted energy of `audio` and of the `silence_after` frames of silence after it,
/// and the limiter's statistics of its blocks of `block` frames (none if `block` is 0: the
/// meter alone).
Analysis analyse(std::span<const float> audio, int sample_rate, std::int64_t silence_after, int block) {
    Analysis a;
    a.step_frames = static_cast<std::size_t>((sample_rate + 5) / 10);
    a.frames = audio.size() + static_cast<std::size_t>(std::max<std::int64_t>(0, silence_after));
    a.steps = weighted_steps(k_weighting(sample_rate), audio, a.frames, a.step_frames);
    if (block <= 0) return a;
    const auto size = static_cast<std::size_t>(block);
    std::vector<float> u(size), u2(size);
    for (std::size_t i = 0; i < size; ++i) {
        u[i] = static_cast<float>(i) / static_cast<float>(size);
        u2[i] = u[i] * u[i];
    }
    a.blocks.resize((audio.size() + size - 1) / size);
    for (std::size_t b = 0; b < a.blocks.size(); ++b) {
        std::size_t first = b * size, n = std::min(size, audio.size() - first);
        a.blocks[b] = block_stats(audio.data() + first, n, u.data(), u2.data());
    }
    return a;
}

/// The loudness of `energy`, the mean square of K-weighted samples, in LUFS.
double loudness_of(double energy) { return -0.691 + 10.0 * std::log10(energy); }

/// BS.1770's integrated loudness: 400 ms blocks every 100 ms, those under -70 LUFS left out,
/// then those more than 10 LU under the mean of the rest. Under 400 ms (or with no block over
/// -70) there is no gating block: the ungated loudness of the whole.
double gated_loudness(const Analysis& a) {
    const std::size_t whole_steps = a.frames / a.step_frames;
    const double block_frames = 4.0 * static_cast<double>(a.step_frames);
    const double absolute = std::pow(10.0, (-70.0 + 0.691) / 10.0);
    std::vector<double> blocks;
    for (std::size_t k = 3; k < whole_steps; ++k) {
        double z = (a.steps[k - 3] + a.steps[k - 2] + a.steps[k - 1] + a.steps[k]) / block_frames;
        if (z >= absolute) blocks.push_back(z);
    }
    if (blocks.empty()) {
        double sum = 0;
        for (double e : a.steps) sum += e;
        return a.frames > 0 && sum > 0 ? loudness_of(sum / static_cast<double>(a.frames)) : kSilence;
    }
    double mean = 0;
    for (double z : blocks) mean += z;
    const double relative = mean / static_cast<double>(blocks.size()) * 0.1;  // -10 LU
    double sum = 0;
    std::size_t count = 0;
    for (double z : blocks)
        if (z >= relative) {
            sum += z;
            ++count;
        }
    return loudness_of(sum / static_cast<double>(count));
}

/// The limiter of one segment, tried at one gain after another. Only the blocks whose peak
/// the largest gain tried puts over the ceiling can ever need it: each trial looks at the
/// stretches around those alone, and the rest of the edges keep gain 1.
class Limiter {
public:
    /// For trials at gains up to `max_gain`.
    Limiter(const std::vector<BlockStats>& blocks, int block, int sample_rate, float ceiling, float max_gain)
        : blocks_(blocks), ceiling_(ceiling),
          reach_(static_cast<std::size_t>(std::max(1, (sample_rate / 500 + block / 2) / block))),  // 2 ms in edges
          release_(static_cast<float>(std::exp(-static_cast<double>(block) / (0.060 * sample_rate)))) {
        for (std::size_t b = 0; b < blocks.size(); ++b)
            if (blocks[b].peak * max_gain > ceiling) candidates_.push_back(b);
    }

    /// The gain at each block edge (blocks + 1 of them) for audio multiplied by `gain`, so that
    /// no sample goes over the ceiling: an edge takes the smaller need of the two blocks it
    /// joins; the gain at an edge is the mean, over the edges within the look-ahead (2 ms in
    /// whole blocks), of the minimum need within the look-ahead of each (so it starts falling
    /// two look-aheads before a peak and never exceeds what any block in reach needs); then it
    /// recovers with a one-pole release of 60 ms. Between two edges the gain is their straight
    /// line, which stays under both ends' needs and so under the block's.
    void gains(float gain, std::vector<float>& edges) {
        const std::size_t n = blocks_.size() + 1;
        edges.assign(n, 1.0f);
        needy_.clear();
        for (std::size_t b : candidates_) {
            float peak = blocks_[b].peak * gain;
            if (peak > ceiling_) needy_.push_back({b, ceiling_ / peak});
        }
        if (needy_.empty()) return;
        at_edge_.assign(n, 1.0f);
        window_min_.assign(n, 1.0f);
        for (auto [b, need] : needy_) {
            at_edge_[b] = std::min(at_edge_[b], need);
            at_edge_[b + 1] = std::min(at_edge_[b + 1], need);
        }
        for (auto [b, need] : needy_)
            for (std::size_t k = b >= reach_ ? b - reach_ : 0, end = std::min(n - 1, b + 1 + reach_); k <= end; ++k)
                window_min_[k] = window_min(k, n);
        // The edges within two look-aheads of a needy block, then the release after them.
        const auto width = static_cast<float>(2 * reach_ + 1);
        float d = 0.0f;  // the gain reduction, 1 - gain
        std::size_t k = 0;
        auto release_until = [&](std::size_t end) {
            for (; k < end && d > 0.0f; ++k) {
                d *= release_;
                if (d < 1e-5f) d = 0.0f;  // under 0.0001 dB the release is over
                edges[k] = 1.0f - d;
            }
            k = std::max(k, end);
        };
        for (auto [b, need] : needy_) {
            release_until(b >= 2 * reach_ ? b - 2 * reach_ : 0);
            for (std::size_t end = std::min(n, b + 2 + 2 * reach_); k < end; ++k) {
                std::size_t first = k >= reach_ ? k - reach_ : 0, last = std::min(n - 1, k + reach_);
                float sum = 0.0f;
                for (std::size_t j = first; j <= last; ++j) sum += window_min_[j];
                // Outside the audio the window holds gain 1.
                auto inside = static_cast<float>(last - first + 1);
                float mean = (sum + (width - inside)) / width;
                d = std::max(1.0f - mean, d * release_);
                if (d < 1e-5f) d = 0.0f;
                edges[k] = 1.0f - d;
            }
        }
        release_until(n);
    }

private:
    struct Need {
        std::size_t block;
        float need;  ///< the gain under which its peak is at the ceiling
    };

    /// The smallest need of the edges within the look-ahead of edge k.
    float window_min(std::size_t k, std::size_t n) const {
        float m = 1.0f;
        for (std::size_t j = k >= reach_ ? k - reach_ : 0, end = std::min(n - 1, k + reach_); j <= end; ++j)
            m = std::min(m, at_edge_[j]);
        return m;
    }

    const std::vector<BlockStats>& blocks_;
    float ceiling_;
    std::size_t reach_;
    float release_;
    std::vector<std::size_t> candidates_;
    std::vector<Need> needy_;
    std::vector<float> at_edge_, window_min_;
};

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
/// Compiled for AVX2 as well: eight samples an instruction.
NARRATE_AVX2_CLONE void apply_gains(std::span<float> audio, int block,
                                    const std::vector<float>& edges, float gain) {
    const auto step = static_cast<std::size_t>(block);
    for (std::size_t b = 0, first = 0; first < audio.size(); ++b, first += step) {
        // A block is a few dozen samples: an int counter, which SSE2 turns into floats four
        // at a time (it has no such conversion for 64-bit integers).
        auto len = static_cast<int>(std::min(step, audio.size() - first));
        float* x = audio.data() + first;
        float a = edges[b] * gain, slope = (edges[b + 1] - edges[b]) * gain / static_cast<float>(block);
        for (int i = 0; i < len; ++i) x[i] *= a + slope * static_cast<float>(i);
    }
}

/// A gating block (400 ms) wholly in the silence after a segment is under the absolute gate
/// and counts for nothing: more than 400 ms of silence, with some for the filter to ring out,
/// changes nothing.
std::int64_t measured_silence(std::int64_t silence_after, int sample_rate) {
    return std::clamp<std::int64_t>(silence_after, 0, sample_rate / 2);
}

/// `lufs`, or silence under -70 LUFS, the absolute gate.
double audible(double lufs) { return std::isfinite(lufs) && lufs > -70.0 ? lufs : kSilence; }

}  // namespace

double measure_lufs(std::span<const float> audio, int sample_rate, std::int64_t silence_after) {
    if (audio.empty()) return kSilence;
    return audible(gated_loudness(analyse(audio, sample_rate, measured_silence(silence_after, sample_rate), 0)));
}

void normalize_loudness(std::span<float> audio, int sample_rate, const LoudnessSettings& settings,
                        std::int64_t pause_after) {
    if (!settings.enabled || audio.empty()) return;
    const int block = limiter_block(sample_rate);
    const Analysis analysis = analyse(audio, sample_rate, measured_silence(pause_after, sample_rate), block);
    double measured = audible(gated_loudness(analysis));
    if (!std::isfinite(measured)) return;
    // Sample peaks held under the true-peak ceiling leave room for the peaks between samples
    // and for the lossy encoders' overshoot.
    auto ceiling = static_cast<float>(db_to_gain(settings.true_peak_dbtp - settings.headroom_db));
    const std::vector<BlockStats>& blocks = analysis.blocks;
    double energy = 0;
    for (const BlockStats& s : blocks) energy += s.e0;
    double gain_db = settings.target_lufs - measured;
    // Trials add at most 6 dB of make-up.
    Limiter limiter(blocks, block, sample_rate, ceiling, static_cast<float>(db_to_gain(gain_db + 6.01)));
    std::vector<float> edges;
    // The loudness a gain would lose to the limiter, from the blocks' energies alone.
    auto loss_db = [&](double trial_db) {
        auto gain = static_cast<float>(db_to_gain(trial_db));
        limiter.gains(gain, edges);
        double before = energy * static_cast<double>(gain) * gain;
        double after = before - limited_energy(blocks, edges, gain);
        return after > 0 && before > 0 ? 10.0 * std::log10(after / before) : 0.0;
    };
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
    limiter.gains(gain, edges);
    apply_gains(audio, block, edges, gain);
}

}  // namespace narrate
