#pragma once
// How a script is cut into parts: runs of sentences that are rendered, encoded and cached on
// their own, by separate processes, and joined in order.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/script.h"

namespace narrate {

/// Bytes [first, end) of a segment's text: what the engine is given at once.
using Piece = std::pair<std::size_t, std::size_t>;

/// How fast `voice` speaks against eSpeak NG's default of 175 words a minute, 0.25 to 1: a slow
/// voice speaks fewer bytes a minute, so it is given fewer at once.
[[nodiscard]] double speaking_pace(const VoiceSettings& voice);

/// How `segment` is spoken: a piece a sentence (cut after . ! ? and the closing marks after
/// them, never after "Mr." or "U.S."), a sentence longer than kMaxSpokenBytes (less for slow
/// voices, which speak fewer bytes a minute) cut again at clause ends or spaces. The engine
/// speaks a run of sentences as it speaks each alone, so a segment sounds the same spoken
/// whole or by sentence, and a part may end between any two.
[[nodiscard]] std::vector<Piece> spoken_pieces(const Script& script, const Segment& segment);

/// A piece as the engine is given it: a period our sentence splitter keeps with its word ("Dr.",
/// "U.S.", "p.m.", "(R-Ky.)") and that text follows becomes a space, byte for byte. eSpeak NG
/// would otherwise end a sentence there, pausing in "U.S. Geological Survey" and splitting its
/// caption; its words are spoken the same either way. Asterisks marking emphasis in plain
/// text (*never*) become spaces too, which eSpeak NG would read out as "asterisk".
[[nodiscard]] std::string engine_text(std::string_view piece);

/// Segments [first, end) of a script, the first from byte `from` of its text and the last up
/// to byte `to` of its own: a part may start or end inside a segment, between two pieces.
struct Part {
    std::size_t first = 0;
    std::size_t end = 0;
    std::size_t from = 0;
    std::size_t to = 0;
    bool operator==(const Part&) const = default;

    /// Bytes [a, b) of segment `i`'s text this part speaks.
    [[nodiscard]] Piece slice(const Script& script, std::size_t i) const;
    /// True if the part speaks segment `i` up to its end, so the pause after it is the part's.
    [[nodiscard]] bool ends(const Script& script, std::size_t i) const;
    /// True when the part starts a chapter after the first (where the chapter sound plays).
    [[nodiscard]] bool starts_chapter(const Script& script) const;
};

/// Cuts `script` into parts. A chapter always starts a part. Otherwise a part ends after a
/// sentence once it holds half the script's part size and that sentence's text hashes to a
/// multiple of the part size over kSentenceBytes, or anywhere once it holds kMaxPartBytes; a
/// sentence as long as the part size starts a part, whatever comes before it. The
/// part size is a power of two from kSmallestPart to kLargestPart, a 32nd of the script's text:
/// a short article gets parts of a sentence or two, so that an edit renders little again; a
/// book gets fewer, larger parts, each of which costs a process and an encoder's start. The
/// cuts depend on the text, never on a position in the file: after an edit the first sentence
/// that hashes to a cut (a few sentences on) cuts where it did before, and every other part is
/// found again in the render cache (unless the edit moves the script's size past a power of
/// two). The same script gives the same parts, whatever --jobs.
[[nodiscard]] std::vector<Part> plan_parts(const Script& script);

/// The part size for a script of `text_bytes`: a power of two, kSmallestPart to kLargestPart.
[[nodiscard]] std::size_t part_size(std::size_t text_bytes);

constexpr std::size_t kSmallestPart = 128;
constexpr std::size_t kLargestPart = 1024;
/// About a sentence of news or fiction, in bytes.
constexpr std::size_t kSentenceBytes = 128;
constexpr std::size_t kMaxPartBytes = 3000;

}  // namespace narrate
