#pragma once
// The documented limits on what narrate reads (README: "Limits"), and the check against them.

#include <cstddef>
#include <optional>
#include <string>

namespace narrate {

struct Script;

/// Largest input read, in bytes: 16 MiB, five times War and Peace. Larger inputs are refused
/// before they are read whole (the text stages need about 60 bytes of memory per input byte).
inline constexpr std::size_t kMaxInputBytes = std::size_t{16} << 20;
/// Longest text of one segment, in bytes. Longer paragraphs are split at sentence ends (else at
/// spaces) so that progress and timing stay fine-grained.
inline constexpr std::size_t kMaxSegmentBytes = 4000;
/// Longest text the engine is given at once, in bytes: about a minute of speech, 6 MB of audio
/// while a worker normalizes it. A longer segment is spoken in pieces cut at sentence ends.
inline constexpr std::size_t kMaxSpokenBytes = 1000;
/// Longest chapter title kept, in bytes; longer titles are cut at a word and end in "…".
inline constexpr std::size_t kMaxChapterTitleBytes = 300;
/// Most chapters in one script: FLAC and Vorbis comments number them with three digits.
inline constexpr std::size_t kMaxChapters = 999;
/// Most distinct speakers in one script (a long novel such as Oliver Twist has about 160).
inline constexpr std::size_t kMaxSpeakers = 1000;

/// What limit `script` exceeds, as a message for a person ("has 1200 chapters; ..."), or nullopt.
[[nodiscard]] std::optional<std::string> exceeded_limit(const Script& script);

}  // namespace narrate
