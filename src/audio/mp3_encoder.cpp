#include "audio/mp3_encoder.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <lame/lame.h>

#include "io/error.h"

namespace narrate {
namespace {

/// Side information bytes after the 4-byte frame header, for a mono frame.
int mono_side_info_bytes(const std::uint8_t header[4]) {
    bool mpeg1 = ((header[1] >> 3) & 0x3) == 0x3;
    return mpeg1 ? 17 : 9;
}

void put_u32(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (24 - 8 * i));
}

void put_u16(std::string& s, std::size_t at, std::uint16_t v) {
    s[at] = static_cast<char>(v >> 8);
    s[at + 1] = static_cast<char>(v & 0xFF);
}

}  // namespace

Mp3Encoder::Mp3Encoder(int sample_rate, int bitrate_kbps, int quality, std::string& out)
    : lame_(lame_init()), out_(out) {
    if (!lame_) throw Error(ExitCode::failure, "cannot start the MP3 encoder (LAME)");
    lame_set_in_samplerate(lame_, sample_rate);
    lame_set_out_samplerate(lame_, sample_rate);
    lame_set_num_channels(lame_, 1);
    lame_set_mode(lame_, MONO);
    lame_set_VBR(lame_, vbr_off);
    lame_set_brate(lame_, bitrate_kbps);
    lame_set_quality(lame_, quality);
    lame_set_bWriteVbrTag(lame_, 0);  // the joined stream gets one Info frame, mp3_info_frame()
    lame_set_write_id3tag_automatic(lame_, 0);
    if (lame_init_params(lame_) < 0) {
        lame_close(lame_);
        throw Error(ExitCode::usage, "LAME cannot encode " + std::to_string(bitrate_kbps) +
                                         " kbps MP3 at " + std::to_string(sample_rate) + " Hz");
    }
}

Mp3Encoder::~Mp3Encoder() { lame_close(lame_); }

void Mp3Encoder::write(std::span<const float> samples) {
    // LAME takes at most this many samples per call comfortably; its worst-case output bound
    // is 1.25 × samples + 7200 bytes.
    constexpr std::size_t kBlock = 8192;
    buffer_.resize(kBlock * 5 / 4 + 7200);
    for (std::size_t at = 0; at < samples.size(); at += kBlock) {
        std::size_t n = std::min(kBlock, samples.size() - at);
        int bytes = lame_encode_buffer_ieee_float(lame_, samples.data() + at, nullptr,
                                                  static_cast<int>(n), buffer_.data(),
                                                  static_cast<int>(buffer_.size()));
        if (bytes < 0) throw Error(ExitCode::failure, "the MP3 encoder (LAME) failed: " + std::to_string(bytes));
        keep(bytes);
    }
    samples_ += static_cast<std::int64_t>(samples.size());
}

Mp3Part Mp3Encoder::finish() {
    buffer_.resize(7200 * 2);
    int bytes = lame_encode_flush(lame_, buffer_.data(), static_cast<int>(buffer_.size()));
    if (bytes < 0) throw Error(ExitCode::failure, "the MP3 encoder (LAME) failed: " + std::to_string(bytes));
    keep(bytes);
    Mp3Part part;
    part.frames = lame_get_frameNum(lame_);
    part.samples = samples_;
    part.padding = lame_get_encoder_padding(lame_);
    return part;
}

Mp3Layout Mp3Encoder::layout() const {
    Mp3Layout l;
    l.sample_rate = lame_get_out_samplerate(lame_);
    l.bitrate_kbps = lame_get_brate(lame_);
    l.frame_samples = lame_get_framesize(lame_);
    l.encoder_delay = lame_get_encoder_delay(lame_);
    l.lowpass_hz = lame_get_lowpassfreq(lame_);
    std::memcpy(l.header, header_, 4);
    return l;
}

void Mp3Encoder::keep(int bytes) {
    if (bytes <= 0) return;
    // The first frame's header describes the stream (the caller may take the bytes away).
    if (!have_header_ && bytes >= 4) {
        std::memcpy(header_, buffer_.data(), 4);
        have_header_ = true;
    }
    out_.append(reinterpret_cast<const char*>(buffer_.data()), static_cast<std::size_t>(bytes));
}

