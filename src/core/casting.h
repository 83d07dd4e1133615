#pragma once
// Casting: which eSpeak NG voice, variant, rate and pitch reads each role and speaker.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace narrate {

enum class Gender { unknown, female, male };

/// How one voice sounds. The values go to eSpeak NG as they are.
struct VoiceSettings {
    std::string id;              ///< the name scripts refer to it by ("narrator", "pool-1")
    std::string espeak = "en-us";  ///< eSpeak NG voice name (see `narrate voices`)
    std::string variant;         ///< eSpeak NG variant ("m3", "f2"), empty for none
    int rate_wpm = 175;          ///< speaking rate, words per minute (80-450)
    int pitch = 50;              ///< base pitch, 0-100
    int pitch_range = 50;        ///< intonation range, 0-100 (0 = monotone)
    int pause_after_ms = 0;      ///< silence after each segment in this voice
    int pause_before_ms = 0;     ///< silence before a segment in this voice after another voice
    Gender gender = Gender::unknown;  ///< for matching speakers to voices
    bool operator==(const VoiceSettings&) const = default;

    /// The voice as eSpeak NG names it: "en-us+m3".
    [[nodiscard]] std::string espeak_name() const;
};

/// The voices of an article: one per role, and a pool for quoted speakers.
struct Casting {
    VoiceSettings narrator;    ///< reads the article's own words
    VoiceSettings title;       ///< reads the title
    VoiceSettings heading;     ///< reads section headings
    VoiceSettings quotation;   ///< reads quotations whose speaker is unknown
    std::vector<VoiceSettings> pool;  ///< voices handed to speakers, in order
    int paragraph_pause_ms = 600;     ///< silence at the end of a paragraph
    std::map<std::string, std::string> speaker_voice;  ///< --cast: speaker name -> voice id
    std::string source;               ///< where it was loaded from, for messages
    bool operator==(const Casting&) const = default;
};

/// Result of parsing a casting file.
struct CastingParse {
    Casting casting;
    std::optional<std::string> error;  ///< what is wrong, with line and column, if anything
};

/// The eSpeak NG voice that speaks a BCP 47 language ("fr-CA" -> "fr-fr", "de" -> "de",
/// "es-MX" -> "es-419", "zh" -> "cmn"), or an empty string for a language it is not known to have.
[[nodiscard]] std::string espeak_voice_for_language(std::string_view language);

/// The casting moved to `language`: every voice whose eSpeak NG language differs takes that
/// language's voice, keeping its variant, rate and pitch, so the parts stay distinct. Voices
/// already in the language (an en-gb narrator for "en") and unknown languages change nothing.
[[nodiscard]] Casting cast_for_language(Casting casting, std::string_view language);

/// Parses a casting file (TOML, as in voices/default.toml). `source_name` is used in messages.
[[nodiscard]] CastingParse parse_casting(std::string_view toml_text, std::string_view source_name);

/// A quoted speaker as casting sees them.
struct CastMember {
    std::string name;
    Gender gender = Gender::unknown;
};

/// A voice for each speaker, in order. Each is distinct from the narrator's and every other
/// speaker's: pool voices of the speaker's gender first (any for a neutral speaker, taking the
/// pool in order), then an unused neutral pool voice, then pool voices again with pitch and rate
/// moved so they still sound different. `casting.speaker_voice` overrides by name: a pool id,
/// a role ("quotation") or an eSpeak NG voice ("en-gb+f3"). Deterministic.
[[nodiscard]] std::vector<VoiceSettings> cast_speakers(const std::vector<CastMember>& speakers,
                                                       const Casting& casting);

/// Parses a --cast file: TOML lines `"Speaker Name" = "voice"`. Sets `casting.speaker_voice`;
/// returns what is wrong, with line and column, if anything.
[[nodiscard]] std::optional<std::string> parse_cast_file(std::string_view toml_text,
                                                         std::string_view source_name,
                                                         Casting& casting);

}  // namespace narrate
