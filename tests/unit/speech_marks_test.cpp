#include "core/speech_marks.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace narrate;

TEST_CASE("speech marks: a sentence line, then its words, with input byte offsets") {
    Segment seg;
    seg.text = "Hi you.";
    seg.offsets.add_piece(0, 40);
    SegmentTiming t;
    t.sentences = {{0, 7, {40, 47}, 2205, 9000}};
    t.words = {{0, 2, {40, 42}, 2205, 4000}, {3, 6, {43, 46}, 4410, 9000}};
    std::istringstream lines(speech_marks(seg, t, 22050));
    std::vector<nlohmann::json> marks;
    for (std::string line; std::getline(lines, line);) marks.push_back(nlohmann::json::parse(line));
    REQUIRE(marks.size() == 3);
    CHECK(marks[0] == nlohmann::json::parse(R"({"time":100,"type":"sentence","start":40,"end":47,"value":"Hi you."})"));
    CHECK(marks[1] == nlohmann::json::parse(R"({"time":100,"type":"word","start":40,"end":42,"value":"Hi"})"));
    CHECK(marks[2]["time"] == 200);
    CHECK(marks[2]["value"] == "you");
}
