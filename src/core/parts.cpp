#include "core/parts.h"

#include <cstdint>
#include <string_view>

namespace narrate {
namespace {

/// FNV-1a: a fixed hash, the same on every machine and in every build.
std::uint32_t text_hash(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
    return h;
}

}  // namespace

std::vector<Part> plan_parts(const Script& script) {
    std::vector<bool> starts_chapter(script.segments.size(), false);
    for (const Chapter& c : script.chapters)
        if (c.first_segment < starts_chapter.size()) starts_chapter[c.first_segment] = true;

    std::vector<Part> parts;
    Part part;
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        if (i > part.first && starts_chapter[i]) {
            part.end = i;
            parts.push_back(part);
            part.first = i;
            bytes = 0;
        }
        const Segment& s = script.segments[i];
        bytes += s.text.size();
        bool cut = bytes >= kMaxPartBytes ||
                   (bytes >= kMinPartBytes && s.pause_after_ms >= kPartCutPauseMs &&
                    text_hash(s.text) % kPartCutEvery == 0);
        if (cut && i + 1 < script.segments.size()) {
            part.end = i + 1;
            parts.push_back(part);
            part.first = i + 1;
            bytes = 0;
        }
    }
    if (part.first < script.segments.size()) {
        part.end = script.segments.size();
        parts.push_back(part);
    }
    return parts;
}

}  // namespace narrate
