// The chapter and caption writers (and speech marks, the manifest) on any article, timed as
// if spoken: no crash, and captions never run backwards.
#include <cstdint>
#include <cstdlib>

#include "core/captions.h"
#include "core/chapter_formats.h"
#include "core/chapters_json.h"
#include "core/manifest.h"
#include "core/speech_marks.h"
#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [format, bytes] = narrate::fuzz::split_format(data, size);
    narrate::Script script = narrate::fuzz::script_of(bytes, format);
    if (script.segments.empty()) return 0;
    constexpr int kRate = 22050;
    int word_frames = 1 + (size > 1 ? data[size - 1] : 0) * 100;
    std::vector<narrate::SegmentTiming> timings = narrate::fuzz::fake_timings(script, word_frames);
    narrate::Timeline timeline = narrate::fuzz::timeline_of(script, timings, kRate);

    std::string out = narrate::webvtt_header() + narrate::manifest_head(script, kRate);
    std::size_t number = 1;
    std::int64_t last_end = 0;
    for (const narrate::SegmentTiming& t : timings) {
        const narrate::Segment& segment = script.segments[t.segment];
        std::string speaker = segment.speaker.value_or(narrate::kNarratorName);
        for (const narrate::Cue& cue : narrate::segment_cues(segment, t, speaker, kRate)) {
            if (cue.end_frame < cue.start_frame || cue.start_frame < last_end) std::abort();
            last_end = cue.end_frame;
            out += narrate::webvtt_cue(cue, kRate) + narrate::srt_cue(number++, cue, kRate);
        }
        out += narrate::speech_marks(segment, t, kRate);
        out += narrate::manifest_segment(segment, t, kRate, t.segment == 0);
    }
    narrate::ChapterDocument doc;
    doc.chapters = narrate::timed_chapters(script, timeline);
    doc.timeline = timeline;
    doc.title = script.title;
    doc.author = script.author;
    doc.audio_file = "episode.mp3";
    doc.audio_format = "mp3";
    for (const narrate::ChapterFormat& f : narrate::chapter_formats()) out += f.write(doc);
    out += narrate::manifest_tail(doc.chapters, timeline);
    return out.empty() ? 1 : 0;
}
