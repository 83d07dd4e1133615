#pragma once
// MP3 through LAME, in parts that are encoded on their own and joined into one stream. The only
// file that includes LAME's header.
//
// Why not libsndfile's MP3 writer: it leaves LAME at its default algorithm quality (-q 3), which
// costs twice the CPU of -q 7 for no difference a listener hears in 64 kbps speech, offers no way
// to choose, and writes one stream from one encoder, where a parallel render needs parts encoded
// by separate processes.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "audio/audio_sink.h"

struct lame_global_struct;

namespace narrate {

/// What an MP3 stream needs to know about itself for its Info (Xing/LAME) header.
struct Mp3Layout {
    int sample_rate = 0;
    int bitrate_kbps = 0;
    int frame_samples = 0;     ///< samples per frame: 1152 (MPEG-1) or 576 (MPEG-2 and 2.5)
    int encoder_delay = 0;     ///< samples of silence LAME puts before the audio (576)
    int lowpass_hz = 0;
    std::uint8_t header[4]{};  ///< the first audio frame's header, which the Info frame copies
    bool operator==(const Mp3Layout&) const = default;
};

/// One part: the frames of a stream encoded on its own, starting with a fresh encoder.
struct Mp3Part {
    std::int64_t frames = 0;   ///< MP3 frames it holds
    std::int64_t samples = 0;  ///< audio samples it encodes
    int padding = 0;           ///< samples of silence after them, to fill its last frame
};

/// Encodes mono audio into MP3 frames without any header or tag; the frames go to `out` as they
/// are made. Constant bitrate, LAME algorithm quality `quality` (0 best … 9 fastest).
class Mp3Encoder final : public AudioSink {
public:
    Mp3Encoder(int sample_rate, int bitrate_kbps, int quality, std::string& out);
    ~Mp3Encoder() override;
    Mp3Encoder(const Mp3Encoder&) = delete;
    Mp3Encoder& operator=(const Mp3Encoder&) = delete;

    void write(std::span<const float> samples) override;
    /// Encodes what is left, padding the last frame with silence.
    Mp3Part finish();
    /// The stream's layout; valid once at least one frame has been made.
    [[nodiscard]] Mp3Layout layout() const;

private:
    void keep(int bytes);

    lame_global_struct* lame_ = nullptr;
    std::string& out_;
    std::vector<unsigned char> buffer_;
    std::int64_t samples_ = 0;
    std::uint8_t header_[4]{};
    bool have_header_ = false;
};

/// CRC-16 as LAME computes it for the Info tag (polynomial 0x8005, reflected, starting at 0).
[[nodiscard]] std::uint16_t lame_crc16(std::span<const unsigned char> bytes, std::uint16_t crc = 0);

/// The size of the Info frame of a stream at this rate and bitrate; 0 if it cannot hold one.
[[nodiscard]] std::size_t mp3_info_frame_bytes(int sample_rate, int bitrate_kbps);

/// The Info frame that goes before the audio frames of a whole stream: the frame count, byte
/// count (the Info frame included), a seek table, and the LAME extension with the encoder delay
/// and the end padding that gapless decoders trim, and the CRC of the audio frames. Empty when
/// the frame at this bitrate is too small to hold it (LAME then writes none either).
[[nodiscard]] std::string mp3_info_frame(const Mp3Layout& layout, std::int64_t audio_frames,
                                         std::int64_t audio_bytes, int end_padding,
                                         std::uint16_t music_crc);

}  // namespace narrate
