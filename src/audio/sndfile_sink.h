#pragma once
// Audio files through libsndfile. The only file that includes libsndfile's header.

#include <string>

#include "audio/audio_format.h"
#include "audio/audio_sink.h"

struct sf_private_tag;  // libsndfile's SNDFILE

namespace narrate {

/// Encoder settings for lossy formats.
struct EncoderSettings {
    int mp3_bitrate_kbps = 64;  ///< constant bitrate of MP3 output
    double vorbis_quality = 0.4;  ///< libsndfile compression level for Vorbis, 0 (best) to 1
};

/// Streams mono audio into a file of one AudioFormat as it arrives. Owns the SNDFILE handle.
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
    /// Flushes and closes the file; throws Error(ExitCode::output) if that fails.
    void close();

private:
    ::sf_private_tag* file_ = nullptr;
    std::string display_name_;
};

}  // namespace narrate
