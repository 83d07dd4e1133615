#pragma once
// Podcasting 2.0 JSON chapters (podcast namespace, jsonChapters.md, version 1.2.0).

#include <string>
#include <vector>

#include "core/script.h"
#include "core/timeline.h"

namespace narrate {

/// The chapters of a rendered script, each starting where its first segment starts.
[[nodiscard]] std::vector<TimedChapter> timed_chapters(const Script& script,
                                                       const Timeline& timeline);

/// The Podcasting 2.0 chapters document, pretty-printed, ending in a newline.
[[nodiscard]] std::string podcast_chapters_json(const std::vector<TimedChapter>& chapters,
                                                const Timeline& timeline,
                                                const std::string& title);

}  // namespace narrate
