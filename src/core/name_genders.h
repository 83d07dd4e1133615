#pragma once
// What a name or a word shows about a person's gender: first names (a table shipped as data),
// honorifics, titles and pronouns.

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/casting.h"

namespace narrate {

/// First names and the gender they usually show, keyed by the lower-case name.
struct FirstNames {
    std::unordered_map<std::string, Gender> gender_of;
    bool operator==(const FirstNames&) const = default;
};

/// Parses a first-name table: one `NAME<TAB>female|male` a line, `#` comments, blank lines.
/// Lines in any other form are skipped.
[[nodiscard]] FirstNames parse_first_names(std::string_view text);

/// The gender a lower-case first name shows, or unknown.
[[nodiscard]] Gender gender_of_first_name(const FirstNames& names, std::string_view lower);

/// The gender a lower-case honorific, title or kinship word shows ("mrs.", "spokeswoman",
/// "sir", "husband"), or unknown.
[[nodiscard]] Gender gender_of_title(std::string_view lower);

/// The gender a lower-case third-person pronoun shows ("she", "him"), or unknown.
/// True for a word of work made with "man", "woman" or "wife" ("policeman", "barman",
/// "housewife"): one who does that work, not any man or woman of the scene. The words of
/// standing a report calls a named person by ("the businessman", "the chairwoman") are not.
[[nodiscard]] bool is_calling_by_gender(std::string_view lower);

[[nodiscard]] Gender gender_of_pronoun(std::string_view lower);

}  // namespace narrate
