#pragma once
// Sample-rate conversion with libsoxr. The only file that includes libsoxr.

#include <span>
#include <vector>

namespace narrate {

/// `audio` (mono) converted from `from_hz` to `to_hz` with soxr's high quality (20-bit) filter,
/// phase-aligned: sample n of the result is at time n / to_hz. The result has
/// round(size * to_hz / from_hz) samples. The same input always gives the same output.
[[nodiscard]] std::vector<float> resample(std::span<const float> audio, int from_hz, int to_hz);

}  // namespace narrate
