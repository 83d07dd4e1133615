#pragma once
// The script: the speech-marked segments the audio is made from.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/article.h"
#include "core/casting.h"
#include "core/offset_map.h"
#include "core/quotes.h"
#include "core/speakers.h"

namespace narrate {

enum class SegmentKind { title, heading, narration, quote };

/// The name a segment kind has in the script's JSON ("title", "heading", ...).
[[nodiscard]] const char* to_string(SegmentKind kind);

/// One stretch of speech in one voice.
struct Segment {
    SegmentKind kind = SegmentKind::narration;
    std::size_t chapter = 0;             ///< index into Script::chapters
    std::optional<std::string> speaker;  ///< a Speaker id; none for the narrator's words
    std::string voice;                   ///< a VoiceSettings id from Script::voices
    std::string text;                    ///< what is spoken, as written in the input
    SourceRange source;                  ///< where `text` lies in the input file
    OffsetMap offsets;                   ///< byte in `text` -> byte in the input file
    bool mention = false;                ///< a quoted fragment read in the narrator's voice
    int pause_after_ms = 0;              ///< silence after the segment
    bool operator==(const Segment&) const = default;
};

/// A section of the article: a chapter marker in the audio.
struct Chapter {
    std::string title;
    int level = 1;                  ///< 1 = top level
    std::size_t first_segment = 0;  ///< index into Script::segments
    bool operator==(const Chapter&) const = default;
};

/// A speaker as the script shows them: who, and in which voice.
struct ScriptSpeaker {
    std::string id;
    std::string name;
    std::string voice;  ///< a VoiceSettings id from Script::voices
    bool operator==(const ScriptSpeaker&) const = default;
};

/// Everything the synthesizer needs, and everything a reader of the audio may want to know.
struct Script {
    std::string title;
    std::string author;
    std::string language;
    std::vector<ScriptSpeaker> speakers;
    std::vector<VoiceSettings> voices;  ///< every voice a segment uses, by id
    std::vector<Chapter> chapters;      ///< at least one when there are segments
    std::vector<Segment> segments;
    bool operator==(const Script&) const = default;

    /// The settings of voice `id`; the narrator's when the id is unknown.
    [[nodiscard]] const VoiceSettings& voice(const std::string& id) const;
};

/// Cuts [start, end) of `text` into pieces of at most `max_bytes`, at sentence ends where it can
/// (else at spaces, else between code points), without the spaces between them. A range that
/// fits is one piece.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> split_text(std::string_view text,
                                                                          std::size_t start,
                                                                          std::size_t end,
                                                                          std::size_t max_bytes);

/// Turns an article, its quotations and their speakers into segments, cast with `casting`.
/// The first chapter is titled with the article's title; each heading starts another.
[[nodiscard]] Script build_script(const Article& article, const std::vector<Quote>& quotes,
                                  const Attribution& attribution, const Casting& casting);

}  // namespace narrate
