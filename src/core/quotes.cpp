#include "core/quotes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "core/speech_verbs.h"
#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

/// Kinds of quotation marks: a mark closes only a quotation of its own family, so one family
/// nests inside another (« “ ” », „ ‚ ‘ “, 「 『 』 」).
enum class Family { none, double_mark, single_mark, guillemet, single_guillemet, corner, white_corner };

/// What a quotation mark can do where it stands.
enum class Role { none, open, close, either };

struct Mark {
    std::size_t pos = 0;
    std::size_t length = 0;
    Family family = Family::double_mark;
    Role role = Role::none;
    bool ambiguous_possessive = false;  ///< "students’ books": a closing mark or an apostrophe
    bool opener_in_closing_place = false;  ///< “abhorrent“: an opening mark typed for a closing one
};

/// A pair of marks whose roles a language fixes: „ opens and “ closes in German, while “ opens
/// in English.
struct MarkPair {
    char32_t open = 0;
    char32_t close = 0;
    Family family = Family::double_mark;
};

/// The quotation marks of a group of languages, outer pair first. The straight marks " and ',
/// and ‘ ’ where the table leaves them out, are judged by their neighbours in every language.
struct LanguageMarks {
    std::array<std::string_view, 12> languages;  ///< BCP 47 primary tags, or whole tags (de-ch)
    std::array<MarkPair, 6> pairs;
    std::string_view open;   ///< the marks <q> and the like are read with, outer pair
    std::string_view close;
};

constexpr Family kDouble = Family::double_mark;
constexpr Family kSingle = Family::single_mark;
constexpr Family kGuillemet = Family::guillemet;
constexpr Family kSingleGuillemet = Family::single_guillemet;

// The first entry is the default, for English and any language not listed.
constexpr std::array<LanguageMarks, 4> kLanguageMarks = {{
    {{"en"},
     {{{U'“', U'”', kDouble}, {U'„', U'”', kDouble}, {U'«', U'»', kGuillemet},
       {U'「', U'」', Family::corner}, {U'『', U'』', Family::white_corner}}},
     "“", "”"},
    // German, Austrian, Czech, Slovak, Danish (» «) and the other „ “ languages.
    {{"de", "cs", "sk", "sl", "hr", "da", "is", "lt", "et", "bg"},
     {{{U'„', U'“', kDouble}, {U'‚', U'‘', kSingle}, {U'»', U'«', kGuillemet},
       {U'›', U'‹', kSingleGuillemet}, {0, U'”', kDouble}}},
     "„", "“"},
    // French (with its inner no-break spaces), Spanish, Italian, Portuguese, Swiss German...
    {{"fr", "es", "it", "pt", "ca", "ru", "uk", "el", "no", "nb", "gl", "de-ch"},
     {{{U'«', U'»', kGuillemet}, {U'‹', U'›', kSingleGuillemet}, {U'“', U'”', kDouble},
       {U'„', U'”', kDouble}}},
     "«", "»"},
    {{"ja", "zh", "cmn", "yue", "ko"},
     {{{U'「', U'」', Family::corner}, {U'『', U'』', Family::white_corner},
       {U'“', U'”', kDouble}}},
     "「", "」"},
}};

const LanguageMarks& marks_for(std::string_view language) {
    std::string tag;
    for (char c : language) tag += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    std::string primary = tag.substr(0, tag.find('-'));
    for (const LanguageMarks& lm : kLanguageMarks)  // a whole tag first: de-ch is not de
        for (std::string_view l : lm.languages)
            if (!l.empty() && l == tag) return lm;
    for (const LanguageMarks& lm : kLanguageMarks)
        for (std::string_view l : lm.languages)
            if (!l.empty() && l == primary) return lm;
    return kLanguageMarks.front();
}

bool is_opening_context(char32_t c) {
    return c == 0 || utf8::is_space(c) || c == U'(' || c == U'[' || c == U'{' || c == U'—' ||
           c == U'–' || c == U'-' || c == U'/' || c == U'“' || c == U'‘' || c == U'"' ||
           c == U'\'' || c == U':' || c == U'«' || c == U'„' || c == U'»' || c == U'「' ||
           c == U'『';
}

