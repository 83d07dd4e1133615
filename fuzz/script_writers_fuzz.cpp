// The script's JSON and SSML writers on any article: the JSON parses and the SSML has no raw
// markup from the input.
#include <cstdint>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/script_json.h"
#include "core/script_ssml.h"
#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [format, bytes] = narrate::fuzz::split_format(data, size);
    narrate::Script script = narrate::fuzz::script_of(bytes, format);
    if (script.segments.empty()) return 0;
    nlohmann::json json = nlohmann::json::parse(narrate::script_to_json(script));
    if (json["segments"].size() != script.segments.size()) std::abort();
    std::string ssml = narrate::script_to_ssml(script);
    for (const narrate::Segment& s : script.segments)
        if (s.source.start > s.source.end || s.source.end > bytes.size()) std::abort();
    if (ssml.find("<audio") != std::string::npos) std::abort();
    return 0;
}
