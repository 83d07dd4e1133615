#include "core/quote_roles.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/speech_verbs.h"
#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

/// What stands before a quotation when it begins a clause of its own.
bool is_clause_boundary(char32_t c) {
    return c == 0 || c == U'.' || c == U'?' || c == U'!' || c == U':' || c == U',' || c == U';' ||
           c == U'—' || c == U'–' || c == U'(' || c == U'"' || c == U'“' || c == U'”' ||
           c == U'\'' || c == U'‘' || c == U'’' || c == U'…';
}

bool is_closing_punct(char32_t c) {
    return c == U'.' || c == U',' || c == U'?' || c == U'!' || c == U'…' || c == U'—' ||
           c == U'–' || c == U'-' || c == U':' || c == U';';
}

bool is_sentence_end(char32_t c) { return c == U'.' || c == U'?' || c == U'!' || c == U'…'; }

/// The first character at or after `pos` that is not white space, or 0 at the end.
char32_t next_non_space(std::string_view text, std::size_t pos) {
    for (std::size_t n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (!utf8::is_space(c)) return c;
    }
    return 0;
}

/// A speech verb in a form that can take a quotation as its object: said, says, told, saying,
/// declared. "Called" and "dubbed" name things ("called the plan “a disaster”") and are left out.
bool takes_quoted_object(std::string_view lower) {
    static constexpr std::array<std::string_view, 16> kFinite = {
        "said", "says", "told", "tells", "wrote", "writes", "adds", "asks",
        "insists", "declares", "argues", "claims", "warns", "notes", "chants", "thought"};
    if (lower.starts_with("call")) return false;
    if (!is_speech_verb(lower)) return false;
    if (in(kFinite, lower)) return true;
    return lower.ends_with("ed") || lower.ends_with("ing");
}

/// Small words a title leaves in lower case: "Collapse: How Societies Choose to Fail".
bool is_title_small_word(std::string_view lower) {
    static constexpr std::array<std::string_view, 18> kSmall = {
        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for",
        "at", "by", "with", "from", "as", "but", "vs", "nor"};
    return in(kSmall, lower);
}

/// Two to eight words, each capitalized but for small words: a title or a slogan ("Long River",
/// "Make America Great Again."), not a question or an exclamation.
bool is_title_case(const std::vector<Word>& words) {
    std::vector<const Word*> letters;
    for (const Word& w : words) {
        std::size_t n = 0;
        if (!w.is_punct && !w.text.empty() && utf8::is_letter(utf8::decode(w.text, 0, n)))
            letters.push_back(&w);
    }
    if (letters.size() < 2 || letters.size() > 8 || !letters.front()->capitalized) return false;
    if (std::count_if(letters.begin(), letters.end(), [](const Word* w) { return w->capitalized; }) < 2)
        return false;
    if (!words.empty() && words.back().is_punct && (words.back().text == "?" || words.back().text == "!"))
        return false;
    return std::all_of(letters.begin(), letters.end(), [](const Word* w) {
        return w->capitalized || is_title_small_word(w->lower);
    });
}

/// True when the narrated sentence goes on after a quotation left unpunctuated inside its
/// marks: “we will defend ourselves” against the charges; “the plan failed” for lack of money.
/// A speech verb in the next words ("” the mayor said", "” according to") is its attribution,
/// a participle ("” showing his watch") an action beside it.
bool narration_goes_on(std::string_view text, std::size_t mark_end, char32_t last) {
    constexpr std::size_t kAttributionWords = 6;
    if (is_closing_punct(last)) return false;
    std::vector<Word> following = split_words(text.substr(mark_end, 80));
    if (following.empty() || following.front().is_punct || following.front().capitalized)
        return false;
    // “It is only four” showing his watch: an action beside the words, not their sentence.
    if (following.front().lower.ends_with("ing")) return false;
    for (std::size_t i = 0; i < following.size() && i < kAttributionWords; ++i) {
        if (following[i].is_punct) break;
        if (is_speech_verb(following[i].lower) || following[i].lower == "according") return false;
    }
    return true;
}