bool is_word_char(char32_t c) { return c != 0 && utf8::is_alnum(c); }

/// Words that start with an elided letter: 'em, 'tis, 'twas, 'cause, 'n'.
bool starts_elision(std::string_view rest) {
    static constexpr std::array<std::string_view, 14> kElisions = {
        "em", "tis", "twas", "twill", "twere", "cause", "til", "till",
        "n ", "n'", "n’", "bout", "round", "neath"};
    for (auto e : kElisions) {
        if (rest.size() < e.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < e.size() && same; ++i)
            same = (rest[i] | 0x20) == e[i] || rest[i] == e[i];
        if (!same) continue;
        // The elision must be the whole word: 'em but not 'emerald'.
        std::size_t after = e.size();
        char last = e.back();
        if (last == ' ' || last == '\'' || static_cast<unsigned char>(last) >= 0x80) return true;
        if (after >= rest.size() || !std::isalnum(static_cast<unsigned char>(rest[after])))
            return true;
    }
    return false;
}

/// ’90s, '60s: an apostrophe standing for the century.
bool starts_decade(std::string_view rest) {
    return rest.size() >= 3 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
           std::isdigit(static_cast<unsigned char>(rest[1])) &&
           (rest[2] == 's' || !std::isalnum(static_cast<unsigned char>(rest[2])));
}

/// Classifies each quotation mark of a paragraph by its neighbours.
std::vector<Mark> classify_marks(std::string_view text, const LanguageMarks& language) {
    std::vector<Mark> marks;
    char32_t prev = 0;
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        // Marks whose role the language fixes.
        auto fixed = std::find_if(language.pairs.begin(), language.pairs.end(),
                                  [&](const MarkPair& p) { return p.open == c || p.close == c; });
        if (c != 0 && fixed != language.pairs.end()) {
            if (fixed->family != Family::none) {
                Mark mark{pos, n, fixed->family, fixed->open == c ? Role::open : Role::close};
                // After a word and before a space or punctuation, an opening mark is a
                // mistyped closing one; find_quotes uses it to close an open quotation.
                std::size_t next_len = 0;
                char32_t next = pos + n < text.size() ? utf8::decode(text, pos + n, next_len) : 0;
                bool after_punct = prev == U'.' || prev == U',' || prev == U'!' || prev == U'?';
                mark.opener_in_closing_place =
                    mark.role == Role::open &&
                    ((is_word_char(prev) && !is_word_char(next) && next != U'“' && next != U'‘') ||
                     (after_punct && (next == 0 || utf8::is_space(next))));
                marks.push_back(mark);
            }
            prev = c;
            continue;
        }
        if (c != U'"' && c != U'\'' && c != U'‘' && c != U'’') {
            prev = c;
            continue;
        }
        // ''Two apostrophes'' typed for a double mark (newspaper archives, old typewriting):
        // one double mark, judged by its neighbours as " is.
        if (c == U'\'' && pos + 1 < text.size() && text[pos + 1] == '\'') {
            c = U'"';
            n = 2;
        }
        std::size_t next_len = 0;
        char32_t next = pos + n < text.size() ? utf8::decode(text, pos + n, next_len) : 0;
        bool left_flanking = is_opening_context(prev) && next != 0 && !utf8::is_space(next);
        bool right_flanking = prev != 0 && !utf8::is_space(prev) &&
                              (next == 0 || !is_word_char(next));
        std::string_view rest = text.substr(pos + n);

        Mark mark{pos, n};
        if (c == U'"') {
            mark.family = Family::double_mark;
            if (left_flanking && !right_flanking)
                mark.role = Role::open;
            else if (right_flanking && !left_flanking)
                mark.role = Role::close;
            else
                mark.role = Role::either;
        } else {
            mark.family = Family::single_mark;
            if (is_word_char(prev) && is_word_char(next)) {
                mark.role = Role::none;  // don't, O'Brien
            } else if (left_flanking) {
                bool elided = starts_elision(rest) || starts_decade(rest);
                mark.role = elided ? Role::none : Role::open;
            } else if (right_flanking && c != U'‘') {
                mark.role = Role::close;
                // "the students’ books", "Jesus' words": a plural possessive reads like a close.
                mark.ambiguous_possessive = (prev == U's' || prev == U'S') && next == U' ' &&
                                            rest.size() > 1 && is_word_char(rest[1]);
            }
        }
        if (mark.role != Role::none) marks.push_back(mark);
        prev = c;
    }
    return marks;
}

