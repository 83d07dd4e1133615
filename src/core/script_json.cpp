#include "core/script_json.h"

namespace narrate {

namespace {
const char* to_string(Gender g) {
    switch (g) {
        case Gender::female: return "female";
        case Gender::male: return "male";
        case Gender::unknown: break;
    }
    return "neutral";
}
}  // namespace

std::string dump_json(const nlohmann::ordered_json& json, int indent) {
    return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::ordered_json script_head_json(const Script& script) {
    using nlohmann::ordered_json;
    ordered_json doc;
    doc["title"] = script.title;
    doc["author"] = script.author.empty() ? ordered_json(nullptr) : ordered_json(script.author);
    doc["language"] = script.language;

    ordered_json speakers = ordered_json::array();
    for (const ScriptSpeaker& s : script.speakers)
        speakers.push_back({{"id", s.id}, {"name", s.name}, {"voice", s.voice}});
    doc["speakers"] = std::move(speakers);

    ordered_json voices = ordered_json::array();
    for (const VoiceSettings& v : script.voices)
        voices.push_back({{"id", v.id},
                          {"espeak", v.espeak_name()},
                          {"rate_wpm", v.rate_wpm},
                          {"pitch", v.pitch},
                          {"pitch_range", v.pitch_range},
                          {"gender", to_string(v.gender)}});
    doc["voices"] = std::move(voices);
    return doc;
}

nlohmann::ordered_json segment_json(const Segment& s) {
    using nlohmann::ordered_json;
    ordered_json seg;
    seg["kind"] = to_string(s.kind);
    seg["chapter"] = s.chapter;
    seg["speaker"] = s.speaker ? ordered_json(*s.speaker) : ordered_json(nullptr);
    seg["voice"] = s.voice;
    seg["text"] = s.text;
    seg["source"] = {{"start", s.source.start}, {"end", s.source.end}};
    if (s.mention) seg["mention"] = true;
    seg["pause_after_ms"] = s.pause_after_ms;
    return seg;
}

std::string script_to_json(const Script& script) {
    using nlohmann::ordered_json;
    ordered_json doc = script_head_json(script);
    ordered_json chapters = ordered_json::array();
    for (const Chapter& c : script.chapters)
        chapters.push_back(
            {{"title", c.title}, {"level", c.level}, {"first_segment", c.first_segment}});
    doc["chapters"] = std::move(chapters);

    ordered_json segments = ordered_json::array();
    for (const Segment& s : script.segments) segments.push_back(segment_json(s));
    doc["segments"] = std::move(segments);
    return dump_json(doc, 2) + "\n";
}

}  // namespace narrate
