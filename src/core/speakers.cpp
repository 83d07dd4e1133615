#include "core/speakers.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/mentions.h"
#include "core/quote_roles.h"
#include "core/speech_verbs.h"
#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// How far past the quotation a speech verb may stand and still attribute it, in words.
constexpr std::size_t kVerbReach = 24;

/// The same after a quotation that ends its own sentence: "the former president said".
constexpr std::size_t kVerbReachAfterSentence = 6;

/// Turns of one conversation are at most this many paragraphs apart.
constexpr std::size_t kConversationGap = 2;

/// The longest narrated paragraph, in words, that still lets a conversation go on past it.
constexpr std::size_t kConversationBeatWords = 40;

/// How far back, in positions (paragraphs << 20), a description may find a named person.
constexpr std::size_t kDescriptionReach = std::size_t{3} << 20;

/// How far back, in positions (paragraphs << 20), a sentence's subject stays the referent of
/// the next "he" or "she".
constexpr std::size_t kSubjectReach = std::size_t{2} << 20;

/// How many turns back the other person of a conversation is looked for.
constexpr std::size_t kConversationLookback = 6;

/// Nouns for what was said rather than who said it: "the statement continued" is its author.
bool is_document_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 16> kDocuments = {
        "statement", "release", "email", "letter", "report", "memo", "post", "tweet", "message",
        "note", "announcement", "filing", "complaint", "lawsuit", "document", "passage"};
    return std::find(kDocuments.begin(), kDocuments.end(), lower) != kDocuments.end();
}

/// A quotation mark as split_words leaves it: a punctuation word of its own.
bool is_quote_mark(const Word& w) {
    return w.is_punct && (w.text == "\"" || w.text == "“" || w.text == "”" || w.text == "‘" ||
                          w.text == "’" || w.text == "'");
}

/// Words that may open a narrated sentence before its subject: "Then she turned".
bool is_sentence_opener(std::string_view lower) {
    static constexpr std::array<std::string_view, 10> kOpeners = {
        "then", "but", "and", "so", "yet", "now", "here", "there", "at", "once"};
    return std::find(kOpeners.begin(), kOpeners.end(), lower) != kOpeners.end() ||
           is_verb_modifier(lower);
}

std::string joined(const std::vector<std::string>& tokens) {
    std::string out;
    for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + t;
    return out;
}

/// "a girl", "another man": somebody not met before.
bool is_indefinite(const Mention& m) {
    return m.text.starts_with("a ") || m.text.starts_with("an ") ||
           m.text.starts_with("another ") || m.text.starts_with("A ") ||
           m.text.starts_with("An ");
}

bool compatible(Gender a, Gender b) {
    return a == Gender::unknown || b == Gender::unknown || a == b;
}

/// Somebody the article mentions: the people quotations are attributed to, and the named
/// people a pronoun may refer back to.
struct Person {
    std::string name;                 ///< the fullest form seen
    std::map<std::string, int> forms;  ///< every way the name is written, and how often
    std::vector<std::string> tokens;  ///< of that form, honorific left out
    std::vector<std::string> titles;  ///< lower-case titles and descriptions seen with it
    Gender gender = Gender::unknown;
    bool description = false;         ///< known only by a description ("the old man")
    std::size_t last_seen = 0;        ///< position of the latest mention
    std::size_t speaker = kNone;      ///< index into Attribution::speakers, once quoted
    bool speaks = false;              ///< seen as the subject of a speech verb
    bool institution = false;         ///< a place or an institution ("North Korea said")
};

/// A paragraph's narration as words, with a marker word standing where each statement is.
struct Narration {
    std::vector<Word> words;
    std::vector<std::size_t> marker;  ///< per statement of the paragraph: its marker's index
};

class Attributor {
public:
    Attributor(const Article& article, const std::vector<Quote>& quotes, const FirstNames& names)
        : article_(article), quotes_(quotes), names_{names, {}} {
        for (const Block& block : article.blocks)
            if (block.kind == BlockKind::paragraph)
                add_lower_case_words(block.text, names_.lower_case);
    }

    Attribution run() {
        result_.speaker_of.assign(quotes_.size(), std::nullopt);
        result_.role.assign(quotes_.size(), QuoteRole::statement);
        person_of_.assign(quotes_.size(), kNone);
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            result_.role[q] = role_of(article_.blocks[quotes_[q].block].text, quotes_[q]);
        learn_characters();

        std::size_t q = 0;
        for (std::size_t b = 0; b < article_.blocks.size(); ++b) {
            std::size_t first = q;
            while (q < quotes_.size() && quotes_[q].block == b) ++q;
            if (article_.blocks[b].kind == BlockKind::paragraph) paragraph(b, first, q);
        }
        attribute_cited_quotations();
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            std::size_t p = person_of_[i];
            if (p == kNone || result_.role[i] != QuoteRole::statement) continue;
            Person& person = people_[p];
            if (person.speaker == kNone) {
                person.speaker = result_.speakers.size();
                result_.speakers.push_back({"s" + std::to_string(person.speaker + 1), "", {}});
            }
            result_.speaker_of[i] = person.speaker;
        }
        for (const Person& person : people_) {
            if (person.speaker == kNone) continue;
            result_.speakers[person.speaker].name = person.name;
            result_.speakers[person.speaker].gender = person.gender;
        }
        return std::move(result_);
    }

