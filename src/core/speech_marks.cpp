#include "core/speech_marks.h"

#include <nlohmann/json.hpp>

#include "core/captions.h"

namespace narrate {
namespace {

std::string mark(const char* type, const Segment& segment, const TimedSpan& span, int rate) {
    nlohmann::ordered_json line;
    line["time"] = frame_ms(span.start_frame, rate);
    line["type"] = type;
    line["start"] = span.source.start;
    line["end"] = span.source.end;
    line["value"] = segment.text.substr(span.text_start, span.text_end - span.text_start);
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string speech_marks(const Segment& segment, const SegmentTiming& timing, int sample_rate) {
    std::string out;
    std::size_t w = 0;
    for (const TimedSpan& sentence : timing.sentences) {
        out += mark("sentence", segment, sentence, sample_rate);
        for (; w < timing.words.size() && timing.words[w].text_start < sentence.text_end; ++w)
            out += mark("word", segment, timing.words[w], sample_rate);
    }
    for (; w < timing.words.size(); ++w) out += mark("word", segment, timing.words[w], sample_rate);
    return out;
}

}  // namespace narrate
