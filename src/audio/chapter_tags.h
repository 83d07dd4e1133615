#pragma once
// Chapters and tags embedded in audio files through TagLib. The only file that includes TagLib.

#include <cstddef>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "core/timeline.h"

namespace narrate {

/// Descriptive tags written with the chapters. Empty fields are not written.
struct AudioTags {
    std::string title;       ///< the article's title
    std::string artist;      ///< the article's author
    std::string album;       ///< the show (--show)
    std::string date;        ///< release date, ISO 8601 (2026-11-28)
    std::string comment;
    std::string language;    ///< BCP 47
    std::string cover;       ///< the cover image's bytes (JPEG or PNG)
    std::string cover_mime;  ///< "image/jpeg" or "image/png"
};

/// The bytes embed_chapters() puts before the audio in `format` (MP3: the ID3v2 tag and its
/// padding), or 0 where the tags go elsewhere. A file that starts with that much room, as an
/// empty tag, is tagged in place instead of being copied whole behind a new one. The chapters'
/// times may be placeholders: they do not change the size.
[[nodiscard]] std::size_t tag_room(const AudioFormat& format, const std::vector<TimedChapter>& chapters,
                                   const AudioTags& tags);

/// An ID3v2.3 tag of `bytes` bytes holding padding only, or "" when `bytes` is too small for
/// one (under 11) or too large (over 256 MB).
[[nodiscard]] std::string empty_id3_tag(std::size_t bytes);

/// Writes `chapters` and `tags` into the finished audio file at `path`, as `format` embeds
/// them: ID3v2.3 frames (CHAP/CTOC, TIT2, TPE1, TALB, TDRC, COMM, APIC) for MP3; Vorbis comments
/// (CHAPTERnnn, TITLE, ARTIST, ALBUM, DATE, COMMENT, a picture block) for FLAC, Ogg Vorbis and
/// Opus; RIFF INFO tags and cue points for WAV. Times in whole
/// milliseconds from `timeline`. Throws Error(ExitCode::output) naming `display_name`.
void embed_chapters(const std::string& path, const std::string& display_name,
                    const AudioFormat& format, const std::vector<TimedChapter>& chapters,
                    const Timeline& timeline, const AudioTags& tags);

}  // namespace narrate
