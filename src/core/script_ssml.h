#pragma once
// The script as SSML 1.1 (`narrate script --format ssml`).

#include <string>

#include "core/script.h"

namespace narrate {

/// The script as an SSML 1.1 document: one <voice> per segment, a <mark> before each segment
/// and chapter, a <break> for each pause. The article's text is escaped, never interpreted.
[[nodiscard]] std::string script_to_ssml(const Script& script);

/// `text` escaped for XML character data and attribute values; characters XML 1.0 forbids
/// (most C0 controls) become spaces.
[[nodiscard]] std::string xml_escape(const std::string& text);

}  // namespace narrate
