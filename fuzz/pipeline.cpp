#include "pipeline.h"

#include <cstdlib>

#include "core/casting.h"
#include "core/quotes.h"
#include "core/speakers.h"
#include "core/words.h"

namespace narrate::fuzz {

FormatAndBytes split_format(const std::uint8_t* data, std::size_t size) {
    FormatAndBytes out;
    if (size == 0) return out;
    static constexpr InputFormat kFormats[] = {InputFormat::text, InputFormat::markdown,
                                               InputFormat::html};
    out.format = kFormats[data[0] % 3];
    out.bytes = std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1);
    return out;
}

void check_block_offsets(const ReadResult& read, std::size_t input_size) {
    for (const Block& b : read.article.blocks) {
        SourceRange range = b.offsets.to_source(0, b.text.size());
        if (range.start > range.end || range.end > input_size) std::abort();
    }
}

Script script_of(std::string_view bytes, InputFormat format) {
    ReadResult read = read_article(bytes, format);
    if (read.problem) return {};
    std::vector<Quote> quotes = find_quotes(read.article);
    Attribution attribution = attribute_speakers(read.article, quotes);
    Casting casting;
    casting.narrator.id = "narrator";
    casting.title = casting.narrator;
    casting.title.id = "title";
    casting.heading = casting.narrator;
    casting.heading.id = "heading";
    casting.quotation.id = "quotation";
    casting.quotation.variant = "f2";
    VoiceSettings pool = casting.quotation;
    pool.id = "pool-m1";
    pool.variant = "m1";
    pool.gender = Gender::male;
    casting.pool = {pool};
    return build_script(read.article, quotes, attribution,
                        cast_for_language(casting, read.article.language));
}

std::vector<SegmentTiming> fake_timings(const Script& script, int word_frames) {
    std::vector<SegmentTiming> timings;
    std::int64_t frame = 0;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Segment& segment = script.segments[i];
        SegmentTiming t;
        t.segment = i;
        t.start_frame = frame;
        TimedSpan sentence;
        bool open = false;
        for (const Word& w : split_words(segment.text)) {
            TimedSpan span;
            span.text_start = w.start;
            span.text_end = w.end;
            span.source = segment.offsets.to_source(w.start, w.end);
            span.start_frame = frame;
            frame += word_frames;
            span.end_frame = frame;
            if (!w.is_punct) t.words.push_back(span);
            if (!open) {
                sentence = span;
                open = true;
            }
            sentence.text_end = span.text_end;
            sentence.end_frame = span.end_frame;
            if (w.ends_sentence()) {
                sentence.source = segment.offsets.to_source(sentence.text_start, sentence.text_end);
                t.sentences.push_back(sentence);
                open = false;
            }
        }
        if (open) {
            sentence.source = segment.offsets.to_source(sentence.text_start, sentence.text_end);
            t.sentences.push_back(sentence);
        }
        t.end_frame = frame;
        frame += segment.pause_after_ms * 22;
        timings.push_back(std::move(t));
    }
    return timings;
}

Timeline timeline_of(const Script& script, const std::vector<SegmentTiming>& timings,
                     int sample_rate) {
    Timeline timeline;
    timeline.sample_rate = sample_rate;
    for (const SegmentTiming& t : timings) {
        timeline.segment_start.push_back(t.start_frame);
        timeline.segment_end.push_back(t.end_frame);
    }
    timeline.total_frames = timings.empty() ? 0 : timings.back().end_frame + 1;
    (void)script;
    return timeline;
}

}  // namespace narrate::fuzz
