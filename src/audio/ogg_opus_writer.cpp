#include "audio/ogg_opus_writer.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>

#include <ogg/ogg.h>
#include <opus.h>

#include "audio/audio_sink.h"
#include "audio/loudness.h"
#include "io/error.h"
#include "io/output_file.h"

namespace narrate {
namespace {

constexpr int kFrame = OggOpusWriter::kFrameSamples;
constexpr int kMaxPacketBytes = 4000;  // libopus's recommended maximum packet size
/// Encoded frames held back from the file. A decoded frame's overshoot comes from input up to one
/// lookahead earlier, and its dip reaches half a width further back: less than a frame in all
/// (312 + 240 samples), so the dip starts in that frame or the one before. One more for margin.
constexpr std::int64_t kHeldFrames = 2;
/// Encodings of one frame before an overshoot is accepted.
constexpr int kMaxAttempts = 4;
/// Half width of the dip put into the input around an overshoot: 5 ms.
constexpr int kDipHalfWidth = OggOpusWriter::kSampleRate / 200;
/// The dip goes this much deeper than the overshoot measured, so one attempt usually does.
constexpr double kDipExtraDb = 0.5;

void put_le16(std::vector<unsigned char>& out, unsigned value) {
    out.push_back(static_cast<unsigned char>(value & 0xff));
    out.push_back(static_cast<unsigned char>((value >> 8) & 0xff));
}

void put_le32(std::vector<unsigned char>& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<unsigned char>((value >> shift) & 0xff));
}

void put_text(std::vector<unsigned char>& out, std::string_view text) { out.insert(out.end(), text.begin(), text.end()); }

/// The identification header, RFC 7845 section 5.1: one channel, mapping family 0.
std::vector<unsigned char> opus_head(int pre_skip) {
    std::vector<unsigned char> head;
    put_text(head, "OpusHead");
    head.push_back(1);  // version
    head.push_back(1);  // channels
    put_le16(head, static_cast<unsigned>(pre_skip));
    put_le32(head, OggOpusWriter::kSampleRate);  // the input's rate, for information only
    put_le16(head, 0);  // output gain
    head.push_back(0);  // mapping family 0: mono or stereo, no table
    return head;
}

/// The comment header, RFC 7845 section 5.2: the vendor and no comments (TagLib adds the tags).
std::vector<unsigned char> opus_tags() {
    std::vector<unsigned char> tags;
    put_text(tags, "OpusTags");
    std::string_view vendor = opus_get_version_string();
    put_le32(tags, static_cast<std::uint32_t>(vendor.size()));
    put_text(tags, vendor);
    put_le32(tags, 0);  // comments
    return tags;
}

/// A decoded sample over the limit: where, and how far over.
struct Overshoot {
    std::size_t at = 0;
    float peak = 0;
};

/// The overshoots of `samples` over `limit`, largest first, each the peak of its surroundings:
/// none within `spacing` of a larger one, since one dip covers both.
std::vector<Overshoot> overshoots(std::span<const float> samples, float limit, std::size_t spacing) {
    std::vector<Overshoot> over;
    for (std::size_t i = 0; i < samples.size(); ++i)
        if (std::fabs(samples[i]) > limit) over.push_back({i, std::fabs(samples[i])});
    std::stable_sort(over.begin(), over.end(), [](const Overshoot& a, const Overshoot& b) { return a.peak > b.peak; });
    std::vector<Overshoot> apart;
    for (const Overshoot& o : over) {
        bool covered = std::any_of(apart.begin(), apart.end(), [&](const Overshoot& a) {
            return (a.at > o.at ? a.at - o.at : o.at - a.at) < spacing;
        });
        if (!covered) apart.push_back(o);
    }
    return apart;
}

}  // namespace

/// The encoder and the decoder kept in lockstep with it, and copies of their states.
struct OggOpusWriter::Codec {
    OpusEncoder* encoder = nullptr;
    OpusDecoder* decoder = nullptr;
    std::size_t encoder_bytes = 0, decoder_bytes = 0;

    Codec(const std::string& display_name, int bitrate_kbps) {
        int err = OPUS_OK;
        encoder = opus_encoder_create(kSampleRate, 1, OPUS_APPLICATION_AUDIO, &err);
        if (err != OPUS_OK) throw Error(ExitCode::output, display_name + ": libopus: " + opus_strerror(err));
        decoder = opus_decoder_create(kSampleRate, 1, &err);
        if (err != OPUS_OK) {
            opus_encoder_destroy(encoder);
            throw Error(ExitCode::output, display_name + ": libopus: " + opus_strerror(err));
        }
        // Unconstrained VBR at the bitrate asked for, as libsndfile and opusenc set it.
        opus_encoder_ctl(encoder, OPUS_SET_BITRATE(bitrate_kbps * 1000));
        opus_encoder_ctl(encoder, OPUS_SET_VBR(1));
        opus_encoder_ctl(encoder, OPUS_SET_VBR_CONSTRAINT(0));
        encoder_bytes = static_cast<std::size_t>(opus_encoder_get_size(1));
        decoder_bytes = static_cast<std::size_t>(opus_decoder_get_size(1));
    }
    ~Codec() {
        opus_decoder_destroy(decoder);
        opus_encoder_destroy(encoder);
    }
    Codec(const Codec&) = delete;
    Codec& operator=(const Codec&) = delete;

