#include "core/captions.h"

#include <doctest/doctest.h>

using namespace narrate;

namespace {

/// A segment whose words are timed one second each, sentences split at ". ".
struct Timed {
    Segment segment;
    SegmentTiming timing;
};

Timed timed(const std::string& text, int rate = 1000) {
    Timed t;
    t.segment.text = text;
    t.segment.offsets.add_piece(0, 100);  // the segment starts at input byte 100
    std::int64_t frame = 0;
    std::size_t sentence_start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            std::size_t a = i;
            while (a > 0 && text[a - 1] != ' ') --a;
            TimedSpan w;
            w.text_start = a;
            w.text_end = i;
            w.source = t.segment.offsets.to_source(a, i);
            w.start_frame = frame;
            w.end_frame = frame + rate * 9 / 10;
            frame += rate;
            t.timing.words.push_back(w);
            if (i == text.size() || text[i - 1] == '.') {
                TimedSpan s{sentence_start, i, t.segment.offsets.to_source(sentence_start, i),
                            t.timing.words[0].start_frame, w.end_frame};
                for (const TimedSpan& word : t.timing.words)
                    if (word.text_start == sentence_start) s.start_frame = word.start_frame;
                t.timing.sentences.push_back(s);
                sentence_start = i + 1;
            }
        }
    }
    t.timing.end_frame = frame;
    return t;
}

}  // namespace

TEST_CASE("a short sentence is one cue timed by its words") {
    Timed t = timed("Hello there. Second one.");
    auto cues = segment_cues(t.segment, t.timing, "Narrator", 1000);
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].text == "Hello there.");
    CHECK(cues[0].start_frame == 0);
    CHECK(cues[0].end_frame == 1900);
    CHECK(cues[1].text == "Second one.");
    CHECK(cues[1].start_frame == 2000);
    CHECK(cues[0].first_of_segment);
    CHECK_FALSE(cues[1].first_of_segment);
}

TEST_CASE("long sentences split at word boundaries within two lines of 42 and 7 seconds") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += (i ? " " : "") + std::string(i % 7 == 6 ? "word," : "word");
    text += ".";
    Timed t = timed(text, 100);  // 0.1 s a word: the characters limit decides
    auto cues = segment_cues(t.segment, t.timing, "Narrator", 100);
    REQUIRE(cues.size() >= 2);
    std::string joined;
    for (const Cue& c : cues) {
        std::size_t nl = c.text.find('\n');
        CHECK(c.text.size() <= 85);
        if (nl != std::string::npos) {
            CHECK(nl <= 42);
            CHECK(c.text.size() - nl - 1 <= 42);
        }
        joined += (joined.empty() ? "" : " ") + c.text;
    }
    for (char& c : joined) if (c == '\n') c = ' ';
    CHECK(joined == text);
    // Where a break can follow a comma within the limits, it does.
    CHECK(cues[0].text.back() == ',');

    Timed slow = timed("one two three four five six seven eight nine ten.", 1000);  // 1 s a word
    for (const Cue& c : segment_cues(slow.segment, slow.timing, "Narrator", 1000))
        CHECK(c.end_frame - c.start_frame <= 7000);
}

TEST_CASE("cues never overlap and keep time order") {
    Timed t = timed("A. B. C. D.");
    auto cues = segment_cues(t.segment, t.timing, "Narrator", 1000);
    for (std::size_t i = 1; i < cues.size(); ++i) CHECK(cues[i].start_frame >= cues[i - 1].end_frame);
}

TEST_CASE("wrap_caption balances two lines") {
    CHECK(wrap_caption("short") == "short");
    std::string wrapped = wrap_caption("The central library on Harbor Street will stay open late");
    CHECK(wrapped == "The central library on Harbor\nStreet will stay open late");
}

TEST_CASE("WebVTT cues carry the speaker as a voice span, escaped") {
    Cue cue{1500, 2750, "Fish & <chips>", "Lorella Praeli", true};
    CHECK(webvtt_cue(cue, 1000) ==
          "00:00:01.500 --> 00:00:02.750\n<v Lorella Praeli>Fish &amp; &lt;chips&gt;\n\n");
    CHECK(webvtt_header() == "WEBVTT\n\n");
}

TEST_CASE("SRT numbers cues, uses a decimal comma and names a quoted speaker first") {
    Cue cue{3723004, 3724000, "Hello.", "Jo Smith", true};
    CHECK(srt_cue(7, cue, 1000) == "7\n01:02:03,004 --> 01:02:04,000\nJo Smith: Hello.\n\n");
    cue.speaker = kNarratorName;
    CHECK(srt_cue(1, cue, 1000).find("Narrator") == std::string::npos);
}

TEST_CASE("frame_ms rounds to the nearest millisecond") {
    CHECK(frame_ms(22050, 22050) == 1000);
    CHECK(frame_ms(11, 22050) == 0);
    CHECK(frame_ms(12, 22050) == 1);
}

TEST_CASE("a timing whose words run backwards still gives cues, not an error") {
    // As an older render cached them: an engine's events for one written word, the last
    // going back to its start.
    Timed t = timed("It lent 51408 books.");
    TimedSpan back = t.timing.words[2];
    back.text_start = 8;
    back.text_end = 13;
    t.timing.words.insert(t.timing.words.begin() + 3, back);
    t.timing.words[2].text_start = 9;
    std::vector<Cue> cues;
    CHECK_NOTHROW(cues = segment_cues(t.segment, t.timing, "Narrator", 1000));
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.front().text.starts_with("It lent"));
}
