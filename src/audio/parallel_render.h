#pragma once
// Renders a script in parts, several at once in worker processes, each part kept in the render
// cache, and joins them in order into one audio file.
//
// eSpeak NG keeps one engine per process and carries hidden state from one text to the next
// (the same sentence spoken twice in a row differs), so every part is spoken by a fresh copy of
// an engine that has not spoken yet: a process forked from this one. A part's audio therefore
// depends on its own segments and the settings only, which is what makes the output the same
// for any number of jobs and a cached part as good as a new one.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/part_file.h"
#include "audio/renderer.h"
#include "audio/synthesizer.h"
#include "core/parts.h"
#include "core/script.h"
#include "io/render_cache.h"

namespace narrate {

/// How the parts are made and kept.
struct ParallelSettings {
    int jobs = 1;                      ///< parts rendered at once
    PartPayload payload = PartPayload::pcm16;
    Mp3Settings mp3;                   ///< when payload is mp3
    std::string key_salt;              ///< everything else a part's audio depends on: engine
                                       ///< version, format, settings (see render_key_salt)
};

/// Where the joined parts go: appends each part's audio and says where it starts.
class PartJoiner {
public:
    /// Called between the blocks of a part being appended: render_parallel starts workers
    /// there in the place of those that ended meanwhile, so that no core waits while a long
    /// part is joined.
    using BetweenBlocks = std::function<void()>;

    virtual ~PartJoiner() = default;
    /// Appends the part open as `fd`; returns the frame of the output where its audio starts.
    virtual std::int64_t append(int fd, const PartFile& part, const BetweenBlocks& between_blocks) = 0;
    /// The output's length in frames so far.
    [[nodiscard]] virtual std::int64_t frames() const = 0;
    /// Completes the file (headers that need the totals). Throws Error on failure.
    virtual void finish() = 0;
};

/// MP3: the parts' frames one after the other, behind an Info frame whose encoder delay and end
/// padding let decoders trim the stream to the exact samples. Between parts the stream holds the
/// next part's encoder delay and the previous part's end padding as silence; each part but the
/// last shortens its last pause by the delay, so only the padding (under one frame) is added.
/// The file starts with an empty ID3v2 tag of `tag_room` bytes (none if 0 or under 11), where
/// the chapters are written in place later (see tag_room() in chapter_tags.h).
[[nodiscard]] std::unique_ptr<PartJoiner> mp3_joiner(const std::string& path,
                                                     const std::string& display_name,
                                                     int sample_rate, int bitrate_kbps,
                                                     std::size_t tag_room = 0);

/// WAV, FLAC and Ogg Vorbis, through libsndfile: the parts' samples encoded in order.
[[nodiscard]] std::unique_ptr<PartJoiner> sndfile_joiner(const std::string& path,
                                                         const std::string& display_name,
                                                         const AudioFormat& format, int sample_rate,
                                                         int quality);

/// Opus: the parts' samples encoded in order by OggOpusWriter, which holds the decoded peaks under
/// `ceiling_dbtp` when `hold_peaks` (see ogg_opus_writer.h).
[[nodiscard]] std::unique_ptr<PartJoiner> opus_joiner(const std::string& path,
                                                      const std::string& display_name,
                                                      int bitrate_kbps, bool hold_peaks,
                                                      double ceiling_dbtp);

/// What a parallel render did.
struct ParallelReport {
    Timeline timeline;
    std::size_t parts = 0;
    std::size_t parts_reused = 0;  ///< found in the cache
};

/// Renders `script` (its intro and outro too) as plan_parts() cuts it, `parallel.jobs` parts at
/// a time, each in a process forked from this one with `synthesizer` not yet used, keeping each
/// finished part in `folder` by the hash of what it depends on and taking parts found there
/// instead of rendering them again. Joins them in order into `out`; timings and progress go to
/// the callbacks in order, as render_script sends them. Throws Error with a worker's message
/// and exit code if one fails; the other workers are stopped.
[[nodiscard]] ParallelReport render_parallel(const Script& script, Synthesizer& synthesizer,
                                             const RenderSettings& settings,
                                             const ParallelSettings& parallel,
                                             const PartFolder& folder, PartJoiner& out,
                                             const ProgressFn& progress = {},
                                             const TimingFn& timing = {});

/// The number of processors this process may use.
[[nodiscard]] int available_cores();

}  // namespace narrate
