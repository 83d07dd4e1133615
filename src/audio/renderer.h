#pragma once
// Speaks a script segment by segment into one audio stream, timing every segment, sentence and
// word from the engine's own events.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>

#include <vector>

#include "audio/audio_sink.h"
#include "audio/loudness.h"
#include "audio/synthesizer.h"
#include "core/parts.h"
#include "core/script.h"
#include "core/timeline.h"

namespace narrate {

/// How far a render has got.
struct RenderProgress {
    std::size_t segments_done = 0;
    std::size_t segments_total = 0;
    std::size_t text_bytes_done = 0;   ///< of the script's spoken text
    std::size_t text_bytes_total = 0;
    std::int64_t frames_written = 0;
    int sample_rate = 0;
};

/// Called after each segment with its timing; may throw to stop the render.
using TimingFn = std::function<void(const Segment&, const SegmentTiming&)>;
/// Called after each segment; may throw to stop the render.
using ProgressFn = std::function<void(const RenderProgress&)>;

/// How the spoken segments become the output stream.
struct RenderSettings {
    int output_rate = 0;               ///< frames per second of the output; 0: the engine's
    LoudnessSettings loudness;         ///< per-segment loudness matching
    std::vector<float> intro;          ///< at output_rate, before the title
    std::vector<float> outro;          ///< at output_rate, after the last segment
    std::vector<float> chapter_sound;  ///< at output_rate, where each chapter after the first starts
    int chapter_sound_gap_ms = 250;    ///< silence between the chapter sound and the heading
};

/// One part of a script, spoken.
struct PartAudio {
    std::int64_t frames = 0;            ///< frames written to the sink
    std::vector<SegmentTiming> timings; ///< per segment of the part, frames from its start
};

/// Speaks the segments of `part` in their voices, as render_script does, into `out`: a chapter
/// sound first if the part starts a chapter after the first. The part's audio depends on its
/// own segments only. The last pause is shortened by
/// `trim_end_frames` (output frames), down to nothing. Timings count from the part's start and
/// their `segment` indexes the script.
[[nodiscard]] PartAudio render_part(const Script& script, Part part, Synthesizer& synthesizer,
                                    AudioSink& out, const RenderSettings& settings,
                                    std::int64_t trim_end_frames = 0);

/// Speaks every segment of `script` in its voice: each whole segment is synthesized, matched
/// to the loudness target, resampled to the output rate and written to `out`, followed by its
/// pause as silence. Returns where each segment starts and ends (in output frames); the
/// sentences and words of each segment go to `timing` as soon as it is spoken. Memory holds one
/// segment's audio at a time.
[[nodiscard]] Timeline render_script(const Script& script, Synthesizer& synthesizer,
                                     AudioSink& out, const RenderSettings& settings = {},
                                     const ProgressFn& progress = {}, const TimingFn& timing = {});

/// Turns one segment's engine events into its sentence and word timings. `loud` tells, per
/// block of `block_frames` frames from the segment's start, whether the block is voiced;
/// `frames` is the segment's audio length; `start_frame` is added to every frame.
[[nodiscard]] SegmentTiming time_segment(const Segment& segment,
                                         const std::vector<SynthesisEvent>& events,
                                         const std::vector<bool>& loud, std::int64_t block_frames,
                                         std::int64_t frames, std::int64_t start_frame);

/// Moves every frame of `t` `frames` later.
void shift_timing(SegmentTiming& t, std::int64_t frames);

/// Joins the timings of parts, in order, into the timeline: a segment that parts share is one
/// segment of the timeline, from the start of its first slice to the end of its last, and is
/// reported once, when its last slice is in.
class TimelineJoiner {
public:
    /// A segment complete, in output frames.
    using DoneFn = std::function<void(const Segment&, const SegmentTiming&)>;
    TimelineJoiner(const Script& script, Timeline& timeline) : script_(script), timeline_(timeline) {}
    /// The timings `render_part` gave for `part`, which starts at output frame `part_start`.
    void add(const Part& part, std::vector<SegmentTiming> timings, std::int64_t part_start, const DoneFn& done);

private:
    const Script& script_;
    Timeline& timeline_;
    std::optional<SegmentTiming> open_;  ///< a segment whose last slice is still to come
    std::int64_t open_start_ = 0;
};

}  // namespace narrate