bool can_open(const Mark& m) { return m.role == Role::open || m.role == Role::either; }
bool can_close(const Mark& m) { return m.role == Role::close || m.role == Role::either; }

/// A block quoted as a whole: the quotation is all of it, inside its marks if it has them.
Quote whole_block_quote(std::size_t b, std::string_view text, const LanguageMarks& language) {
    Quote q;
    q.block = b;
    q.mark_start = 0;
    q.mark_end = text.size();
    q.start = 0;
    q.end = text.size();
    utf8::trim_space(text, q.start, q.end);
    std::vector<Mark> marks = classify_marks(text, language);
    if (marks.size() >= 2 && marks.front().pos == q.start && can_open(marks.front()) &&
        marks.back().pos + marks.back().length == q.end && can_close(marks.back()) &&
        marks.front().family == marks.back().family) {
        q.start = marks.front().pos + marks.front().length;
        q.end = marks.back().pos;
        utf8::trim_space(text, q.start, q.end);
    }
    return q;
}

struct OpenQuote {
    Family family = Family::none;
    std::size_t mark_start = 0;
    std::size_t content_start = 0;
};

/// The dash that opens a line of dialogue where a novel writes no quotation marks (—I was, he
/// said.): an em dash, a horizontal bar, or two hyphens; its length in bytes, or 0.
std::size_t dialogue_dash(std::string_view text, std::size_t at) {
    for (std::string_view dash : {"\u2014", "\u2015", "--"})
        if (text.substr(at, dash.size()) == dash && text.substr(at + dash.size(), 1) != "-") return dash.size();
    return 0;
}

bool is_subject_pronoun(std::string_view lower) {
    return lower == "he" || lower == "she" || lower == "i" || lower == "they" || lower == "we" || lower == "you";
}

/// Where the reporting clause that starts at word `i` ends (one past its last word, past the
/// mark that ends it), or 0 if none starts there: a speaker and a speech verb (Stephen said, he
/// cried thickly) or the verb and the speaker (said Stephen), up to the next mark.
std::size_t reporting_clause_end(const std::vector<Word>& w, std::size_t i) {
    std::size_t k = i;
    bool inverted = k < w.size() && !w[k].is_punct && is_speech_verb(w[k].lower);
    if (!inverted) {
        // One pronoun, or up to three capitalized words of a name.
        if (k < w.size() && !w[k].is_punct && is_subject_pronoun(w[k].lower)) {
            ++k;
        } else {
            std::size_t first = k;
            while (k < w.size() && k - first < 3 && !w[k].is_punct && w[k].capitalized) ++k;
            if (k == first) return 0;
        }
        if (k >= w.size() || w[k].is_punct || !is_speech_verb(w[k].lower)) return 0;
    } else if (k + 1 >= w.size() || w[k + 1].is_punct ||
               !(w[k + 1].capitalized || is_subject_pronoun(w[k + 1].lower))) {
        return 0;
    }
    while (k < w.size() && !(w[k].is_punct && (w[k].ends_sentence() || w[k].text == "," || w[k].text == ":" ||
                                               w[k].text == ";")))
        ++k;
    return k < w.size() ? k + 1 : w.size();
}

