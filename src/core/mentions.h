#pragma once
// Mentions of a person in narration: a name ("acting ICE Director Matthew Albence"), a pronoun
// ("she") or a description ("the spokeswoman", "the statement").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/casting.h"
#include "core/name_genders.h"
#include "core/words.h"

namespace narrate {

enum class MentionKind {
    name,         ///< a proper name, titles stripped: "Matthew Albence", "Mr. Trump"
    pronoun,      ///< he, she, they, I, we
    description,  ///< a common noun phrase: "the spokeswoman", "the statement"
};

/// What mention finding knows about an article's words.
struct Lexicon {
    const FirstNames& first_names;               ///< genders of first names
    std::unordered_set<std::string> lower_case;  ///< words the article writes in lower case
    std::unordered_set<std::string> capitalized_inside = {};  ///< lower-cased words the article
                                                              ///< capitalizes after a word or comma
};

/// Collects the words `text` writes in lower case, for a Lexicon.
void add_lower_case_words(std::string_view text, std::unordered_set<std::string>& out);

/// One way a person is referred to at one place in the text.
struct Mention {
    MentionKind kind = MentionKind::name;
    std::string text;                 ///< the name (honorific kept), pronoun or phrase
    std::vector<std::string> tokens;  ///< name words without honorific, as written
    std::vector<std::string> titles;  ///< lower-case title and appositive words around it
    std::string head;                 ///< lower-case last word (a description's noun)
    Gender gender = Gender::unknown;  ///< what the words themselves show
    bool speaks = false;              ///< followed by a speech verb ("Hester said")
    std::size_t first_word = 0;       ///< index of its first word, for name runs
    bool distinguished = false;       ///< a description set apart by a feature ("the man with
                                      ///< the beard"): one particular person
    bool operator==(const Mention&) const = default;
};

/// True for a lower-case word of office or rank written before a name ("director", "queen",
/// "duchess" in "acting ICE Director Matthew Albence", "the Queen"): it says who somebody is,
/// not what they are called.
[[nodiscard]] bool is_title_word(std::string_view lower);

/// True for a capitalized word that starts sentences or names a time, never a person: "The",
/// "However", "Monday", "March".
[[nodiscard]] bool is_name_stopword(std::string_view lower);

/// True for a preposition of place ("in", "at", "near", "outside", "throughout"): a name after
/// it is a place's ("a rally in Kachin state"), not a speaker's.
[[nodiscard]] bool is_place_preposition(std::string_view lower);

/// The mention that ends just before `words[end]` (the subject of a verb there), looking past
/// adverbs ("previously told") and a comma-delimited appositive ("Brian Fallon, a spokesman for
/// the campaign, said"). `first` bounds the search.
[[nodiscard]] std::optional<Mention> mention_before(const std::vector<Word>& words,
                                                    std::size_t first, std::size_t end,
                                                    const Lexicon& names);

/// The mention that starts at `words[start]` (after an inverted verb: "said Albence", "said the
/// Hatter", "according to officials"). `last` bounds the search (exclusive).
[[nodiscard]] std::optional<Mention> mention_after(const std::vector<Word>& words,
                                                   std::size_t start, std::size_t last,
                                                   const Lexicon& names);

/// The subject of the clause words[first, last) opens ("Trump attacked Clinton, saying", "She
/// turned and says"): the mention at its start, after any opening words ("then", "but") and an
/// introductory phrase up to its comma ("During a speech in May, Trump ...").
[[nodiscard]] std::optional<Mention> clause_subject(const std::vector<Word>& words,
                                                    std::size_t first, std::size_t last,
                                                    const Lexicon& names);

/// True for a name that is a place or an institution, never a person: a country, a US state, a
/// capital ("North Korea", "Ohio", "Moscow"), or a name holding a word for an institution
/// ("White House", "Kent County", "Commission", "United States").
[[nodiscard]] bool is_place_or_institution(const Mention& m);

/// The speaker a transcript labels at the start of a statement ("PENCE: Well, look", "MS.
/// RUIZ: No."): one to three capitalized words before a colon, named in title case ("Pence").
/// Labels that are not names ("NOTE:", "UPDATE:") are not speakers.
[[nodiscard]] std::optional<Mention> transcript_label(std::string_view statement);

/// The owner a possessive at words[start] names: "Henry's" (a name, honorific kept) or
/// "his"/"her" (a pronoun), with `end` set past it; nullopt otherwise.
[[nodiscard]] std::optional<Mention> owner_at(const std::vector<Word>& words, std::size_t start,
                                              std::size_t last, const Lexicon& names,
                                              std::size_t& end);

/// A pronoun as a mention ("he", "she", "i"): its gender the one the pronoun shows.
[[nodiscard]] Mention pronoun(std::string_view lower);

/// A description as a mention: `text` as written ("a tall stranger", "one"), `head` its
/// noun in lower case, which is also the title it gives the person. Gender unknown.
[[nodiscard]] Mention description(std::string text, std::string head);

/// Every proper name in words[first, last), titles set aside, each with `first_word` and
/// `speaks` set.
[[nodiscard]] std::vector<Mention> name_runs(const std::vector<Word>& words, std::size_t first,
                                             std::size_t last, const Lexicon& names);

/// Every proper name in words[first, last) that shows a gender, or that is followed by a
/// speech verb: the people a later pronoun can point back to.
[[nodiscard]] std::vector<Mention> names_in(const std::vector<Word>& words, std::size_t first,
                                            std::size_t last, const Lexicon& names);

}  // namespace narrate
