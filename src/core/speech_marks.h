#pragma once
// Speech marks in Amazon Polly's format: one JSON object a line, for players built for it.

#include <string>

#include "core/script.h"
#include "core/timeline.h"

namespace narrate {

/// The sentence and word marks of one segment, in time order, each line
/// {"time":MS,"type":"sentence"|"word","start":BYTE,"end":BYTE,"value":TEXT}, where start and end
/// are byte offsets into the input file and value is the text spoken.
[[nodiscard]] std::string speech_marks(const Segment& segment, const SegmentTiming& timing,
                                       int sample_rate);

}  // namespace narrate
