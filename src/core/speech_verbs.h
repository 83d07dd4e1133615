#pragma once
// The verbs that attribute words to somebody: said, told, asked, wrote, tweeted and the rest.

#include <string_view>

namespace narrate {

/// True when `lower` (a lower-case word) is a form of a verb of saying or writing that introduces
/// or follows a quotation: "said", "says", "tweeted", "added", "replied", "continued"...
[[nodiscard]] bool is_speech_verb(std::string_view lower);

/// True when `lower` is the plain form of a speech verb ("say", "laugh", "whisper"), which may
/// also be a noun ("a laugh", "in a whisper").
[[nodiscard]] bool is_plain_speech_verb(std::string_view lower);

/// True when `lower` is a form of a verb saying that a speaker goes on with their own words
/// ("added", "continues", "resumed"), not that somebody answers.
[[nodiscard]] bool is_continuation_verb(std::string_view lower);

/// True for a verb and particle that together report speech in fiction: "went on", "broke
/// in", "put in", "struck in", "burst out", "spoke up" (lower case, each a word).
[[nodiscard]] bool is_phrasal_speech_verb(std::string_view verb, std::string_view particle);

/// True for a manner adverb as the speech rules see one: a word of five letters or more that
/// ends in -ly ("quietly", "angrily"; not "fly", "only").
[[nodiscard]] bool is_manner_adverb(std::string_view lower);

/// True for words that may stand between a speaker and the verb without changing who speaks:
/// adverbs and auxiliaries ("also", "later", "has", "would", "quietly").
[[nodiscard]] bool is_verb_modifier(std::string_view lower);

/// As above, for a word as written: a capitalized word ending in -ly is a name (“…,” Kelly
/// said; Emily, Connolly), not a manner adverb, unless it is one of the listed modifiers.
[[nodiscard]] bool is_verb_modifier(std::string_view lower, bool capitalized);

}  // namespace narrate
