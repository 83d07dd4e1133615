// A part file: 16-bit samples then the part's description, read back as written.

#include "audio/part_file.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "io/error.h"

using namespace narrate;

TEST_CASE("a part file gives back its samples and its timings") {
    char path[] = "/tmp/narrate-part-test-XXXXXX";
    int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    std::FILE* file = ::fdopen(::dup(fd), "wb");
    REQUIRE(file != nullptr);
    std::vector<float> audio = {0.0f, 0.5f, -0.5f, 1.0f, -1.0f, 2.0f, 0.25f};
    PartInfo info;
    SegmentTiming timing;
    timing.segment = 3;
    timing.start_frame = 1;
    timing.end_frame = 6;
    timing.words.push_back({0, 4, {}, 1, 3});
    info.timings.push_back(timing);
    {
        PartWriter writer(file, "parts", PartPayload::pcm16, 22050);
        writer.write(audio);
        writer.finish(info);
    }
    REQUIRE(std::fclose(file) == 0);

    std::optional<PartFile> part = read_part(fd);
    REQUIRE(part);
    CHECK(part->info.samples == 7);
    CHECK(part->payload_bytes == 14);
    REQUIRE(part->info.timings.size() == 1);
    CHECK(part->info.timings[0].segment == 3);
    CHECK(part->info.timings[0].words[0].end_frame == 3);
    std::string bytes;
    read_payload(fd, *part, "parts",
                 [&](std::span<const char> b) { bytes.append(b.data(), b.size()); });
    REQUIRE(bytes.size() == 14);
    std::vector<std::int16_t> samples(7);
    std::memcpy(samples.data(), bytes.data(), bytes.size());
    // Rounded to nearest, halves away from zero, and held in range.
    CHECK(samples == std::vector<std::int16_t>{0, 16384, -16384, 32767, -32767, 32767, 8192});
    std::vector<std::int16_t> pcm;
    read_pcm16(fd, *part, "parts",
               [&](std::span<const std::int16_t> b) { pcm.insert(pcm.end(), b.begin(), b.end()); });
    CHECK(pcm == samples);
    ::close(fd);
    ::unlink(path);
}

TEST_CASE("a part that cannot be written is an output error naming the parts' folder") {
    std::FILE* file = std::fopen("/dev/full", "wb");
    REQUIRE(file != nullptr);
    std::vector<float> audio(100000, 0.1f);
    std::string message;
    ExitCode code = ExitCode::failure;
    try {
        PartWriter writer(file, "/tmp/narrate-parts-x", PartPayload::pcm16, 22050);
        writer.write(audio);
        PartInfo info;
        writer.finish(info);
    } catch (const Error& e) {
        message = e.what();
        code = e.code();
    }
    std::fclose(file);
    CHECK(code == ExitCode::output);
    CHECK(message == "/tmp/narrate-parts-x: cannot write a rendered part: No space left on device");
}
