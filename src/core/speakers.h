#pragma once
// Who says each quotation, and whether it is a statement to voice or a mention to narrate.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/casting.h"
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

/// Decides each quotation's role and speaker from the narration around it.
[[nodiscard]] Attribution attribute_speakers(const Article& article,
                                             const std::vector<Quote>& quotes);

}  // namespace narrate
