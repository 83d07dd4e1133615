#pragma once
// Chapters in WAV files: a `cue ` chunk with a `LIST`/`adtl` chunk of `labl` titles.

#include <string>
#include <vector>

#include "core/timeline.h"

namespace narrate {

/// Appends a cue point and a label for each chapter to the finished WAV file at `path` and
/// fixes the RIFF size. Cue positions are frame indexes (dwPosition = dwSampleOffset), labels
/// NUL-terminated UTF-8. Throws Error(ExitCode::output) naming `display_name`.
void append_wav_cues(const std::string& path, const std::string& display_name,
                     const std::vector<TimedChapter>& chapters);

/// The bytes of the two chunks for `chapters`, as append_wav_cues writes them.
[[nodiscard]] std::string wav_cue_chunks(const std::vector<TimedChapter>& chapters);

}  // namespace narrate
