#include "core/chapters_json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace narrate;

TEST_CASE("chapters start where their first segment starts, the first at zero") {
    Script s;
    s.chapters = {{"Title", 1, 0}, {"Part Two", 1, 2}};
    s.segments.resize(3);
    Timeline t;
    t.sample_rate = 1000;
    t.segment_start = {100, 500, 900};
    t.segment_end = {400, 800, 1200};
    t.total_frames = 1500;
    std::vector<TimedChapter> c = timed_chapters(s, t);
    REQUIRE(c.size() == 2);
    CHECK(c[0].start_frame == 0);
    CHECK(c[0].end_frame == 900);
    CHECK(c[1].start_frame == 900);
    CHECK(c[1].end_frame == 1500);

    auto doc = nlohmann::json::parse(podcast_chapters_json(c, t, "Title"));
    CHECK(doc["version"] == "1.2.0");
    REQUIRE(doc["chapters"].size() == 2);
    CHECK(doc["chapters"][0]["startTime"] == 0.0);
    CHECK(doc["chapters"][1]["startTime"] == doctest::Approx(0.9));
    CHECK(doc["chapters"][1]["endTime"] == doctest::Approx(1.5));
    CHECK(doc["chapters"][1]["title"] == "Part Two");
}
