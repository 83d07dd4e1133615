#include "core/words.h"

#include <array>
#include <cctype>

#include "core/utf8.h"

namespace narrate {
namespace {

/// Abbreviations whose period belongs to the word, not to the sentence: "Mr. Trump said".
bool is_abbreviation(std::string_view lower) {
    static constexpr std::array<std::string_view, 30> kAbbreviations = {
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "prof",
        "jr", "sr", "rev", "pres", "sgt", "maj", "adm", "hon", "messrs", "mme", "mlle", "cmdr",
        "supt", "insp", "det", "atty", "no"};
    for (auto a : kAbbreviations)
        if (lower == a) return true;
    return false;
}

/// "(D-Md.)", "(Calif.)": a short capitalized word whose period the closing parenthesis follows
/// abbreviates a party and state or a place; the sentence goes on after the parenthesis. A
/// period before a comma never ends a sentence ("McConnell, R-Ky., said").
bool is_parenthesized_abbreviation(std::string_view text, std::size_t period,
                                   std::string_view body, bool capitalized) {
    constexpr std::size_t kLongest = 6;  // "D-Mass", "R-Tenn", "Calif"
    if (period + 1 >= text.size()) return false;
    if (text[period + 1] == ',') return true;
    return capitalized && body.size() <= kLongest && text[period + 1] == ')';
}

/// True when the word after `period` (past white space) is one that opens sentences and
/// never continues a name: "in the U.S. The next day", "at 5 p.m. It was". After "U.S." or an
/// initial such a word starts a new sentence; "U.S. Army", "John F. Kennedy" go on.
bool sentence_opener_follows(std::string_view text, std::size_t period) {
    static constexpr std::array<std::string_view, 30> kOpeners = {
        "the", "it", "he", "she", "they", "we", "you", "his", "her", "their", "its", "our",
        "this", "that", "these", "those", "there", "but", "and", "yet", "so", "if", "when",
        "while", "after", "before", "meanwhile", "however", "then", "what"};
    std::size_t at = period + 1;
    if (at >= text.size() || !(text[at] == ' ' || text[at] == '\n' || text[at] == '\t')) return false;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\t')) ++at;
    if (at >= text.size() || !(text[at] >= 'A' && text[at] <= 'Z')) return false;
    std::size_t end = at;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    // "J. T. Smith": a letter with a period of its own is another initial.
    if (end < text.size() && text[end] == '.') return false;
    return in(kOpeners, ascii_lower(text.substr(at, end - at)));
}

/// The length of the pronoun that `word` starts with when the rest is one of its clitics
/// ("I've" → 1, "they'll" → 4, "It's" → 2), else 0.
std::size_t pronoun_clitic(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kPronouns = {"i", "you", "he", "she", "it", "we", "they"};
    static constexpr std::array<std::string_view, 6> kClitics = {"ve", "d", "ll", "m", "re", "s"};
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
        std::size_t at = word.find(apostrophe);
        if (at == std::string_view::npos || at == 0) continue;
        if (in(kPronouns, ascii_lower(word.substr(0, at))) &&
            in(kClitics, ascii_lower(word.substr(at + apostrophe.size()))))
            return at;
    }
    return 0;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'’'; }

/// True when a lone "s" follows the capitalized word body that ends at `end`: a text that lost
/// its apostrophes writes "Nora s hat" for "Nora's hat". Words that open sentences with a
/// contracted "is" ("It s late", "That s all") are not names and stay apart.
bool lost_apostrophe_s(std::string_view text, std::size_t end, std::string_view body) {
    static constexpr std::array<std::string_view, 20> kNotNames = {
        "it",        "he",     "she",      "that",      "there", "here",       "what",
        "where",     "who",    "how",      "let",       "this",  "everything", "nothing",
        "everybody", "nobody", "somebody", "something", "why",   "when"};
    if (end + 2 > text.size() || text[end] != ' ' || text[end + 1] != 's') return false;
    if (end + 2 < text.size()) {
        unsigned char next = static_cast<unsigned char>(text[end + 2]);
        if (std::isalnum(next) || next == '\'' || next == '-' || next >= 0x80) return false;
    }
    return body.size() > 1 && !in(kNotNames, ascii_lower(body));
}

}  // namespace

bool is_possessive(const Word& w) {
    std::string_view t = w.text;
    return (t.size() > 2 && t.substr(t.size() - 2) == "'s") ||
           (t.size() > 4 && t.substr(t.size() - 4) == "’s");
}

bool Word::ends_sentence() const { return is_punct && (text == "." || text == "!" || text == "?"); }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string words_text(const std::vector<Word>& words, std::size_t first, std::size_t last) {
    std::string text;
    for (std::size_t t = first; t < last; ++t) text += (t == first ? "" : " ") + words[t].text;
    return text;
}

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t n = 0;
        char32_t c = utf8::decode(text, pos, n);
        if (utf8::is_space(c)) {
            pos += n;
            continue;
        }
        Word w;
        w.start = pos;
        if (!utf8::is_alnum(c)) {
            w.end = pos + n;
            w.is_punct = true;
        } else {
            w.capitalized = utf8::is_upper(c);
            std::size_t end = pos + n;
            while (end < text.size()) {
                std::size_t m = 0;
                char32_t d = utf8::decode(text, end, m);
                if (utf8::is_alnum(d)) {
                    end += m;
                    continue;
                }
                // An apostrophe, hyphen or period joins two runs of letters: don't, Jean-Luc, U.S.
                bool joiner = is_apostrophe(d) || d == U'-' || d == U'.';
                std::size_t k = 0;
                if (joiner && end + m < text.size() &&
                    utf8::is_alnum(utf8::decode(text, end + m, k))) {
                    end += m + k;
                    continue;
                }
                break;
            }
            w.end = end;
            std::string_view body = text.substr(pos, end - pos);
            if (w.capitalized && lost_apostrophe_s(text, end, body)) {
                w.end = end + 2;
                w.text = std::string(body) + "'s";
                w.lower = ascii_lower(w.text);
                pos = w.end;
                words.push_back(std::move(w));
                continue;
            }
            // "Mr." "B." "U.S.": the period is part of the word, unless an initial or a dotted
            // word ends the sentence.
            bool initial_or_dotted = (body.size() == 1 && w.capitalized) || body.find('.') != std::string_view::npos;
            if (end < text.size() && text[end] == '.' &&
                (is_abbreviation(ascii_lower(body)) ||
                 (initial_or_dotted && !sentence_opener_follows(text, end)) ||
                 is_parenthesized_abbreviation(text, end, body, w.capitalized)))
                w.end = end + 1;
        }
        // "I've", "she'd", "They'll": the pronoun and its clitic are two words, so the pronoun
        // is read as one ("I've said" is I speaking, not somebody named I've).
        if (std::size_t clitic = pronoun_clitic(text.substr(w.start, w.end - w.start)); clitic > 0) {
            Word pronoun = w;
            pronoun.end = w.start + clitic;
            pronoun.text = std::string(text.substr(pronoun.start, clitic));
            pronoun.lower = ascii_lower(pronoun.text);
            words.push_back(std::move(pronoun));
            w.start += clitic;
            w.capitalized = false;
        }
        w.text = std::string(text.substr(w.start, w.end - w.start));
        w.lower = ascii_lower(w.text);
        pos = w.end;
        words.push_back(std::move(w));
    }
    return words;
}

}  // namespace narrate