private:
    /// A quotation block (<blockquote>) followed by its citation (<cite>, a footer) is said by
    /// the person the citation names: "— Mayor Helen Castillo, in a speech".
    void attribute_cited_quotations() {
        const std::vector<Block>& blocks = article_.blocks;
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            std::size_t c = quotes_[i].block;
            if (blocks[c].kind != BlockKind::quotation) continue;
            while (c < blocks.size() && blocks[c].kind == BlockKind::quotation) ++c;
            if (c == blocks.size() || !blocks[c].citation) continue;
            std::vector<Word> words = split_words(blocks[c].text);
            std::vector<Mention> names = name_runs(words, 0, words.size(), names_);
            if (names.empty()) continue;
            person_of_[i] = find_or_add(names.front(), (c << 20) + names.front().first_word);
            result_.role[i] = QuoteRole::statement;
        }
    }

    void paragraph(std::size_t b, std::size_t first, std::size_t last) {
        const std::string& text = article_.blocks[b].text;
        std::vector<std::size_t> statements;
        for (std::size_t i = first; i < last; ++i)
            if (result_.role[i] == QuoteRole::statement) statements.push_back(i);
        Narration n = narration(text, statements);
        statements_ = statements;
        base_ = b << 20;

        std::vector<std::size_t> addressees;  // per statement: who it calls by name
        std::size_t from = 0;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            see_names(n.words, from, n.marker[k]);
            addressees.push_back(addressee_of(text, quotes_[statements[k]]));
            excluded_ = addressees.back();
            person_of_[statements[k]] = explicit_speaker(n, k);
            excluded_ = kNone;
            if (person_of_[statements[k]] != kNone) {
                last_speaker_ = person_of_[statements[k]];
                last_subject_ = last_speaker_;  // the subject of "Kerry said"
            }
            from = n.marker[k] + 1;
        }
        see_names(n.words, from, n.words.size());

        // Quotations with no attribution of their own.
        for (std::size_t k = 0; k < statements.size(); ++k) {
            std::size_t i = statements[k];
            if (person_of_[i] != kNone) continue;
            if (quotes_[i].continues_previous && last_statement_ != kNone)
                person_of_[i] = person_of_[last_statement_];
            for (std::size_t j = k; person_of_[i] == kNone && j-- > 0;)
                person_of_[i] = person_of_[statements[j]];
            for (std::size_t j = k + 1; person_of_[i] == kNone && j < statements.size(); ++j)
                person_of_[i] = person_of_[statements[j]];
            if (person_of_[i] == kNone) person_of_[i] = actor_before(n, k, addressees[k]);
            if (person_of_[i] == kNone)
                person_of_[i] = source_ending_at(n.words, n.marker[k], addressees[k]);
            if (person_of_[i] == kNone && n.marker[k] == 0 && lead_in_.block + 1 == b &&
                lead_in_.person != addressees[k])
                person_of_[i] = lead_in_.person;
            if (person_of_[i] == kNone && n.marker[k] == 0 && actor_.block + 1 == b &&
                actor_.person != addressees[k])
                person_of_[i] = actor_.person;
            // “…” ¶ - Sanders.: a signature paragraph after the quotation.
            if (person_of_[i] == kNone && k + 1 == statements.size())
                person_of_[i] = signature_after(b);
            // "… against the law, Clinton said." ¶ “He voted …”: the source of the paragraph
            // before, when it ends attributing words to somebody.
            if (person_of_[i] == kNone && n.marker[k] == 0 && source_block_ + 1 == b &&
                source_) {
                std::size_t p = resolve(source_->mention, source_->position);
                if (p != addressees[k]) person_of_[i] = p;
            }
            if (person_of_[i] == kNone) person_of_[i] = previous_turn(b, addressees[k]);
            last_statement_ = i;
        }
        lead_in_ = {b, lead_in(n), kNone};
        source_block_ = b;
        source_ = statements.empty() ? source_mention(n.words, n.words.size()) : std::nullopt;
        // “The doctor bent down.” ¶ “Let me take him.”: a narrated paragraph's subject is
        // likely to speak in the next.
        actor_ = {b, statements.empty() ? actor_ending_at(n.words, n.words.size(), kNone) : kNone,
                  kNone};
        if (!statements.empty()) {
            last_statement_ = statements.back();
            std::size_t p = person_of_[statements.back()];
            if (p != kNone) {
                std::size_t addressee = kNone;
                for (std::size_t k = 0; k < statements.size() && addressee == kNone; ++k)
                    if (addressees[k] != p) addressee = addressees[k];
                turns_.push_back({b, p, addressee});
                last_speaker_ = p;
            }
        }
    }

    /// The speaker of a paragraph of quotation with no attribution. In a conversation (turns in
    /// consecutive paragraphs, or with one narrated paragraph between) it is the person the
    /// last turn addressed by name, else the other person of the last two turns; otherwise
    /// whoever spoke in the paragraph just before. Never the person this turn addresses.
    std::size_t previous_turn(std::size_t b, std::size_t addressee) const {
        if (turns_.empty() || !same_conversation(turns_.back().block, b)) return kNone;
        const Turn& previous = turns_.back();
        auto usable = [&](std::size_t p) { return p != kNone && p != addressee; };
        if (previous.addressee != previous.person && usable(previous.addressee))
            return previous.addressee;
        for (std::size_t t = turns_.size() - 1; t-- > 0;) {
            if (!same_conversation(turns_[t].block, turns_[t + 1].block)) break;
            if (turns_[t].person != previous.person) {
                if (usable(turns_[t].person)) return turns_[t].person;
                break;
            }
            if (turns_.size() - t > kConversationLookback) break;
        }
        if (b - previous.block == 1 && usable(previous.person)) return previous.person;
        return kNone;
    }

    /// True when paragraphs `a` < `b` can be turns of one conversation: nothing but a short
    /// narrated beat ("She turned away.") stands between them.
    bool same_conversation(std::size_t a, std::size_t b) const {
        if (b - a > kConversationGap) return false;
        std::size_t words = 0;
        for (std::size_t i = a + 1; i < b; ++i)
            words += static_cast<std::size_t>(
                std::count(article_.blocks[i].text.begin(), article_.blocks[i].text.end(), ' ') + 1);
        return words <= kConversationBeatWords;
    }

    /// The person a statement calls by name (“Good night, Nancy.”), or kNone. Only a person
    /// already met, a name that speaks in the article, or one showing a gender counts.
    std::size_t addressee_of(std::string_view text, const Quote& quote) {
        std::vector<Word> w = split_words(text.substr(quote.start, quote.end - quote.start));
        for (const Mention& m : name_runs(w, 0, w.size(), names_)) {
            std::size_t end = m.first_word;
            while (end < w.size() && !w[end].is_punct && w[end].capitalized) ++end;
            bool before_none = m.first_word == 0;
            std::string_view before = before_none ? "" : std::string_view(w[m.first_word - 1].lower);
            std::string_view after = end == w.size() ? "" : std::string_view(w[end].text);
            bool after_ok = after.empty() || after == "," || after == "." || after == "!" ||
                            after == "?" || after == ";" || after == "—";
            bool before_ok = before_none || before == "," || before == "dear" || before == "." ||
                             before == "!" || before == "?";
            if (!after_ok || !before_ok) continue;
            if (!(before == "," || before == "dear" || after == "," || (before_none && end == w.size())))
                continue;
            std::size_t p = find_person(m);
            if (p != kNone) return p;
            if (is_character(m) || m.gender != Gender::unknown) return find_or_add(m, 0);
        }
        return kNone;
    }

    /// The subject of the narrated sentence just before statement `k` in its paragraph
    /// (“Dorian smiled. ‘Come upstairs.’”): a name, or a pronoun resolved as usual.
    std::size_t actor_before(const Narration& n, std::size_t k, std::size_t addressee) {
        return actor_ending_at(n.words, n.marker[k], addressee);
    }

    /// The person a short paragraph after paragraph `b` signs with a dash ("- Sanders.", "—
    /// Sen. Ann Lee"), or kNone.
    std::size_t signature_after(std::size_t b) {
        constexpr std::size_t kLongestSignature = 6;  // words
        if (b + 1 >= article_.blocks.size() || article_.blocks[b + 1].kind != BlockKind::paragraph)
            return kNone;
        std::vector<Word> w = split_words(article_.blocks[b + 1].text);
        if (w.size() < 2 || w.size() > kLongestSignature + 2) return kNone;
        const std::string& dash = w.front().text;
        if (dash != "-" && dash != "—" && dash != "―" && dash != "–") return kNone;
        std::size_t end = w.back().ends_sentence() ? w.size() - 1 : w.size();
        std::optional<Mention> m = mention_after(w, 1, end, names_);
        if (!m || m->kind != MentionKind::name) return kNone;
        return find_or_add(*m, (b + 1) << 20);
    }

    /// The person the narrated sentence ending at words[end] attributes words to ("Some critics
    /// are wrong, said Jon Alterman, an analyst. “…”"), or kNone.
    std::size_t source_ending_at(const std::vector<Word>& w, std::size_t end,
                                 std::size_t addressee) {
        std::optional<Source> source = source_mention(w, end);
        if (!source) return kNone;
        std::size_t p = resolve(source->mention, source->position);
        return p == addressee ? kNone : p;
    }

    /// A name or gendered pronoun a speech verb in the sentence ending at words[end] has as its
    /// speaker, unresolved.
    struct Source {
        Mention mention;
        std::size_t position = 0;
    };
    std::optional<Source> source_mention(const std::vector<Word>& w, std::size_t end) const {
        if (end == 0 || !w[end - 1].ends_sentence()) return std::nullopt;
        --end;
        std::size_t start = end;
        while (start > 0 && w[start - 1].text != "\"" && !w[start - 1].ends_sentence()) --start;
        for (std::size_t v = start; v < end; ++v) {
            std::optional<Mention> m = speaker_at_verb(w, start, v, end);
            if (!m || m->kind == MentionKind::description ||
                (m->kind == MentionKind::pronoun && m->gender == Gender::unknown))
                continue;
            return Source{*m, base_ + v};
        }
        return std::nullopt;
    }

    /// The subject of the last two narrated sentences before words[end], the later first.
    std::size_t actor_ending_at(const std::vector<Word>& w, std::size_t end,
                                std::size_t addressee) {
        for (int sentences = 0; sentences < 2 && end > 0 && w[end - 1].text != "\"";
             ++sentences) {
            std::size_t start = end - 1;
            while (start > 0 && w[start - 1].text != "\"" && !w[start - 1].ends_sentence()) --start;
            std::size_t p = subject_of(w, start, end);
            if (p != kNone && p != addressee) return p;
            end = start;
        }
        return kNone;
    }

    /// The person a sentence in words[start, end) begins with, or kNone. A name must be known
    /// to speak or show a gender unless the sentence introduces speech (`speaking`).
    std::size_t subject_of(const std::vector<Word>& w, std::size_t start, std::size_t end,
                           bool speaking = false) {
        while (start < end && (w[start].text == "," || is_sentence_opener(w[start].lower)))
            ++start;
        if (start >= end) return kNone;
        // A sentence introducing speech may open with a phrase before its subject ("On July 6,
        // Sanders said the following:").
        std::optional<Mention> m = speaking ? clause_subject(w, start, end, names_)
                                            : mention_after(w, start, end, names_);
        if (!m) return kNone;
        if (m->kind == MentionKind::pronoun && m->text != "i" && m->gender == Gender::unknown)
            return kNone;
        if (m->kind == MentionKind::description && !is_person_description(*m)) return kNone;
        if (m->kind == MentionKind::name && !speaking && !is_character(*m) &&
            m->gender == Gender::unknown)
            return kNone;
        return resolve(*m, base_ + start);
    }

    /// Who a paragraph ending in a colon, or in a speech verb and a comma, introduces for the
    /// next paragraph's opening quotation (“Mr. Lind said,” ¶ “...”).
    std::size_t lead_in(const Narration& n) {
        const std::vector<Word>& w = n.words;
        if (w.empty() || (w.back().text != ":" && w.back().text != ",")) return kNone;
        std::size_t end = w.size() - 1;
        std::size_t start = end;
        while (start > 0 && w[start - 1].text != "\"" && !w[start - 1].ends_sentence()) --start;
        for (std::size_t v = end; v-- > start;) {
            if (!is_speech_verb(w[v].lower) || is_noun_use(w, start, v)) continue;
            if (std::optional<Mention> m = speaker_at_verb(w, start, v, end))
                return resolve(*m, base_ + v);
            return subject_of(w, start, end, true);
        }
        return w.back().text == ":" ? subject_of(w, start, end, true) : kNone;
    }

    Narration narration(const std::string& text, const std::vector<std::size_t>& statements) {
        Narration n;
        std::vector<Word> all = split_words(text);
        std::size_t s = 0;
        for (const Word& w : all) {
            while (s < statements.size() && quotes_[statements[s]].mark_end <= w.start) {
                add_marker(n, statements[s]);
                ++s;
            }
            if (s < statements.size() && w.start >= quotes_[statements[s]].mark_start) continue;
            n.words.push_back(w);
        }
        for (; s < statements.size(); ++s) add_marker(n, statements[s]);
        return n;
    }

    void add_marker(Narration& n, std::size_t quote) {
        Word marker;
        marker.start = quotes_[quote].mark_start;
        marker.end = quotes_[quote].mark_end;
        marker.is_punct = true;
        marker.text = "\"";
        n.marker.push_back(n.words.size());
        n.words.push_back(std::move(marker));
    }

    /// The person a speech verb next to statement `k` names, or kNone.
    std::size_t explicit_speaker(const Narration& n, std::size_t k) {
        const std::vector<Word>& w = n.words;
        std::size_t at = n.marker[k];
        // "PENCE: Well, look, …": a transcript names its speaker before a colon.
        const Quote& quote = quotes_[statements_[k]];
        std::string_view text = article_.blocks[quote.block].text;
        if (auto label = transcript_label(text.substr(quote.start, quote.end - quote.start)))
            return resolve(*label, base_ + at);
        // After the quotation, up to the end of the sentence or the next quotation.
        std::size_t after_end = at + 1;
        while (after_end < w.size() && w[after_end].text != "\"" && !w[after_end].ends_sentence())
            ++after_end;
        // “...” ― Ariana Huichapa: a dash and a name standing alone sign the quotation.
        if (at + 2 < w.size() && (w[at + 1].text == "―" || w[at + 1].text == "—")) {
            std::size_t end = at + 2;
            while (end < w.size() && !w[end].is_punct) ++end;
            if (end == w.size() || w[end].text == "\"" || w[end].ends_sentence())
                if (auto m = mention_after(w, at + 2, end, names_);
                    m && m->kind == MentionKind::name)
                    return resolve(*m, base_ + at);
        }
        // A quotation ending its own sentence (“… smart.”) has its attribution right after it
        // (“…” Trump said.), not in the narrated sentence that follows.
        // “…?” Miller, a retired worker, said: a name and its apposition may still stand between.
        bool apposition = at + 2 < after_end && w[at + 1].capitalized && !w[at + 1].is_punct &&
                          (w[at + 2].text == "," || w[at + 2].text == "(" ||
                           (at + 3 < after_end && w[at + 2].capitalized &&
                            (w[at + 3].text == "," || w[at + 3].text == "(")));
        std::size_t reach = ends_own_sentence(quotes_[statements_[k]]) && !apposition
                                ? kVerbReachAfterSentence
                                : kVerbReach;
        for (std::size_t v = at + 1; v < after_end && v <= at + reach; ++v) {
            std::optional<Mention> m = speaker_at_verb(w, at + 1, v, after_end);
            if (m) return resolve(*m, base_ + v);
        }
        // Before it, from the start of its sentence.
        std::size_t before_start = at;
        while (before_start > 0 && w[before_start - 1].text != "\"" &&
               !w[before_start - 1].ends_sentence())
            --before_start;
        // “Yes,” she said, “I will.”: the second part is the first part's speaker's.
        if (before_start > 0 && w[before_start - 1].text == "\"" && k > 0 &&
            person_of_[statements_[k - 1]] != kNone)
            return person_of_[statements_[k - 1]];
        for (std::size_t v = at; v-- > before_start;) {
            std::optional<Mention> m = speaker_at_verb(w, before_start, v, at);
            if (m) return resolve(*m, base_ + v);
        }
        // "Trump warned of the fight ahead: ..." has a verb; "The rule is plain: ..." does not.
        if (at > before_start && w[at - 1].text == ":") {
            if (auto m = mention_after(w, before_start, at, names_))
                if (m->kind != MentionKind::description) return resolve(*m, base_ + before_start);
        }
        return kNone;
    }

    /// True when the speech verb's word at `v` is a noun here: "the following comment", "a
    /// scathing tweet", "her statement" (a determiner or a participle before it).
    static bool is_noun_use(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        static constexpr std::array<std::string_view, 9> kDeterminers = {
            "the", "a", "an", "his", "her", "their", "its", "this", "following"};
        if (v == first || w[v].lower.ends_with("ed") || w[v].lower.ends_with("ing")) return false;
        std::string_view before = w[v - 1].lower;
        return std::find(kDeterminers.begin(), kDeterminers.end(), before) != kDeterminers.end() ||
               (before.size() > 4 && before.ends_with("ing"));
    }

    /// True when `quote` ends with a sentence's end inside its marks (“We need change.”).
    bool ends_own_sentence(const Quote& quote) const {
        std::string_view text = article_.blocks[quote.block].text;
        for (std::size_t end = quote.end; end > quote.start;) {
            end = utf8::previous(text, end);
            std::size_t n = 0;
            char32_t c = utf8::decode(text, end, n);
            if (c == U'’' || c == U'\'' || c == U'”' || c == U'"') continue;  // a nested mark
            return c == U'.' || c == U'!' || c == U'?';
        }
        return false;
    }

    /// The speaker a speech verb at `v` introduces, looking within [first, last).
    std::optional<Mention> speaker_at_verb(const std::vector<Word>& w, std::size_t first,
                                           std::size_t v, std::size_t last) const {
        if (w[v].is_punct) return std::nullopt;
        if (w[v].lower == "according" && v + 1 < last && w[v + 1].lower == "to")
            return mention_after(w, v + 2, last, names_);
        if (!is_speech_verb(w[v].lower)) return std::nullopt;
        // "the Islamic State", "Post Office": capitalized after a word, it is part of a name.
        if (w[v].capitalized && v > first && !w[v - 1].is_punct) return std::nullopt;
        bool inverted = true;  // nothing but punctuation and adverbs between quotation and verb
        for (std::size_t i = first; i < v; ++i)
            if (!w[i].is_punct && !is_verb_modifier(w[i].lower)) inverted = false;
        if (!inverted && continues_clause(w, first, v)) return clause_subject(w, first, v, names_);
        if (!inverted) {
            if (auto m = mention_before(w, first, v, names_)) return m;
            // "Protesters marching through the streets chanted": the subject opens the clause.
            if (v > first && !w[v - 1].is_punct && !w[v - 1].capitalized)
                if (auto m = clause_subject(w, first, v, names_)) return m;
        }
        // "said Albence" stands right after the quotation or its comma; after a subject the
        // words past the verb are its object ("urged Congress to act").
        if (!inverted && !inverted_verb(w, v)) return std::nullopt;
        return mention_after(w, v + 1, last, names_);
    }

    /// True when the speech verb at `v` stands where its subject follows it: after a
    /// quotation or a comma, or a sentence's end, past adverbs ("”, said Albence", ", added the
    /// mayor").
    static bool inverted_verb(const std::vector<Word>& w, std::size_t v) {
        std::size_t i = v;
        while (i > 0 && !w[i - 1].is_punct && is_verb_modifier(w[i - 1].lower)) --i;
        return i == 0 || w[i - 1].is_punct;
    }

    /// True when the speech verb at `v` shares its subject with the clause before it: a
    /// participle after a comma ("attacked Clinton, saying") or a verb joined by "and" ("turned
    /// to him and quietly says").
    static bool continues_clause(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        std::size_t i = v;
        while (i > first && !w[i - 1].is_punct && is_verb_modifier(w[i - 1].lower)) --i;
        if (i == first) return false;
        if (w[i - 1].lower == "and") return true;
        // “…,” saying: the comma inside a quoted word's marks.
        bool comma = w[i - 1].text == "," ||
                     (i - 1 > first && is_quote_mark(w[i - 1]) && w[i - 2].text == ",");
        return comma && w[v].lower.ends_with("ing");
    }

    /// Registers the people named in narration, for pronouns to point back to: names that
    /// show a gender, speak, or belong to somebody who speaks elsewhere in the article.
    void see_names(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        if (first >= last) return;
        note_subjects(w, first, last);
        for (const Mention& m : name_runs(w, first, last, names_)) {
            // A title names a person ("questioned Governor Omar Fisk"), for later surnames.
            bool titled = !m.titles.empty() && m.tokens.size() >= 2;
            if (m.gender == Gender::unknown && !m.speaks && !is_character(m) && !titled) continue;
            std::size_t p = find_or_add(m, base_ + m.first_word);
            people_[p].speaks = people_[p].speaks || m.speaks;
        }
    }

    /// Follows the subject of each narrated sentence that starts in words[first, last), for
    /// "he" and "she" in the next sentences: "President Obama condemned the test. He said ..."
    /// A name counts when it looks like a person's (a title, an honorific, a gender, a known
    /// speaker); a place or an organization as subject ("North Korea said") ends the chain.
    void note_subjects(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            if (w[i].is_punct || (i > 0 && !w[i - 1].ends_sentence())) continue;
            std::size_t end = i;
            while (end < last && !w[end].ends_sentence() && w[end].text != "\"") ++end;
            std::optional<Mention> m = clause_subject(w, i, end, names_);
            std::size_t subject = kNone;
            if (m && m->kind == MentionKind::name && !is_place_or_institution(*m) &&
                looks_like_person(*m))
                subject = find_or_add(*m, base_ + i);
            else if (m && m->kind == MentionKind::pronoun && m->gender != Gender::unknown)
                subject = resolve_pronoun(*m, base_ + i);  // "He said ...": the chain goes on
            // "Debates matter little, noted NBC's Dante Chinni.": the source the sentence is
            // attributed to is who it is about.
            if (std::size_t source = inverted_source(w, i, end); source != kNone) subject = source;
            last_subject_ = subject;
        }
    }

    /// The person an inverted speech verb ending a narrated sentence names (", noted Dana
    /// Ruiz."), or kNone.
    std::size_t inverted_source(const std::vector<Word>& w, std::size_t first, std::size_t end) {
        for (std::size_t v = first + 1; v < end; ++v) {
            if (w[v - 1].text != "," || !is_speech_verb(w[v].lower) || w[v].capitalized) continue;
            if (std::optional<Mention> m = mention_after(w, v + 1, end, names_);
                m && m->kind == MentionKind::name && looks_like_person(*m))
                return find_or_add(*m, base_ + v);
        }
        return kNone;
    }

    bool looks_like_person(const Mention& m) const {
        return m.gender != Gender::unknown || !m.titles.empty() ||
               m.text.size() > joined(m.tokens).size() || is_character(m) ||
               find_person(m) != kNone;
    }

    /// Collects the names that are subjects of a speech verb anywhere in the article, and the
    /// gender the pronouns right after them show (“Dorian said, turning his head”).
    void learn_characters() {
        for (const Block& block : article_.blocks) {
            if (block.kind != BlockKind::paragraph) continue;
            std::vector<Word> w = split_words(block.text);
            auto learn = [&](const Mention& m, std::size_t after) {
                std::string key = joined(m.tokens);
                characters_.insert(key);
                characters_.insert(m.tokens.back());
                int vote = 0;
                for (std::size_t i = after; i < w.size() && i < after + 15; ++i) {
                    if (w[i].ends_sentence() || is_quote_mark(w[i])) break;
                    Gender g = gender_of_pronoun(w[i].lower);
                    if (g != Gender::unknown) {
                        vote = g == Gender::male ? 1 : -1;
                        break;
                    }
                }
                if (m.gender != Gender::unknown) vote = m.gender == Gender::male ? 1 : -1;
                gender_votes_[key] += vote;
            };
            for (const Mention& m : name_runs(w, 0, w.size(), names_))
                if (m.speaks) learn(m, m.first_word + m.tokens.size() + 1);
            for (std::size_t v = 0; v + 1 < w.size(); ++v) {
                if (!is_speech_verb(w[v].lower) || w[v].capitalized) continue;
                if (!inverted_verb(w, v)) continue;  // "urged Congress": an object
                std::size_t end = std::min(w.size(), v + 8);
                if (auto m = mention_after(w, v + 1, end, names_);
                    m && m->kind == MentionKind::name && !m->tokens.empty())
                    learn(*m, v + 1 + m->tokens.size());
            }
        }
    }

    bool is_character(const Mention& m) const {
        return !m.tokens.empty() &&
               (characters_.contains(joined(m.tokens)) || characters_.contains(m.tokens.back()));
    }

    Gender learned_gender(const Mention& m) const {
        auto it = gender_votes_.find(joined(m.tokens));
        if (it == gender_votes_.end() || it->second == 0) return Gender::unknown;
        return it->second > 0 ? Gender::male : Gender::female;
    }

    std::size_t resolve(const Mention& m, std::size_t position) {
        switch (m.kind) {
            case MentionKind::name: {
                std::size_t p = find_or_add(m, position);
                people_[p].speaks = true;
                return p;
            }
            case MentionKind::pronoun: return resolve_pronoun(m, position);
            case MentionKind::description: return resolve_description(m, position);
        }
        return kNone;
    }

    std::size_t resolve_pronoun(const Mention& m, std::size_t position) {
        if (m.text == "we") return kNone;
        if (m.text == "i") return narrator(position);
        if (m.gender == Gender::unknown) return last_speaker_;
        // The subject of the sentence before, when it can be this person.
        if (last_subject_ != kNone && last_subject_ != excluded_ &&
            !people_[last_subject_].description && !people_[last_subject_].institution &&
            compatible(people_[last_subject_].gender, m.gender) &&
            people_[last_subject_].last_seen + kSubjectReach >= position) {
            people_[last_subject_].last_seen = position;
            people_[last_subject_].gender = m.gender;
            return last_subject_;
        }
        // The latest person of that gender, or the latest who spoke and whose gender the
        // article has not shown yet (the pronoun shows it).
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            bool fits = person.gender == m.gender ||
                        (person.gender == Gender::unknown && person.speaks && !person.description &&
                         !person.institution);
            if (!fits || p == excluded_) continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
        if (best != kNone) {
            people_[best].last_seen = position;
            people_[best].gender = m.gender;
        }
        return best;
    }

    /// The person telling the story, for "I said".
    std::size_t narrator(std::size_t position) {
        if (narrator_ == kNone) {
            Person person;
            person.name = "the narrator";
            person.description = true;
            people_.push_back(std::move(person));
            narrator_ = people_.size() - 1;
        }
        people_[narrator_].last_seen = position;
        return narrator_;
    }

    std::size_t resolve_description(const Mention& m, std::size_t position) {
        if (is_document_noun(m.head)) return last_speaker_;
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size() && !is_indefinite(m); ++p) {
            const Person& person = people_[p];
            if (std::find(person.titles.begin(), person.titles.end(), m.head) ==
                person.titles.end())
                continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
        if (best == kNone) best = named_for_description(m, position);
        if (best == kNone) {
            Person person;
            person.name = m.text;
            person.titles = m.titles;
            person.gender = m.gender;
            person.description = true;
            people_.push_back(std::move(person));
            best = people_.size() - 1;
        }
        people_[best].last_seen = position;
        return best;
    }

    /// True for a description of a person: one showing a gender ("the girl") or a title
    /// somebody already has ("the doctor").
    bool is_person_description(const Mention& m) const {
        if (is_indefinite(m)) return false;
        if (m.gender != Gender::unknown) return true;
        return std::any_of(people_.begin(), people_.end(), [&](const Person& p) {
            return std::find(p.titles.begin(), p.titles.end(), m.head) != p.titles.end();
        });
    }

    /// The named person a definite description of a gender ("the girl", "the old gentleman")
    /// most likely means: the latest of that gender met in the last few paragraphs, who is not
    /// being addressed. kNone for an indefinite one ("a girl" is somebody new).
    std::size_t named_for_description(const Mention& m, std::size_t position) {
        if (m.gender == Gender::unknown || is_indefinite(m)) return kNone;
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (person.description || person.gender != m.gender || p == excluded_) continue;
            if (person.last_seen + kDescriptionReach < position) continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
        if (best != kNone) people_[best].titles.push_back(m.head);
        return best;
    }

    /// The person a name refers to: the latest one sharing its surname, or its first name when
    /// only one of the two is written, and no conflicting gender; kNone for a new name.
    std::size_t find_person(const Mention& m) const {
        Gender gender = m.gender != Gender::unknown ? m.gender : learned_gender(m);
        bool bare = m.tokens.size() == 1 && m.text == m.tokens.front();
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (person.description || !compatible(person.gender, gender)) continue;
            if (!same_person(person.tokens, m.tokens)) continue;
            // "Clinton said" after Bill and Hillary Clinton: a bare surname is the one who has
            // been speaking (an honorific, "Mr. Knightley", picks by recency alone).
            bool by_speaking = bare && best != kNone && person.speaks != people_[best].speaks;
            bool better = best == kNone ? true
                          : by_speaking ? person.speaks
                                        : person.last_seen > people_[best].last_seen;
            if (better) best = p;
        }
        return best;
    }

    /// The person a name refers to (see find_person), a new person otherwise.
    std::size_t find_or_add(const Mention& m, std::size_t position) {
        std::size_t best = find_person(m);
        if (best == kNone) {
            people_.push_back({});
            best = people_.size() - 1;
        }
        Person& person = people_[best];
        int& uses = person.forms[m.text];
        ++uses;
        // The fullest form, and of those the one the article uses most ("Bill Sikes" rather
        // than a single "Mr. William Sikes").
        if (m.tokens.size() > person.tokens.size() ||
            (m.tokens.size() == person.tokens.size() && m.text != person.name &&
             (uses > person.forms[person.name] ||
              (uses == person.forms[person.name] && m.text.size() > person.name.size())))) {
            person.name = m.text;
            person.tokens = m.tokens;
        }
        if (person.gender == Gender::unknown) person.gender = m.gender;
        if (person.gender == Gender::unknown) person.gender = learned_gender(m);
        person.institution = person.institution || is_place_or_institution(m);
        person.titles.insert(person.titles.end(), m.titles.begin(), m.titles.end());
        person.last_seen = std::max(person.last_seen, position);
        return best;
    }

    static bool same_person(const std::vector<std::string>& a, const std::vector<std::string>& b) {
        if (a.empty() || b.empty()) return false;
        if (a.size() >= 2 && b.size() >= 2) return a.front() == b.front() && a.back() == b.back();
        if (a.back() == b.back()) return true;                 // Albence / Matthew Albence
        return a.size() == 1 ? a[0] == b.front() : b[0] == a.front();  // Alice / Alice Liddell
    }

    struct Turn {
        std::size_t block;
        std::size_t person;
        std::size_t addressee;  ///< the person the turn calls by name, or kNone
    };

    const Article& article_;
    const std::vector<Quote>& quotes_;
    Lexicon names_;
    Attribution result_;
    std::vector<Person> people_;
    std::vector<std::size_t> person_of_;  ///< per quote
    std::vector<std::size_t> statements_;  ///< the current paragraph's statements
    std::vector<Turn> turns_;             ///< paragraphs with a known speaker, in order
    Turn lead_in_{kNone, kNone, kNone};   ///< who the last paragraph's closing colon introduces
    Turn actor_{kNone, kNone, kNone};     ///< the subject of the last narrated paragraph
    std::optional<Source> source_;        ///< who the last narrated paragraph's end quotes
    std::size_t source_block_ = kNone;    ///< the paragraph `source_` was found in
    std::size_t excluded_ = kNone;        ///< the current statement's addressee
    std::unordered_set<std::string> characters_;  ///< names (and surnames) that speak somewhere
    std::unordered_map<std::string, int> gender_votes_;  ///< per name: male minus female clues
    std::size_t last_speaker_ = kNone;
    std::size_t last_subject_ = kNone;  ///< the person the latest narrated sentence is about
    std::size_t narrator_ = kNone;
    std::size_t last_statement_ = kNone;
    std::size_t base_ = 0;  ///< position of the current paragraph's first word
};

}  // namespace

Attribution attribute_speakers(const Article& article, const std::vector<Quote>& quotes,
                               const FirstNames& first_names) {
    return Attributor(article, quotes, first_names).run();
}

Attribution attribute_speakers(const Article& article, const std::vector<Quote>& quotes) {
    static const FirstNames kNoNames;
    return attribute_speakers(article, quotes, kNoNames);
}

}  // namespace narrate
