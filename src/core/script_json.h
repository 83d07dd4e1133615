#pragma once
// The script as JSON (`narrate script --format json`).

#include <string>

#include "core/script.h"

namespace narrate {

/// The script as a pretty-printed JSON object ending in a newline. Field names are an
/// interface other tools rely on: title, language, speakers, voices, chapters, segments.
[[nodiscard]] std::string script_to_json(const Script& script);

}  // namespace narrate
