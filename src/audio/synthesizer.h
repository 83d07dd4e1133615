#pragma once
// A speech engine seen from the renderer.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "audio/audio_sink.h"
#include "core/casting.h"

namespace narrate {

/// A timing event reported by the engine while it speaks one text.
struct SynthesisEvent {
    enum class Type { word, sentence, end };
    Type type = Type::word;
    std::size_t text_offset = 0;  ///< byte offset into the text given to synthesize()
    std::size_t text_length = 0;  ///< bytes, for words
    std::int64_t frame = 0;       ///< frames from the start of this text's audio
    bool operator==(const SynthesisEvent&) const = default;
};

/// Turns text into audio in a given voice. Implementations: EspeakSynthesizer and the tests'
/// fake. Not thread-safe.
class Synthesizer {
public:
    virtual ~Synthesizer() = default;
    /// Frames per second of the audio it produces.
    [[nodiscard]] virtual int sample_rate() const = 0;
    /// Speaks `text` literally (no markup, no phoneme input) in `voice`, streaming the audio
    /// into `out`. Returns the number of frames written and appends timing events to `events`
    /// when it is not null. Throws Error(ExitCode::engine) on failure.
    virtual std::int64_t synthesize(const VoiceSettings& voice, std::string_view text,
                                    AudioSink& out, std::vector<SynthesisEvent>* events) = 0;
};

}  // namespace narrate
