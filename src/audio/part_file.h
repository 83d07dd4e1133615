#pragma once
// A rendered part on disk: its audio (MP3 frames, or 16-bit PCM for the other formats, which
// are encoded once the parts are joined) followed by what it says about itself: its length,
// loudness and the timing of every segment, sentence and word.

#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audio/audio_sink.h"
#include "audio/mp3_encoder.h"
#include "core/timeline.h"

namespace narrate {

/// How a part's audio is stored.
enum class PartPayload {
    mp3,    ///< MP3 frames, joined as they are
    pcm16,  ///< 16-bit little-endian samples, encoded when joined
};

/// What a part file says about its audio.
struct PartInfo {
    std::int64_t samples = 0;            ///< audio samples (frames, mono)
    std::vector<SegmentTiming> timings;  ///< from the part's start; sources are not kept
    std::int64_t mp3_frames = 0;         ///< MP3 only
    int mp3_padding = 0;                 ///< MP3 only: samples after the audio in its last frame
    Mp3Layout mp3_layout;                ///< MP3 only
};

/// MP3 encoder settings for parts.
struct Mp3Settings {
    int bitrate_kbps = 64;
    int quality = 7;  ///< LAME algorithm quality, 0 best … 9 fastest
};

/// Writes a part's audio into `file` as it arrives; finish() appends the description.
class PartWriter final : public AudioSink {
public:
    /// Writes into `file`; errors name `display_name` (the folder of the parts).
    PartWriter(std::FILE* file, std::string display_name, PartPayload payload, int sample_rate,
               Mp3Settings mp3 = {});
    void write(std::span<const float> samples) override;
    /// Ends the audio and writes `info` (its samples and MP3 fields filled in here) after it.
    /// Throws Error(ExitCode::output) if the file cannot be written.
    void finish(PartInfo& info);

private:
    void flush();
    [[noreturn]] void fail_write() const;

    std::FILE* file_;
    std::string display_name_;
    PartPayload payload_;
    std::string bytes_;  ///< MP3 frames and the description, on their way to the file
    std::vector<std::int16_t> pcm_ = std::vector<std::int16_t>(32768);  ///< samples on their way, as PCM
    std::optional<Mp3Encoder> mp3_;
    std::int64_t samples_ = 0;
};

/// An open part file, its description read.
struct PartFile {
    PartInfo info;
    std::int64_t payload_bytes = 0;
};

/// Reads the description of the part file open as `fd`; nothing if it is not a whole part file.
[[nodiscard]] std::optional<PartFile> read_part(int fd);

/// Passes the part's audio bytes to `sink`, in blocks. Throws Error(ExitCode::output) naming
/// `display_name` if they cannot be read.
void read_payload(int fd, const PartFile& part, const std::string& display_name,
                  const std::function<void(std::span<const char>)>& sink);

/// Passes a pcm16 part's samples to `sink`, in blocks, read straight into 16-bit samples.
/// Throws as read_payload() does.
void read_pcm16(int fd, const PartFile& part, const std::string& display_name,
                const std::function<void(std::span<const std::int16_t>)>& sink);

}  // namespace narrate
