#include <doctest/doctest.h>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "audio/async_sink.h"
#include "audio/mp3_encoder.h"

using namespace narrate;

namespace {

/// Keeps every chunk it is given, slowly, so that chunks queue up.
class SlowRecorder final : public AudioSink {
public:
    void write(std::span<const float> samples) override {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        chunks.emplace_back(samples.begin(), samples.end());
    }
    std::vector<std::vector<float>> chunks;
};

class Failing final : public AudioSink {
public:
    void write(std::span<const float>) override { throw std::runtime_error("disk full"); }
};

std::vector<float> ramp(std::size_t n, float from) {
    std::vector<float> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = from + static_cast<float>(i) * 1e-4f;
    return v;
}

}  // namespace

TEST_CASE("an async sink hands over every sample, in order, in pieces of a quarter of its queue") {
    SlowRecorder target;
    std::vector<float> written;
    {
        AsyncSink sink(target, 1000);
        for (std::size_t k = 0; k < 50; ++k) {
            std::vector<float> chunk = ramp(10 + 37 * k, static_cast<float>(k));
            written.insert(written.end(), chunk.begin(), chunk.end());
            sink.write(chunk);
        }
        sink.write({});  // nothing to hand over
        sink.close();
    }
    std::vector<float> received;
    std::size_t largest = 0;
    for (const auto& c : target.chunks) {
        received.insert(received.end(), c.begin(), c.end());
        largest = std::max(largest, c.size());
    }
    CHECK(received == written);
    CHECK(largest == 250);
}

TEST_CASE("an async sink passes on the target's error, and stops without close()") {
    Failing target;
    AsyncSink sink(target, 100);
    std::vector<float> chunk(50, 0.1f);
    bool thrown = false;
    try {
        for (int i = 0; i < 100; ++i) sink.write(chunk);  // the error shows on a later write
        sink.close();
    } catch (const std::runtime_error& e) {
        thrown = std::string(e.what()) == "disk full";
    }
    CHECK(thrown);

    SlowRecorder slow;
    auto dropped = std::make_unique<AsyncSink>(slow, 100);
    for (int i = 0; i < 20; ++i) dropped->write(chunk);
    dropped.reset();  // returns: the thread stops without close()
    std::size_t handed = 0;
    for (const auto& c : slow.chunks) handed += c.size();
    CHECK(handed <= 20 * chunk.size());
}

TEST_CASE("MP3 encoded through an async sink is byte for byte what the encoder makes directly") {
    std::vector<float> audio(22050 * 3);
    for (std::size_t i = 0; i < audio.size(); ++i)
        audio[i] = 0.3f * static_cast<float>(std::sin(0.05 * static_cast<double>(i)) * std::sin(0.0007 * static_cast<double>(i)));
    auto encode = [&](bool async) {
        std::string bytes;
        Mp3Encoder encoder(22050, 64, 7, bytes);
        AsyncSink sink(encoder, 4096);
        AudioSink& out = async ? static_cast<AudioSink&>(sink) : encoder;
        // The engine's chunks as they come; the async sink cuts them again.
        for (std::size_t at = 0; at < audio.size(); at += 30000)
            out.write(std::span<const float>(audio).subspan(at, std::min<std::size_t>(30000, audio.size() - at)));
        sink.close();
        encoder.finish();
        return bytes;
    };
    std::string direct = encode(false);
    CHECK(direct.size() > 20000);
    CHECK(encode(true) == direct);
}

TEST_CASE("a sink takes eSpeak NG's 16-bit samples as x / 32768, a block at a time") {
    class Recorder final : public AudioSink {
    public:
        void write(std::span<const float> samples) override { chunks.emplace_back(samples.begin(), samples.end()); }
        std::vector<std::vector<float>> chunks;
    } sink;
    std::vector<std::int16_t> samples(2500);
    for (std::size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<std::int16_t>(i * 37 % 65536 - 32768);
    samples[1] = 32767;
    samples[2] = 0;
    sink.write_int16(samples);

    std::vector<float> got;
    for (const auto& chunk : sink.chunks) {
        CHECK(chunk.size() <= 1024);  // through a small buffer, not a copy of the whole
        got.insert(got.end(), chunk.begin(), chunk.end());
    }
    REQUIRE(got.size() == samples.size());
    CHECK(got[0] == -1.0f);
    CHECK(got[1] == 32767.0f / 32768.0f);
    CHECK(got[2] == 0.0f);
    for (std::size_t i = 0; i < samples.size(); ++i) CHECK(got[i] == static_cast<float>(samples[i]) / 32768.0f);
}