/// True when a quotation set off by commas inside a narrated sentence is followed by the
/// sentence's verb or an adverb of place: "Lee's column, “Mayor, show us the budget,” is
/// thoughtful"; "the film, “Salt,” below". The quotation stands beside a noun, naming it (a
/// title), and nobody says it; an attribution would come there instead (“…,” she said).
bool apposition_goes_on(const std::vector<Word>& following) {
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        {"is", "was", "are", "were", "has", "had", "have", "will", "would", "below", "above"});
    return !following.empty() && !following.front().capitalized && in(kVerbs, following.front().lower);
}

bool is_nested_closing_mark(char32_t c) { return c == U'’' || c == U'\'' || c == U'”' || c == U'"'; }

bool is_closing_mark(const Word& w) {
    return w.text == "”" || w.text == "\"" || w.text == "’" || w.text == "'";
}

/// True when a closing quotation mark stands in the sentence before a quotation, whose
/// `preceding` words these are: it resumes one its attribution interrupted (“Yes,” he said,
/// “but not now.”).
bool resumes_quotation(const std::vector<Word>& preceding) {
    for (std::size_t i = preceding.size(); i-- > 0;) {
        const Word& w = preceding[i];
        if (is_closing_mark(w)) return true;
        // A sentence end inside the previous quotation's marks does not end this sentence.
        if (w.ends_sentence() && !(i + 1 < preceding.size() && is_closing_mark(preceding[i + 1])))
            return false;
    }
    return false;
}

/// Words that can follow a speech verb without being the start of what it reports: a
/// preposition (said on the other hand), a name or a day (told Fox News, said Tuesday), a manner
/// adverb (said quietly), or who is told (told reporters).
bool opens_verb_complement(const Word& w) {
    static constexpr std::array<std::string_view, 16> kAfterVerb = {
        "on", "in", "at", "to", "during", "after", "before", "with", "from", "of",
        "me", "us", "him", "her", "them", "reporters"};
    return w.capitalized || in(kAfterVerb, w.lower) || is_verb_modifier(w.lower);
}

/// The speech verb a quotation after "that" or a comma is the object of, up to five words back
/// with no punctuation between: "told Fox News that", "says on its website that", "said on the
/// other hand,". Before a comma, what the verb reports may be narrated in full already (he
/// admitted some doubts remain, “but not …”): then the quotation goes on the narrator's
/// sentence, so words after the verb must not begin a reported clause.
bool speech_verb_before_clause(const std::vector<Word>& preceding, bool after_comma) {
    constexpr std::size_t kReach = 5;
    for (std::size_t i = preceding.size(), seen = 0; i-- > 0 && seen < kReach; ++seen) {
        if (preceding[i].is_punct) return false;
        if (takes_quoted_object(preceding[i].lower))
            return !after_comma || seen == 0 || opens_verb_complement(preceding[i + 1]);
    }
    return false;
}

/// Where the last stretch of `preceding` without punctuation starts, when it opens its sentence;
/// preceding.size() when it does not, or is empty.
std::size_t opening_phrase_start(const std::vector<Word>& preceding) {
    std::size_t i = preceding.size();
    while (i > 0 && !preceding[i - 1].is_punct) --i;
    bool sentence_start = i == 0 || preceding[i - 1].ends_sentence();
    return sentence_start ? i : preceding.size();
}

/// True when the narrated words of a quotation's sentence, its `preceding` words with the comma
/// before the mark set aside, are one opening phrase: a preposition or a subordinating word and
/// no other punctuation ("In past years, “we won…”"; "Though prices fell, “nobody bought…”").
/// Such a phrase needs a main clause, and the quotation is it: the narrator's sentence goes on
/// in the quoted words even when an attribution follows them.
bool after_opening_phrase(const std::vector<Word>& preceding) {
    static constexpr std::array<std::string_view, 19> kOpeners = {
        "in", "with", "like", "unlike", "for", "at", "on", "under", "after", "before", "during",
        "despite", "without", "among", "since", "though", "although", "while", "because"};
    std::size_t i = opening_phrase_start(preceding);
    return i < preceding.size() && in(kOpeners, preceding[i].lower);
}

