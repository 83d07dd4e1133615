#pragma once
// Where each segment and chapter lies in the written audio, in samples.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/offset_map.h"

namespace narrate {

/// A sentence or a word as the engine spoke it.
struct TimedSpan {
    std::size_t text_start = 0;      ///< first byte in the segment's text
    std::size_t text_end = 0;        ///< one past the last byte in the segment's text
    SourceRange source;              ///< the same bytes in the input file
    std::int64_t start_frame = 0;    ///< first frame of its audio
    std::int64_t end_frame = 0;      ///< one past its last voiced frame (trailing silence excluded)
    bool operator==(const TimedSpan&) const = default;
};

/// The timing of one rendered segment, from the engine's own events. Frames count from the
/// start of the whole audio.
struct SegmentTiming {
    std::size_t segment = 0;           ///< index into Script::segments
    std::int64_t start_frame = 0;      ///< where its audio starts
    std::int64_t end_frame = 0;        ///< one past its last voiced frame
    std::vector<TimedSpan> sentences;  ///< in order, covering its words
    std::vector<TimedSpan> words;      ///< in order
    bool operator==(const SegmentTiming&) const = default;
};

/// Sample positions of the rendered script, as measured while writing the audio.
struct Timeline {
    int sample_rate = 0;                    ///< frames per second of the written audio
    std::vector<std::int64_t> segment_start;  ///< per segment: its first frame
    std::vector<std::int64_t> segment_end;    ///< per segment: one past its last voiced frame
    std::int64_t total_frames = 0;          ///< length of the written audio
    bool operator==(const Timeline&) const = default;

    /// Seconds from the start of the audio to `frame`.
    [[nodiscard]] double seconds(std::int64_t frame) const {
        return sample_rate > 0 ? static_cast<double>(frame) / sample_rate : 0.0;
    }
};

/// A chapter placed in the audio.
struct TimedChapter {
    std::string title;
    int level = 1;
    std::int64_t start_frame = 0;
    std::int64_t end_frame = 0;
    bool operator==(const TimedChapter&) const = default;
};

}  // namespace narrate
