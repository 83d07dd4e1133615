#include "core/limits.h"

#include "core/script.h"

namespace narrate {

std::optional<std::string> exceeded_limit(const Script& script) {
    if (script.chapters.size() > kMaxChapters)
        return "has " + std::to_string(script.chapters.size()) + " chapters (sections); narrate "
               "supports at most " + std::to_string(kMaxChapters);
    if (script.speakers.size() > kMaxSpeakers)
        return "has " + std::to_string(script.speakers.size()) + " quoted speakers; narrate "
               "casts at most " + std::to_string(kMaxSpeakers);
    return std::nullopt;
}

}  // namespace narrate
