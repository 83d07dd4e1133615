#include "core/manifest.h"

#include "core/captions.h"
#include "core/script_json.h"

namespace narrate {
namespace {

nlohmann::ordered_json span_json(const Segment& segment, const TimedSpan& span, int rate) {
    return {{"text", segment.text.substr(span.text_start, span.text_end - span.text_start)},
            {"source", {{"start", span.source.start}, {"end", span.source.end}}},
            {"start_ms", frame_ms(span.start_frame, rate)},
            {"end_ms", frame_ms(span.end_frame, rate)}};
}

}  // namespace

std::string manifest_head(const Script& script, int sample_rate) {
    nlohmann::ordered_json head = script_head_json(script);
    head["sample_rate"] = sample_rate;
    std::string text = dump_json(head);
    text.pop_back();  // reopen the object: segments and chapters follow
    return text + ",\n\"segments\": [\n";
}

std::string manifest_segment(const Segment& segment, const SegmentTiming& timing,
                             int sample_rate, bool first) {
    nlohmann::ordered_json seg = segment_json(segment);
    seg["start_ms"] = frame_ms(timing.start_frame, sample_rate);
    seg["end_ms"] = frame_ms(timing.end_frame, sample_rate);
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const TimedSpan& s : timing.sentences) sentences.push_back(span_json(segment, s, sample_rate));
    seg["sentences"] = std::move(sentences);
    nlohmann::ordered_json words = nlohmann::ordered_json::array();
    for (const TimedSpan& w : timing.words) words.push_back(span_json(segment, w, sample_rate));
    seg["words"] = std::move(words);
    return (first ? "" : ",\n") + dump_json(seg);
}

std::string manifest_tail(const std::vector<TimedChapter>& chapters, const Timeline& timeline) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const TimedChapter& c = chapters[i];
        list.push_back({{"title", c.title},
                        {"level", c.level},
                        {"start_ms", frame_ms(c.start_frame, timeline.sample_rate)},
                        {"end_ms", frame_ms(c.end_frame, timeline.sample_rate)}});
    }
    return "\n],\n\"chapters\": " + dump_json(list) + ",\n\"duration_ms\": " +
           std::to_string(frame_ms(timeline.total_frames, timeline.sample_rate)) + "\n}\n";
}

}  // namespace narrate
