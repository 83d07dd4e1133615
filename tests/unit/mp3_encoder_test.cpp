#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include <lame/lame.h>

#include "audio/mp3_encoder.h"

using namespace narrate;

namespace {

std::vector<float> tone(int rate, double seconds) {
    std::vector<float> a(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = 0.3f * static_cast<float>(std::sin(2 * M_PI * 220.0 * static_cast<double>(i) / rate));
    return a;
}

/// The Info frame LAME itself writes after encoding `audio` as one stream.
std::string lames_own_info_frame(const std::vector<float>& audio, int rate, int kbps) {
    lame_global_flags* lame = lame_init();
    lame_set_in_samplerate(lame, rate);
    lame_set_out_samplerate(lame, rate);
    lame_set_num_channels(lame, 1);
    lame_set_mode(lame, MONO);
    lame_set_VBR(lame, vbr_off);
    lame_set_brate(lame, kbps);
    lame_set_quality(lame, 7);
    lame_set_write_id3tag_automatic(lame, 0);
    REQUIRE(lame_init_params(lame) >= 0);
    std::vector<unsigned char> buf(audio.size() * 2 + 7200);
    REQUIRE(lame_encode_buffer_ieee_float(lame, audio.data(), nullptr, static_cast<int>(audio.size()),
                                          buf.data(), static_cast<int>(buf.size())) >= 0);
    REQUIRE(lame_encode_flush(lame, buf.data(), static_cast<int>(buf.size())) >= 0);
    std::size_t n = lame_get_lametag_frame(lame, buf.data(), buf.size());
    lame_close(lame);
    return std::string(reinterpret_cast<const char*>(buf.data()), n);
}

}  // namespace

TEST_CASE("an MP3 part's frames hold the encoder delay, its samples and the end padding") {
    for (int rate : {22050, 44100}) {
        std::string bytes;
        Mp3Encoder encoder(rate, 64, 7, bytes);
        std::vector<float> audio = tone(rate, 1.3);
        encoder.write(audio);
        Mp3Part part = encoder.finish();
        Mp3Layout layout = encoder.layout();
        CHECK(layout.frame_samples == (rate == 44100 ? 1152 : 576));
        CHECK(layout.encoder_delay == 576);
        CHECK(part.samples == static_cast<std::int64_t>(audio.size()));
        CHECK(part.frames * layout.frame_samples == layout.encoder_delay + part.samples + part.padding);
        CHECK(static_cast<unsigned char>(bytes[0]) == 0xFF);  // a frame sync, no tag before it
    }
}

TEST_CASE("the Info frame is the one LAME writes for the same stream, but for the seek table") {
    for (int rate : {22050, 44100}) {
        std::vector<float> audio = tone(rate, 2.0);
        std::string bytes;
        Mp3Encoder encoder(rate, 64, 7, bytes);
        encoder.write(audio);
        Mp3Part part = encoder.finish();
        std::uint16_t music_crc = lame_crc16({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()});
        std::string ours = mp3_info_frame(encoder.layout(), part.frames,
                                          static_cast<std::int64_t>(bytes.size()), part.padding, music_crc);
        std::string theirs = lames_own_info_frame(audio, rate, 64);
        REQUIRE(ours.size() == theirs.size());
        std::size_t xing = rate == 44100 ? 21 : 13;
        CHECK(ours.substr(0, xing + 16) == theirs.substr(0, xing + 16));  // header, Info, counts
        std::size_t lame = xing + 116;
        for (std::size_t i = lame; i < lame + 38; ++i)  // the LAME extension to its CRC
            CHECK_MESSAGE(ours[i] == theirs[i], "LAME extension byte " << i - lame);
        // The tag's own CRC covers the seek table, which LAME samples from its frame log.
        std::uint16_t crc = lame_crc16({reinterpret_cast<const unsigned char*>(ours.data()), lame + 38});
        CHECK(static_cast<unsigned char>(ours[lame + 38]) == crc >> 8);
        CHECK(static_cast<unsigned char>(ours[lame + 39]) == (crc & 0xFF));
    }
}

TEST_CASE("the layout keeps the first frame's header after the caller took the bytes away") {
    std::string bytes;
    Mp3Encoder encoder(22050, 64, 7, bytes);
    std::vector<float> audio = tone(22050, 1.0);
    encoder.write(std::span<const float>(audio).first(8000));
    std::string first = bytes.substr(0, 4);
    bytes.clear();
    encoder.write(std::span<const float>(audio).subspan(8000));
    static_cast<void>(encoder.finish());
    Mp3Layout layout = encoder.layout();
    CHECK(std::string(reinterpret_cast<const char*>(layout.header), 4) == first);
}

TEST_CASE("no Info frame when the frame is too small to hold one") {
    std::string bytes;
    Mp3Encoder encoder(22050, 8, 7, bytes);
    encoder.write(tone(22050, 0.5));
    Mp3Part part = encoder.finish();
    CHECK(mp3_info_frame(encoder.layout(), part.frames, static_cast<std::int64_t>(bytes.size()),
                         part.padding, 0).empty());
}

TEST_CASE("the Info tag's CRC-16, eight bytes a step, equals the CRC a byte at a time") {
    // The definition: reflected polynomial 0x8005 (0xA001), one bit at a time.
    auto bitwise = [](const std::vector<unsigned char>& bytes, std::size_t from, std::size_t to, std::uint16_t crc) {
        for (std::size_t i = from; i < to; ++i) {
            crc = static_cast<std::uint16_t>(crc ^ bytes[i]);
            for (int k = 0; k < 8; ++k) crc = static_cast<std::uint16_t>((crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1);
        }
        return crc;
    };
    std::vector<unsigned char> bytes(1000);
    unsigned seed = 12345;
    for (unsigned char& b : bytes) b = static_cast<unsigned char>((seed = seed * 1103515245u + 12345u) >> 16);
    for (std::size_t from : {0u, 1u, 7u, 8u, 13u})
        for (std::size_t to : {from, from + 1, from + 7, from + 8, from + 9, std::size_t{1000}}) {
            std::span<const unsigned char> span(bytes.data() + from, to - from);
            CHECK(lame_crc16(span) == bitwise(bytes, from, to, 0));
            CHECK(lame_crc16(span, 0xBEEF) == bitwise(bytes, from, to, 0xBEEF));
        }
    // Fed in pieces, as the joiner feeds it part by part.
    std::uint16_t crc = lame_crc16({bytes.data(), 333});
    crc = lame_crc16({bytes.data() + 333, 667}, crc);
    CHECK(crc == bitwise(bytes, 0, 1000, 0));
}
