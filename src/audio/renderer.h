#pragma once
// Speaks a script segment by segment into one audio stream, measuring where each lands.

#include <cstddef>
#include <cstdint>
#include <functional>

#include "audio/audio_sink.h"
#include "audio/synthesizer.h"
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

/// Called after each segment; may throw to stop the render.
using ProgressFn = std::function<void(const RenderProgress&)>;

/// Speaks every segment of `script` in its voice into `out`, then the segment's pause as
/// silence, and returns where each segment starts and ends. Audio is streamed: memory does not
/// grow with the script's length.
[[nodiscard]] Timeline render_script(const Script& script, Synthesizer& synthesizer,
                                     AudioSink& out, const ProgressFn& progress = {});

}  // namespace narrate
