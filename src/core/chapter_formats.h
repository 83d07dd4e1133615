#pragma once
// Chapter sidecar files: one table of formats drives --chapters, --help and dispatch.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/timeline.h"

namespace narrate {

/// What a chapter file describes.
struct ChapterDocument {
    std::vector<TimedChapter> chapters;  ///< in order, the first at frame 0
    Timeline timeline;                   ///< for the sample rate and total length
    std::string title;                   ///< the article's title
    std::string author;                  ///< may be empty
    std::string audio_file;              ///< the audio file's name, without folders
    std::string audio_format;            ///< "mp3", "wav", ...
};

/// One sidecar chapter format.
struct ChapterFormat {
    std::string_view name;         ///< as --chapters names it: "json"
    std::string_view suffix;       ///< appended to the audio file's stem: ".chapters.json"
    std::string_view description;  ///< for --help
    std::string (*write)(const ChapterDocument&);
};

/// Every sidecar chapter format, in the order --help lists them.
[[nodiscard]] std::span<const ChapterFormat> chapter_formats();
/// The format called `name`, or nullptr.
[[nodiscard]] const ChapterFormat* chapter_format(std::string_view name);

/// Podcasting 2.0 JSON chapters (version 1.2.0).
[[nodiscard]] std::string write_podcast_json(const ChapterDocument& doc);
/// Podlove Simple Chapters (XML), times HH:MM:SS.mmm.
[[nodiscard]] std::string write_psc(const ChapterDocument& doc);
/// WebVTT chapters: a cue per chapter.
[[nodiscard]] std::string write_vtt_chapters(const ChapterDocument& doc);
/// FFMETADATA1 with [CHAPTER] sections (TIMEBASE 1/1000), ready for muxing an M4B.
[[nodiscard]] std::string write_ffmetadata(const ChapterDocument& doc);
/// A CUE sheet: a track per chapter, INDEX 01 in 1/75 s frames. At most 99 tracks; titles cut
/// to 80 characters, double quotes turned into single ones.
[[nodiscard]] std::string write_cue(const ChapterDocument& doc);
/// An Audacity label track: start<TAB>end<TAB>title lines in seconds.
[[nodiscard]] std::string write_audacity_labels(const ChapterDocument& doc);

}  // namespace narrate
