#include "core/mentions.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/speech_verbs.h"

namespace narrate {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

/// Kept in front of a name: "Mr. Trump", "Lady Catherine".
bool is_honorific(std::string_view lower) {
    static constexpr std::array<std::string_view, 21> kHonorifics = {
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "sir", "lady", "lord",
        "madam", "madame", "mme.", "dame", "master", "messrs.", "messrs", "misses", "doctor"};
    return in(kHonorifics, lower);
}

}  // namespace

bool is_title_word(std::string_view lower) {
    static constexpr std::array<std::string_view, 91> kTitles = {
        "president", "vice", "senator", "sen.", "rep.", "representative", "governor", "gov.",
        "lieutenant", "lt.", "secretary", "director", "spokeswoman", "spokesman", "spokesperson",
        "chairman", "chairwoman", "chair", "leader", "sheriff", "mayor", "judge", "justice",
        "general", "gen.", "deputy", "executive", "associate", "chief", "officer", "commissioner",
        "attorney", "minister", "prime", "ambassador", "speaker", "majority", "minority", "whip",
        "candidate", "nominee", "congressman", "congresswoman", "councilman", "councilwoman",
        "professor", "prof.", "captain", "capt.", "colonel", "col.", "sergeant", "sgt.",
        "detective", "inspector", "superintendent", "reverend", "rev.", "pope", "bishop",
        "cardinal", "acting", "state", "former", "democrat", "republican", "democratic",
        "manager", "chancellor", "king", "queen", "prince", "princess", "admiral", "adm.",
        "assistant", "press", "special", "counsel", "advisor", "adviser", "analyst",
        // Ranks of nobility: "the Duchess" is somebody's title, as "the Queen" is.
        "duke", "duchess", "earl", "countess", "baron", "baroness", "marquis", "emperor",
        "empress"};
    return in(kTitles, lower);
}

