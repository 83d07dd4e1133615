#pragma once
// The script as JSON (`narrate script --format json`), and its parts for the manifest.

#include <string>

#include <nlohmann/json.hpp>

#include "core/script.h"

namespace narrate {

/// The script as a pretty-printed JSON object ending in a newline. Field names are an
/// interface other tools rely on: title, author, language, speakers, voices, chapters, segments.
[[nodiscard]] std::string script_to_json(const Script& script);

/// The script's fields other than chapters and segments: title, author, language, speakers,
/// voices.
[[nodiscard]] nlohmann::ordered_json script_head_json(const Script& script);

/// One segment: kind, chapter, speaker, voice, text, source, pause_after_ms (and mention).
[[nodiscard]] nlohmann::ordered_json segment_json(const Segment& segment);

/// Dumps JSON, replacing any invalid UTF-8 rather than throwing.
[[nodiscard]] std::string dump_json(const nlohmann::ordered_json& json, int indent = -1);

}  // namespace narrate
