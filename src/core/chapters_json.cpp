#include "core/chapters_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace narrate {

std::vector<TimedChapter> timed_chapters(const Script& script, const Timeline& timeline) {
    std::vector<TimedChapter> chapters;
    for (std::size_t i = 0; i < script.chapters.size(); ++i) {
        const Chapter& c = script.chapters[i];
        if (c.first_segment >= timeline.segment_start.size()) continue;  // nothing was read in it
        TimedChapter t;
        t.title = c.title;
        t.level = c.level;
        t.start_frame = i == 0 ? 0 : timeline.segment_start[c.first_segment];
        t.end_frame = timeline.total_frames;
        if (!chapters.empty()) chapters.back().end_frame = t.start_frame;
        chapters.push_back(std::move(t));
    }
    return chapters;
}

namespace {
/// Seconds with millisecond precision, so the JSON shows 12.345 rather than 12.3449999.
double rounded_seconds(const Timeline& timeline, std::int64_t frame) {
    return std::round(timeline.seconds(frame) * 1000.0) / 1000.0;
}
}  // namespace

std::string podcast_chapters_json(const std::vector<TimedChapter>& chapters,
                                  const Timeline& timeline, const std::string& title) {
    nlohmann::ordered_json doc;
    doc["version"] = "1.2.0";
    if (!title.empty()) doc["title"] = title;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const TimedChapter& c : chapters) {
        nlohmann::ordered_json entry;
        entry["startTime"] = rounded_seconds(timeline, c.start_frame);
        entry["endTime"] = rounded_seconds(timeline, c.end_frame);
        entry["title"] = c.title;
        list.push_back(std::move(entry));
    }
    doc["chapters"] = std::move(list);
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace narrate