/// A paragraph of dialogue in the manner that opens each line with a dash and marks no end: the
/// words after the dash are a quotation up to a reporting clause (—Where is it? he asked.), and
/// what follows that clause in the paragraph is the speaker's again (—Come up, he said. The
/// water is cold.). Empty when the paragraph does not open with a dash and at least two words,
/// or writes quotation marks of its own.
std::vector<Quote> dash_dialogue(std::size_t b, std::string_view text) {
    std::vector<Quote> quotes;
    std::size_t at = 0, text_end = text.size();
    utf8::trim_space(text, at, text_end);
    std::size_t dash = dialogue_dash(text, at);
    if (dash == 0) return quotes;
    for (std::string_view mark : {"\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})
        if (text.find(mark) != std::string_view::npos) return quotes;
    std::vector<Word> w = split_words(text.substr(at + dash));
    std::size_t words = 0;
    for (const Word& x : w) words += x.is_punct ? 0 : 1;
    // Words after the dash, from a capital: not a rule of dashes, a signature ("-- Dana") or a
    // credit line ("--additional reporting by").
    if (words < 2 || w.front().is_punct || !w.front().capitalized) return quotes;
    const std::size_t base = at + dash;
    auto add = [&](std::size_t mark, std::size_t start, std::size_t end) {
        Quote q;
        q.block = b;
        q.mark_start = mark;
        q.start = start;
        q.end = end;
        utf8::trim_space(text, q.start, q.end);
        q.mark_end = q.end;
        if (q.end > q.start) quotes.push_back(q);
    };
    std::size_t start = base, mark = at;
    for (std::size_t i = 0; i < w.size(); ++i) {
        // A clause after a comma or the end of a sentence in the speech.
        bool boundary = w[i].is_punct && (w[i].text == "," || w[i].ends_sentence());
        if (!boundary || base + w[i].end <= start) continue;
        std::size_t clause = reporting_clause_end(w, i + 1);
        if (clause == 0) continue;
        add(mark, start, base + w[i].end);
        start = clause < w.size() ? base + w[clause].start : text.size();
        mark = start;
        i = clause - 1;
    }
    add(mark, start, text.size());
    return quotes;
}

}  // namespace

std::pair<std::string, std::string> primary_quote_marks(std::string_view language) {
    const LanguageMarks& marks = marks_for(language);
    // French sets its guillemets off with no-break spaces.
    std::string tag = std::string(language.substr(0, 2));
    if (tag == "fr" || tag == "FR") return {std::string(marks.open) + "\u00A0", "\u00A0" + std::string(marks.close)};
    return {std::string(marks.open), std::string(marks.close)};
}

namespace {

/// True for the words inside a pair of brackets set in a quotation that tell what the speaker
/// does meanwhile, a stage direction of the narrator's: "(returning it,)", "(smiling)", "(in a
/// tone of wonder and pity,)", "(with a gallant bow,)", "(she added)". A few words in lower
/// case opening with a participle, a preposition of manner, or "he"/"she" and a verb.
bool is_stage_aside(std::string_view inner) {
    constexpr std::size_t kMostWords = 14;
    static constexpr std::array<std::string_view, 5> kManner = {"with", "in", "to", "rather", "aside"};
    std::vector<Word> w = split_words(inner);
    std::size_t words = static_cast<std::size_t>(
        std::count_if(w.begin(), w.end(), [](const Word& x) { return !x.is_punct; }));
    if (w.empty() || w.front().is_punct || w.front().capitalized || words > kMostWords) return false;
    if (std::any_of(w.begin(), w.end(), [](const Word& x) {
            return x.text == "\"" || x.text == "“" || x.text == "”" || x.text == "‘" ||
                   x.text == "’" || x.text == "'" || x.text == "(";
        }))
        return false;
    const std::string& first = w.front().lower;
    if (first.size() > 4 && first.ends_with("ing")) return true;
    // "(with a smile)", "(in a low voice)": a manner; not "(with the mantra of …)".
    if (in(kManner, first))
        return first == "rather" || first == "aside" || first == "to" ||
               (w.size() > 1 && (w[1].lower == "a" || w[1].lower == "an"));
    return (first == "he" || first == "she") && w.size() > 1 && !w[1].is_punct &&
           (w[1].lower.ends_with("ed") || is_speech_verb(w[1].lower));
}

}  // namespace

std::vector<Quote> find_quotes(const Article& article) {
    const LanguageMarks& language = marks_for(article.language);
    std::vector<Quote> quotes;
    // A quotation left open at the end of a paragraph, waiting to be reopened in the next.
    Family carried = Family::none;

    for (std::size_t b = 0; b < article.blocks.size(); ++b) {
        const Block& block = article.blocks[b];
        std::vector<Quote> dialogue = block.kind == BlockKind::paragraph ? dash_dialogue(b, block.text)
                                                                         : std::vector<Quote>{};
        if (!dialogue.empty()) {
            quotes.insert(quotes.end(), dialogue.begin(), dialogue.end());
            carried = Family::none;
            continue;
        }
        if (block.kind == BlockKind::quotation) {
            quotes.push_back(whole_block_quote(b, block.text, language));
            carried = Family::none;
            continue;
        }
        if (block.kind != BlockKind::paragraph) {
            carried = Family::none;
            continue;
        }
        std::string_view text = block.text;
        std::vector<Mark> marks = classify_marks(text, language);
        // The quotation open at this point; `open.family` is none when there is none.
        OpenQuote open;
        bool reopening = false;

        auto emit = [&](OpenQuote opened, std::size_t content_end, std::size_t mark_end, bool closed) {
            Quote q;
            q.block = b;
            q.mark_start = opened.mark_start;
            q.start = opened.content_start;
            q.end = content_end;
            utf8::trim_space(text, q.start, q.end);
            q.mark_end = closed ? mark_end : q.end;
            q.closed = closed;
            q.continues_previous = reopening;
            reopening = false;
            // “Yes, my dear.--But--(in a very depressed tone)--she was ill.”: a stage direction
            // in brackets is the narrator's; the words on either side of it are two pieces of
            // one quotation.
            for (std::size_t p = text.find('(', q.start); p < q.end; p = text.find('(', p + 1)) {
                std::size_t r = text.find(')', p);
                if (r == std::string_view::npos || r >= q.end ||
                    !is_stage_aside(text.substr(p + 1, r - p - 1)))
                    continue;
                Quote before = q;
                before.end = p;
                before.mark_end = p;
                before.closed = true;
                before.goes_on = true;
                utf8::trim_space(text, before.start, before.end);
                if (before.end > before.start) {
                    quotes.push_back(before);
                    q.continues_previous = true;
                }
                q.mark_start = r + 1;
                q.start = r + 1;
                utf8::trim_space(text, q.start, q.end);
                p = r;
            }
            if (q.end > q.start) quotes.push_back(q);
            open = OpenQuote{};
        };

        for (std::size_t i = 0; i < marks.size(); ++i) {
            const Mark& m = marks[i];
            if (open.family == Family::none) {
                if (!can_open(m)) continue;  // a stray closing mark
                if (m.family == Family::single_mark) {
                    // A single mark opens a quotation only if something can close it, here or
                    // (for a quotation running on) by the paragraph's end.
                    bool closable = false;
                    for (std::size_t j = i + 1; j < marks.size() && !closable; ++j)
                        closable = marks[j].family == Family::single_mark && can_close(marks[j]);
                    if (!closable && m.pos > 0) continue;
                }
                reopening = m.pos == 0 && carried == m.family;
                open = OpenQuote{m.family, m.pos, m.pos + m.length};
                continue;
            }
            if (m.family != open.family) continue;  // nested quotation: part of this one
            if (can_close(m) || m.opener_in_closing_place) {
                if (m.ambiguous_possessive) {
                    bool later_close = false;
                    for (std::size_t j = i + 1; j < marks.size() && !later_close; ++j)
                        later_close = marks[j].family == m.family && can_close(marks[j]) &&
                                      !marks[j].ambiguous_possessive;
                    if (later_close) continue;
                }
                emit(open, m.pos, m.pos + m.length, true);
            } else if (m.role == Role::open) {
                // An opening mark inside an open quotation of its own kind: the first was never
                // closed. End it here and start again.
                emit(open, m.pos, m.pos, false);
                open = OpenQuote{m.family, m.pos, m.pos + m.length};
            }
        }
        carried = Family::none;
        if (open.family != Family::none) {
            carried = open.family;
            emit(open, text.size(), text.size(), false);
        }
    }
    return quotes;
}

}  // namespace narrate
