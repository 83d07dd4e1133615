#include "core/casting.h"

#include <algorithm>
#include <set>
#include <sstream>

#include <toml++/toml.h>

namespace narrate {

std::string VoiceSettings::espeak_name() const {
    return variant.empty() ? espeak : espeak + "+" + variant;
}

namespace {

struct ParseError {
    std::string message;
};

int read_int(const toml::table& t, std::string_view key, int fallback, int low, int high,
             std::string_view where) {
    auto node = t[key];
    if (!node) return fallback;
    auto value = node.value<int64_t>();
    if (!value || *value < low || *value > high) {
        std::ostringstream msg;
        msg << where << "." << key << " must be a whole number from " << low << " to " << high;
        throw ParseError{msg.str()};
    }
    return static_cast<int>(*value);
}

std::string read_string(const toml::table& t, std::string_view key, std::string fallback,
                        std::string_view where) {
    auto node = t[key];
    if (!node) return fallback;
    auto value = node.value<std::string>();
    if (!value) throw ParseError{std::string(where) + "." + std::string(key) + " must be a string"};
    return *value;
}

Gender read_gender(const toml::table& t, Gender fallback, std::string_view where) {
    if (!t["gender"]) return fallback;
    std::string g = read_string(t, "gender", "", where);
    if (g == "neutral" || g == "unknown") return Gender::unknown;
    if (g == "female") return Gender::female;
    if (g == "male") return Gender::male;
    throw ParseError{std::string(where) + ".gender must be \"female\", \"male\" or \"neutral\""};
}

VoiceSettings read_voice(const toml::table& t, std::string id, const VoiceSettings& base,
                         std::string_view where) {
    VoiceSettings v = base;
    v.id = std::move(id);
    v.espeak = read_string(t, "espeak", base.espeak, where);
    if (v.espeak.empty()) throw ParseError{std::string(where) + ".espeak must name a voice"};
    v.variant = read_string(t, "variant", base.variant, where);
    v.rate_wpm = read_int(t, "rate_wpm", base.rate_wpm, 80, 450, where);
    v.pitch = read_int(t, "pitch", base.pitch, 0, 100, where);
    v.pitch_range = read_int(t, "pitch_range", base.pitch_range, 0, 100, where);
    v.pause_after_ms = read_int(t, "pause_after_ms", base.pause_after_ms, 0, 10000, where);
    v.pause_before_ms = read_int(t, "pause_before_ms", base.pause_before_ms, 0, 10000, where);
    v.gender = read_gender(t, base.gender, where);
    return v;
}

const toml::table& required_table(const toml::table& root, std::string_view key) {
    const toml::table* t = root[key].as_table();
    if (!t) throw ParseError{"missing [" + std::string(key) + "] table"};
    return *t;
}

std::string lower_tag(std::string_view tag) {
    std::string out(tag);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c == '_') c = '-';
    }
    return out;
}

std::string primary_subtag(std::string_view tag) {
    std::string t = lower_tag(tag);
    return t.substr(0, t.find('-'));
}

}  // namespace

std::string espeak_voice_for_language(std::string_view language) {
    std::string tag = lower_tag(language);
    std::string primary = primary_subtag(tag);
    std::string region = tag.size() > primary.size() + 1 ? tag.substr(primary.size() + 1, 2) : "";
    if (primary == "en") return region == "gb" || region == "uk" ? "en-gb" : "en-us";
    if (primary == "fr") return region == "be" ? "fr-be" : region == "ch" ? "fr-ch" : "fr-fr";
    if (primary == "es") return region.empty() || region == "es" ? "es" : "es-419";
    if (primary == "pt") return region == "br" ? "pt-br" : "pt";
    if (primary == "zh") return region == "hk" ? "yue" : "cmn";
    if (primary == "no") return "nb";
    // eSpeak NG names these voices by their primary tag.
    static constexpr std::string_view kPrimary[] = {
        "af", "ar", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "eo", "et", "eu", "fa",
        "fi", "ga", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "la",
        "lt", "lv", "mk", "ms", "mt", "nb", "nl", "pl", "ro", "ru", "sk", "sl", "sq", "sr", "sv",
        "sw", "ta", "th", "tr", "uk", "ur", "vi", "cmn", "yue"};
    for (std::string_view p : kPrimary)
        if (p == primary) return primary;
    return {};
}

Casting cast_for_language(Casting casting, std::string_view language) {
    std::string voice = espeak_voice_for_language(language);
    if (voice.empty()) return casting;
    std::string wanted = primary_subtag(voice);
    auto move = [&](VoiceSettings& v) {
        std::string have = primary_subtag(v.espeak);
        if (have != wanted) v.espeak = voice;
    };
    move(casting.narrator);
    move(casting.title);
    move(casting.heading);
    move(casting.quotation);
    for (VoiceSettings& v : casting.pool) move(v);
    return casting;
}