std::uint16_t lame_crc16(std::span<const unsigned char> bytes, std::uint16_t crc) {
    // Eight bytes a step ("slicing by 8"): table k gives the CRC of a byte followed by k zero
    // bytes, so eight lookups, independent of one another, stand for eight steps of the
    // byte-at-a-time loop, which runs over every byte of the MP3.
    using Tables = std::array<std::array<std::uint16_t, 256>, 8>;
    static const Tables tables = [] {
        Tables t{};
        for (unsigned n = 0; n < 256; ++n) {
            unsigned c = n;
            for (int i = 0; i < 8; ++i) c = (c & 1) ? (c >> 1) ^ 0xA001 : c >> 1;
            t[0][n] = static_cast<std::uint16_t>(c);
        }
        for (std::size_t k = 1; k < 8; ++k)
            for (unsigned n = 0; n < 256; ++n)
                t[k][n] = static_cast<std::uint16_t>((t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xFF]);
        return t;
    }();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        const unsigned char* b = bytes.data() + i;
        crc = static_cast<std::uint16_t>(tables[7][(b[0] ^ crc) & 0xFF] ^ tables[6][(b[1] ^ (crc >> 8)) & 0xFF] ^
                                         tables[5][b[2]] ^ tables[4][b[3]] ^ tables[3][b[4]] ^
                                         tables[2][b[5]] ^ tables[1][b[6]] ^ tables[0][b[7]]);
    }
    for (; i < bytes.size(); ++i)
        crc = static_cast<std::uint16_t>((crc >> 8) ^ tables[0][(crc ^ bytes[i]) & 0xFF]);
    return crc;
}

std::size_t mp3_info_frame_bytes(int sample_rate, int bitrate_kbps) {
    bool mpeg1 = sample_rate >= 32000;
    auto size = static_cast<std::size_t>((mpeg1 ? 144000 : 72000) * bitrate_kbps / sample_rate);
    std::size_t needed = 4 + (mpeg1 ? 17 : 9) + 156;
    return size >= needed ? size : 0;
}

std::string mp3_info_frame(const Mp3Layout& layout, std::int64_t audio_frames,
                           std::int64_t audio_bytes, int end_padding, std::uint16_t music_crc) {
    // The frame header of the first audio frame, without its padding bit; the frame's size
    // follows from its bitrate as for any frame.
    std::uint8_t header[4];
    std::memcpy(header, layout.header, 4);
    header[2] = static_cast<std::uint8_t>(header[2] & ~0x02);
    bool mpeg1 = ((header[1] >> 3) & 0x3) == 0x3;
    std::size_t size = static_cast<std::size_t>((mpeg1 ? 144000 : 72000) * layout.bitrate_kbps /
                                                layout.sample_rate);
    auto xing = static_cast<std::size_t>(4 + mono_side_info_bytes(header));
    constexpr std::size_t kXingBytes = 120, kLameBytes = 36;
    if (size < xing + kXingBytes + kLameBytes) return {};

    std::string f(size, '\0');
    std::memcpy(f.data(), header, 4);
    std::size_t at = xing;
    std::memcpy(f.data() + at, "Info", 4);  // "Info", not "Xing": constant bitrate
    put_u32(f, at + 4, 0x0F);               // frames, bytes, seek table and quality present
    put_u32(f, at + 8, static_cast<std::uint32_t>(audio_frames));
    auto stream_bytes = static_cast<std::uint32_t>(audio_bytes + static_cast<std::int64_t>(size));
    put_u32(f, at + 12, stream_bytes);
    // Seek table: the byte at each percent of the duration, in 256ths of the stream. At a
    // constant bitrate that is proportional.
    for (int i = 0; i < 100; ++i)
        f[at + 16 + static_cast<std::size_t>(i)] = static_cast<char>(std::min(255, i * 256 / 100));
    at += 116;
    // The LAME extension, as LAME 3.100 writes it for constant bitrate mono.
    constexpr int kVbrScale = 4, kQuality = 7;
    put_u32(f, at, static_cast<std::uint32_t>(std::max(0, 100 - 10 * kVbrScale - kQuality)));
    std::memcpy(f.data() + at + 4, "LAME3.100", 9);
    f[at + 13] = 0x01;  // revision 0, constant bitrate
    f[at + 14] = static_cast<char>(std::min(255, (layout.lowpass_hz + 50) / 100));
    // peak amplitude and replay gain: not computed (zero)
    f[at + 23] = 0x10 | 0x04;  // LAME's defaults: the NsPsytune model, ATH type 4
    f[at + 24] = static_cast<char>(std::min(255, layout.bitrate_kbps));
    f[at + 25] = static_cast<char>(layout.encoder_delay >> 4);
    f[at + 26] = static_cast<char>(((layout.encoder_delay & 0xF) << 4) | ((end_padding >> 8) & 0xF));
    f[at + 27] = static_cast<char>(end_padding & 0xFF);
    int source_freq = layout.sample_rate <= 32000 ? 0 : layout.sample_rate == 48000 ? 2
                      : layout.sample_rate > 48000 ? 3 : 1;
    bool non_optimal = layout.sample_rate <= 32000;
    f[at + 28] = static_cast<char>((non_optimal ? 0x20 : 0) | (source_freq << 6));  // mono
    // mp3 gain and surround: none; the preset field of a constant bitrate holds the bitrate
    put_u16(f, at + 30, static_cast<std::uint16_t>(std::min(layout.bitrate_kbps, 0x7FF)));
    put_u32(f, at + 32, stream_bytes);
    put_u16(f, at + 36, music_crc);
    std::uint16_t crc = lame_crc16({reinterpret_cast<const unsigned char*>(f.data()), at + 38});
    put_u16(f, at + 38, crc);
    return f;
}

}  // namespace narrate