    [[nodiscard]] int lookahead() const {
        opus_int32 samples = 0;
        opus_encoder_ctl(encoder, OPUS_GET_LOOKAHEAD(&samples));
        return samples;
    }

    // opus.h: "the state ... is a contiguous block of memory ... can be copied with memcpy".
    void save(std::vector<unsigned char>& encoder_state, std::vector<unsigned char>& decoder_state) const {
        const auto* e = reinterpret_cast<const unsigned char*>(encoder);
        const auto* d = reinterpret_cast<const unsigned char*>(decoder);
        encoder_state.assign(e, e + encoder_bytes);
        decoder_state.assign(d, d + decoder_bytes);
    }
    void restore(const std::vector<unsigned char>& encoder_state, const std::vector<unsigned char>& decoder_state) {
        std::memcpy(encoder, encoder_state.data(), encoder_bytes);
        std::memcpy(decoder, decoder_state.data(), decoder_bytes);
    }
};

/// libogg's stream state, cleared on destruction.
struct OggOpusWriter::OggStream {
    ogg_stream_state state{};
    explicit OggStream(std::uint32_t serial) { ogg_stream_init(&state, static_cast<int>(serial)); }
    ~OggStream() { ogg_stream_clear(&state); }
    OggStream(const OggStream&) = delete;
    OggStream& operator=(const OggStream&) = delete;
};

OggOpusWriter::OggOpusWriter(const std::string& path, const std::string& display_name,
                             const OggOpusSettings& settings)
    : display_name_(display_name),
      codec_(std::make_unique<Codec>(display_name, settings.bitrate_kbps)),
      ogg_(std::make_unique<OggStream>(settings.serial)),
      lookahead_(codec_->lookahead()),
      limit_(settings.hold_peaks ? static_cast<float>(db_to_gain(settings.ceiling_dbfs - settings.margin_db))
                                 : std::numeric_limits<float>::infinity()) {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) fail(std::strerror(errno));
    write_headers();
}

OggOpusWriter::~OggOpusWriter() {
    if (file_) std::fclose(file_);
}

void OggOpusWriter::write(std::span<const float> samples) {
    input_.insert(input_.end(), samples.begin(), samples.end());
    total_samples_ += static_cast<std::int64_t>(samples.size());
    encode_ready_frames(false);
}

void OggOpusWriter::write_pcm16(std::span<const std::int16_t> samples) {
    std::size_t at = input_.size();
    input_.resize(at + samples.size());
    int16_to_float(samples, input_.data() + at);
    total_samples_ += static_cast<std::int64_t>(samples.size());
    encode_ready_frames(false);
}

void OggOpusWriter::close() {
    if (!file_) return;
    encode_ready_frames(true);
    std::FILE* f = file_;
    file_ = nullptr;
    if (int err = close_stream(f); err != 0) fail(std::strerror(err));
}

/// Encodes every frame whose input is complete. At the end, encodes up to the last decoded sample
/// (the lookahead plus the input), the last frame padded with silence.
void OggOpusWriter::encode_ready_frames(bool final) {
    std::int64_t frames_needed = (total_samples_ + lookahead_ + kFrame - 1) / kFrame;
    while (final ? next_frame_ < frames_needed : (next_frame_ + 1) * kFrame <= total_samples_)
        encode_frame();
    write_confirmed(final);
}

/// Encodes frame next_frame_ and decodes it. If the decoded peak is over the limit, dips the input
/// around it and rewinds to the earliest frame whose input changed; otherwise moves on.
void OggOpusWriter::encode_frame() {
    std::int64_t frame = next_frame_;
    Pending pending;
    codec_->save(pending.encoder_state, pending.decoder_state);

    // The frame's input, zeros past the end.
    std::array<float, kFrame> pcm{};
    std::int64_t offset = frame * kFrame - input_start_;
    for (int i = 0; i < kFrame; ++i) {
        std::int64_t at = offset + i;
        if (at < static_cast<std::int64_t>(input_.size())) pcm[static_cast<std::size_t>(i)] = input_[static_cast<std::size_t>(at)];
    }
    std::array<unsigned char, kMaxPacketBytes> packet{};
    opus_int32 bytes = opus_encode_float(codec_->encoder, pcm.data(), kFrame, packet.data(), kMaxPacketBytes);
    if (bytes < 0) fail(std::string("libopus: ") + opus_strerror(bytes));
    pending.packet.assign(packet.begin(), packet.begin() + bytes);

    std::array<float, kFrame> decoded{};
    int got = opus_decode_float(codec_->decoder, packet.data(), bytes, decoded.data(), kFrame, 0);
    if (got < 0) fail(std::string("libopus: ") + opus_strerror(got));

    std::vector<Overshoot> over = overshoots(decoded, limit_, kDipHalfWidth);
    // Decoded sample k of the stream is input sample k - lookahead; the pre-skip is trimmed.
    auto source = [&](const Overshoot& o) { return frame * kFrame + static_cast<std::int64_t>(o.at) - lookahead_; };
    std::erase_if(over, [&](const Overshoot& o) { return source(o) < 0; });
    int& attempts = attempts_[frame];
    pending_.push_back(std::move(pending));
    if (over.empty()) {
        ++next_frame_;
        return;
    }
    if (attempts >= kMaxAttempts) {
        ++stats_.unresolved;
        ++next_frame_;
        return;
    }
    ++attempts;
    ++stats_.retries;
    std::int64_t earliest = frame;
    for (const Overshoot& o : over) {
        float depth = limit_ / o.peak * static_cast<float>(db_to_gain(-kDipExtraDb));
        earliest = std::min(earliest, dip_input(source(o), depth));
    }
    rewind_to(earliest);
}

