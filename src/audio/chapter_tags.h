#pragma once
// Chapters and tags embedded in audio files through TagLib. The only file that includes TagLib.

#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "core/timeline.h"

namespace narrate {

/// Descriptive tags written with the chapters.
struct AudioTags {
    std::string title;
    std::string artist;
    std::string language;
};

/// Writes `chapters` (and `tags`) into the finished audio file at `path`, as `format` embeds
/// them: ID3v2.3 CHAP/CTOC for MP3, CHAPTERnnn comments for FLAC and Ogg, cue points for WAV. Times in whole
/// milliseconds from `timeline`. Throws Error(ExitCode::output) naming `display_name`.
void embed_chapters(const std::string& path, const std::string& display_name,
                    const AudioFormat& format, const std::vector<TimedChapter>& chapters,
                    const Timeline& timeline, const AudioTags& tags);

}  // namespace narrate
