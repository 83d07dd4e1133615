#pragma once
// The files a render writes beside the audio: chapter sidecars, captions, speech marks and the
// manifest. Each is written under a temporary name and committed with the audio.

#include <memory>
#include <string>
#include <vector>

#include "core/chapter_formats.h"
#include "core/script.h"
#include "core/timeline.h"
#include "io/output_file.h"

namespace narrate::cli {

/// Which sidecar files to write.
struct SidecarChoice {
    std::vector<const ChapterFormat*> chapters;  ///< chapter sidecars
    bool vtt = false;                            ///< <stem>.vtt captions
    bool srt = false;                            ///< <stem>.srt captions
    bool marks = false;                          ///< <stem>.marks.jsonl speech marks
    std::string manifest;                        ///< manifest path, empty for none
};

/// Parses "--chapters json,psc" ("all", "none"); throws Error(ExitCode::usage) naming the
/// unknown entry and the known ones.
[[nodiscard]] std::vector<const ChapterFormat*> parse_chapter_list(const std::string& list);
/// Parses "--captions vtt,srt" ("none") into `choice`; throws Error(ExitCode::usage).
void parse_caption_list(const std::string& list, SidecarChoice& choice);

/// "episode.mp3" + ".srt" -> "episode.srt"
[[nodiscard]] std::string sidecar_path(const std::string& audio_path, std::string_view suffix);

/// Opens every chosen sidecar (temporary names, before the slow work), takes each segment's
/// timing as it is rendered, and finishes and commits them at the end.
class RenderOutputs {
public:
    RenderOutputs(const std::string& audio_path, const SidecarChoice& choice, const Script& script,
                  int sample_rate);
    /// Appends a rendered segment's captions, marks and manifest entry.
    void add_segment(const Segment& segment, const SegmentTiming& timing);
    /// Writes the chapter sidecars and the manifest's end.
    void finish(const std::vector<TimedChapter>& chapters, const Timeline& timeline,
                const std::string& audio_format);
    /// Renames every file into place.
    void commit();
    /// The final paths, for the closing message.
    [[nodiscard]] std::vector<std::string> paths() const;

private:
    std::string audio_path_;
    SidecarChoice choice_;
    const Script& script_;
    int sample_rate_;
    std::vector<std::unique_ptr<OutputFile>> chapter_files_;
    std::unique_ptr<OutputFile> vtt_, srt_, marks_, manifest_;
    std::size_t srt_number_ = 0;
    bool first_segment_ = true;
};

}  // namespace narrate::cli