/// True when the narrated words of a quotation's sentence, its comma set aside, are "in
/// Ruiz's words" or "in the words of Dana Ruiz": the quotation is that person's, whatever
/// case it starts in (In Ruiz's words, “the plan is a giveaway.”).
bool in_words_of(const std::vector<Word>& preceding) {
    // Opening its sentence: "Lee, in her own words, “never looked back.”" goes on with Lee.
    std::size_t i = opening_phrase_start(preceding);
    if (i == preceding.size() || preceding[i].lower != "in") return false;
    // "In other words, “…”" says nobody's: the words must be somebody's.
    bool possessive = preceding.size() - i >= 3 && preceding.back().lower == "words" &&
                      is_possessive(preceding[preceding.size() - 2]);
    bool of = preceding.size() - i >= 5 && preceding[i + 1].lower == "the" &&
              preceding[i + 2].lower == "words" && preceding[i + 3].lower == "of";
    return possessive || of;
}

/// Words that stand between a speech verb and the speaker's own words when the report only
/// turns their "I will" into "he would": pronouns, modal verbs, "that", "if".
bool is_reporting_word(std::string_view lower) {
    static constexpr std::array<std::string_view, 22> kReporting = {
        "he", "she", "they", "it", "we", "his", "her", "their", "its", "would", "will", "could",
        "should", "can", "might", "must", "may", "that", "if", "when", "had", "has"};
    return in(kReporting, lower);
}

/// True when a quotation that runs to its sentence's end completes the clause a speech verb
/// opens, only pronouns, modal verbs and "that" between: he said he would “introduce a bill in
/// the next session.”; saying his “capital was less than expected.” The report has only turned
/// the speaker's person, so the words are theirs. With a noun between (said the toll was “too
/// high for most drivers.”) the narrator's sentence goes on, and the quotation is a mention.
bool completes_speech_clause(const std::vector<Word>& preceding, int words) {
    constexpr int kFewestWords = 6;
    constexpr std::size_t kReach = 3;
    if (words < kFewestWords) return false;
    for (std::size_t i = preceding.size(), seen = 0; i-- > 0 && seen <= kReach; ++seen) {
        if (takes_quoted_object(preceding[i].lower)) return seen > 0;
        if (preceding[i].is_punct || !is_reporting_word(preceding[i].lower)) return false;
    }
    return false;
}

/// True when the words before a quotation end in a speech verb and a word of manner or a
/// particle: the Queen said severely “Who is this?”; the Dodo called out “The race is over!”;
/// he went on “…”. What follows is the verb's object, as after "said".
bool verb_then_manner(const std::vector<Word>& preceding) {
    static constexpr std::array<std::string_view, 4> kParticles = {"out", "aloud", "back", "forth"};
    if (preceding.size() < 2) return false;
    const Word& verb = preceding[preceding.size() - 2];
    const Word& after = preceding.back();
    if (verb.is_punct || after.is_punct || verb.capitalized) return false;
    if (is_phrasal_speech_verb(verb.lower, after.lower)) return true;
    if (!is_speech_verb(verb.lower) || verb.lower.ends_with("ing")) return false;
    return in(kParticles, after.lower) ||
           (is_manner_adverb(after.lower) && takes_quoted_object(verb.lower));
}

/// True when a byline follows the closing mark: "“Met accused of whitewashing,” by Post's Ann
/// Lowe": the quotation is the headline of a piece somebody wrote, a title, not their words.
/// "By" must come straight after the mark or its comma (“…” was written by Ivo Brandt is said
/// by Brandt), before a name or "the" and a name.
bool byline_follows(const std::vector<Word>& following) {
    std::size_t i = 0;
    if (i < following.size() && following[i].text == ",") ++i;
    if (i + 1 >= following.size() || following[i].lower != "by" || following[i].capitalized)
        return false;
    ++i;
    if (following[i].lower == "the" && i + 1 < following.size()) ++i;
    return following[i].capitalized && !following[i].is_punct;
}

