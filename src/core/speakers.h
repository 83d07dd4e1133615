#pragma once
// Who says each quotation, and whether it is a statement to voice or a mention to narrate.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/casting.h"
#include "core/name_genders.h"
#include "core/quotes.h"

namespace narrate {

/// What a quotation is in the article.
enum class QuoteRole {
    statement,  ///< somebody's words: read in their voice
    mention,    ///< a quoted fragment, title or scare quote inside a narrated sentence
};

/// A person quoted in the article.
struct Speaker {
    std::string id;    ///< stable within one article: "s1", "s2", ...
    std::string name;  ///< the fullest form the article uses
    Gender gender = Gender::unknown;
    bool operator==(const Speaker&) const = default;
};

/// The speakers stage's result, parallel to the quotes it was given.
struct Attribution {
    std::vector<Speaker> speakers;
    std::vector<std::optional<std::size_t>> speaker_of;  ///< per quote: index into `speakers`
    std::vector<QuoteRole> role;                          ///< per quote
    bool operator==(const Attribution&) const = default;
};

/// Decides each quotation's role and speaker from the narration around it: speech verbs before
/// or after it in either order ("Albence said", "said Albence", "according to"), a colon after
/// the speaker's sentence, titles and appositions set aside from the name; later surnames,
/// titles and pronouns are the same person. A quotation with none of these continues its
/// paragraph's speaker, then the previous paragraph's (in dialogue, the turn before that).
/// `first_names` supplies genders for names the article gives no other clue about.
[[nodiscard]] Attribution attribute_speakers(const Article& article,
                                             const std::vector<Quote>& quotes,
                                             const FirstNames& first_names);

/// As above, with no first-name table.
[[nodiscard]] Attribution attribute_speakers(const Article& article,
                                             const std::vector<Quote>& quotes);

}  // namespace narrate
