#pragma once
// The render manifest (`--manifest FILE`): the script with every segment, sentence, word and
// chapter timed in milliseconds, written piece by piece as the audio is rendered.

#include <string>
#include <vector>

#include "core/script.h"
#include "core/timeline.h"

namespace narrate {

/// The opening of the manifest object: the script's head fields, the sample rate and the start
/// of the "segments" array.
[[nodiscard]] std::string manifest_head(const Script& script, int sample_rate);

/// One segment of the manifest, as in `narrate script` plus start_ms, end_ms and its
/// sentences and words [{text, source, start_ms, end_ms}]. `first` omits the leading comma.
[[nodiscard]] std::string manifest_segment(const Segment& segment, const SegmentTiming& timing,
                                           int sample_rate, bool first);

/// The closing of the manifest: chapters with start_ms/end_ms and the total duration_ms.
[[nodiscard]] std::string manifest_tail(const std::vector<TimedChapter>& chapters,
                                        const Timeline& timeline);

}  // namespace narrate
