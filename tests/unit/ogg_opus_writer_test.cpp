#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

#include <opus.h>

#include "audio/ogg_opus_writer.h"

using namespace narrate;

namespace {

constexpr int kRate = OggOpusWriter::kSampleRate;

/// Loud, hard-limited vowels: a 140 Hz pulse train through two formants, clipped at -4 dBFS as
/// the loudness limiter leaves speech, in 180 ms syllables between short pauses. At 32 kbps Opus
/// decodes such frames with peaks several dB over their input's.
std::vector<float> limited_vowels(double seconds) {
    std::vector<float> a(static_cast<std::size_t>(kRate * seconds));
    const float clip = std::pow(10.0f, -4.0f / 20.0f);
    for (std::size_t i = 0; i < a.size(); ++i) {
        double t = static_cast<double>(i) / kRate;
        double syllable = std::fmod(t, 0.25);
        if (syllable > 0.18) continue;
        double v = 0;
        for (int h = 1; h <= 40; ++h) {
            double f = 140.0 * h;
            double formants = 1.0 / (1.0 + std::pow((f - 700.0) / 150.0, 2)) +
                              0.6 / (1.0 + std::pow((f - 1200.0) / 200.0, 2)) + 0.05;
            v += formants * std::sin(2 * M_PI * f * t);
        }
        a[i] = std::clamp(static_cast<float>(3.0 * v), -clip, clip);
    }
    return a;
}

/// The packets of an Ogg stream, and the last page's granule position.
struct OggPackets {
    std::vector<std::string> packets;
    std::int64_t final_granule = -1;
};

OggPackets read_ogg(const std::string& bytes) {
    OggPackets out;
    std::string packet;
    std::size_t at = 0;
    while (at + 27 <= bytes.size()) {
        REQUIRE(bytes.compare(at, 4, "OggS") == 0);
        std::int64_t granule = 0;
        for (int b = 7; b >= 0; --b)
            granule = (granule << 8) | static_cast<unsigned char>(bytes[at + 6 + static_cast<std::size_t>(b)]);
        auto segments = static_cast<unsigned char>(bytes[at + 26]);
        std::size_t body = at + 27 + segments;
        for (std::size_t s = 0; s < segments; ++s) {
            auto lace = static_cast<unsigned char>(bytes[at + 27 + s]);
            packet.append(bytes, body, lace);
            body += lace;
            if (lace < 255) out.packets.push_back(std::move(packet)), packet.clear();
        }
        out.final_granule = granule;
        at = body;
    }
    CHECK(at == bytes.size());
    return out;
}

std::string encode(const std::vector<float>& audio, OggOpusStats* stats = nullptr) {
    auto path = std::filesystem::temp_directory_path() / ("narrate-opus-test-" + std::to_string(::getpid()) + ".opus");
    OggOpusWriter writer(path.string(), "test.opus", OggOpusSettings{});
    // In uneven pieces, as parts arrive.
    std::size_t at = 0;
    for (std::size_t piece = 7001; at < audio.size(); piece = piece * 3 % 20011 + 500) {
        std::size_t n = std::min(piece, audio.size() - at);
        writer.write(std::span<const float>(audio).subspan(at, n));
        at += n;
    }
    writer.close();
    if (stats) *stats = writer.stats();
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    return bytes;
}

/// Decodes the audio packets with libopus, drops the pre-skip and trims the end at the final
/// granule position, as players do.
std::vector<float> decode(const OggPackets& ogg) {
    REQUIRE(ogg.packets.size() >= 3);
    const std::string& head = ogg.packets[0];
    REQUIRE(head.size() == 19);
    CHECK(head.compare(0, 8, "OpusHead") == 0);
    CHECK(head[8] == 1);
    CHECK(head[9] == 1);
    int pre_skip = static_cast<unsigned char>(head[10]) | (static_cast<unsigned char>(head[11]) << 8);
    CHECK(ogg.packets[1].compare(0, 8, "OpusTags") == 0);
    int err = 0;
    OpusDecoder* decoder = opus_decoder_create(kRate, 1, &err);
    REQUIRE(err == OPUS_OK);
    std::vector<float> out;
    std::vector<float> frame(5760);
    for (std::size_t p = 2; p < ogg.packets.size(); ++p) {
        const std::string& packet = ogg.packets[p];
        int got = opus_decode_float(decoder, reinterpret_cast<const unsigned char*>(packet.data()),
                                    static_cast<opus_int32>(packet.size()), frame.data(), 5760, 0);
        REQUIRE(got > 0);
        out.insert(out.end(), frame.begin(), frame.begin() + got);
    }
    opus_decoder_destroy(decoder);
    REQUIRE(ogg.final_granule >= pre_skip);
    REQUIRE(static_cast<std::int64_t>(out.size()) >= ogg.final_granule);
    out.resize(static_cast<std::size_t>(ogg.final_granule));
    out.erase(out.begin(), out.begin() + pre_skip);
    return out;
}

float peak(const std::vector<float>& audio) {
    float p = 0;
    for (float s : audio) p = std::max(p, std::fabs(s));
    return p;
}

}  // namespace

TEST_CASE("OggOpusWriter: decoded peaks stay under the ceiling, the length is exact") {
    std::vector<float> audio = limited_vowels(6.0);
    OggOpusStats stats;
    std::string bytes = encode(audio, &stats);
    std::vector<float> decoded = decode(read_ogg(bytes));
    CHECK(decoded.size() == audio.size());
    CHECK(stats.retries > 0);  // the signal does overshoot: the loop had work to do
    CHECK(stats.unresolved == 0);
    const float ceiling = std::pow(10.0f, -1.0f / 20.0f);
    CHECK(peak(decoded) <= ceiling);
}

TEST_CASE("OggOpusWriter: the same input gives the same bytes") {
    std::vector<float> audio = limited_vowels(2.0);
    CHECK(encode(audio) == encode(audio));
}

TEST_CASE("OggOpusWriter: lengths that are not whole frames, and nothing at all") {
    for (std::size_t length : {std::size_t{0}, std::size_t{1}, std::size_t{959}, std::size_t{961}, std::size_t{48000 + 17}}) {
        CAPTURE(length);
        std::vector<float> audio(length, 0.1f);
        CHECK(decode(read_ogg(encode(audio))).size() == length);
    }
}