/// Multiplies the input around `center` by a raised-cosine dip down to `depth`, within what is
/// kept; returns the first frame whose input changed.
std::int64_t OggOpusWriter::dip_input(std::int64_t center, float depth) {
    std::int64_t from = std::max(center - kDipHalfWidth, input_start_);
    std::int64_t to = std::min(center + kDipHalfWidth, input_start_ + static_cast<std::int64_t>(input_.size()) - 1);
    for (std::int64_t k = from; k <= to; ++k) {
        double phase = std::numbers::pi * static_cast<double>(k - center) / kDipHalfWidth;
        double dip = (1.0 - depth) * 0.5 * (1.0 + std::cos(phase));
        input_[static_cast<std::size_t>(k - input_start_)] *= static_cast<float>(1.0 - dip);
    }
    return std::max(from / kFrame, first_pending_);
}

/// Restores the states from before `frame` and drops the packets from it on.
void OggOpusWriter::rewind_to(std::int64_t frame) {
    const Pending& from = pending_[static_cast<std::size_t>(frame - first_pending_)];
    codec_->restore(from.encoder_state, from.decoder_state);
    pending_.resize(static_cast<std::size_t>(frame - first_pending_));
    next_frame_ = frame;
}

/// Writes the packets that can no longer be encoded again (all of them at the end) and forgets
/// their input.
void OggOpusWriter::write_confirmed(bool final) {
    std::int64_t last_decoded = total_samples_ + lookahead_;  // the stream's final granule position
    while (!pending_.empty() && (final || first_pending_ + kHeldFrames < next_frame_)) {
        const Pending& p = pending_.front();
        bool last = final && pending_.size() == 1;
        ogg_packet op{};
        op.packet = const_cast<unsigned char*>(p.packet.data());
        op.bytes = static_cast<long>(p.packet.size());
        op.e_o_s = last ? 1 : 0;
        // The end of the last packet is trimmed to the input's length.
        op.granulepos = last ? last_decoded : (first_pending_ + 1) * kFrame;
        op.packetno = packets_written_++;
        if (ogg_stream_packetin(&ogg_->state, &op) != 0) fail("libogg cannot take a packet");
        pending_.pop_front();
        attempts_.erase(first_pending_);
        ++first_pending_;
        ++stats_.frames;
        flush_pages(last);
    }
    // The input of the frames written is no longer needed.
    std::int64_t keep_from = first_pending_ * kFrame;
    if (keep_from > input_start_) {
        std::int64_t drop = std::min(keep_from - input_start_, static_cast<std::int64_t>(input_.size()));
        input_.erase(input_.begin(), input_.begin() + drop);
        input_start_ += drop;
    }
}

/// OpusHead and OpusTags each on a page of its own, as RFC 7845 asks; the audio starts on a new page.
void OggOpusWriter::write_headers() {
    std::vector<unsigned char> head = opus_head(lookahead_), tags = opus_tags();
    ogg_packet op{};
    op.packet = head.data();
    op.bytes = static_cast<long>(head.size());
    op.b_o_s = 1;
    op.packetno = packets_written_++;
    if (ogg_stream_packetin(&ogg_->state, &op) != 0) fail("libogg cannot take a packet");
    flush_pages(true);
    op = ogg_packet{};
    op.packet = tags.data();
    op.bytes = static_cast<long>(tags.size());
    op.packetno = packets_written_++;
    if (ogg_stream_packetin(&ogg_->state, &op) != 0) fail("libogg cannot take a packet");
    flush_pages(true);
}

/// Writes the pages libogg has completed; with `force`, also the last one, however short.
void OggOpusWriter::flush_pages(bool force) {
    ogg_page page;
    while (force ? ogg_stream_flush(&ogg_->state, &page) : ogg_stream_pageout(&ogg_->state, &page)) {
        write_page_bytes(page.header, page.header_len);
        write_page_bytes(page.body, page.body_len);
    }
}

void OggOpusWriter::write_page_bytes(const unsigned char* data, long size) {
    if (std::fwrite(data, 1, static_cast<std::size_t>(size), file_) != static_cast<std::size_t>(size))
        fail(std::strerror(errno));
}

void OggOpusWriter::fail(const std::string& what) const {
    throw Error(ExitCode::output, display_name_ + ": cannot write: " + what);
}

}  // namespace narrate