bool is_heading_quote(std::string_view text, const Quote& quote, std::string_view content) {
    constexpr std::size_t kFewestWords = 4;
    std::size_t start = 0;
    std::size_t end = text.size();
    while (start < end && utf8::is_space(static_cast<unsigned char>(text[start]))) ++start;
    while (end > start && utf8::is_space(static_cast<unsigned char>(text[end - 1]))) --end;
    if (quote.mark_start != start || quote.mark_end != end) return false;
    std::vector<Word> words = split_words(content);
    // A reply has its commas and exclamations ("Certainly, Lady Narborough."); a heading not.
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i].is_punct) return false;
    std::size_t letters = static_cast<std::size_t>(std::count_if(
        words.begin(), words.end(), [](const Word& w) { return !w.is_punct; }));
    return letters >= kFewestWords && is_title_case(words);
}

bool is_stage_direction(std::string_view content) {
    while (!content.empty() && (content.back() == '.' || content.back() == ' ')) content.remove_suffix(1);
    return content.size() >= 2 && content.front() == '(' && content.back() == ')' &&
           content.find(')') == content.size() - 1;
}

}  // namespace

QuoteRole role_of(std::string_view text, const Quote& quote) {
    // "(CROSSTALK.)", "(Applause)": a transcript's stage direction, nobody's words.
    if (is_stage_direction(text.substr(quote.start, quote.end - quote.start)))
        return QuoteRole::mention;
    // ">Rubio stadium event…": the rest of a markup tag whose attribute value ran over a line
    // break, not a quotation.
    if (quote.start < text.size() && text[quote.start] == '>') return QuoteRole::mention;
    char32_t before = 0;
    for (std::size_t pos = quote.mark_start; pos > 0;) {
        pos = utf8::previous(text, pos);
        std::size_t n = 0;
        char32_t c = utf8::decode(text, pos, n);
        if (!utf8::is_space(c)) {
            before = c;
            break;
        }
    }
    // The value of a markup attribute (tweet-date="January 19, 2016") is nobody's words.
    if (before == U'=') return QuoteRole::mention;
    // "--", a typewriter's dash: “The ice is thin,” she warned--“far too thin.”
    if (before == U'-' && quote.mark_start >= 2 && text[quote.mark_start - 1] == '-' &&
        text[quote.mark_start - 2] == '-')
        before = U'—';
    if (quote.continues_previous || quote.goes_on || !quote.closed) return QuoteRole::statement;

    std::string_view content = text.substr(quote.start, quote.end - quote.start);
    std::size_t n = 0;
    // “_Stolen!_”, “*Now!*”: the marks of emphasis plain text writes around words are not
    // their first and last characters.
    std::string_view marked = content;
    while (!marked.empty() && (marked.front() == '_' || marked.front() == '*')) marked.remove_prefix(1);
    while (!marked.empty() && (marked.back() == '_' || marked.back() == '*')) marked.remove_suffix(1);
    if (marked.empty()) marked = content;
    char32_t first = utf8::decode(marked, 0, n);
    char32_t last = utf8::decode(marked, utf8::previous(marked, marked.size()), n);
    // “... ‘the comeback of the decade,’” : the punctuation inside a nested quotation's marks.
    for (std::size_t end = marked.size(); end > 0 && is_nested_closing_mark(last);) {
        end = utf8::previous(marked, end);
        if (end == 0) break;
        last = utf8::decode(marked, utf8::previous(marked, end), n);
    }
    int words = 0;
    bool in_word = false;
    for (std::size_t pos = 0; pos < content.size(); pos += n) {
        bool space = utf8::is_space(utf8::decode(content, pos, n));
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    // “--yes, that's about the right distance--but then …”: words opening with a dash go on
    // from words broken off; somebody is speaking them.
    if (first == U'-' || first == U'—' || first == U'–') return QuoteRole::statement;
    bool punctuated = is_closing_punct(last);
    bool ends_sentence = is_sentence_end(last) || is_sentence_end(next_non_space(text, quote.mark_end)) ||
                         next_non_space(text, quote.mark_end) == 0;

    // The words just before the opening mark (those of its sentence: a sentence of news runs
    // to a few hundred bytes, and a paragraph of thousands of short quotations must not cost
    // a pass over all before each), and just after the closing one.
    constexpr std::size_t kLookBack = 1000;
    std::size_t from = quote.mark_start > kLookBack ? quote.mark_start - kLookBack : 0;
    while (from > 0 && utf8::is_continuation(text[from])) --from;
    std::vector<Word> preceding = split_words(text.substr(from, quote.mark_start - from));
    bool after_comma = !preceding.empty() && preceding.back().lower == ",";
    bool after_that = after_comma || (!preceding.empty() && preceding.back().lower == "that");
    if (!preceding.empty() && (preceding.back().lower == "that" || preceding.back().lower == "," ||
                               preceding.back().lower == ":"))
        preceding.pop_back();
    bool after_speech_verb = (after_comma && in_words_of(preceding)) ||
                             (!preceding.empty() && takes_quoted_object(preceding.back().lower)) ||
                             verb_then_manner(preceding) ||
                             (after_that && speech_verb_before_clause(preceding, after_comma)) ||
                             (ends_sentence && completes_speech_clause(preceding, words));
    std::vector<Word> following = split_words(text.substr(quote.mark_end, 60));
    bool attributed_after = false;
    for (std::size_t i = 0; i < following.size() && i < 4 && !attributed_after; ++i)
        attributed_after = is_speech_verb(following[i].lower);
    // “He won't” said Tom; “Not today”; replied the clerk: a speech verb right after the
    // closing mark is the attribution of a line left unpunctuated.
    std::size_t verb_at = !following.empty() && following.front().is_punct &&
                                  following.front().text != "\"" && following.front().text != "”"
                              ? 1
                              : 0;
    bool verb_next = verb_at < following.size() && !following[verb_at].capitalized &&
                     is_speech_verb(following[verb_at].lower);

    // A title or slogan inside a narrated sentence (his memoir, “Gifted Hands,”) is named, not
    // said, unless a speech verb stands on either side of it (a sign reading, “Dump Trump.”).
    // One that opens a paragraph or a sentence is a reply ("Yes, Louisa.").
    bool mid_sentence = before != 0 && !is_sentence_end(before) && before != U':';
    if (mid_sentence && !after_speech_verb && !attributed_after &&
        is_title_case(split_words(content)))
        return QuoteRole::mention;
    if (!after_speech_verb && byline_follows(following)) return QuoteRole::mention;
    if (before == U',' && last == U',' && !after_speech_verb && apposition_goes_on(following))
        return QuoteRole::mention;
    // A paragraph that is nothing but a quoted title-case phrase of four words or more is a
    // section heading quoting somebody ('All Bets Are Off.'): the narrator reads headings.
    if (is_heading_quote(text, quote, content)) return QuoteRole::mention;
    // Words the narration runs on from, or into: part of a narrated sentence.
    if (narration_goes_on(text, quote.mark_end, last)) return QuoteRole::mention;
    // A quotation starting in lower case after narrated words continues the narrator's sentence
    // ("With two systems, “there is no single point of failure.”"), unless a speech verb
    // introduces it, it resumes an interrupted quotation, or an attribution follows it; an
    // opening phrase it completes keeps it the narrator's even then.
    bool sentence_start = before == 0 || is_sentence_end(before) || before == U':';
    if (utf8::is_lower(first) && !sentence_start && !after_speech_verb &&
        (!attributed_after || after_opening_phrase(preceding)) && !resumes_quotation(preceding))
        return QuoteRole::mention;
    if (is_clause_boundary(before) && (punctuated || words >= 4 || verb_next))
        return QuoteRole::statement;
    if (utf8::is_upper(first) && punctuated && words >= 6) return QuoteRole::statement;
    // The whole object of a speech verb, running to the end of the sentence: Trump said
    // “the system is rigged.”; she said that “we will appeal.”
    if (after_speech_verb && ends_sentence) return QuoteRole::statement;
    return QuoteRole::mention;
}

}  // namespace narrate
