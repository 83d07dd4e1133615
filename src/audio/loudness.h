#pragma once
// Loudness: EBU R 128 (ITU-R BS.1770) measurement and per-segment normalization with a peak
// limiter.

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace narrate {

/// The amplitude factor of `db` decibels.
[[nodiscard]] inline double db_to_gain(double db) { return std::pow(10.0, db / 20.0); }

/// What loudness the output should have.
struct LoudnessSettings {
    bool enabled = true;          ///< false: the engine's levels as they are (--no-normalize)
    double target_lufs = -16.0;   ///< integrated loudness of every segment and so of the program
    double true_peak_dbtp = -1.0; ///< ceiling for true peaks
    double headroom_db = 1.0;     ///< sample peaks stay this far under the ceiling, for the
                                  ///< peaks between samples and the encoder's overshoot
};

/// The loudness of `audio` (mono, `sample_rate`) followed by `silence_after` frames of silence,
/// in LUFS: integrated (gated) when it is long enough, else the ungated loudness of the whole;
/// -infinity for silence.
[[nodiscard]] double measure_lufs(std::span<const float> audio, int sample_rate,
                                  std::int64_t silence_after = 0);

/// Brings `audio` to `settings.target_lufs`, holding its true peaks under the ceiling with a
/// look-ahead limiter (2 ms look-ahead, 60 ms release). Silence is left alone. The loudness is
/// measured with the `pause_after` frames of silence that will follow it, as the whole
/// program's measurement sees it: speech and pauses normalized together add up to a program at
/// the target.
void normalize_loudness(std::span<float> audio, int sample_rate, const LoudnessSettings& settings,
                        std::int64_t pause_after = 0);

}  // namespace narrate
