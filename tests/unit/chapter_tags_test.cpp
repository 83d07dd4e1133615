#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/chapter_tags.h"
#include "audio/mp3_encoder.h"

using namespace narrate;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Two seconds of a tone as 64 kbps MP3 frames.
std::string mp3_frames(int rate) {
    std::vector<float> audio(static_cast<std::size_t>(2 * rate));
    for (std::size_t i = 0; i < audio.size(); ++i)
        audio[i] = 0.3f * static_cast<float>(std::sin(2 * M_PI * 220.0 * static_cast<double>(i) / rate));
    std::string out;
    Mp3Encoder encoder(rate, 64, 7, out);
    encoder.write(audio);
    (void)encoder.finish();
    return out;
}

const AudioFormat& mp3_format() {
    for (const AudioFormat& f : audio_formats())
        if (std::string(f.name) == "mp3") return f;
    throw std::runtime_error("no mp3 format");
}

}  // namespace

TEST_CASE("an MP3 that starts with the tag's room is tagged in place: the audio does not move") {
    const int rate = 22050;
    std::string frames = mp3_frames(rate);
    std::vector<TimedChapter> chapters = {{"The Reading Room at Night", 1, 0, 0},
                                          {"Lamps, Notebooks & Tea", 2, 0, 0},
                                          {"Ünïcode «Voices»", 1, 0, 0}};
    AudioTags tags;
    tags.title = "The Reading Room";
    tags.artist = "Lena Ortiz";
    tags.album = "Night Shift";
    tags.date = "2026-11-28";
    tags.comment = "A test episode.";
    tags.language = "en";
    const AudioFormat& mp3 = mp3_format();
    std::size_t room = tag_room(mp3, chapters, tags);
    REQUIRE(room > 1024);
    REQUIRE(empty_id3_tag(room).size() == room);

    // The real times differ from the placeholders the room was measured with.
    Timeline timeline;
    timeline.sample_rate = rate;
    timeline.total_frames = 2 * rate;
    chapters[0].end_frame = chapters[1].start_frame = rate / 2;
    chapters[1].end_frame = chapters[2].start_frame = rate;
    chapters[2].end_frame = 2 * rate;

    auto dir = std::filesystem::temp_directory_path() / "narrate-chapter-tags-test";
    std::filesystem::create_directories(dir);
    std::string path = (dir / "roomy.mp3").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << empty_id3_tag(room) << frames;
    }
    embed_chapters(path, "roomy.mp3", mp3, chapters, timeline, tags);
    std::string tagged = read_file(path);
    CHECK(tagged.size() == room + frames.size());
    CHECK(tagged.substr(room) == frames);
    CHECK(tagged.substr(0, 3) == "ID3");

    // Without the room the tag is put in front and the whole file is copied behind it: the
    // same tag, as long as the room.
    std::string bare = (dir / "bare.mp3").string();
    {
        std::ofstream out(bare, std::ios::binary);
        out << frames;
    }
    embed_chapters(bare, "bare.mp3", mp3, chapters, timeline, tags);
    CHECK(read_file(bare).size() == room + frames.size());
    std::filesystem::remove_all(dir);
}

TEST_CASE("no room where the tags go elsewhere, and no tag too small to be one") {
    for (const AudioFormat& f : audio_formats())
        if (std::string(f.name) != "mp3") CHECK(tag_room(f, {{"One", 1, 0, 0}}, {}) == 0);
    CHECK(empty_id3_tag(10).empty());
    CHECK(empty_id3_tag(11).size() == 11);
}
