#pragma once
// How a script is cut into parts: runs of segments that are rendered, encoded and cached on
// their own, by separate processes, and joined in order.

#include <cstddef>
#include <vector>

#include "core/script.h"

namespace narrate {

/// Segments [first, end) of a script.
struct Part {
    std::size_t first = 0;
    std::size_t end = 0;
    bool operator==(const Part&) const = default;
};

/// Cuts `script` into parts. A chapter always starts a part. Otherwise a part ends after a
/// segment followed by a long pause (a paragraph's end, a heading) once it holds at least
/// kMinPartBytes of text, where that segment's text hashes to a multiple of kPartCutEvery (1:
/// at every such place; more would make parts longer while keeping the cuts to the text), or
/// anywhere once it holds kMaxPartBytes. The cuts depend on the text around them only, never on
/// a position in the file, so an edit moves at most the cuts next to it and every other part
/// is found again in the render cache. The same script gives the same parts, whatever --jobs.
/// Parts of a paragraph or so make an edit cheap to render again: a part costs a process and
/// an MP3 joint (under one frame of silence) and little else.
[[nodiscard]] std::vector<Part> plan_parts(const Script& script);

constexpr std::size_t kMinPartBytes = 300;
constexpr std::size_t kMaxPartBytes = 3000;
constexpr std::size_t kPartCutEvery = 1;
/// A pause at least this long ends a paragraph or follows a heading: a place a part may end.
constexpr int kPartCutPauseMs = 400;

}  // namespace narrate