namespace {

/// Capitalized words that start sentences or name times, never people.
bool is_name_stopword(std::string_view lower) {
    static constexpr std::array<std::string_view, 106> kStop = {
        "the", "a", "an", "but", "and", "or", "then", "when", "in", "on", "at", "as", "if", "so",
        "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "his", "her",
        "their", "our", "its", "my", "your", "you", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "yesterday", "today",
        "tomorrow", "still", "however", "meanwhile", "later", "after", "before", "while",
        "although", "yes", "no", "oh", "well", "now", "here", "there", "what", "why", "how",
        "who", "for", "with", "from", "since", "perhaps", "whom", "whose", "where", "again",
        "poor", "yet", "though", "upon", "unless", "until", "even", "only", "indeed", "besides",
        "instead", "thus", "hence", "next", "once", "presently", "dear", "good", "to", "of",
        "by", "into", "towards", "whether"};
    return in(kStop, lower);
}

/// Participles and adverbs, which open sentences before names: "Whispering Sikes".
bool looks_like_opener(std::string_view lower) {
    auto ends = [&](std::string_view s) {
        return lower.size() > s.size() + 3 && lower.substr(lower.size() - s.size()) == s;
    };
    // "Eyeing Mr. Bounderby": six letters are enough for a participle.
    return ends("ly") || (lower.size() >= 6 && lower.ends_with("ing"));
}

bool is_pronoun(std::string_view lower) {
    return lower == "he" || lower == "she" || lower == "they" || lower == "i" || lower == "we" ||
           lower == "it";
}

bool is_determiner(std::string_view lower) {
    static constexpr std::array<std::string_view, 13> kDeterminers = {
        "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "one", "another",
        "this"};
    return in(kDeterminers, lower);
}

bool is_preposition(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kPrepositions = {
        "to", "of", "with", "in", "at", "from", "for", "on", "by", "into", "as", "after",
        "and", "but"};
    return in(kPrepositions, lower);
}

bool is_particle(std::string_view lower) {
    static constexpr std::array<std::string_view, 11> kParticles = {
        "de", "van", "von", "la", "le", "da", "del", "di", "al", "bin", "du"};
    return in(kParticles, lower);
}

bool is_acronym(const Word& w) {
    if (w.text.size() < 2) return false;
    if (w.text == "II" || w.text == "III" || w.text == "IV") return false;  // Vann R. Newkirk II
    int letters = 0;
    for (char c : w.text) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

bool is_possessive(const Word& w) {
    std::string_view t = w.text;
    return (t.size() > 2 && t.substr(t.size() - 2) == "'s") ||
           (t.size() > 4 && t.substr(t.size() - 4) == "’s");
}

/// A word that can be part of a name run.
bool is_name_word(const Word& w) {
    return !w.is_punct && w.capitalized && !is_possessive(w);
}

/// True when words[k] starts a new name rather than going on with the one before it: an
/// honorific ("to Kingston Messrs. Blathers") or the same word again ("Thomas Thomas
/// Gradgrind", where a dash between them was lost).
bool starts_new_name(const std::vector<Word>& words, std::size_t k) {
    return k > 0 && (is_honorific(words[k].lower) || words[k].lower == words[k - 1].lower);
}

/// Builds a mention from a run of capitalized words: titles in front are set aside, an
/// honorific stays with the name. A run of titles alone ("the President") is a description.
std::optional<Mention> from_name_run(const std::vector<Word>& words, std::size_t first,
                                     std::size_t last, const Lexicon& names) {
    bool the = first > 0 && words[first - 1].lower == "the";
    while (first < last && is_name_stopword(words[first].lower)) {
        the = words[first].lower == "the";
        ++first;
    }
    // "Poor Alice", "Again Mr. Bumble": a sentence's first word is capitalized for its place,
    // not because it names anybody, when the article writes it in lower case elsewhere.
    bool sentence_start = first == 0 || words[first - 1].ends_sentence() ||
                          words[first - 1].text == "\"" || words[first - 1].text == "“" ||
                          words[first - 1].text == "‘" || words[first - 1].text == ":";
    if (sentence_start && first + 1 < last &&
        (names.lower_case.contains(words[first].lower) || looks_like_opener(words[first].lower)) &&
        !is_honorific(words[first].lower) && !is_title_word(words[first].lower) &&
        gender_of_first_name(names.first_names, words[first].lower) == Gender::unknown)
        ++first;
    // "Shortly, ...": a lone adverb or participle opening a sentence names nobody.
    if (sentence_start && first + 1 == last && looks_like_opener(words[first].lower) &&
        gender_of_first_name(names.first_names, words[first].lower) == Gender::unknown)
        return std::nullopt;
    if (first >= last) return std::nullopt;
    Mention m;
    std::size_t name_start = first;
    for (std::size_t i = first; i < last; ++i) {
        if (is_title_word(words[i].lower) || is_acronym(words[i])) {
            name_start = i + 1;
            m.titles.push_back(words[i].lower);
            if (Gender g = gender_of_title(words[i].lower); g != Gender::unknown) m.gender = g;
        }
    }
    std::string honorific;
    if (name_start < last && is_honorific(words[name_start].lower)) {
        honorific = words[name_start].text;
        if (Gender g = gender_of_title(words[name_start].lower); g != Gender::unknown)
            m.gender = g;
        ++name_start;
    }
    for (std::size_t i = name_start; i < last; ++i) m.tokens.push_back(words[i].text);
    if (m.tokens.empty()) {
        if (m.titles.empty()) return std::nullopt;
        m.kind = MentionKind::description;
        m.head = m.titles.back();
        m.text = "the " + words[last - 1].text;  // as written: "the Queen"
        return m;
    }
    m.kind = MentionKind::name;
    m.head = words[last - 1].lower;
    if (m.gender == Gender::unknown && honorific.empty()) {
        std::string first_name = words[name_start].lower;
        m.gender = gender_of_first_name(names.first_names, first_name);
    }
    for (const std::string& t : m.tokens) m.text += (m.text.empty() ? "" : " ") + t;
    if (!honorific.empty()) m.text = honorific + " " + m.text;
    // "the Hatter said", "said the Mock Turtle": what the article calls it. Not "the Trump
    // campaign", where the name only qualifies a noun.
    bool stands_alone = last == words.size() || words[last].is_punct ||
                        is_speech_verb(words[last].lower) || is_verb_modifier(words[last].lower);
    if (the && honorific.empty() && m.titles.empty() && stands_alone) m.text = "the " + m.text;
    return m;
}

/// Ranks that take "of" and a place as a name: "the Duchess of Monmouth", "the Duke of York".
bool is_rank_of_place(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kRanks = {
        "duke", "duchess", "earl", "countess", "marquis", "marquess", "marchioness", "baron",
        "baroness", "prince", "princess", "king", "queen", "bishop"};
    return in(kRanks, lower);
}

/// "Duchess of Monmouth" at words[i]: a capitalized rank, "of" and a name, as one name that
/// carries the rank as its title ("the duchess" later). Sets `end` past it.
std::optional<Mention> rank_of_place(const std::vector<Word>& words, std::size_t i,
                                     std::size_t last, std::size_t& end) {
    if (i + 2 >= last || !words[i].capitalized || !is_rank_of_place(words[i].lower) ||
        words[i + 1].lower != "of" || !is_name_word(words[i + 2]))
        return std::nullopt;
    std::size_t e = i + 2;
    while (e < last && is_name_word(words[e]) && !is_honorific(words[e].lower)) ++e;
    Mention m;
    for (std::size_t k = i; k < e; ++k) {
        m.tokens.push_back(words[k].text);
        m.text += (k == i ? "" : " ") + words[k].text;
    }
    m.titles.push_back(words[i].lower);
    m.head = words[e - 1].lower;
    m.gender = gender_of_title(words[i].lower);
    end = e;
    return m;
}

/// "said I." ends a sentence: the pronoun with its full stop, not an initial ("I. M. Lowe").
bool is_first_person_before_stop(const Word& w) { return w.text == "I."; }

Mention pronoun(const Word& w) {
    Mention m;
    m.kind = MentionKind::pronoun;
    m.text = w.lower;
    m.head = w.lower;
    m.gender = gender_of_pronoun(w.lower);
    return m;
}

}  // namespace

std::optional<Mention> mention_before(const std::vector<Word>& words, std::size_t first,
                                      std::size_t end, const Lexicon& names) {
    std::size_t i = end;
    while (i > first && !words[i - 1].is_punct && is_verb_modifier(words[i - 1].lower)) --i;
    if (i == first) return std::nullopt;
    std::size_t k = i - 1;
    // "Rep. Elijah E. Cummings (D-Md.) said": a parenthesis between name and verb.
    if (words[k].text == ")") {
        std::size_t open = k;
        while (open > first && k - open < 8 && words[open].text != "(") --open;
        if (words[open].text != "(" || open == first) return std::nullopt;
        k = open - 1;
    }
    std::vector<std::string> appositive;
    if (words[k].text == "," && k > first) {
        // "Lorella Praeli, the ACLU's deputy political director, said": look past the apposition.
        std::size_t c = k;
        while (c > first && k - c < 20 && words[c - 1].text != "," && !words[c - 1].ends_sentence())
            --c;
        if (c > first + 1 && words[c - 1].text == ",") {
            for (std::size_t j = c; j < k; ++j)
                if (!words[j].is_punct) appositive.push_back(words[j].lower);
            k = c - 2;
        } else {
            return std::nullopt;
        }
    }
    std::optional<Mention> m;
    const Word& w = words[k];
    if (w.is_punct) return std::nullopt;
    if (is_pronoun(w.lower)) {
        m = pronoun(w);
    } else if (is_name_word(w) && !is_name_stopword(w.lower)) {
        std::size_t j = k;
        while (j > first && !starts_new_name(words, j) &&
               (is_name_word(words[j - 1]) ||
                (is_particle(words[j - 1].lower) && j >= first + 2 &&
                 is_name_word(words[j - 2])))) {
            --j;
        }
        // "acting ICE Director": lower-case words of office in front of the name.
        while (j > first && is_title_word(words[j - 1].lower)) --j;
        m = from_name_run(words, j, k + 1, names);
    } else if (!w.capitalized) {
        std::size_t j = k;
        while (j > first && k - j < 5 && !words[j - 1].is_punct && !is_determiner(words[j].lower))
            --j;
        if (is_determiner(words[j].lower) && j < k) {
            m = Mention{};
            m->kind = MentionKind::description;
            for (std::size_t t = j; t <= k; ++t) m->text += (t == j ? "" : " ") + words[t].text;
            m->head = w.lower;
            m->titles.push_back(w.lower);
            m->gender = gender_of_title(w.lower);
        } else if (j == k && (k == first || words[k - 1].is_punct) && w.lower.back() == 's') {
            // "officials said", "sources said": a plural source without a determiner.
            m = Mention{MentionKind::description, w.text, {}, {w.lower}, w.lower, Gender::unknown, false};
        }
    }
    if (!m) return std::nullopt;
    for (std::string& t : appositive) {
        if (m->gender == Gender::unknown) m->gender = gender_of_title(t);
        m->titles.push_back(std::move(t));
    }
    return m;
}

std::optional<Mention> mention_after(const std::vector<Word>& words, std::size_t start,
                                     std::size_t last, const Lexicon& names) {
    std::size_t i = start;
    while (i < last && !words[i].is_punct && is_verb_modifier(words[i].lower) &&
           !words[i].capitalized)
        ++i;
    if (i >= last || words[i].is_punct) return std::nullopt;
    const Word& w = words[i];
    if (is_pronoun(w.lower) && w.lower != "it") return pronoun(w);
    if (is_first_person_before_stop(w)) return pronoun(Word{.text = "I", .lower = "i"});
    std::size_t rank_end = 0;
    if (w.lower == "the" && !w.capitalized)
        if (auto m = rank_of_place(words, i + 1, last, rank_end)) return m;
    if (auto m = rank_of_place(words, i, last, rank_end)) return m;
    if (is_determiner(w.lower) && !w.capitalized) {
        std::size_t j = i + 1;
        std::size_t cap = last;
        while (j < last && j - i <= 4 && !words[j].is_punct && !is_name_stopword(words[j].lower) &&
               !is_preposition(words[j].lower) && !is_verb_modifier(words[j].lower)) {
            if (words[j].capitalized && cap == last) cap = j;
            ++j;
        }
        if (j == i + 1) return std::nullopt;
        if (cap != last) {
            // "said the March Hare": the capitalized words are a name.
            std::size_t e = cap;
            while (e < j && is_name_word(words[e])) ++e;
            if (auto m = from_name_run(words, cap, e, names)) return m;
        }
        Mention m;
        m.kind = MentionKind::description;
        for (std::size_t t = i; t < j; ++t) m.text += (t == i ? "" : " ") + words[t].text;
        m.head = words[j - 1].lower;
        m.titles.push_back(m.head);
        m.gender = gender_of_title(m.head);
        return m;
    }
    // "said acting ICE Director Matthew Albence"
    std::size_t j = i;
    while (j < last && j - i < 3 && !words[j].is_punct && !words[j].capitalized &&
           is_title_word(words[j].lower))
        ++j;
    if (j >= last || !is_name_word(words[j])) return std::nullopt;
    std::size_t e = j;
    while (e < last && (e == j || !starts_new_name(words, e)) &&
           (is_name_word(words[e]) ||
            (is_particle(words[e].lower) && e + 1 < last && is_name_word(words[e + 1]))))
        ++e;
    return from_name_run(words, i, e, names);
}

std::optional<Mention> owner_at(const std::vector<Word>& words, std::size_t start,
                                std::size_t last, const Lexicon& names, std::size_t& end) {
    if (start < last && !words[start].capitalized &&
        (words[start].lower == "his" || words[start].lower == "her")) {
        end = start + 1;
        return pronoun(Word{.text = words[start].lower == "his" ? "he" : "she",
                            .lower = words[start].lower == "his" ? "he" : "she"});
    }
    std::size_t e = start;
    while (e < last && is_name_word(words[e])) ++e;
    if (e >= last || words[e].is_punct || !words[e].capitalized || !is_possessive(words[e]))
        return std::nullopt;
    std::vector<Word> run(words.begin() + static_cast<std::ptrdiff_t>(start),
                          words.begin() + static_cast<std::ptrdiff_t>(e) + 1);
    Word& owner = run.back();
    std::size_t mark = owner.text.ends_with("'s") ? 2 : 4;  // 's or ’s
    owner.text.resize(owner.text.size() - mark);
    owner.lower.resize(owner.lower.size() - mark);
    std::optional<Mention> m = from_name_run(run, 0, run.size(), names);
    if (!m || m->kind != MentionKind::name) return std::nullopt;
    end = e + 1;
    return m;
}

void add_lower_case_words(std::string_view text, std::unordered_set<std::string>& out) {
    for (const Word& w : split_words(text))
        if (!w.is_punct && !w.capitalized) out.insert(w.lower);
}

std::vector<Mention> name_runs(const std::vector<Word>& words, std::size_t first,
                               std::size_t last, const Lexicon& names) {
    std::vector<Mention> found;
    std::size_t i = first;
    while (i < last) {
        if (!is_name_word(words[i]) && !is_honorific(words[i].lower)) {
            ++i;
            continue;
        }
        std::size_t e = i;
        if (std::optional<Mention> rank = rank_of_place(words, i, last, e)) {
            rank->first_word = i;
            found.push_back(std::move(*rank));
            i = e;
            continue;
        }
        while (e < last && (e == i || !starts_new_name(words, e)) &&
               (is_name_word(words[e]) ||
                (is_particle(words[e].lower) && e + 1 < last && is_name_word(words[e + 1]))))
            ++e;
        if (e == i) {
            ++i;
            continue;
        }
        std::optional<Mention> m = from_name_run(words, i, e, names);
        if (m && m->kind == MentionKind::name) {
            m->speaks = e < last && is_speech_verb(words[e].lower);
            m->first_word = i;
            found.push_back(std::move(*m));
        }
        i = e;
    }
    return found;
}

std::vector<Mention> names_in(const std::vector<Word>& words, std::size_t first, std::size_t last,
                              const Lexicon& names) {
    std::vector<Mention> found = name_runs(words, first, last, names);
    std::erase_if(found, [](const Mention& m) { return m.gender == Gender::unknown && !m.speaks; });
    return found;
}

}  // namespace narrate
