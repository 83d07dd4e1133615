#pragma once
// Ogg Opus (RFC 7845) written with libopus and libogg directly, in a closed loop that holds the
// decoded audio's peaks under a ceiling. The only files that include opus.h and ogg.h.
//
// libopus at 32 kbps on heavily limited synthetic speech now and then codes a frame whose
// decoded peak is 3-5 dB over its input's, and which frame does so changes chaotically with tiny
// changes of the input: no headroom or limiter setting ahead of the encoder prevents it. So each
// frame is decoded as soon as it is encoded; where the decoded audio goes over the ceiling the
// input is dipped smoothly around the overshoot and the frames it touches are encoded again from
// snapshots of the encoder and decoder states (libopus documents both as one contiguous block
// that may be copied with memcpy).

#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

struct OpusEncoder;
struct OpusDecoder;

namespace narrate {

/// What the Opus stream is made with.
struct OggOpusSettings {
    int bitrate_kbps = 32;          ///< VBR target
    bool hold_peaks = true;         ///< keep decoded peaks under the ceiling (off: encode as is)
    double ceiling_dbfs = -1.0;     ///< decoded peaks stay under this (the true-peak ceiling)
    double margin_db = 0.5;         ///< decoded sample peaks stay this far under the ceiling, for
                                    ///< the peaks between samples
    std::uint32_t serial = 0x6e617272;  ///< Ogg stream serial number; fixed so output is repeatable
};

/// What the peak control did, for tests and reports.
struct OggOpusStats {
    std::int64_t frames = 0;         ///< Opus packets written
    std::int64_t retries = 0;        ///< frames encoded again after an overshoot
    std::int64_t unresolved = 0;     ///< overshoots accepted after the last attempt
};

/// Streams 48 kHz mono audio into an Ogg Opus file. Owns the libopus encoder and decoder, the
/// libogg stream and the FILE. Same input, same bytes.
class OggOpusWriter {
public:
    /// Opens `path` for writing. Throws Error(ExitCode::output) naming `display_name` if it cannot.
    OggOpusWriter(const std::string& path, const std::string& display_name, const OggOpusSettings& settings);
    ~OggOpusWriter();
    OggOpusWriter(const OggOpusWriter&) = delete;
    OggOpusWriter& operator=(const OggOpusWriter&) = delete;

    /// Appends samples in [-1, 1].
    void write(std::span<const float> samples);
    /// Appends 16-bit samples.
    void write_pcm16(std::span<const std::int16_t> samples);
    /// Encodes what is left, ends the stream and closes the file; throws Error(ExitCode::output)
    /// if that fails.
    void close();

    [[nodiscard]] const OggOpusStats& stats() const { return stats_; }

    static constexpr int kSampleRate = 48000;
    static constexpr int kFrameSamples = 960;  ///< 20 ms

private:
    struct Codec;      // the encoder, the decoder and their snapshots
    struct OggStream;  // libogg's stream state
    /// One encoded frame not yet written: the states before it, for encoding it again.
    struct Pending {
        std::vector<unsigned char> encoder_state, decoder_state;
        std::vector<unsigned char> packet;
    };

    void encode_ready_frames(bool final);
    void encode_frame();
    std::int64_t dip_input(std::int64_t center, float depth);
    void rewind_to(std::int64_t frame);
    void write_confirmed(bool final);
    void write_headers();
    void write_page_bytes(const unsigned char* data, long size);
    void flush_pages(bool force);
    [[noreturn]] void fail(const std::string& what) const;

    std::string display_name_;
    std::FILE* file_ = nullptr;
    std::unique_ptr<Codec> codec_;
    std::unique_ptr<OggStream> ogg_;
    int lookahead_ = 0;         ///< encoder delay in samples: OpusHead's pre-skip
    float limit_ = 1.0f;        ///< decoded sample peaks stay under this

    std::vector<float> input_;  ///< from input_start_: frames kept for encoding again, and what
                                ///< has not been encoded yet
    std::int64_t input_start_ = 0;  ///< first sample of input_, a frame boundary
    std::int64_t total_samples_ = 0;
    std::int64_t next_frame_ = 0;       ///< the frame encode_frame() codes next
    std::int64_t first_pending_ = 0;    ///< the frame pending_.front() is
    std::deque<Pending> pending_;       ///< encoded frames not yet written, in order
    std::map<std::int64_t, int> attempts_;  ///< encodings again, by frame, of frames not yet written
    std::int64_t packets_written_ = 0;
    OggOpusStats stats_;
};

}  // namespace narrate
