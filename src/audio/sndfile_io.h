#pragma once
// Audio files through libsndfile: the streaming writer and the reader of short clips. The only
// file that includes libsndfile's header (audio_format.cpp uses its format constants).

#include <cstdint>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/audio_sink.h"

struct sf_private_tag;  // libsndfile's SNDFILE

namespace narrate {

/// Encoder settings for lossy formats.
struct EncoderSettings {
    int quality = -1;      ///< Vorbis quality 0-10 (as oggenc -q); -1: the format's default
};

/// Streams mono audio into a file of one AudioFormat as it arrives. Owns the SNDFILE handle.
/// MP3 is not written here but by mp3_encoder.h, in parts (libsndfile fixes LAME's effort), nor
/// Opus, by ogg_opus_writer.h (which checks each frame it encodes).
class SndfileSink final : public AudioSink {
public:
    /// Opens `path` for writing. Throws Error(ExitCode::output) naming `display_name` and
    /// libsndfile's reason if it cannot.
    SndfileSink(const std::string& path, const std::string& display_name,
                const AudioFormat& format, int sample_rate, const EncoderSettings& settings = {});
    ~SndfileSink() override;
    SndfileSink(const SndfileSink&) = delete;
    SndfileSink& operator=(const SndfileSink&) = delete;

    void write(std::span<const float> samples) override;
    /// Appends 16-bit samples as they are.
    void write_pcm16(std::span<const std::int16_t> samples);
    /// Flushes and closes the file; throws Error(ExitCode::output) if that fails.
    void close();

private:
    ::sf_private_tag* file_ = nullptr;
    std::string display_name_;
};

/// Reads a short audio file (an intro, an outro, a chapter sound) of any format libsndfile
/// reads, mixed down to mono, at `sample_rate` (resampled if it differs). Throws
/// Error(ExitCode::input) naming the file and the cause.
[[nodiscard]] std::vector<float> read_audio_clip(const std::string& path, int sample_rate);

}  // namespace narrate
