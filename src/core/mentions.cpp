#include "core/mentions.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <string_view>

#include "core/speech_verbs.h"

namespace narrate {
namespace {

/// How many words may describe a person before their name: "said 9/11 widow Jo Varga".
constexpr std::size_t kLongestDescriptor = 5;

/// How many comma-delimited appositions may stand between a name and its verb.
constexpr int kMostAppositions = 3;

/// Kept in front of a name: "Mr. Trump", "Lady Catherine"; "Uncle Peter", an address within
/// the family, like Mr.
bool is_honorific(std::string_view lower) {
    static constexpr std::array<std::string_view, 23> kHonorifics = {
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "sir", "lady", "lord",
        "madam", "madame", "mme.", "dame", "master", "messrs.", "messrs", "misses", "doctor",
        "aunt", "uncle"};
    return in(kHonorifics, lower);
}

}  // namespace

bool is_title_word(std::string_view lower) {
    static constexpr auto kTitles = std::to_array<std::string_view>({
        "president", "vice", "senator", "sen.", "rep.", "representative", "governor", "gov.",
        "lieutenant", "lt.", "secretary", "director", "spokeswoman", "spokesman", "spokesperson",
        "chairman", "chairwoman", "chair", "leader", "sheriff", "mayor", "judge", "justice",
        "general", "gen.", "deputy", "executive", "associate", "chief", "officer", "commissioner",
        "attorney", "minister", "prime", "ambassador", "speaker", "majority", "minority", "whip",
        "candidate", "nominee", "congressman", "congresswoman", "councilman", "councilwoman",
        "councillor", "councilor", "councilmember", "alderman", "alderwoman",
        "professor", "prof.", "captain", "capt.", "colonel", "col.", "sergeant", "sgt.",
        "detective", "inspector", "superintendent", "reverend", "rev.", "pope", "bishop",
        "cardinal", "acting", "state", "former", "democrat", "republican", "democratic",
        "manager", "chancellor", "king", "queen", "prince", "princess", "admiral", "adm.",
        "assistant", "press", "special", "counsel", "advisor", "adviser", "analyst",
        // Ranks of nobility: "the Duchess" is somebody's title, as "the Queen" is.
        "duke", "duchess", "earl", "countess", "baron", "baroness", "marquis", "emperor",
        "empress",
        // Callings news introduces its sources with: "campaign aide Jo Lind", "the pollster".
        "aide", "official", "strategist", "pollster", "economist", "lawyer", "consultant",
        "lobbyist", "historian", "operative", "journalist", "reporter", "columnist",
        "correspondent", "editor", "host", "anchor", "activist", "researcher", "scholar"});
    return in(kTitles, lower);
}

bool is_name_stopword(std::string_view lower) {
    static constexpr auto kStop = std::to_array<std::string_view>({
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
        "by", "into", "towards", "whether",
        // Quantifiers and focusing adverbs that open a sentence before its noun or verb:
        // "Each election cycle, ...", "Any decision would ...", "Just ask him."
        "each", "every", "any", "some", "all", "both", "either", "neither", "many", "several",
        "few", "just", "also",
        // Pronouns, adverbs of time and frequency, prepositions and interjections: closed
        // classes of words, which open a sentence and never name anybody ("Sometimes
        // protests grew violent", "Outside the hall, ...").
        "none", "sometimes", "often", "always", "never", "ever", "soon",
        "back", "first", "last", "outside", "inside", "during", "despite", "against", "among",
        "amid", "without", "within", "behind", "beyond", "across", "sure", "thanks", "please"});
    // "Continued Berg: “…”", "Added Lind,": a speech verb's past opening an inverted
    // attribution, not the first word of a name.
    return in(kStop, lower) || (lower.ends_with("ed") && is_speech_verb(lower));
}

namespace {

/// Participles and adverbs, which open sentences before names: "Whispering Ostley".
bool looks_like_opener(std::string_view lower) {
    auto ends = [&](std::string_view s) {
        return lower.size() > s.size() + 3 && lower.substr(lower.size() - s.size()) == s;
    };
    // "Eyeing Mr. Ostley": six letters are enough for a participle.
    return ends("ly") || (lower.size() >= 6 && lower.ends_with("ing"));
}

bool is_pronoun(std::string_view lower) {
    return lower == "he" || lower == "she" || lower == "they" || lower == "i" || lower == "we" ||
           lower == "it";
}

// "cried that discreet lady": fiction points back at somebody with "that" as with "this".
bool is_determiner(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kDeterminers = {
        "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "one", "another",
        "this", "that"};
    return in(kDeterminers, lower);
}

bool is_preposition(std::string_view lower) {
    static constexpr std::array<std::string_view, 24> kPrepositions = {
        "to", "of", "with", "in", "at", "from", "for", "on", "by", "into", "as", "after",
        "and", "but", "through", "about", "across", "around", "toward", "towards", "against",
        "among", "behind", "outside"};
    return in(kPrepositions, lower);
}

/// Words that open a clause before its subject: "And then she said".
bool is_clause_opener(std::string_view lower) {
    static constexpr std::array<std::string_view, 8> kOpeners = {
        "and", "but", "then", "so", "yet", "still", "now", "later"};
    return in(kOpeners, lower);
}

/// Prepositions and conjunctions that open an introductory phrase, set off by a comma before
/// the clause's subject: "During the debate, ...", "Speaking to reporters, ...".
bool is_introducer(std::string_view lower) {
    static constexpr std::array<std::string_view, 34> kIntroducers = {
        "during", "after", "before", "while", "when", "although", "though", "since", "because",
        "despite", "in", "on", "at", "as", "if", "following", "amid", "with", "without", "under",
        "from", "by", "for", "like", "unlike", "speaking", "asked", "once", "alongside", "among",
        "beyond", "throughout", "until", "here"};
    return in(kIntroducers, lower);
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

/// True for a word of parts joined by hyphens whose later parts are lower case: before a name
/// it is a compound describing somebody ("Fifteen-year-old Jo", "Red-haired Tom"), which a
/// sentence's start capitalizes. (Inside a name such parts are a given name's: "Ban Ki-moon".)
bool is_compound_modifier(std::string_view text) {
    for (std::size_t h = text.find('-'); h != std::string_view::npos; h = text.find('-', h + 1))
        if (h + 1 < text.size() && text[h + 1] >= 'a' && text[h + 1] <= 'z') return true;
    return false;
}

/// A word that can be part of a name run.
bool is_name_word(const Word& w) {
    return !w.is_punct && w.capitalized && !is_possessive(w);
}

/// True when words[k] starts a new name rather than going on with the one before it: an
/// honorific ("to Millbrook Messrs. Pennick") or the same word again ("Thomas Thomas
/// Pennick", where a dash between them was lost).
bool starts_new_name(const std::vector<Word>& words, std::size_t k) {
    return k > 0 && (is_honorific(words[k].lower) || words[k].lower == words[k - 1].lower);
}

/// Builds a mention from a run of capitalized words: titles in front are set aside, an
/// honorific stays with the name. A run of titles alone ("the President") is a description.
std::optional<Mention> from_name_run(const std::vector<Word>& words, std::size_t first,
                                     std::size_t last, const Lexicon& names) {
    bool the = first > 0 && words[first - 1].lower == "the";
    while (first + 1 < last && is_compound_modifier(words[first].text)) ++first;
    while (first < last && is_name_stopword(words[first].lower)) {
        the = words[first].lower == "the";
        ++first;
    }
    // "Poor Maud", "Again Mr. Pennick": a sentence's first word is capitalized for its place,
    // not because it names anybody, when the article writes it in lower case elsewhere.
    bool sentence_start = first == 0 || words[first - 1].ends_sentence() ||
                          words[first - 1].text == "\"" || words[first - 1].text == "“" ||
                          words[first - 1].text == "‘" || words[first - 1].text == ":";
    if (sentence_start && first + 1 < last &&
        (names.lower_case.contains(words[first].lower) || looks_like_opener(words[first].lower)) &&
        !is_honorific(words[first].lower) && !is_title_word(words[first].lower) &&
        gender_of_first_name(names.first_names, words[first].lower) == Gender::unknown)
        ++first;
    // "Not being prepared, …", "Protesters marched": a lone word opening a sentence that the
    // article writes in lower case elsewhere is a common word, no name, unless the article
    // capitalizes it inside a sentence too ("said Rose").
    if (sentence_start && first + 1 == last && names.lower_case.contains(words[first].lower) &&
        !names.capitalized_inside.contains(words[first].lower) &&
        !is_honorific(words[first].lower) && !is_title_word(words[first].lower) &&
        gender_of_first_name(names.first_names, words[first].lower) == Gender::unknown) {
        return description(words[first].text, words[first].lower);
    }
    // "Shortly, ...": a lone adverb or participle opening a sentence names nobody; but an -ing
    // word right before a speech verb is its subject (“…,” Manning said), where an adverb
    // there says how ("Quietly answered").
    auto subject_of_speech = [&] {
        return words[first].lower.ends_with("ing") && last < words.size() &&
               is_speech_verb(words[last].lower);
    };
    if (sentence_start && first + 1 == last && looks_like_opener(words[first].lower) &&
        !subject_of_speech() &&
        gender_of_first_name(names.first_names, words[first].lower) == Gender::unknown)
        return std::nullopt;
    if (first >= last) return std::nullopt;
    Mention m;
    std::size_t name_start = first;
    for (std::size_t i = first; i < last; ++i) {
        // A title word ending a run after a name is a surname: "Carl King", "Dana Marshal".
        bool surname = i + 1 == last && name_start < i;
        if ((is_title_word(words[i].lower) || is_acronym(words[i])) && !surname) {
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
    // "told MSNBC Monday": a day or month after a title or acronym names nobody.
    if (!m.tokens.empty() && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(name_start),
                                         words.begin() + static_cast<std::ptrdiff_t>(last),
                                         [](const Word& t) { return is_name_stopword(t.lower); }))
        return std::nullopt;
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
                        is_speech_verb(words[last].lower) || is_verb_modifier(words[last].lower) ||
                        (last + 1 < words.size() &&
                         is_phrasal_speech_verb(words[last].lower, words[last + 1].lower));
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
    for (std::size_t k = i; k < e; ++k) m.tokens.push_back(words[k].text);
    m.text = words_text(words, i, e);
    m.titles.push_back(words[i].lower);
    m.head = words[e - 1].lower;
    m.gender = gender_of_title(words[i].lower);
    end = e;
    return m;
}

/// "said I." ends a sentence: the pronoun with its full stop, not an initial ("I. M. Lowe").
bool is_first_person_before_stop(const Word& w) { return w.text == "I."; }

Mention pronoun(const Word& w) { return narrate::pronoun(std::string_view(w.lower)); }

/// A word that may describe a person just before their name: an organization's acronym or
/// possessive (MSNBC, NBC's), a lower-case noun or number (host, widow, 9/11).
bool is_descriptor_word(const Word& w) {
    if (w.is_punct) return w.text == "/" || w.text == "-";
    if (is_acronym(w) || (w.capitalized && is_possessive(w))) return true;
    if (w.capitalized && is_title_word(w.lower)) return true;  // "Democratic strategist"
    if (w.capitalized) return false;
    return !is_name_stopword(w.lower) && !is_preposition(w.lower) && !is_speech_verb(w.lower) &&
           !is_verb_modifier(w.lower) && !is_determiner(w.lower) && !is_pronoun(w.lower);
}

/// "Dana Ruiz, president of the growers' group, said": the words of an apposition after the
/// name that starts at words[first] join its titles when they name an office.
void add_apposition(const std::vector<Word>& words, std::size_t first, std::size_t last,
                    Mention& m) {
    constexpr std::size_t kLongest = 12;  // words in an apposition
    std::size_t comma = first;
    while (comma < last && !words[comma].is_punct &&
           (words[comma].capitalized || is_title_word(words[comma].lower) ||
            is_particle(words[comma].lower)))
        ++comma;
    if (comma >= last || words[comma].text != ",") return;
    std::vector<std::string> apposition;
    bool office = false;
    for (std::size_t j = comma + 1; j < last && j <= comma + kLongest && !words[j].is_punct; ++j) {
        apposition.push_back(words[j].lower);
        office = office || is_title_word(words[j].lower);
    }
    if (!office) return;
    for (std::string& t : apposition) {
        if (m.gender == Gender::unknown) m.gender = gender_of_title(t);
        m.titles.push_back(std::move(t));
    }
}

/// "Conservative economist Aparna Lind": a capitalized first word followed by a lower-case word
/// describing a person, before a name, describes too, whatever the article writes elsewhere.
bool opens_description(const std::vector<Word>& words, std::size_t first, std::size_t last,
                       std::ptrdiff_t at) {
    auto k = static_cast<std::size_t>(at);
    return k == first && k + 1 < last && words[k].capitalized && !is_possessive(words[k]) &&
           !is_name_stopword(words[k].lower) && !words[k + 1].capitalized &&
           is_descriptor_word(words[k + 1]);
}

/// "Harry Bond, 30, of Raleigh, said": an age set off by commas after a name.
bool is_age(const Word& w) {
    return !w.text.empty() && w.text.size() <= 3 &&
           std::all_of(w.text.begin(), w.text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// Words that end a person's description after its noun: a verb ("rallied"), a clause
/// ("who"), a time ("on Monday").
bool ends_description(const Word& w) {
    // A form of "be" is a verb's, never a noun's: "Lind's campaign manager was asked".
    static constexpr std::array<std::string_view, 12> kEnds = {
        "who", "which", "that", "whose", "on", "in", "after", "during", "was", "were", "is",
        "are"};
    return w.is_punct || in(kEnds, w.lower) || is_speech_verb(w.lower) ||
           (!w.capitalized && (is_verb_modifier(w.lower) ||
                               (w.lower.size() > 4 && w.lower.ends_with("ed"))));
}

/// Nouns news describes its sources with, besides titles: "a person close to", "a source
/// familiar with", "a member of".
bool is_source_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 7> kSources = {
        "person", "people", "source", "sources", "member", "members", "officials"};
    return in(kSources, lower);
}

/// Nouns for the voice of a recording, known by the recording it speaks in: "a narrator in
/// the new ad", "the announcer in the video".
bool is_recorded_voice(std::string_view lower) {
    static constexpr std::array<std::string_view, 4> kVoices = {
        "narrator", "announcer", "voiceover", "voice-over"};
    return in(kVoices, lower);
}

/// The words a news source's description is followed by that still say who the person is: "a
/// person close to the governor", "a spokeswoman for the House committee", "an adviser to both
/// senators" (after a title or a source noun: for, of, at, to; after "close", "to"), and "the
/// base chief known as Bob". Returns the end of the phrase that starts at words[j], or j itself
/// when there is none. Fiction's "the old man with a stick" is left to its own rules.
std::size_t description_phrase_end(const std::vector<Word>& words, std::size_t j,
                                   std::size_t last) {
    constexpr std::size_t kLongestPhrase = 7;  // words
    if (j == 0 || j >= last) return j;
    std::string_view before = words[j - 1].lower;
    std::string_view link = words[j].lower;
    std::size_t noun = before == "close" && j >= 2 ? j - 2 : j - 1;
    bool source = is_title_word(words[noun].lower) || is_source_noun(words[noun].lower);
    bool linked = (before == "known" && link == "as") ||
                  (source && (link == "for" || link == "of" || link == "at" || link == "to")) ||
                  (is_recorded_voice(words[noun].lower) && link == "in");
    if (!linked) return j;
    std::size_t k = j + 1;
    std::size_t e = k;
    while (e < last && e - j < kLongestPhrase && !ends_description(words[e])) ++e;
    return e > k ? e : j;
}

/// "Mary Lind's right-hand woman", "Ostley's lawyer": somebody described by whose they are, the
/// owner's name and up to three lower-case words, with no name of their own after them. nullopt
/// otherwise.
std::optional<Mention> possessed_description(const std::vector<Word>& words, std::size_t i,
                                             std::size_t last) {
    constexpr std::size_t kLongestNoun = 3;  // words
    std::size_t e = i;
    while (e < last && is_name_word(words[e])) ++e;
    if (e >= last || !words[e].capitalized || words[e].is_punct || !is_possessive(words[e]))
        return std::nullopt;
    std::size_t n = e + 1;
    while (n < last && n - e <= kLongestNoun && !words[n].capitalized && !words[n].is_punct &&
           !ends_description(words[n]) && !is_preposition(words[n].lower) &&
           !is_determiner(words[n].lower))
        ++n;
    if (n == e + 1 || (n < last && is_name_word(words[n]))) return std::nullopt;
    Mention m = description(words_text(words, i, n), words[n - 1].lower);
    m.gender = gender_of_title(m.head);
    return m;
}

/// Adverbs that open a sentence and link it to the one before: "Likewise, a paper ... had this
/// to say:".
bool is_sentence_adverb(std::string_view lower) {
    static constexpr std::array<std::string_view, 12> kAdverbs = {
        "likewise", "similarly", "separately", "additionally", "moreover", "furthermore",
        "nonetheless", "nevertheless", "meanwhile", "however", "afterward", "afterwards"};
    return in(kAdverbs, lower);
}

/// Past a short adverbial phrase that opens a sentence and ends in a comma, "Hours later,", "Two
/// days ago,", "Asked about it again," (a first word the article writes in lower case elsewhere,
/// or a time: "… ago", "… later", "… earlier", or an adverb and a preposition: "Shortly
/// before noon,"; then lower-case words or numbers), to the subject after it; `i` itself
/// otherwise.
/// True when words[i] starts the state that follows a town and its comma ("Maine," in "in
/// Portland, Maine, on Thursday"): a US state or an abbreviation ("N.C.", "Calif."), then a
/// comma.
bool state_after_town(const std::vector<Word>& words, std::size_t i, std::size_t last) {
    std::size_t j = i;
    while (j < last && j - i < 2 && is_name_word(words[j])) ++j;
    if (j == i || j >= last || words[j].text != ",") return false;
    if (words[j - 1].text.ends_with('.')) return true;
    Mention place;
    for (std::size_t k = i; k < j; ++k) place.tokens.push_back(words[k].text);
    return is_place_or_institution(place);
}

std::size_t past_adverbial_phrase(const std::vector<Word>& words, std::size_t i, std::size_t last,
                                  const Lexicon& names) {
    constexpr std::size_t kLongestPhrase = 4;  // words
    if (i >= last || !words[i].capitalized || is_determiner(words[i].lower) ||
        is_pronoun(words[i].lower))
        return i;
    std::size_t j = i + 1;
    while (j < last && j - i < kLongestPhrase && !words[j].is_punct && !words[j].capitalized &&
           !is_speech_verb(words[j].lower))
        ++j;
    // "Likewise,", "Separately,": a sentence adverb alone.
    if (j == i + 1 && j + 1 < last && words[j].text == "," && is_sentence_adverb(words[i].lower))
        return j + 1;
    // "Suddenly the stranger ... said", "Presently he said": a word the article writes in lower
    // case elsewhere and never capitalizes inside a sentence, right before the subject's
    // article or pronoun, says when or how.
    if (i + 1 < last && (is_determiner(words[i + 1].lower) || is_pronoun(words[i + 1].lower)) &&
        names.lower_case.contains(words[i].lower) &&
        !names.capitalized_inside.contains(words[i].lower) &&
        gender_of_first_name(names.first_names, words[i].lower) == Gender::unknown)
        return i + 1;
    if (j == i + 1 || j + 1 >= last || words[j].text != ",") return i;
    // "Eight years ago,", "Two days later,": a time before now or then.
    bool time = words[j - 1].lower == "ago" || words[j - 1].lower == "later" ||
                words[j - 1].lower == "earlier";
    // "Immediately after the storm,", "Shortly before noon,": an adverb and its preposition.
    bool adverb = looks_like_opener(words[i].lower) && is_preposition(words[i + 1].lower);
    // "Dumb with amazement,", "Pale with fear,": a word and its preposition that the article
    // never capitalizes inside a sentence, so no name.
    bool adjective = is_preposition(words[i + 1].lower) &&
                     !names.capitalized_inside.contains(words[i].lower) &&
                     gender_of_first_name(names.first_names, words[i].lower) == Gender::unknown;
    if (!time && !adverb && !adjective && !names.lower_case.contains(words[i].lower)) return i;
    const Word& next = words[j + 1];
    return next.capitalized || is_pronoun(next.lower) ? j + 1 : i;
}

/// Nouns of manner, time or place that a phrase after a speaker's description tells about the
/// saying, not the person: "in a low voice", "in the same tone", "with the utmost calm", "in
/// the doorway".
bool is_circumstance_word(std::string_view lower) {
    static constexpr std::array<std::string_view, 24> kWords = {
        "same", "voice", "tone", "tones", "manner", "way", "air", "most", "utmost", "least",
        "end", "meantime", "meanwhile", "act", "dark", "doorway", "door", "room", "passage",
        "corner", "window", "background", "distance", "hall"};
    return in(kWords, lower);
}

/// Past a description of a speaker ("said the gentleman"), the end of a phrase that sets them
/// apart from others so described: "in the white waistcoat", "with the black beard" (a
/// definite feature, then the end of the clause). `at` itself when there is none.
std::size_t distinguishing_phrase_end(const std::vector<Word>& words, std::size_t at,
                                      std::size_t last) {
    if (at + 2 >= last || (words[at].lower != "in" && words[at].lower != "with") ||
        words[at + 1].lower != "the")
        return at;
    std::size_t e = at + 2;
    while (e < last && e - at <= 5 && !words[e].is_punct && !words[e].capitalized) {
        if (is_circumstance_word(words[e].lower) || is_preposition(words[e].lower) ||
            is_speech_verb(words[e].lower))
            return at;
        ++e;
    }
    bool closes = e == last || (words[e].is_punct && words[e].text != "'");
    return e > at + 2 && closes ? e : at;
}

/// True for a word that, after the noun of a description, begins what the sentence says of
/// the person rather than the description: a participle ("said the girl, turning pale", "the
/// doctor supporting him"), an adverb ("said the girl aloud", "the King very gravely"), or a
/// phrase of manner ("the girl without hesitation"). Before the noun an -ing word describes
/// ("the trembling child"). So does the past tense of a verb that has the description for its
/// subject ("the old lady came up to my room", "the Queen left off"), and a form of "be",
/// "have" or "do" or a modal ("a stout man was waiting", "the Mouse did not": no noun is ever
/// "was" or "could").
bool follows_noun(const Word& w) {
    static constexpr std::array<std::string_view, 46> kWords = {
        "aloud", "very", "quite", "without", "within",   "back",    "once",   "again",
        "came",  "went", "stood", "sat",     "took",     "got",     "made",   "ran",
        "rose",  "gave", "held",  "kept",    "brought",  "left",    "felt",   "thought",
        "knew",  "saw",  "heard", "began",   "was",      "were",    "is",     "are",
        "had",   "has",  "did",   "does",    "could",    "would",   "should", "might",
        "must",  "can",  "will",  "shall",   "mightn't", "couldn't"};
    if (w.capitalized) return false;
    return in(kWords, w.lower) || (w.lower.size() > 5 && w.lower.ends_with("ing"));
}

/// True for words[j], after the noun of a description, in the past tense of a verb with its
/// object after it: "the stranger raised his hands", "the porter opened the door". An -ed word
/// describing a noun comes before it ("the tired porter").
bool past_verb_with_object(const std::vector<Word>& words, std::size_t j, std::size_t last) {
    return j + 1 < last && !words[j].capitalized && words[j].lower.size() > 4 &&
           words[j].lower.ends_with("ed") && is_determiner(words[j + 1].lower) &&
           words[j + 1].lower != "one";
}

/// True when the parenthesis closing at words[close] follows a name that a preposition or a
/// lower-case word introduces ("the High Commissioner for Refugees (UNHCR)"): it belongs to an
/// apposition, not to the speaker's name.
bool parenthesis_ends_apposition(const std::vector<Word>& words, std::size_t first,
                                 std::size_t close) {
    std::size_t open = close;
    while (open > first && close - open < 8 && words[open].text != "(") --open;
    if (words[open].text != "(" || open == first) return false;
    std::size_t j = open;
    while (j > first && is_name_word(words[j - 1])) --j;
    if (j == open || j == first) return false;
    const Word& before = words[j - 1];
    return !before.is_punct && !before.capitalized && !is_title_word(before.lower);
}

/// "Ken Doyle of the Daily Ledger said", "Gov. Ed Tomblin of West Virginia said": the person
/// named before "of", "at" or "from" and the name of the place or body they belong to, which
/// ends at words[run] where the later name starts. nullopt unless the earlier name has a
/// given name and surname, an honorific or a title, so that "Bank of America" stays one name.
std::optional<Mention> person_before_affiliation(const std::vector<Word>& words,
                                                 std::size_t first, std::size_t run,
                                                 const Lexicon& names) {
    std::size_t p = run;
    if (p > first && words[p - 1].lower == "the" && !words[p - 1].capitalized) --p;
    if (p < first + 2) return std::nullopt;
    std::string_view preposition = words[p - 1].lower;
    if (words[p - 1].capitalized ||
        (preposition != "of" && preposition != "at" && preposition != "from"))
        return std::nullopt;
    std::size_t end = p - 1;
    if (!is_name_word(words[end - 1])) return std::nullopt;
    std::size_t start = end - 1;
    while (start > first && !starts_new_name(words, start) && is_name_word(words[start - 1]))
        --start;
    while (start > first && is_title_word(words[start - 1].lower)) --start;
    // "Archbishop Ara Sarian of the Armenian Church of Jerusalem": the first of a chain.
    if (auto earlier = person_before_affiliation(words, first, start, names)) return earlier;
    std::optional<Mention> m = from_name_run(words, start, end, names);
    if (!m || m->kind != MentionKind::name || is_place_or_institution(*m)) return std::nullopt;
    std::size_t written = m->tokens.size() - 1;  // the spaces between the name's words
    for (const std::string& t : m->tokens) written += t.size();
    bool honorific = m->text.size() > written;
    if (m->tokens.size() < 2 && !honorific && m->titles.empty()) return std::nullopt;
    return m;
}

}  // namespace

/// The name before an apposition whose closing comma the writer left out, in the words from a
/// quotation's closing mark at `first` up to the verb at `k` (“…,” Nate Silver, the polling
/// guru who founded the site tweeted): a name of up to four words, a comma, and a description
/// opened by an article with no other punctuation. The description is the name's, so the name
/// is who speaks, not the last noun of the description.
static std::optional<Mention> name_before_open_apposition(const std::vector<Word>& words,
                                                          std::size_t first, std::size_t k,
                                                          const Lexicon& names) {
    constexpr std::size_t kLongestName = 4;
    constexpr std::size_t kLongestDescription = 14;
    if (first == 0 || words[first - 1].text != "\"" || words[k].is_punct) return std::nullopt;
    std::size_t comma = first;
    while (comma < k && is_name_word(words[comma])) ++comma;
    if (comma == first || comma - first > kLongestName || comma + 1 >= k ||
        words[comma].text != "," || k - comma > kLongestDescription)
        return std::nullopt;
    std::string_view article = words[comma + 1].lower;
    if (article != "the" && article != "a" && article != "an") return std::nullopt;
    for (std::size_t j = comma + 1; j <= k; ++j)
        if (words[j].is_punct) return std::nullopt;
    std::optional<Mention> m = from_name_run(words, first, comma, names);
    if (!m || m->kind != MentionKind::name) return std::nullopt;
    return m;
}

std::optional<Mention> mention_before(const std::vector<Word>& words, std::size_t first,
                                      std::size_t end, const Lexicon& names) {
    std::size_t i = end;
    while (i > first && !words[i - 1].is_punct &&
           is_verb_modifier(words[i - 1].lower, words[i - 1].capitalized))
        --i;
    if (i == first) return std::nullopt;
    std::size_t k = i - 1;
    if (auto named = name_before_open_apposition(words, first, k, names)) return named;
    // "Gov. Omar Fisk (R-Ohio), said": a stray comma after the name's parenthesis; but not
    // after a name inside an apposition ("Ana Ruiz, the High Commissioner for Refugees
    // (UNHCR), said").
    if (k > first + 1 && words[k].text == "," && words[k - 1].text == ")" &&
        !parenthesis_ends_apposition(words, first, k - 1))
        --k;
    std::vector<std::string> appositive;
    // "Lorella Praeli, the ACLU's deputy political director, said": look past the apposition;
    // "Dana Ruiz, the state's attorney general, one of the officials suing, said": past two.
    // "the attorney general of Oklahoma, one of the states suing, said": a name after a
    // preposition is inside the apposition before it, not the speaker.
    auto after_preposition = [&](std::size_t at) {
        std::size_t j = at;
        while (j > first && is_name_word(words[j])) --j;
        // "of Raleigh, N.C.": a town and its state.
        if (j < at && j > first + 1 && words[j].text == "," && is_name_word(words[j - 1]))
            for (--j; j > first && is_name_word(words[j]);) --j;
        return j < at && is_preposition(words[j].lower) && words[j].lower != "and";
    };
    for (int appositions = 0;
         k > first && (words[k].text == "," || (appositions > 0 && after_preposition(k)));
         ++appositions) {
        std::size_t c = k;
        while (c > first && k - c < 20 && words[c - 1].text != "," && !words[c - 1].ends_sentence())
            --c;
        if (appositions == kMostAppositions || c <= first + 1 || words[c - 1].text != ",")
            return std::nullopt;
        // "her senior policy adviser, Jake Sullivan, said": the apposition is the name.
        if (appositions == 0 && c + 2 <= k && !words[c - 2].capitalized &&
            std::all_of(words.begin() + static_cast<std::ptrdiff_t>(c),
                        words.begin() + static_cast<std::ptrdiff_t>(k),
                        [](const Word& n) { return is_name_word(n); }))
            if (std::optional<Mention> named = from_name_run(words, c, k, names);
                named && named->kind == MentionKind::name)
                return named;
        for (std::size_t j = c; j < k; ++j)
            if (!words[j].is_punct) appositive.push_back(words[j].lower);
        k = c - 2;
        // "Harry Bond, 30, of Raleigh, said": an age between the name and the apposition.
        if (is_age(words[k]) && k >= first + 2 && words[k - 1].text == ",") k -= 2;
        // Before a second apposition only a name (or its parenthesis) can stand.
        bool named = is_name_word(words[k]) || is_pronoun(words[k].lower) || words[k].text == ")";
        if (words[k].text != "," && !named && (appositions > 0 || words[k].is_punct))
            return std::nullopt;
    }
    // "Rep. Elijah E. Cummings (D-Md.) said", "Rep. Jim Jordan (R-Ohio), a
    // member, said": a parenthesis between the name and its verb or apposition.
    if (words[k].text == ")") {
        std::size_t open = k;
        while (open > first && k - open < 8 && words[open].text != "(") --open;
        if (words[open].text != "(" || open == first) return std::nullopt;
        k = open - 1;
    }
    // "her friend Isabel, who exclaimed": "who" after a name and its comma stands for the name.
    if (words[k].lower == "who" && k >= first + 2 && words[k - 1].text == "," &&
        is_name_word(words[k - 2]))
        k -= 2;
    std::optional<Mention> m;
    const Word& w = words[k];
    if (w.is_punct) return std::nullopt;
    // "it was broken by Lee's saying": the owner of a speech verb's gerund is its speaker.
    // Adverbs may follow ("Lee's saying very abruptly"); not a noun: in "Lee's concluding
    // words" the gerund is a modifier.
    if (w.capitalized && is_possessive(w) && i + 1 < words.size() &&
        words[i].lower.ends_with("ing") && is_speech_verb(words[i].lower) &&
        (words[i + 1].is_punct || words[i + 1].lower.ends_with("ly") ||
         words[i + 1].lower == "very" ||
         is_verb_modifier(words[i + 1].lower, words[i + 1].capitalized))) {
        std::size_t j = k;
        while (j > first && is_name_word(words[j - 1])) --j;
        std::size_t owner_end = 0;
        return owner_at(words, j, k + 1, names, owner_end);
    }
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
        m = person_before_affiliation(words, first, j, names);
        if (!m) m = from_name_run(words, j, k + 1, names);
    } else if (!w.capitalized) {
        // "the caption which reads", "a headline that said": the relative pronoun stands for
        // the noun before it.
        bool relative = (w.lower == "which" || w.lower == "who" || w.lower == "that") &&
                        k > first + 1 &&
                        !words[k - 1].is_punct && !words[k - 1].capitalized;
        if (relative) --k;
        std::size_t j = k;
        while (j > first && k - j < 5 && !words[j - 1].is_punct && !is_determiner(words[j].lower))
            --j;
        // "the lodger could not help adding": the description ends before what is said of it.
        for (std::size_t t = j + 2; t <= k; ++t)
            if (is_determiner(words[j].lower) && follows_noun(words[t])) {
                k = t - 1;
                break;
            }
        // "marching through the streets chanted": the object of a preposition is not the subject.
        bool object = j > first && is_preposition(words[j - 1].lower);
        const Word& noun = words[k];
        // "his leadership plans by saying": a description ends in its noun, not a preposition.
        if (is_determiner(words[j].lower) && j < k && !object && !is_preposition(noun.lower)) {
            m = description(words_text(words, j, k + 1), noun.lower);
            m->gender = gender_of_title(noun.lower);
        } else if (relative) {
            return std::nullopt;
        } else if (j == k && (k == first || words[k - 1].is_punct) && w.lower.back() == 's') {
            // "officials said", "sources said": a plural source without a determiner.
            m = description(w.text, w.lower);
        }
    }
    if (!m) return std::nullopt;
    for (std::string& t : appositive) {
        if (m->gender == Gender::unknown) m->gender = gender_of_title(t);
        m->titles.push_back(std::move(t));
    }
    return m;
}

namespace {

/// True for a word ending as nouns of work do: -er, -or, -ist, -ian, -man, -ant, -ent, -aire.
bool looks_like_calling(std::string_view lower) {
    static constexpr auto kEndings = std::to_array<std::string_view>(
        {"er", "or", "ist", "ian", "man", "ant", "ent", "aire"});
    return lower.size() > 4 && std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view e) {
               return lower.ends_with(e);
           });
}

/// "the foreman, a broad man called Abel Sturridge": an apposition after a description, at
/// words[comma], that gives the person's name with "called" or "named"; the name, with the
/// apposition's noun among its titles and its gender.
std::optional<Mention> called_in_apposition(const std::vector<Word>& words, std::size_t comma,
                                            std::size_t last, const Lexicon& names) {
    constexpr std::size_t kLongest = 5;  // words between the comma and "called"
    if (comma >= last || words[comma].text != ",") return std::nullopt;
    std::size_t k = comma + 1;
    while (k < last && k - comma <= kLongest && !words[k].is_punct && !words[k].capitalized &&
           words[k].lower != "called" && words[k].lower != "named")
        ++k;
    if (k >= last || k == comma + 1 || (words[k].lower != "called" && words[k].lower != "named"))
        return std::nullopt;
    std::size_t end = k + 1;
    while (end < last && is_name_word(words[end])) ++end;
    if (end == k + 1) return std::nullopt;
    std::optional<Mention> m = from_name_run(words, k + 1, end, names);
    if (!m || m->kind != MentionKind::name) return std::nullopt;
    m->titles.push_back(words[k - 1].lower);
    if (m->gender == Gender::unknown) m->gender = gender_of_title(words[k - 1].lower);
    return m;
}

}  // namespace
/// “Not yet,” said Good.; “No,” said May.: after a speech verb a capitalized word that
/// is a surname or given name as well as a common word or a month, standing alone before a
/// stop, is the speaker's name. Only words that are also names count, not "said Then".
std::optional<Mention> name_like_stopword(const std::vector<Word>& words, std::size_t i,
                                          std::size_t last) {
    static constexpr std::array<std::string_view, 7> kAlsoNames = {
        "good", "may", "june", "april", "august", "friday", "dear"};
    const Word& w = words[i];
    bool alone = i + 1 == last || (words[i + 1].is_punct && words[i + 1].text != "'");
    if (!w.capitalized || !alone || !in(kAlsoNames, w.lower)) return std::nullopt;
    Mention m;
    m.text = w.text;
    m.tokens = {w.text};
    m.head = w.lower;
    m.first_word = i;
    return m;
}

/// True when words[k] (k < last) is a capitalized word that can start a name: "said the
/// burly Moze", where "burly" is no manner adverb, though it ends in -ly, but describes Moze.
bool before_name(const std::vector<Word>& words, std::size_t k, std::size_t last) {
    return k < last && words[k].capitalized && !words[k].is_punct &&
           !is_name_stopword(words[k].lower);
}

/// Words of age or feeling fiction puts before a bare name: "cried little Amy", "said old
/// Grey", "sobbed poor Kit".
bool is_name_epithet(std::string_view lower) {
    static constexpr std::array<std::string_view, 6> kEpithets = {
        "little", "young", "old", "poor", "dear", "good"};
    return in(kEpithets, lower);
}

namespace {

/// "women" → "woman", "ladies" → "lady", "girls" → "girl": the singular of a plural noun for
/// people, for its gender.
std::string singular(std::string_view plural) {
    std::string s(plural);
    if (s.ends_with("men")) return s.substr(0, s.size() - 3) + "man";
    if (s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
    if (s.ends_with("s") && !s.ends_with("ss")) s.pop_back();
    return s;
}

/// "cried one of the women", "said one of his men", "somebody else inquired": somebody of a
/// group, or anybody at all, whom the words do not tell apart from others: a description
/// of somebody new, of the group's gender.
std::optional<Mention> one_of_a_group(const std::vector<Word>& words, std::size_t i,
                                      std::size_t last) {
    const Word& w = words[i];
    if (w.lower == "somebody" || w.lower == "someone") {
        bool with_else = i + 1 < last && words[i + 1].lower == "else";
        return description(with_else ? w.lower + " else" : w.lower, w.lower);
    }
    if (w.lower != "one" || i + 3 >= last || words[i + 1].lower != "of" ||
        !is_determiner(words[i + 2].lower))
        return std::nullopt;
    std::size_t j = i + 3;
    while (j < last && j - i < 6 && !words[j].is_punct && !words[j].capitalized &&
           !is_speech_verb(words[j].lower) && !is_preposition(words[j].lower))
        ++j;
    if (j == i + 3 || is_pronoun(words[j - 1].lower) || words[j - 1].lower == "them" ||
        words[j - 1].lower == "us" || words[j - 1].lower == "these" || words[j - 1].lower == "those")
        return std::nullopt;
    Mention m = description(words_text(words, i, j), singular(words[j - 1].lower));
    m.gender = gender_of_title(m.head);
    return m;
}

}  // namespace

std::optional<Mention> mention_after(const std::vector<Word>& words, std::size_t start,
                                     std::size_t last, const Lexicon& names) {
    std::size_t i = start;
    while (i < last && !words[i].is_punct && is_verb_modifier(words[i].lower) &&
           !words[i].capitalized)
        ++i;
    // The name after "little" is the speaker: the word only says how they seem.
    if (i + 1 < last && !words[i].capitalized && is_name_epithet(words[i].lower) &&
        words[i + 1].capitalized && !words[i + 1].is_punct)
        ++i;
    if (i >= last || words[i].is_punct) return std::nullopt;
    const Word& w = words[i];
    if (is_pronoun(w.lower) && w.lower != "it") return pronoun(w);
    if (auto m = name_like_stopword(words, i, last)) return m;
    if (is_first_person_before_stop(w)) return pronoun(Word{.text = "I", .lower = "i"});
    std::size_t rank_end = 0;
    if (w.lower == "the" && !w.capitalized)
        if (auto m = rank_of_place(words, i + 1, last, rank_end)) return m;
    if (auto m = rank_of_place(words, i, last, rank_end)) return m;
    if (auto m = one_of_a_group(words, i, last)) return m;
    // "A spokeswoman for the committee emailed": a sentence's first article is capitalized. An
    // indefinite one introduces somebody new; "The ..." is left to the names and descriptions
    // met before ("The Hill" names a paper). The description ends before a capitalized word.
    // So is the narrator's own ("My uncle saw me staring and said"). "His" and "Her" are left
    // as "The" is: read so, they made more speakers wrong than right in the stories measured.
    bool lower_next = i + 1 < last && !words[i + 1].capitalized && !words[i + 1].is_punct &&
                      (w.lower == "a" || w.lower == "an" || w.lower == "my" || w.lower == "our");
    if (is_determiner(w.lower) && (!w.capitalized || lower_next)) {
        std::size_t j = i + 1;
        std::size_t cap = last;
        // A capitalized word is a name's, even when it reads as an adverb ("the Daily Caller").
        // Up to five words after the article, as before a verb: "said a former senior law
        // enforcement official".
        while (j < last && j - i <= 5 && !words[j].is_punct && !is_name_stopword(words[j].lower) &&
               !(j > i + 1 && !words[j].capitalized && is_speech_verb(words[j].lower)) &&
               !is_preposition(words[j].lower) &&
               !(j > i + 1 && (follows_noun(words[j]) || past_verb_with_object(words, j, last))) &&
               !(w.capitalized && words[j].capitalized) &&
               (words[j].capitalized || !is_verb_modifier(words[j].lower) ||
                before_name(words, j + 1, last))) {
            if (words[j].capitalized && cap == last) cap = j;
            ++j;
        }
        if (j == i + 1) return std::nullopt;
        if (cap != last) {
            // "said the March Hare": the capitalized words are a name; "said a longtime GOP
            // data expert": they only describe.
            std::size_t e = cap;
            while (e < j && is_name_word(words[e])) ++e;
            if (auto m = from_name_run(words, cap, e, names);
                m && (m->kind == MentionKind::name || e == j))
                return m;
        }
        // "cried the voice of John Reed": the voice speaks for the person it is of.
        if (words[j - 1].lower == "voice" && j + 1 < last && words[j].lower == "of")
            if (auto owner = mention_after(words, j + 1, last, names);
                owner && owner->kind != MentionKind::pronoun)
                return owner;
        std::size_t head = j - 1;
        // "said the gentleman in the white waistcoat": a phrase setting them apart; else one
        // saying who they are ("a person close to the governor").
        std::size_t distinguished_end = distinguishing_phrase_end(words, j, last);
        bool distinguished = distinguished_end != j;
        std::size_t phrase_end =
            distinguished ? distinguished_end : description_phrase_end(words, j, last);
        if (!distinguished && phrase_end != j && head > i + 1 &&
            (words[head].lower == "close" || words[head].lower == "known"))
            --head;  // "a person close to ...": the person is the noun
        j = phrase_end;
        Mention m = description(words_text(words, i, j), words[head].lower);
        m.distinguished = distinguished;
        m.gender = gender_of_title(m.head);
        if (auto named = called_in_apposition(words, j, last, names)) {
            named->titles.push_back(m.head);
            if (named->gender == Gender::unknown) named->gender = m.gender;
            return named;
        }
        return m;
    }
    if (auto m = possessed_description(words, i, last)) return m;
    // "said MSNBC host Chris Matthews", "said NBC's Dana Ruiz", "said 9/11 widow Jo Varga": words
    // that describe the person before a name of two words or more.
    std::vector<std::string> descriptors;
    std::size_t p = i;
    // "Conservative economist Aparna Mathur": a sentence's first word the article writes in
    // lower case elsewhere describes too.
    // "Republican Mayoral hopeful Dana Pirrie": a capitalized word before a lower-case noun
    // of description modifies that noun, as an adjective does.
    auto modifies_noun = [&](const Word& d) {
        std::size_t at = &d - words.data();
        return d.capitalized && !is_name_stopword(d.lower) && at + 1 < last &&
               !words[at + 1].capitalized && is_descriptor_word(words[at + 1]);
    };
    // "Engineer Sam Ito said": a first word shaped like a noun of work (engineer, pastor,
    // comedian, alderman, billionaire) that is no first name, before a first name and a
    // surname, is the person's calling; "Cornell William Brooks" is a name of three words.
    auto calling_before_name = [&](const Word& d) {
        return &d == &words[i] && d.capitalized && i + 2 < last && !is_honorific(d.lower) &&
               !is_title_word(d.lower) && looks_like_calling(d.lower) && gender_of_first_name(names.first_names, d.lower) == Gender::unknown &&
               gender_of_first_name(names.first_names, words[i + 1].lower) != Gender::unknown &&
               is_name_word(words[i + 2]);
    };
    auto describes = [&](const Word& d) {
        return is_descriptor_word(d) ||
               (&d == &words[i] && d.capitalized && names.lower_case.contains(d.lower)) ||
               opens_description(words, i, last, &d - words.data()) || modifies_noun(d) ||
               calling_before_name(d);
    };
    while (p < last && p - i < kLongestDescriptor && describes(words[p])) ++p;
    if (p > i && p + 1 < last && (is_name_word(words[p]) || is_honorific(words[p].lower)) &&
        !is_acronym(words[p]) && !is_title_word(words[p].lower) && is_name_word(words[p + 1])) {
        for (std::size_t d = i; d < p; ++d)
            if (!words[d].is_punct) descriptors.push_back(words[d].lower);
        i = p;
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
    std::optional<Mention> m = from_name_run(words, i, e, names);
    if (m) m->titles.insert(m->titles.begin(), descriptors.begin(), descriptors.end());
    // "Secretary of State John Kerry": an office named with "of", then the name.
    if (m && m->kind == MentionKind::description && e + 1 < last && words[e].lower == "of" &&
        is_name_word(words[e + 1])) {
        std::size_t f = e + 1;
        while (f < last && is_name_word(words[f])) ++f;
        // The office's domain comes first ("Homeland Security"); the name is the last two
        // words, with a middle initial ("John F. Kerry").
        std::size_t name_start = f - 2 > e + 1 ? f - 2 : e + 1;
        if (name_start > e + 1 && words[name_start].text.size() == 2 &&
            words[name_start].text[1] == '.')
            --name_start;
        if (std::optional<Mention> named = from_name_run(words, name_start, f, names);
            named && named->kind == MentionKind::name) {
            for (std::size_t d = e + 1; d < name_start; ++d)
                named->titles.insert(named->titles.begin(), words[d].lower);
            named->titles.insert(named->titles.begin(), m->titles.begin(), m->titles.end());
            if (named->gender == Gender::unknown) named->gender = m->gender;
            return named;
        }
    }
    return m;
}

namespace {

/// "The bridge's engineer, Sam Ito, said": a description of a few lower-case words whose
/// apposition between commas is a name of two words or more; the name, with the description's
/// noun among its titles.
std::optional<Mention> named_in_apposition(const std::vector<Word>& words, std::size_t i,
                                           std::size_t last, const Lexicon& names) {
    constexpr std::size_t kLongestDescription = 5;  // words after the article or owner
    if (i >= last || (!is_determiner(words[i].lower) && !is_possessive(words[i]))) return std::nullopt;
    std::size_t comma = i + 1;
    while (comma < last && comma - i <= kLongestDescription && !words[comma].is_punct &&
           !words[comma].capitalized)
        ++comma;
    if (comma == i + 1 || comma >= last || words[comma].text != ",") return std::nullopt;
    std::size_t end = comma + 1;
    while (end < last && is_name_word(words[end])) ++end;
    if (end - comma < 3 || end >= last || words[end].text != ",") return std::nullopt;
    std::optional<Mention> m = from_name_run(words, comma + 1, end, names);
    if (!m || m->kind != MentionKind::name) return std::nullopt;
    m->titles.push_back(words[comma - 1].lower);
    return m;
}

}  // namespace

std::optional<Mention> clause_subject(const std::vector<Word>& words, std::size_t first,
                                      std::size_t last, const Lexicon& names) {
    std::size_t i = first;
    while (i < last && (words[i].is_punct || is_clause_opener(words[i].lower))) ++i;
    // "On Thursday, after remaining neutral, Warren said": one introductory phrase after another.
    // "Growing up in El Paso, Mendoza saw": a participle opens one too.
    auto introduces = [&](std::size_t at) {
        return is_introducer(words[at].lower) ||
               (at + 1 < last && words[at].capitalized && looks_like_opener(words[at].lower) &&
                words[at].lower.ends_with("ing") && !words[at + 1].is_punct &&
                !words[at + 1].capitalized);
    };
    for (int phrases = 0; phrases < 2 && i < last && introduces(i); ++phrases) {
        // "On July 6, 2015, Sanders said": a date's year is part of the phrase; "At a rally
        // in Portland, Maine, Trump said": so is the state after a town.
        do {
            while (i < last && words[i].text != ",") ++i;
            ++i;
        } while (i < last && !words[i].text.empty() &&
                 (std::isdigit(static_cast<unsigned char>(words[i].text[0])) ||
                              state_after_town(words, i, last)));
    }
    i = past_adverbial_phrase(words, i, last, names);
    if (i >= last) return std::nullopt;
    std::optional<Mention> m = mention_after(words, i, last, names);
    if (m && m->kind == MentionKind::name) add_apposition(words, i, last, *m);
    if (!m || m->kind == MentionKind::description)
        if (std::optional<Mention> named = named_in_apposition(words, i, last, names)) return named;
    return m;
}

bool is_place_or_institution(const Mention& m) {
    // Countries and capitals often in the news, the US states, and regions.
    static constexpr std::array<std::string_view, 132> kPlaces = {
        "afghanistan", "africa", "alabama", "alaska", "america", "arizona", "arkansas", "asia",
        "australia", "baghdad", "beijing", "belgium", "berlin", "brazil", "britain", "brussels",
        "burma", "california", "canada", "china", "colorado", "connecticut", "cuba", "damascus",
        "delaware", "egypt", "england", "europe", "florida", "france", "germany", "greece",
        "hawaii", "idaho", "illinois", "india", "indiana", "indonesia", "iowa", "iran", "iraq",
        "ireland", "israel", "italy", "japan", "jerusalem", "kabul", "kansas", "kentucky",
        "kremlin", "kuwait", "lebanon", "libya", "london", "louisiana", "maine", "maryland",
        "massachusetts", "mexico", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "moscow", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "nigeria", "north carolina", "north dakota", "north korea", "ohio", "oklahoma", "oregon",
        "pakistan", "palestine", "paris", "pennsylvania", "pentagon", "poland", "pyongyang",
        "qatar", "rhode island", "russia", "saudi arabia", "scotland", "seoul", "south carolina",
        "south dakota", "south korea", "spain", "sweden", "switzerland", "syria", "taiwan",
        "tehran", "tennessee", "texas", "tokyo", "turkey", "ukraine", "utah", "venezuela",
        "vermont", "vietnam", "virginia", "wales", "west virginia", "wisconsin", "wyoming",
        "yemen", "tulsa", "chicago", "los angeles", "detroit", "houston", "philadelphia",
        "boston", "atlanta", "miami", "denver", "seattle", "baltimore", "cleveland", "ottawa",
        "hollywood"};
    // Words that make a name an institution's or a place's.
    static constexpr std::array<std::string_view, 48> kInstitutionWords = {
        "commission", "committee", "department", "agency", "council", "congress", "senate",
        "house", "court", "party", "campaign", "university", "college", "school", "institute",
        "foundation", "association", "center", "centre", "network", "news", "times", "post",
        "journal", "bank", "group", "corporation", "company", "inc.", "corp.", "police",
        "administration", "government", "ministry", "office", "board", "union", "league", "fund",
        "bureau", "organization", "coalition", "caucus", "county", "city", "states", "nations",
        "republic"};
    // The words a street or a square ends with: "Hetty Place", "Grey Street". A surname can
    // be one of them ("Mr. Lane"), so only a name of two words or more written without an
    // honorific.
    static constexpr std::array<std::string_view, 10> kStreetWords = {
        "street", "place", "square", "road", "lane", "buildings", "terrace", "gardens",
        "crescent", "avenue"};
    // "the company said": a description of an institution.
    if (m.kind == MentionKind::description) return in(kInstitutionWords, m.head);
    if (m.kind != MentionKind::name || m.tokens.empty()) return false;
    if (m.tokens.size() >= 2 && m.titles.empty() && in(kStreetWords, ascii_lower(m.tokens.back())) &&
        m.text.starts_with(m.tokens.front() + " "))
        return true;
    std::string name;
    for (const std::string& t : m.tokens) {
        std::string lower = ascii_lower(t);
        if (in(kInstitutionWords, lower)) return true;
        name += (name.empty() ? "" : " ") + lower;
    }
    return in(kPlaces, name);
}

std::optional<Mention> transcript_label(std::string_view statement) {
    constexpr std::size_t kLongestLabel = 3;  // words: "SEN. DANA RUIZ"
    static constexpr std::array<std::string_view, 12> kNotSpeakers = {
        "note", "update", "updated", "correction", "editor's", "breaking", "source", "photo",
        "video", "watch", "read", "related"};
    std::vector<Word> w = split_words(statement.substr(0, 80));
    std::size_t n = 0;
    while (n < w.size() && n < kLongestLabel && !w[n].is_punct && w[n].text.size() >= 2 &&
           std::none_of(w[n].text.begin(), w[n].text.end(),
                        [](char c) { return c >= 'a' && c <= 'z'; }) &&
           w[n].capitalized)
        ++n;
    if (n == 0 || n >= w.size() || w[n].text != ":" || in(kNotSpeakers, w[n - 1].lower))
        return std::nullopt;
    Mention m;
    for (std::size_t i = 0; i < n; ++i) {
        if (is_honorific(w[i].lower) || is_title_word(w[i].lower)) {
            if (Gender g = gender_of_title(w[i].lower); g != Gender::unknown) m.gender = g;
            continue;
        }
        std::string token = w[i].text;
        for (std::size_t c = 1; c < token.size(); ++c)
            token[c] = static_cast<char>(std::tolower(static_cast<unsigned char>(token[c])));
        m.tokens.push_back(token);
    }
    if (m.tokens.empty()) return std::nullopt;
    m.kind = MentionKind::name;
    m.text = m.tokens.front();
    for (std::size_t i = 1; i < m.tokens.size(); ++i) m.text += " " + m.tokens[i];
    m.head = w[n - 1].lower;
    return m;
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

bool is_place_preposition(std::string_view lower) {
    static constexpr std::array<std::string_view, 5> kPlace = {"in", "at", "near", "outside",
                                                               "throughout"};
    return in(kPlace, lower);
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
            // "in Kachin state": a place's name, not the subject of the verb after it.
            m->speaks = e < last && is_speech_verb(words[e].lower) &&
                        !(i > first && is_place_preposition(words[i - 1].lower));
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

Mention description(std::string text, std::string head) {
    Mention m;
    m.kind = MentionKind::description;
    m.text = std::move(text);
    m.head = std::move(head);
    m.titles.push_back(m.head);
    return m;
}

Mention pronoun(std::string_view lower) {
    Mention m;
    m.kind = MentionKind::pronoun;
    m.text = std::string(lower);
    m.head = std::string(lower);
    m.gender = gender_of_pronoun(lower);
    return m;
}

}  // namespace narrate
