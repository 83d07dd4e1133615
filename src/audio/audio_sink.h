#pragma once
// Where synthesized audio goes, chunk by chunk.

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace narrate {

/// eSpeak NG's 16-bit samples as floats in [-1, 1), each x / 32768, into out[0, in.size()).
/// Compiled for AVX2 as well as for the baseline.
void int16_to_float(std::span<const std::int16_t> in, float* out);

/// A destination for mono audio samples in [-1, 1]. Implementations: SndfileSink (a file) and
/// the tests' in-memory sink.
class AudioSink {
public:
    virtual ~AudioSink() = default;
    /// Appends `samples` (mono frames). Throws Error on a write failure.
    virtual void write(std::span<const float> samples) = 0;
    /// Appends 16-bit samples, each meaning x / 32768: what eSpeak NG produces. By default
    /// converted a block at a time and written; a sink that keeps the samples converts them
    /// where they go, sparing a copy.
    virtual void write_int16(std::span<const std::int16_t> samples) {
        std::array<float, 1024> block;
        for (std::size_t at = 0; at < samples.size(); at += block.size()) {
            std::size_t n = std::min(block.size(), samples.size() - at);
            int16_to_float(samples.subspan(at, n), block.data());
            write(std::span<const float>(block.data(), n));
        }
    }
};

}  // namespace narrate