CastingParse parse_casting(std::string_view toml_text, std::string_view source_name) {
    CastingParse result;
    Casting& c = result.casting;
    c.source = source_name;
    try {
        toml::table root = toml::parse(toml_text, source_name);
        c.paragraph_pause_ms = read_int(root, "paragraph_pause_ms", c.paragraph_pause_ms, 0,
                                        10000, "paragraph_pause_ms");
        const toml::table& roles = required_table(root, "roles");
        const toml::table* narrator = roles["narrator"].as_table();
        if (!narrator) throw ParseError{"missing [roles.narrator] table"};
        c.narrator = read_voice(*narrator, "narrator", VoiceSettings{}, "roles.narrator");
        // The other roles start from the narrator and change only what they say.
        auto role = [&](std::string_view name) {
            std::string where = "roles." + std::string(name);
            if (const toml::table* t = roles[name].as_table())
                return read_voice(*t, std::string(name), c.narrator, where);
            VoiceSettings v = c.narrator;
            v.id = std::string(name);
            return v;
        };
        c.title = role("title");
        c.heading = role("heading");
        c.quotation = role("quotation");
        if (const toml::array* pool = root["pool"].as_array()) {
            int index = 0;
            for (const toml::node& node : *pool) {
                ++index;
                const toml::table* t = node.as_table();
                std::string where = "pool[" + std::to_string(index) + "]";
                if (!t) throw ParseError{where + " must be a table"};
                std::string id = read_string(*t, "id", "pool-" + std::to_string(index), where);
                c.pool.push_back(read_voice(*t, std::move(id), c.quotation, where));
            }
        }
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << "line " << e.source().begin.line << ", column " << e.source().begin.column << ": "
            << e.description();
        result.error = msg.str();
    } catch (const ParseError& e) {
        result.error = e.message;
    }
    return result;
}

}  // namespace narrate

namespace narrate {
namespace {

/// How a voice sounds, ignoring its id: two voices with the same key sound the same.
std::string sound_of(const VoiceSettings& v) {
    return v.espeak_name() + "/" + std::to_string(v.pitch) + "/" + std::to_string(v.rate_wpm);
}

/// The voice `spec` names for an override: a pool id, a role, or an eSpeak NG voice name.
VoiceSettings voice_named(const std::string& spec, const Casting& casting) {
    for (const VoiceSettings& v : casting.pool)
        if (v.id == spec) return v;
    for (const VoiceSettings* v : {&casting.quotation, &casting.narrator, &casting.title,
                                   &casting.heading})
        if (v->id == spec) return *v;
    VoiceSettings v = casting.quotation;
    std::size_t plus = spec.find('+');
    v.espeak = spec.substr(0, plus);
    v.variant = plus == std::string::npos ? "" : spec.substr(plus + 1);
    v.id = "cast-" + spec;
    return v;
}

}  // namespace

std::vector<VoiceSettings> cast_speakers(const std::vector<CastMember>& speakers,
                                         const Casting& casting) {
    std::vector<VoiceSettings> pool;
    for (const VoiceSettings& v : casting.pool)
        if (sound_of(v) != sound_of(casting.narrator)) pool.push_back(v);
    if (pool.empty()) pool.push_back(casting.quotation);

    std::vector<VoiceSettings> cast(speakers.size());
    std::vector<bool> cast_done(speakers.size(), false);
    std::set<std::string> taken = {sound_of(casting.narrator)};
    for (std::size_t i = 0; i < speakers.size(); ++i) {
        auto found = casting.speaker_voice.find(speakers[i].name);
        if (found == casting.speaker_voice.end()) continue;
        cast[i] = voice_named(found->second, casting);
        cast_done[i] = true;
        taken.insert(sound_of(cast[i]));
    }
    auto is_taken = [&](const VoiceSettings& v) {
        return taken.count(sound_of(v)) != 0;
    };
    for (std::size_t i = 0; i < speakers.size(); ++i) {
        if (cast_done[i]) continue;
        Gender g = speakers[i].gender;
        const VoiceSettings* pick = nullptr;
        for (const VoiceSettings& v : pool)
            if (!pick && !is_taken(v) && (g == Gender::unknown || v.gender == g)) pick = &v;
        for (const VoiceSettings& v : pool)
            if (!pick && !is_taken(v) && v.gender == Gender::unknown) pick = &v;
        VoiceSettings chosen;
        if (pick) {
            chosen = *pick;
        } else {
            // More speakers than voices: take a pool voice of the right gender again and move
            // its pitch and rate until it sounds like nobody else's.
            std::vector<const VoiceSettings*> base;
            for (const VoiceSettings& v : pool)
                if (g == Gender::unknown || v.gender == g) base.push_back(&v);
            if (base.empty())
                for (const VoiceSettings& v : pool) base.push_back(&v);
            // Pitch and rate are clamped, so the rounds run out of new sounds after about 50;
            // past that (hundreds of speakers) voices are shared rather than looped for ever.
            for (int round = 1; !pick && round <= 64; ++round) {
                for (const VoiceSettings* b : base) {
                    VoiceSettings v = *b;
                    int step = (round + 1) / 2 * (round % 2 == 1 ? 1 : -1);  // +1, -1, +2, -2...
                    v.pitch = std::clamp(b->pitch + 9 * step, 0, 100);
                    // The rate stays within a fifth of the voice's own, where speech still
                    // sounds natural; the pitch goes on varying past that.
                    v.rate_wpm = std::clamp(b->rate_wpm + 12 * step, b->rate_wpm * 4 / 5, b->rate_wpm * 6 / 5);
                    v.id = b->id + "-" + std::to_string(round + 1);
                    if (!is_taken(v)) {
                        chosen = v;
                        pick = b;
                        break;
                    }
                }
            }
            if (!pick) chosen = *base[i % base.size()];
        }
        taken.insert(sound_of(chosen));
        cast[i] = std::move(chosen);
    }
    return cast;
}

std::optional<std::string> parse_cast_file(std::string_view toml_text, std::string_view source_name,
                                           Casting& casting) {
    try {
        toml::table root = toml::parse(toml_text, source_name);
        for (auto&& [key, node] : root) {
            auto voice = node.value<std::string>();
            if (!voice || voice->empty())
                return "\"" + std::string(key.str()) + "\" must name a voice (a string)";
            casting.speaker_voice[std::string(key.str())] = *voice;
        }
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << "line " << e.source().begin.line << ", column " << e.source().begin.column << ": "
            << e.description();
        return msg.str();
    }
    return std::nullopt;
}

}  // namespace narrate
