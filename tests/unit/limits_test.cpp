// The limits on inputs (README: "Limits") and what narrate does at and past them.
#include "core/limits.h"

#include <doctest/doctest.h>

#include "core/article_reader.h"
#include "core/casting.h"
#include "core/script.h"

using namespace narrate;

namespace {

Script script_of(const std::string& input) {
    ReadResult r = read_plain_text(input);
    std::vector<Quote> quotes = find_quotes(r.article);
    Casting c;
    c.narrator.id = "narrator";
    c.quotation.id = "quotation";
    c.quotation.variant = "f2";
    return build_script(r.article, quotes, attribute_speakers(r.article, quotes), c);
}

std::string sentences(std::size_t bytes) {
    std::string text;
    while (text.size() < bytes) text += "The cat sat on the mat and looked at the door. ";
    return text;
}

}  // namespace

TEST_CASE("a paragraph longer than a segment is split at sentence ends, covering every word") {
    std::string input = "Title\n\n" + sentences(3 * kMaxSegmentBytes) + "\n";
    Script s = script_of(input);
    REQUIRE(s.segments.size() >= 4);
    std::size_t words = 0;
    for (std::size_t i = 1; i < s.segments.size(); ++i) {
        const Segment& seg = s.segments[i];
        CHECK(seg.text.size() <= kMaxSegmentBytes);
        CHECK(seg.text.ends_with("door."));
        CHECK(seg.text.starts_with("The cat"));
        CHECK(input.substr(seg.source.start, seg.source.end - seg.source.start) == seg.text);
        if (i > 1) CHECK(seg.source.start > s.segments[i - 1].source.end);
        for (char c : seg.text) words += c == ' ';
        ++words;
    }
    std::size_t input_words = 0;
    for (char c : sentences(3 * kMaxSegmentBytes)) input_words += c == ' ';
    CHECK(words == input_words);
}

TEST_CASE("text without sentence ends or spaces is split at code points") {
    std::string word;
    while (word.size() < 2 * kMaxSegmentBytes + 10) word += "é";
    Script s = script_of("Title\n\n" + word + "\n");
    REQUIRE(s.segments.size() == 4);
    std::string joined;
    for (std::size_t i = 1; i < s.segments.size(); ++i) {
        CHECK(s.segments[i].text.size() <= kMaxSegmentBytes);
        joined += s.segments[i].text;
    }
    CHECK(joined == word);
}

TEST_CASE("a huge title is split into segments and shortened as a chapter title") {
    std::string line(3 * kMaxSegmentBytes, 'a');
    for (std::size_t i = 5; i < line.size(); i += 6) line[i] = ' ';
    Script s = script_of(line + "\n");
    REQUIRE(s.chapters.size() == 1);
    CHECK(s.chapters[0].title.size() <= kMaxChapterTitleBytes + 3);
    CHECK(s.chapters[0].title.ends_with("…"));
    CHECK(s.segments.size() >= 3);
    for (const Segment& seg : s.segments) CHECK(seg.kind == SegmentKind::title);
}

TEST_CASE("more chapters than the limit is reported") {
    std::string input = "Title\n\n";
    for (std::size_t i = 0; i <= kMaxChapters; ++i)
        input += "CHAPTER " + std::to_string(i + 1) + ".\n\nSome text here.\n\n";
    Script s = script_of(input);
    REQUIRE(s.chapters.size() > kMaxChapters);
    auto problem = exceeded_limit(s);
    REQUIRE(problem);
    CHECK(problem->find("at most 999") != std::string::npos);
    s.chapters.resize(kMaxChapters);
    CHECK_FALSE(exceeded_limit(s));
}

TEST_CASE("more speakers than the limit is reported") {
    Script s;
    s.speakers.resize(kMaxSpeakers);
    CHECK_FALSE(exceeded_limit(s));
    s.speakers.resize(kMaxSpeakers + 1);
    CHECK(exceeded_limit(s));
}

TEST_CASE("casting more speakers than there are distinct voices ends, sharing voices") {
    Casting c;
    c.narrator.id = "narrator";
    VoiceSettings pool;
    pool.id = "pool-f1";
    pool.variant = "f1";
    pool.gender = Gender::female;
    c.pool = {pool};
    std::vector<CastMember> members;
    for (std::size_t i = 0; i < kMaxSpeakers; ++i)
        members.push_back({"Speaker " + std::to_string(i), Gender::female});
    std::vector<VoiceSettings> cast = cast_speakers(members, c);
    CHECK(cast.size() == kMaxSpeakers);
    CHECK(cast[0].id == "pool-f1");
    CHECK(cast[1].id != "pool-f1");
}

TEST_CASE("binary files, UTF-16 and inputs without text are refused in every format") {
    for (InputFormat f : {InputFormat::text, InputFormat::markdown, InputFormat::html}) {
        ReadResult r = read_article(std::string_view("Title\n\nab\0cd", 12), f);
        REQUIRE(r.problem);
        CHECK(r.problem->byte_offset == 9);
        CHECK(r.problem->message.find("binary") != std::string::npos);
        r = read_article("\xFF\xFET\0i\0", f);
        REQUIRE(r.problem);
        CHECK(r.problem->message.find("UTF-16") != std::string::npos);
        for (std::string_view empty : {"", " \n\t\r\n  ", "\xEF\xBB\xBF"}) {
            r = read_article(empty, f);
            REQUIRE(r.problem);
            CHECK(r.problem->message == "no text to read");
        }
    }
}
