#include "core/chapter_formats.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace narrate;

namespace {

ChapterDocument awkward() {
    ChapterDocument d;
    d.timeline.sample_rate = 1000;
    d.timeline.total_frames = 90000;
    d.title = "Q&A: \"Smith\" <b>";
    d.author = "Zoë";
    d.audio_file = "episode.mp3";
    d.audio_format = "mp3";
    d.chapters = {{std::string(300, 'x'), 1, 0, 2500},
                  {"Q&A: \"Smith\" <b> Ünïcode = #1; \\ end", 1, 2500, 90000}};
    return d;
}

}  // namespace

TEST_CASE("every format is in the table, found by name") {
    for (const char* name : {"json", "psc", "vtt", "ffmetadata", "cue", "labels"})
        CHECK(chapter_format(name) != nullptr);
    CHECK(chapter_format("mp4") == nullptr);
}

TEST_CASE("Podlove Simple Chapters escape attributes and use HH:MM:SS.mmm") {
    std::string psc = write_psc(awkward());
    CHECK(psc.find("start=\"00:00:02.500\" title=\"Q&amp;A: &quot;Smith&quot; &lt;b&gt; Ünïcode") !=
          std::string::npos);
}

TEST_CASE("WebVTT chapters escape text") {
    std::string vtt = write_vtt_chapters(awkward());
    CHECK(vtt.rfind("WEBVTT\n\n", 0) == 0);
    CHECK(vtt.find("00:00:02.500 --> 00:01:30.000\nQ&amp;A: \"Smith\" &lt;b&gt;") != std::string::npos);
}

TEST_CASE("FFMETADATA escapes the equals sign, semicolon, hash and backslash") {
    std::string ff = write_ffmetadata(awkward());
    CHECK(ff.rfind(";FFMETADATA1\n", 0) == 0);
    CHECK(ff.find("START=2500\nEND=90000\ntitle=Q&A: \"Smith\" <b> Ünïcode \\= \\#1\\; \\\\ end\n") !=
          std::string::npos);
}

TEST_CASE("CUE titles lose double quotes and stop at 80 characters, with times in 1/75 s") {
    std::string cue = write_cue(awkward());
    CHECK(cue.find("TITLE \"" + std::string(80, 'x') + "\"\n") != std::string::npos);
    CHECK(cue.find("TITLE \"Q&A: 'Smith' <b> Ünïcode") != std::string::npos);
    CHECK(cue.find("INDEX 01 00:02:38") != std::string::npos);  // 2.5 s = 2 s + 37.5 frames
    CHECK(cue.find("FILE \"episode.mp3\" MP3") != std::string::npos);
}

TEST_CASE("Audacity labels are TAB-separated seconds with a decimal point") {
    std::string labels = write_audacity_labels(awkward());
    CHECK(labels.find("2.500000\t90.000000\tQ&A") != std::string::npos);
}

TEST_CASE("Podcasting 2.0 JSON keeps titles whole") {
    auto doc = nlohmann::json::parse(write_podcast_json(awkward()));
    CHECK(doc["chapters"][0]["title"].get<std::string>().size() == 300);
    CHECK(doc["chapters"][1]["startTime"] == doctest::Approx(2.5));
}
