#pragma once
// Captions: WebVTT with a voice span per speaker, and SRT, timed by the engine's word events.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/script.h"
#include "core/timeline.h"

namespace narrate {

/// The voice span name of the narrator's words.
inline constexpr const char* kNarratorName = "Narrator";
/// The voice span name of a quotation whose speaker is not known.
inline constexpr const char* kUnknownSpeakerName = "Unknown speaker";

/// How long a cue may be.
struct CaptionLimits {
    std::size_t line_chars = 42;       ///< characters per line
    std::size_t lines = 2;             ///< lines per cue
    std::int64_t duration_ms = 7000;   ///< time on screen
};

/// One caption cue.
struct Cue {
    std::int64_t start_frame = 0;
    std::int64_t end_frame = 0;
    std::string text;     ///< the words as written, lines separated by '\n'
    std::string speaker;  ///< who speaks: a speaker's name, "Narrator" or "Quotation"
    bool first_of_segment = false;
    bool operator==(const Cue&) const = default;
};

/// The cues of one spoken segment: one or more per sentence, split at word boundaries so none
/// exceeds `limits` (preferring breaks after punctuation and even lengths), each timed from its
/// first word's start to its last word's end. The first cue keeps `first_cue_reserve`
/// characters free for a speaker's name.
[[nodiscard]] std::vector<Cue> segment_cues(const Segment& segment, const SegmentTiming& timing,
                                            const std::string& speaker, int sample_rate,
                                            const CaptionLimits& limits = {},
                                            std::size_t first_cue_reserve = 0);

/// Breaks `text` into at most `limits.lines` lines of at most `limits.line_chars` characters
/// where word boundaries allow, balancing the lines.
[[nodiscard]] std::string wrap_caption(const std::string& text, const CaptionLimits& limits = {});

/// "WEBVTT" and the blank line after it.
[[nodiscard]] std::string webvtt_header();
/// One WebVTT cue with a <v Speaker> span; text and name escaped.
[[nodiscard]] std::string webvtt_cue(const Cue& cue, int sample_rate);
/// One SRT cue numbered `number` (from 1); a quoted speaker's name leads their first cue.
[[nodiscard]] std::string srt_cue(std::size_t number, const Cue& cue, int sample_rate);

/// 00:01:02.345 (WebVTT) and 00:01:02,345 (SRT) for a frame.
[[nodiscard]] std::string vtt_time(std::int64_t frame, int sample_rate);
[[nodiscard]] std::string srt_time(std::int64_t frame, int sample_rate);

/// Whole milliseconds for a frame, rounded to nearest.
[[nodiscard]] std::int64_t frame_ms(std::int64_t frame, int sample_rate);

/// `text` with &, < and > escaped for WebVTT cue text, control characters made spaces.
[[nodiscard]] std::string vtt_escape(const std::string& text);

}  // namespace narrate
