#pragma once
// Where synthesized audio goes, chunk by chunk.

#include <span>

namespace narrate {

/// A destination for mono audio samples in [-1, 1]. Implementations: SndfileSink (a file) and
/// the tests' in-memory sink.
class AudioSink {
public:
    virtual ~AudioSink() = default;
    /// Appends `samples` (mono frames). Throws Error on a write failure.
    virtual void write(std::span<const float> samples) = 0;
};

}  // namespace narrate
