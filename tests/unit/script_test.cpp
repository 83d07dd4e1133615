#include "core/script.h"

#include <doctest/doctest.h>

#include "core/script_json.h"
#include "core/script_ssml.h"
#include "core/text_reader.h"

using namespace narrate;

namespace {

Casting test_casting() {
    Casting c;
    c.narrator.id = "narrator";
    c.narrator.variant = "m3";
    c.title = c.narrator;
    c.title.id = "title";
    c.heading = c.narrator;
    c.heading.id = "heading";
    c.quotation.id = "quotation";
    c.quotation.variant = "f2";
    return c;
}

Script script_of(const std::string& input) {
    ReadResult r = read_plain_text(input);
    std::vector<Quote> quotes = find_quotes(r.article);
    return build_script(r.article, quotes, attribute_speakers(r.article, quotes), test_casting());
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

TEST_CASE("segments: title, narration and quotes in their voices, with source offsets") {
    std::string input = "The Title\n\nShe said, “We will win.” Then she left.\n";
    Script s = script_of(input);
    REQUIRE(s.segments.size() == 4);
    CHECK(s.segments[0].kind == SegmentKind::title);
    CHECK(s.segments[1].kind == SegmentKind::narration);
    CHECK(s.segments[1].text == "She said,");
    CHECK(s.segments[2].kind == SegmentKind::quote);
    CHECK(s.segments[2].text == "We will win.");
    CHECK(s.segments[2].voice == "quotation");
    CHECK(s.segments[3].text == "Then she left.");
    CHECK(s.segments[3].voice == "narrator");
    for (const Segment& seg : s.segments)
        CHECK(input.substr(seg.source.start, seg.source.end - seg.source.start) == seg.text);
}

TEST_CASE("every word of the input lies inside a segment") {
    std::string input =
        "Headline Words\n\nA first paragraph, wrapped\nover two lines.\n\n“Quoted,” said "
        "Jo, “and more\nquoted.”\n\nSection Two\n\n'Single,' he said; the end.\n";
    Script s = script_of(input);
    std::vector<bool> covered(input.size(), false);
    for (const Segment& seg : s.segments)
        for (std::size_t i = seg.source.start; i < seg.source.end; ++i) covered[i] = true;
    for (std::size_t i = 0; i < input.size(); ++i)
        if (is_word_byte(input[i])) CHECK_MESSAGE(covered[i], "byte ", i, " '", input[i], "'");
}

TEST_CASE("chapters: the first is the title, each heading starts another") {
    Script s = script_of("My Article\n\nIntro text.\n\nBackground\n\nMore text.\n\nAbout the Author\n\nBio.\n");
    REQUIRE(s.chapters.size() == 3);
    CHECK(s.chapters[0].title == "My Article");
    CHECK(s.chapters[0].first_segment == 0);
    CHECK(s.chapters[1].title == "Background");
    CHECK(s.segments[s.chapters[1].first_segment].kind == SegmentKind::heading);
    CHECK(s.chapters[2].title == "About the Author");
    CHECK(s.segments.back().chapter == 2);
}

TEST_CASE("the last segment of a paragraph takes the paragraph pause") {
    Casting c = test_casting();
    c.paragraph_pause_ms = 777;
    c.narrator.pause_after_ms = 100;
    ReadResult r = read_plain_text("T\n\nOne. “Two,” she said.\n\nThree.\n");
    auto q = find_quotes(r.article);
    Script s = build_script(r.article, q, attribute_speakers(r.article, q), c);
    REQUIRE(s.segments.size() == 5);
    CHECK(s.segments[1].pause_after_ms == 100);
    CHECK(s.segments[3].pause_after_ms == 777);
    CHECK(s.segments[4].pause_after_ms == 777);
}

TEST_CASE("JSON has the documented fields") {
    std::string json = script_to_json(script_of("T\n\n“Hi,” he said.\n"));
    for (const char* field : {"\"title\"", "\"language\"", "\"speakers\"", "\"chapters\"",
                              "\"segments\"", "\"kind\"", "\"chapter\"", "\"speaker\"",
                              "\"voice\"", "\"text\"", "\"source\"", "\"start\"", "\"end\""})
        CHECK_MESSAGE(json.find(field) != std::string::npos, field);
}

TEST_CASE("SSML escapes the article's text and drops characters XML forbids") {
    std::string ssml = script_to_ssml(script_of("A & B <c>\n\nText with <break time=1s/> and \x01 too.\n"));
    CHECK(ssml.find("A &amp; B &lt;c&gt;") != std::string::npos);
    CHECK(ssml.find("&lt;break time=1s/&gt;") != std::string::npos);
    CHECK(ssml.find('\x01') == std::string::npos);
    CHECK(ssml.find("<speak version=\"1.1\"") != std::string::npos);
}
