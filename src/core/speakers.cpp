#include "core/speakers.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/given_names.h"
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

/// How far back, in positions (paragraphs << 20), a relative ("his uncle") may find a named
/// person: the scene of a family gathering.
constexpr std::size_t kRelativeReach = std::size_t{12} << 20;

/// How far back, in positions (paragraphs << 20), a sentence's subject stays the referent of
/// the next "he" or "she".
constexpr std::size_t kSubjectReach = std::size_t{2} << 20;

/// How far back, in positions (paragraphs << 20), somebody described by a word of no gender
/// ("the stranger") is the referent of a "he" or "she" no named person of that gender fits.
constexpr std::size_t kDescribedReach = std::size_t{4} << 20;

/// How far back, in positions (paragraphs << 20), a person the article has shown to be a man
/// or a woman is the referent of "he" or "she" before one whose gender it has not shown.
constexpr std::size_t kShownReach = std::size_t{2} << 20;

/// The most words a line of dialogue has that is answered by somebody else, in words.
constexpr std::size_t kExchangeWords = 30;

/// How far on, in positions (paragraphs << 20), the story may name the man or woman a "he" or
/// "she" heard before anybody it can mean was telling of.
constexpr std::size_t kNamedLaterReach = std::size_t{20} << 20;

/// How many turns back the other person of a conversation is looked for.
constexpr std::size_t kConversationLookback = 6;

/// Nouns for what was said rather than who said it: "the statement continued" is its author.
bool is_document_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 16> kDocuments = {
        "statement", "release", "email", "letter", "report", "memo", "post", "tweet", "message",
        "note", "announcement", "filing", "complaint", "lawsuit", "document", "passage"};
    return in(kDocuments, lower);
}

/// Nouns for the other person of a conversation: "the other", "his companion", "her host".
bool is_partner_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 6> kPartners = {
        "other", "companion", "friend", "interlocutor", "visitor", "host"};
    return in(kPartners, lower);
}

/// Kin who usually bear the family name of the person they belong to: "his wife", "her
/// father". "His lady" is his wife.
bool is_family_noun(std::string_view lower, bool his) {
    static constexpr std::array<std::string_view, 8> kFamily = {
        "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister"};
    return in(kFamily, lower) ||
           (his && lower == "lady");
}

/// Kin of a wider family, who seldom bear the family name of the person they belong to and
/// come into a family's scenes: "his uncle", "her niece".
bool is_relative_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 8> kRelatives = {
        "uncle",       "aunt",        "nephew",   "niece",
        "grandfather", "grandmother", "grandson", "granddaughter"};
    return in(kRelatives, lower);
}

/// A noun for one of a person's family, near or far, by blood or by marriage: "son",
/// "cousin", "step-son", "stepmother", "sister-in-law".
bool is_kin_noun(std::string_view lower) {
    if (lower.ends_with("-in-law")) lower.remove_suffix(7);
    if (lower.starts_with("step-"))
        lower.remove_prefix(5);
    else if (lower.starts_with("step"))
        lower.remove_prefix(4);
    return is_family_noun(lower, false) || is_relative_noun(lower) || lower == "cousin";
}

/// Nouns for what somebody said, as in "was Henry's answer".
bool is_speech_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kNouns = {
        "answer", "reply", "remark", "observation", "rejoinder", "response", "retort",
        "exclamation", "question", "comment", "cry", "conclusion", "reflection", "explanation"};
    return in(kNouns, lower);
}

/// "the IMF", "the FBI": a description whose head is written in capitals names an
/// organization by its acronym.
bool is_acronym_description(const Mention& m) {
    if (m.kind != MentionKind::description) return false;
    std::string_view head = std::string_view(m.text).substr(m.text.rfind(' ') + 1);
    return head.size() >= 2 && std::none_of(head.begin(), head.end(), [](char c) {
               return c >= 'a' && c <= 'z';
           });
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
    return in(kOpeners, lower) ||
           is_verb_modifier(lower);
}

/// The end of a sentence, or of a main clause that a semicolon closes ("...the view was
/// pleasant; and she expressed her admiration"): each has a subject of its own.
bool ends_clause(const Word& w) { return w.ends_sentence() || w.text == ";"; }

/// Conjunctions that open a subordinate clause: "While", "Although", "When".
bool is_subordinator(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kSubordinators = {
        "while", "although", "though", "when", "whenever", "if", "because", "as", "after",
        "before", "since", "unless", "until", "whether"};
    return in(kSubordinators, lower);
}

std::string joined(const std::vector<std::string>& tokens) {
    std::string out;
    for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + t;
    return out;
}

/// "Mary Lind's right-hand woman": a description by whose the person is, somebody of Mary
/// Lind's rather than Mary Lind or whoever the scene last named.
bool is_possessed(const Mention& m) {
    return m.kind == MentionKind::description &&
           (m.text.find("'s ") != std::string::npos || m.text.find("’s ") != std::string::npos);
}

/// "my father", "our neighbour": somebody the writer knows, whom the article names no
/// further; not the latest man the story named ("My father would have loved Lind").
bool is_writers_own(const Mention& m) {
    return m.kind == MentionKind::description &&
           (m.text.starts_with("my ") || m.text.starts_with("My ") || m.text.starts_with("our ") ||
            m.text.starts_with("Our "));
}

/// "one of the women", "one of his men": somebody of a group, whom "the woman" or "the man"
/// said later need not be.
bool is_one_of_a_group(std::string_view text) {
    return text.starts_with("one of ") || text.starts_with("One of ");
}

/// "a girl", "another man", "one of the strangers", "said one", "somebody": somebody not met
/// before; so is somebody described by whose they are, whom no other person of the scene can
/// be.
bool is_indefinite(const Mention& m) {
    return m.text.starts_with("a ") || m.text.starts_with("an ") || m.text == "one" ||
           m.text == "another" || m.text.starts_with("another ") || m.text.starts_with("A ") ||
           m.text.starts_with("An ") || is_one_of_a_group(m.text) ||
           m.text.starts_with("somebody") || m.text.starts_with("someone") || is_possessed(m);
}

bool compatible(Gender a, Gender b) {
    return a == Gender::unknown || b == Gender::unknown || a == b;
}

/// How old a description shows somebody to be: a child ("the boy", "the little girl"), young
/// ("the young man"), grown ("the gentleman", "the woman") or old ("the old gentleman").
enum class Age { unknown, child, young, grown, old };

Age age_of(const Mention& m) {
    static constexpr std::array<std::string_view, 11> kChildren = {
        "boy", "girl", "child", "lad", "lass", "youngster", "kid", "urchin", "infant", "baby",
        "schoolboy"};
    static constexpr std::array<std::string_view, 6> kGrown = {
        "man", "woman", "gentleman", "lady", "gentlewoman", "dame"};
    static constexpr std::array<std::string_view, 5> kOld = {
        "old", "elderly", "aged", "venerable", "older"};
    if (m.kind != MentionKind::description || is_possessed(m)) return Age::unknown;
    if (in(kChildren, m.head))
        return Age::child;
    if (!in(kGrown, m.head)) return Age::unknown;
    for (const Word& w : split_words(m.text)) {
        if (in(kOld, w.lower)) return Age::old;
        if (w.lower == "young" || w.lower == "younger") return Age::young;
    }
    return Age::grown;
}

/// A boy is never "the old gentleman" nor "the man", a young lady never "the old lady": ages
/// agree unless one is a child and the other grown or old, or one young and the other old.
bool ages_agree(Age a, Age b) {
    if (a == Age::unknown || b == Age::unknown) return true;
    if (a == Age::child || b == Age::child) return a == b || a == Age::young || b == Age::young;
    return !((a == Age::young && b == Age::old) || (a == Age::old && b == Age::young));
}

/// Somebody the article mentions: the people quotations are attributed to, and the named
/// people a pronoun may refer back to.
struct Person {
    std::string name;                 ///< the fullest form seen
    std::map<std::string, int> forms;  ///< every way the name is written, and how often
    std::vector<std::string> tokens;  ///< of that form, honorific left out
    std::vector<std::string> titles;  ///< lower-case titles and descriptions seen with it
    std::set<std::string> described;  ///< lower-case definite descriptions read as them
    Gender gender = Gender::unknown;
    Age age = Age::unknown;           ///< as the descriptions of them show it
    bool description = false;         ///< known only by a description ("the old man")
    bool indefinite = false;          ///< a description of somebody new ("a girl")
    bool introduced = false;          ///< brought in by the narration as "a stout man"
    bool referred_to = false;         ///< ... and since called "the man"
    bool unnamed = false;             ///< a "he" or "she" heard before anybody it can mean
    std::size_t last_seen = 0;        ///< position of the latest mention
    std::size_t first_seen = 0;       ///< position of the first mention by name
    std::size_t speaker = kNone;      ///< index into Attribution::speakers, once quoted
    bool speaks = false;              ///< seen as the subject of a speech verb
    bool heard = false;               ///< given a line by a speech verb and a name or description
    bool institution = false;         ///< a place or an institution ("North Korea said")
    std::size_t kin_of = kNone;       ///< for "his wife" the story has not named: whose
    std::string kin;                  ///< and what kin ("wife")
    bool called_mrs = false;          ///< written "Mrs. Miller" somewhere
    bool called_miss = false;         ///< written "Miss Miller" somewhere
    bool called_by_rank = false;      ///< written "Lord Edward", "Lady Jane", "Sir Tom" somewhere
};

/// The lower-case honorific a name mention is written with ("mrs." in "Mrs. Miller"), or "".
std::string honorific_of(const Mention& m) {
    if (m.kind != MentionKind::name || m.tokens.empty() || m.text.size() <= m.tokens.front().size())
        return "";
    std::size_t space = m.text.find(' ');
    if (space == std::string::npos || m.text.compare(space + 1, std::string::npos, joined(m.tokens)) != 0)
        return "";
    std::string out = m.text.substr(0, space);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}

bool is_mrs(std::string_view honorific) { return honorific == "mrs." || honorific == "mrs"; }
bool is_miss(std::string_view honorific) { return honorific == "miss"; }

/// "Mrs. Miller" and "Miss Miller" are a mother and her daughter, or a wife and her
/// sister-in-law: a woman the article calls only "Miss" is not the one it calls "Mrs.", and
/// the other way round.
bool marital_conflict(const Person& person, const Mention& m) {
    std::string h = honorific_of(m);
    if (is_mrs(h)) return person.called_miss && !person.called_mrs;
    if (is_miss(h)) return person.called_mrs && !person.called_miss;
    return false;
}

/// A paragraph's narration as words, with a marker word standing where each statement is.
struct Narration {
    std::vector<Word> words;
    std::vector<std::size_t> marker;  ///< per statement of the paragraph: its marker's index
};

class Attributor {
public:
    Attributor(const Article& article, const std::vector<Quote>& quotes, const FirstNames& names)
        : article_(article), quotes_(quotes), names_{names, {}} {
        for (const Block& block : article.blocks) {
            if (block.kind != BlockKind::paragraph) continue;
            std::vector<Word> words = split_words(block.text);
            for (std::size_t i = 0; i < words.size(); ++i) {
                const Word& w = words[i];
                if (w.is_punct) continue;
                if (w.capitalized)
                    ++capitalized_uses_[w.text];
                else
                    names_.lower_case.insert(w.lower);
                if (w.capitalized && i > 0 && (!words[i - 1].is_punct || words[i - 1].text == ","))
                    names_.capitalized_inside.insert(w.lower);
                // "the two Mr. Lorings": more than one man goes by "Mr. Loring".
                if (w.capitalized && i > 0 && is_mister(words[i - 1].lower) &&
                    w.text.size() > 2 && w.text.ends_with('s'))
                    several_misters_.insert(w.text.substr(0, w.text.size() - 1));
            }
        }
    }

    Attribution run() {
        result_.speaker_of.assign(quotes_.size(), std::nullopt);
        result_.role.assign(quotes_.size(), QuoteRole::statement);
        person_of_.assign(quotes_.size(), kNone);
        explicit_.assign(quotes_.size(), false);
        by_pronoun_.assign(quotes_.size(), false);
        led_in_.assign(quotes_.size(), false);
        addressee_.assign(quotes_.size(), kNone);
        speaks_of_.assign(quotes_.size(), {});
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            result_.role[q] = role_of(article_.blocks[quotes_[q].block].text, quotes_[q]);
        learn_characters();
        // Lines of dialogue: at least one statement in ten is one. In a report a short
        // statement answered by nobody is no line of a conversation.
        auto [statements, lines] = count_dialogue_lines();
        dialogue_ = statements < 4 || lines * 10 >= statements;
        story_ = statements >= 4 && lines * 10 >= statements;
        // A report: fewer than one in eight, however few its statements.
        report_ = lines * 8 < statements;

        std::size_t q = 0;
        for (std::size_t b = 0; b < article_.blocks.size(); ++b) {
            std::size_t first = q;
            while (q < quotes_.size() && quotes_[q].block == b) ++q;
            if (article_.blocks[b].kind == BlockKind::paragraph) paragraph(b, first, q);
            else if (article_.blocks[b].kind == BlockKind::quotation) quotation_block(b, first, q);
        }
        attribute_cited_quotations();
        fill_dialogue_gaps();
        join_formal_names();
        name_companions_by_talks();
        name_the_narrator();
        name_kin();
        name_the_unnamed();
        name_descriptions_by_turns();
        name_descriptions_by_replies();
        name_descriptions_by_titles();
        name_descriptions_named_later();
        name_companions_by_next_line();
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
        for (Person& person : people_)
            if (person.kin == "companion") person.name = people_[person.kin_of].name + "'s companion";
        for (const Person& person : people_) {
            if (person.speaker == kNone) continue;
            result_.speakers[person.speaker].name = person.name;
            result_.speakers[person.speaker].gender = person.gender;
        }
        return std::move(result_);
    }

private:
    /// A quotation block (<blockquote>, Markdown's "> ") is said by whoever the paragraph
    /// before introduces ("Mayor Dana Ruiz said:", "In a letter, the mayor wrote:"), and so
    /// is the quotation block after it, the rest of the same quotation. A citation after them
    /// (attribute_cited_quotations) names the speaker over this.
    void quotation_block(std::size_t b, std::size_t first, std::size_t last) {
        std::size_t person = lead_in_.block + 1 == b ? lead_in_.person : kNone;
        // "Opal Renner showed visitors the new room." ¶ > “We lost …”: a quotation set apart
        // after a paragraph about somebody is theirs, as a paragraph of one would be.
        if (person == kNone && actor_.block + 1 == b) person = actor_.person;
        for (std::size_t i = first; i < last && person == kNone; ++i)
            if (result_.role[i] == QuoteRole::statement)
                last_statement_ = i;  // for a credit after it
        if (person == kNone) return;
        for (std::size_t i = first; i < last; ++i) {
            if (result_.role[i] != QuoteRole::statement) continue;
            person_of_[i] = person;
            last_speaker_ = person;
            last_statement_ = i;
        }
        lead_in_ = {b, person, kNone};
    }

    /// “She would give away the ovens if I let her.” ¶ That is how Tomás puts it: a narrated
    /// paragraph opening by saying whose the words just before were ("That's how Lee put it",
    /// "So says Lee", "Those were Lee's words") gives them to that person, unless an
    /// attribution of their own named somebody.
    void credit_quotation_before(std::size_t b, const std::vector<Word>& w) {
        if (last_statement_ == kNone || quotes_[last_statement_].block + 1 != b || w.size() < 3)
            return;
        std::optional<Mention> m;
        std::size_t i = 0;
        if (w[0].lower == "so" && (w[1].lower == "says" || w[1].lower == "said")) {
            m = mention_after(w, 2, w.size(), names_);
        } else if (w[0].lower == "that" || w[0].lower == "that's" || w[0].lower == "this" ||
                   w[0].lower == "those") {
            i = 1;
            if (i < w.size() && (w[i].lower == "is" || w[i].lower == "was" || w[i].lower == "'s"))
                ++i;
            if (i < w.size() && w[i].lower == "how") {
                m = mention_after(w, i + 1, w.size(), names_);
                // "... how Lee puts it", "... how Lee described it": a verb of saying or putting
                // after the name.
                std::size_t v = i + 1;
                while (v < w.size() && !w[v].is_punct && w[v].capitalized) ++v;
                static constexpr std::array<std::string_view, 6> kPutting = {
                    "put", "puts", "described", "describes", "phrased", "phrases"};
                if (m &&
                    (v >= w.size() || (!in(kPutting, w[v].lower) && !is_speech_verb(w[v].lower))))
                    m.reset();
            } else if (i + 1 < w.size() && (w[i].lower == "were" || w[i].lower == "are") &&
                       w[0].lower == "those") {
                // "Those were Lee's words", "Those are the words of Lee".
                if (w[i + 1].lower == "the" && i + 3 < w.size() && w[i + 2].lower == "words" &&
                    w[i + 3].lower == "of")
                    m = mention_after(w, i + 4, w.size(), names_);
                else if (std::size_t after = 0;
                         auto owner = owner_at(w, i + 1, w.size(), names_, after))
                    if (after < w.size() && w[after].lower == "words") m = owner;
            }
        }
        if (!m || m->kind == MentionKind::description) return;
        std::size_t person = resolve_speaker(*m, base_ + m->first_word);
        if (person == kNone) return;
        std::size_t block = quotes_[last_statement_].block;
        for (std::size_t q = last_statement_ + 1; q-- > 0 && quotes_[q].block == block;)
            if (result_.role[q] == QuoteRole::statement && !explicit_[q]) person_of_[q] = person;
        last_speaker_ = person;
    }

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

    /// For each two people, how often the lines of dialogue give them lines two apart (the
    /// same side of a talk) and lines next to each other (the two sides).
    using PairCounts = std::map<std::pair<std::size_t, std::size_t>, int>;
    std::pair<PairCounts, PairCounts> turn_counts() const {
        std::vector<Line> lines = dialogue_lines();
        auto person = [&](std::size_t i) { return person_of_[lines[i].statements.front()]; };
        auto next = [&](std::size_t i) {
            return i + 1 < lines.size() &&
                   quotes_[lines[i + 1].statements.front()].block == lines[i].block + 1;
        };
        PairCounts same, other;
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            if (!next(i)) continue;
            std::size_t a = person(i), b = person(i + 1);
            ++other[{a, b}];
            ++other[{b, a}];
            if (!next(i + 1)) continue;
            std::size_t c = person(i + 2);
            if (a != c && b != a && b != c) {
                ++same[{a, c}];
                ++same[{c, a}];
            }
        }
        return {same, other};
    }

    /// "Mr. Lind's companion", somebody unnamed talking with Mr. Lind in one scene, is the
    /// person Mr. Lind has talked with most in turns (four lines next to each other at
    /// least): somebody named, the narrator ("I"), or kin the story gives lines to ("said his
    /// sister", whom it may name later). Only when that person speaks within a few paragraphs
    /// of the companion's lines and never on the line next to theirs (then they are two).
    void name_companions_by_talks() {
        constexpr int kTalks = 4;
        constexpr std::size_t kNearby = 10;  // paragraphs
        PairCounts other = turn_counts().second;
        std::vector<std::vector<std::size_t>> blocks(people_.size());
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            if (person_of_[q] != kNone) blocks[person_of_[q]].push_back(quotes_[q].block);
        auto near = [&](std::size_t a, std::size_t b) {
            for (std::size_t x : blocks[a])
                for (std::size_t y : blocks[b])
                    if (x + kNearby >= y && y + kNearby >= x) return true;
            return false;
        };
        std::vector<std::size_t> named(people_.size(), kNone);
        for (std::size_t c = 0; c < people_.size(); ++c) {
            if (people_[c].kin != "companion") continue;
            std::size_t p = people_[c].kin_of, best = kNone;
            int most = 0;
            for (std::size_t y = 0; y < people_.size(); ++y) {
                bool kin = people_[y].kin_of != kNone && people_[y].kin != "companion";
                if (y == p || (!is_named(y) && y != narrator_ && !kin) || other[{c, y}] > 0 ||
                    !near(c, y))
                    continue;
                int talks = other[{p, y}];
                if (talks > most) {
                    best = y;
                    most = talks;
                }
            }
            if (most >= kTalks) named[c] = best;
        }
        give_lines_to(named);
    }

    /// “Dear Miss Lorne, do advise me.” ¶ “Oh no, no!” said Anna.: the people of a story call
    /// a woman "Miss Lorne" where its narration calls her "Anna". A name the lines only call
    /// out (an honorific and a surname the narration never gives speech to) is the person
    /// known by a given name alone, of the same gender, whom those calling it most often talk
    /// with in turns (at least twice): its lines are theirs. Not when the narration has that
    /// person call the name, nor when the lines of the two stand next to each other more
    /// often than two apart (turns alternate: next to each other, they are two people).
    void join_formal_names() {
        constexpr int kTurnsTogether = 2;
        auto [same, other] = turn_counts();
        auto formal = [&](std::size_t p) {
            const Person& x = people_[p];
            return is_named(p) && x.tokens.size() == 1 && x.name != x.tokens.front() &&
                   !named_as_speaker(p) &&
                   std::all_of(x.forms.begin(), x.forms.end(),
                               [&](const auto& f) { return f.first != x.tokens.front(); });
        };
        auto given = [&](std::size_t p) {
            const Person& y = people_[p];
            return is_named(p) && y.tokens.size() == 1 && y.name == y.tokens.front() &&
                   y.forms.size() == 1 && named_as_speaker(p);
        };
        // The people who call x by name, and whom the narration has call it.
        std::map<std::size_t, std::set<std::size_t>> callers;
        std::set<std::pair<std::size_t, std::size_t>> named_calls;
        for (std::size_t q = 0; q < quotes_.size(); ++q) {
            std::size_t x = addressee_[q], c = person_of_[q];
            if (x == kNone || c == kNone || c == x) continue;
            callers[x].insert(c);
            if (explicit_[q]) named_calls.insert({x, c});
        }
        std::vector<std::size_t> named(people_.size(), kNone);
        for (const auto& [x, who] : callers) {
            if (!formal(x) || people_[x].gender == Gender::unknown) continue;
            std::map<std::size_t, int> partners;
            for (const auto& [pair, count] : other)
                if (who.contains(pair.first) && pair.second != kNone && pair.second != x &&
                    !who.contains(pair.second))
                    partners[pair.second] += count;
            std::size_t best = kNone;
            for (const auto& [y, count] : partners) {
                if (!given(y) || people_[y].gender != people_[x].gender ||
                    named_calls.contains({x, y}) || other[{x, y}] > same[{x, y}] ||
                    count < kTurnsTogether)
                    continue;
                if (best == kNone || count > partners[best]) best = y;
            }
            named[x] = best;
        }
        give_lines_to(named);
    }

    /// A line of dialogue: the statements of a paragraph opening with a quotation, and of the
    /// paragraphs its speech goes on into; `block` is its last paragraph.
    struct Line {
        std::size_t block;
        std::vector<std::size_t> statements;
    };

    /// The article's lines of dialogue, in order.
    std::vector<Line> dialogue_lines() const {
        std::vector<Line> lines;
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            if (result_.role[i] != QuoteRole::statement ||
                article_.blocks[quotes_[i].block].kind != BlockKind::paragraph)
                continue;
            // A speech going on into the next paragraph is one line.
            bool goes_on = quotes_[i].continues_previous && !lines.empty() &&
                           lines.back().block + 1 == quotes_[i].block;
            if (!lines.empty() && (lines.back().block == quotes_[i].block || goes_on)) {
                lines.back().statements.push_back(i);
                lines.back().block = quotes_[i].block;
            } else if (quotes_[i].mark_start == 0) {
                lines.push_back({quotes_[i].block, {i}});
            }
        }
        return lines;
    }

    /// Lines of dialogue in consecutive paragraphs, each opening with its quotation, take
    /// turns (a speech going on into the next paragraph is one line). A line without an
    /// attribution of its own is said by the person the line before calls by name, else by
    /// whoever the line two before or after is attributed to; a line nobody was found for, by
    /// whoever said the nearest known line an even number of lines away (unless they said the
    /// nearest one an odd number away too), else by somebody of the run other than the
    /// nearest known speaker. So a conversation whose speakers are
    /// named only after its first lines gets them back.
    void fill_dialogue_gaps() {
        std::vector<Line> lines = dialogue_lines();
        auto person = [&](const Line& l) { return person_of_[l.statements.front()]; };
        // The person a line calls by name, other than its own speaker, or kNone.
        auto called_in = [&](const Line& l) {
            std::size_t called = kNone;
            for (std::size_t q : l.statements)
                if (called == kNone && addressee_[q] != person_of_[q]) called = addressee_[q];
            return called;
        };
        // He turned to her with: ¶ “…”: a line a colon before it gives to somebody is theirs as
        // surely as one with “he said”; the line two on does not take it.
        auto attributed = [&](const Line& l) {
            return std::any_of(l.statements.begin(), l.statements.end(),
                               [&](std::size_t q) { return explicit_[q] || led_in_[q]; });
        };
        // “True, Hetty, …” is never Hetty's line, nor “Miss Vale is out.” Miss Vale's.
        auto addresses = [&](const Line& l, std::size_t p) {
            return p != kNone && std::any_of(l.statements.begin(), l.statements.end(),
                                             [&](std::size_t q) {
                                                 return addressee_[q] == p ||
                                                        std::ranges::find(speaks_of_[q], p) !=
                                                            speaks_of_[q].end();
                                             });
        };
        // “How is he, sir?” ¶ “Better.”: a line that calls its listener "sir" speaks to a man,
        // who said the line before it and answers it; "madam", to a woman. A line next to one
        // is never given to somebody the story has shown to be of the other gender.
        std::vector<Gender> calls(lines.size(), Gender::unknown);
        for (std::size_t i = 0; i < lines.size(); ++i)
            for (std::size_t q : lines[i].statements)
                if (calls[i] == Gender::unknown) calls[i] = listener_gender(quotes_[q]);
        auto unfit = [&](std::size_t i, std::size_t first, std::size_t last, std::size_t p) {
            if (p == kNone || people_[p].gender == Gender::unknown) return false;
            for (std::size_t j : {i - 1, i + 1})
                if (j >= first && j < last && calls[j] != Gender::unknown &&
                    calls[j] != people_[p].gender)
                    return true;
            return false;
        };
        // “Not tonight.” ¶ “Why not, Rachel?”: the person a reply calls by name said the line
        // it answers, the line before it in the run.
        auto answered_by_name = [&](std::size_t i, std::size_t last) {
            if (i + 1 >= last) return kNone;
            std::size_t called = called_in(lines[i + 1]), p = person(lines[i]);
            // Peter sat among the cushions. ¶ “You naughty boy!” ¶ “Hello, Emma!” he said.: the
            // narration gave the line to the one the next line's attribution makes answer it.
            bool unknown = p == kNone || people_[p].description ||
                           (attributed(lines[i + 1]) && person(lines[i + 1]) == p);
            return !unknown || addresses(lines[i], called) ? kNone : called;
        };
        for (std::size_t first = 0; first < lines.size();) {
            std::size_t last = first + 1;
            while (last < lines.size() && lines[last].block == lines[last - 1].block + 1) ++last;
            // A line without an attribution of its own is said by whoever a line two before
            // or after names, unless a line next to it names that person.
            for (std::size_t i = first; i < last; ++i) {
                if (attributed(lines[i])) continue;
                if (unfit(i, first, last, person(lines[i])))
                    for (std::size_t q : lines[i].statements) person_of_[q] = kNone;
                // “…, Rachel?” ¶ “Not tonight.”: the person a line calls by name answers it.
                if (std::size_t called = i > first ? called_in(lines[i - 1]) : kNone;
                    called != kNone && !addresses(lines[i], called)) {
                    for (std::size_t q : lines[i].statements) person_of_[q] = called;
                    continue;
                }
                if (std::size_t called = answered_by_name(i, last); called != kNone) {
                    for (std::size_t q : lines[i].statements) person_of_[q] = called;
                    continue;
                }
                // “How strange!” ¶ “And I, too, Florence.”: the reply calls by name the person
                // the line has; a third person speaking two lines on does not take it.
                if (i + 1 < last && person(lines[i]) != kNone &&
                    called_in(lines[i + 1]) == person(lines[i]))
                    continue;
                // ‘…,’ observed Fergus. ‘Nonsense, Fergus!’ ¶ ‘…’ ¶ ‘…’: a line two before
                // hands the turn on from the last person who speaks in it. A line that already
                // has the speaker of the line two before keeps them against the line two after:
                // “I hate rude boys!” ¶ “I hate prim girls!” ¶ “Birds agree,” sang Beth. is a
                // third voice breaking in.
                std::size_t p = kNone;
                for (std::size_t j : {i - 2, i + 2})
                    if (p == kNone && j >= first && j < last && attributed(lines[j]) &&
                        !(j > i && i >= first + 2 && person(lines[i]) != kNone &&
                          person(lines[i - 2]) == person(lines[i])))
                        p = j < i ? person_of_[lines[j].statements.back()] : person(lines[j]);
                bool just_spoke = false;
                for (std::size_t j : {i - 1, i + 1})
                    just_spoke = just_spoke || (j >= first && j < last && attributed(lines[j]) &&
                                                person(lines[j]) == p);
                if (p == kNone || just_spoke || addresses(lines[i], p) || unfit(i, first, last, p))
                    continue;
                for (std::size_t q : lines[i].statements) person_of_[q] = p;
            }
            for (std::size_t i = first; i < last; ++i) {
                if (person(lines[i]) != kNone) continue;
                std::size_t same = kNone, other = kNone;  // the nearest known, by parity
                for (std::size_t d = 1; d < last - first && (same == kNone || other == kNone);
                     ++d) {
                    for (std::size_t j : {i - d, i + d}) {
                        if (j < first || j >= last || person(lines[j]) == kNone) continue;
                        std::size_t& slot = d % 2 == 0 ? same : other;
                        if (slot == kNone) slot = person(lines[j]);
                    }
                }
                // The same person at an odd and at an even distance tells nothing by parity.
                std::size_t p = addresses(lines[i], same) || unfit(i, first, last, same) ||
                                        same == other
                                    ? kNone
                                    : same;
                for (std::size_t j = first; j < last && p == kNone && other != kNone; ++j)
                    if (person(lines[j]) != kNone && person(lines[j]) != other &&
                        !addresses(lines[i], person(lines[j])) &&
                        !unfit(i, first, last, person(lines[j])))
                        p = person(lines[j]);
                if (p == kNone) continue;
                for (std::size_t q : lines[i].statements)
                    if (person_of_[q] == kNone) person_of_[q] = p;
            }
            // A line still said by nobody, or by the one it calls by name, answers the line
            // next to it: somebody the story has not named talks with that speaker, and keeps
            // one voice through the run.
            for (std::size_t i = first; i < last; ++i) {
                if (attributed(lines[i]) ||
                    (person(lines[i]) != kNone && !addresses(lines[i], person(lines[i]))))
                    continue;
                std::size_t partner = kNone;
                for (std::size_t j : {i - 1, i + 1})
                    if (partner == kNone && j >= first && j < last) partner = person(lines[j]);
                if (partner == kNone || people_[partner].description) continue;
                std::size_t p = companion_of(partner);
                for (std::size_t q : lines[i].statements) person_of_[q] = p;
            }
            // A speech running on over several paragraphs, alone in its run, that nobody was
            // found for is one person's: one unnamed voice tells it all. Right after a
            // chapter's heading, it is the story the line before the heading was telling.
            if (const std::vector<std::size_t>& said = lines[first].statements;
                last - first == 1 && said.size() >= 2 &&
                std::all_of(said.begin(), said.end(),
                            [&](std::size_t q) { return person_of_[q] == kNone; })) {
                std::size_t p =
                    first > 0 ? told_before_heading(lines[first - 1], said.front()) : kNone;
                if (p == kNone) p = unnamed_speaker(quotes_[said.front()].block, "first");
                for (std::size_t q : said) person_of_[q] = p;
            }
            // Two people the story does not name talk in turns: with nobody known in the
            // whole run, its lines alternate between two unnamed speakers.
            bool nobody = std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(first),
                                      lines.begin() + static_cast<std::ptrdiff_t>(last),
                                      [&](const Line& l) { return person(l) == kNone; });
            if (nobody && last - first >= 2) {
                auto [a, b] = sides_named_after(lines, first, last);
                if (a == kNone) a = unnamed_speaker(lines[first].block, "first");
                if (b == kNone) b = unnamed_speaker(lines[first].block, "second");
                for (std::size_t i = first; i < last; ++i)
                    for (std::size_t q : lines[i].statements) person_of_[q] = (i - first) % 2 ? b : a;
            }
            // Turns alternate: a line without an attribution of its own that gives the same
            // person two lines running, where the line two away is somebody else's, is that
            // other person's.
            for (std::size_t i = first; i < last; ++i) {
                std::size_t p = person(lines[i]);
                if (attributed(lines[i]) || p == kNone) continue;
                bool repeats = (i > first && person(lines[i - 1]) == p) ||
                               (i + 1 < last && person(lines[i + 1]) == p);
                if (!repeats) continue;
                for (std::size_t j : {i - 2, i + 2}) {
                    if (j < first || j >= last) continue;
                    std::size_t o = person(lines[j]);
                    bool next_to_o = (i > first && person(lines[i - 1]) == o) ||
                                     (i + 1 < last && person(lines[i + 1]) == o);
                    if (o == kNone || o == p || next_to_o || addresses(lines[i], o)) continue;
                    for (std::size_t q : lines[i].statements) person_of_[q] = o;
                    break;
                }
            }
            alternate_two_voices(lines_of_run(lines, first, last));
            // “…” ¶ “Oh, I am glad.” ¶ “…” Philip did not know what she meant. ¶ “Why not?”: in a
            // run of two people that no line of its own attributes, each line's guess leans on
            // the one before and an error carries on. The first line, placed by the narration
            // before the run, sets the phase, and the turns alternate from it, unless a line
            // would then be said by the one it calls by name.
            if (last - first >= 3) {
                bool any_attributed = false;
                std::set<std::size_t> speakers;
                for (std::size_t i = first; i < last; ++i) {
                    any_attributed = any_attributed || attributed(lines[i]);
                    if (person(lines[i]) != kNone) speakers.insert(person(lines[i]));
                }
                std::size_t opener = person(lines[first]);
                if (!any_attributed && speakers.size() == 2 && opener != kNone) {
                    std::size_t answerer =
                        *speakers.begin() == opener ? *speakers.rbegin() : *speakers.begin();
                    auto speaker_at = [&](std::size_t i) {
                        return (i - first) % 2 == 0 ? opener : answerer;
                    };
                    bool calls_itself = false;
                    for (std::size_t i = first; i < last; ++i)
                        calls_itself = calls_itself || addresses(lines[i], speaker_at(i));
                    for (std::size_t i = first; i < last && !calls_itself; ++i)
                        for (std::size_t q : lines[i].statements) person_of_[q] = speaker_at(i);
                }
            }
            first = last;
        }
    }

    /// “…I went out into the street.” ¶ CHAPTER IX. ¶ “In going downstairs I …”: the
    /// speaker of line `before` when only headings stand between it and quotation `q`, which
    /// goes on telling the same story; else kNone.
    std::size_t told_before_heading(const Line& before, std::size_t q) const {
        std::size_t b = quotes_[q].block;
        if (before.block + 1 >= b) return kNone;
        for (std::size_t k = before.block + 1; k < b; ++k)
            if (article_.blocks[k].kind != BlockKind::heading) return kNone;
        return person_of_[before.statements.back()];
    }

    /// “…” ¶ “…” ¶ Mr. Lind was amused. ¶ “Only that?” he said.: a talk of two that names
    /// nobody, lines[first, last), goes on past a paragraph of narration with a line the
    /// narration gives to somebody. Turns alternate, so that person said every other line of
    /// the run, and the one talking with them the rest. The two sides (the run's first line,
    /// its second), or kNone for each when no such line follows.
    std::pair<std::size_t, std::size_t> sides_named_after(const std::vector<Line>& lines,
                                                          std::size_t first, std::size_t last) {
        constexpr std::size_t kNarrated = 1;  // paragraphs of narration between
        if (last >= lines.size() ||
            quotes_[lines[last].statements.front()].block > lines[last - 1].block + 1 + kNarrated)
            return {kNone, kNone};
        std::size_t p = kNone;
        for (std::size_t q : lines[last].statements)
            if (p == kNone && explicit_[q]) p = person_of_[q];
        if (p == kNone || people_[p].description) return {kNone, kNone};
        std::size_t other = companion_of(p);
        return (last - first) % 2 == 0 ? std::pair{p, other} : std::pair{other, p};
    }

    /// The statements of each line of a run, lines[first, last).
    template <typename Line>
    static std::vector<std::vector<std::size_t>> lines_of_run(const std::vector<Line>& lines,
                                                              std::size_t first,
                                                              std::size_t last) {
        std::vector<std::vector<std::size_t>> run;
        for (std::size_t i = first; i < last; ++i) run.push_back(lines[i].statements);
        return run;
    }

    /// Two people talking take turns: in a run of dialogue whose attributed lines give one
    /// person the even lines and another the odd ones, every other line is theirs too. A
    /// "he said" that gives the same person lines an odd number apart from one their name
    /// attributes is the other person's (“…,” said he. ¶ “…” ¶ “…,” asked Tobin.). With only
    /// one side attributed, the other side is whoever the unattributed lines of that parity
    /// already name, else whoever spoke with that person just before the run, else a
    /// companion of theirs. A run with more than one person on a side is a talk of more.
    void alternate_two_voices(const std::vector<std::vector<std::size_t>>& run) {
        if (!dialogue_ || report_ || run.size() < 3) return;
        auto anchor = [&](const std::vector<std::size_t>& line) {
            for (std::size_t q : line)
                if (explicit_[q]) return q;
            return kNone;
        };
        std::vector<std::size_t> anchors;  // per line: its attributed statement, or kNone
        for (const auto& line : run) anchors.push_back(anchor(line));
        // A person a name attributes on one side is never a pronoun's on the other, unless
        // the two lines are next to each other (“…,” Ann said. ¶ “…,” she went on.).
        auto named_apart = [&](std::size_t i) {
            for (std::size_t j = 0; j < run.size(); ++j) {
                bool apart = (j > i ? j - i : i - j) % 2 == 1 && (j > i ? j - i : i - j) > 1;
                if (apart && anchors[j] != kNone && !by_pronoun_[anchors[j]] &&
                    person_of_[anchors[j]] == person_of_[anchors[i]])
                    return true;
            }
            return false;
        };
        // “…,” said the boy. ¶ “…,” she said. ¶ “…,” she said.: a "she" where every other
        // speaker of the run is a man means the one woman, whatever the turns say; two lines of
        // hers running stop the turns from alternating.
        auto gender_tells = [&](std::size_t i) {
            Gender g = people_[person_of_[anchors[i]]].gender;
            bool others = false;
            for (std::size_t a : anchors) {
                if (a == kNone || person_of_[a] == person_of_[anchors[i]]) continue;
                if (compatible(people_[person_of_[a]].gender, g)) return false;
                others = true;
            }
            return g != Gender::unknown && others;
        };
        std::vector<std::size_t> dropped;
        for (std::size_t i = 0; i < run.size(); ++i)
            if (anchors[i] != kNone && by_pronoun_[anchors[i]] && named_apart(i) &&
                !gender_tells(i))
                dropped.push_back(i);
        for (std::size_t i : dropped) anchors[i] = kNone;
        std::array<std::size_t, 2> side = {kNone, kNone};
        for (std::size_t i = 0; i < run.size(); ++i) {
            if (anchors[i] == kNone) continue;
            std::size_t p = person_of_[anchors[i]];
            if (side[i % 2] != kNone && side[i % 2] != p) return;  // more than two talk
            side[i % 2] = p;
        }
        if (side[0] == side[1]) return;  // nobody attributed, or one person on both sides
        for (std::size_t s = 0; s < 2; ++s) {
            if (side[s] != kNone) continue;
            std::size_t other = side[1 - s];
            std::size_t guessed = unattributed_side(run, anchors, s, other);
            if (guessed != kNone && people_[guessed].kin != "companion") side[s] = guessed;
            if (side[s] == kNone) side[s] = partner_before(quotes_[run.front().front()].block, other);
            if (side[s] == kNone) side[s] = guessed;
            if (side[s] == kNone && !people_[other].description) side[s] = companion_of(other);
            if (side[s] == kNone) return;
        }
        // “Must you go?” (the old woman, by the narration before it) ¶ … ¶ “…,” she said.: the
        // turns never make a line the narration gave to a woman a man's, nor a man's a woman's.
        auto other_gender = [&](std::size_t q, std::size_t p) {
            return person_of_[q] != kNone &&
                   !compatible(people_[person_of_[q]].gender, people_[p].gender);
        };
        // A line some third person was found for keeps them: a third may join in.
        auto breaks_turns = [&](std::size_t q, std::size_t other) {
            std::size_t p = person_of_[q];
            return p == kNone || p == other || people_[p].kin == "companion";
        };
        for (std::size_t i = 0; i < run.size(); ++i) {
            if (anchors[i] != kNone) continue;
            std::size_t p = side[i % 2];
            bool called = std::any_of(run[i].begin(), run[i].end(),
                                      [&](std::size_t q) { return addressee_[q] == p; });
            if (called) continue;
            for (std::size_t q : run[i])
                if ((!explicit_[q] || by_pronoun_[q]) && !other_gender(q, p) &&
                    breaks_turns(q, side[1 - i % 2]))
                    person_of_[q] = p;
        }
    }

    /// The one person other than `other` the unattributed lines of side `s` (0 even, 1 odd)
    /// of a run already have, or kNone when they have none or several.
    std::size_t unattributed_side(const std::vector<std::vector<std::size_t>>& run,
                                  const std::vector<std::size_t>& anchors, std::size_t s,
                                  std::size_t other) const {
        std::size_t found = kNone;
        for (std::size_t i = s; i < run.size(); i += 2) {
            if (anchors[i] != kNone) continue;
            std::size_t p = person_of_[run[i].front()];
            if (p == kNone || p == other) continue;
            if (found != kNone && found != p) return kNone;
            found = p;
        }
        return found;
    }

    /// The person who last spoke with `p` in the conversation before paragraph `b`: the
    /// latest turn of somebody else, or the person a turn called by name, in the few
    /// paragraphs before; or kNone.
    std::size_t partner_before(std::size_t b, std::size_t p) const {
        constexpr std::size_t kReach = 4;  // paragraphs
        for (std::size_t t = turns_.size(); t-- > 0;) {
            if (turns_[t].block >= b) continue;
            if (turns_[t].block + kReach < b) break;
            if (turns_[t].person != p && turns_[t].person != kNone) return turns_[t].person;
            // “Hulloa, Emma!” he said.: the person `p` called by name talks with them.
            if (turns_[t].addressee != p && turns_[t].addressee != kNone)
                return turns_[t].addressee;
        }
        return kNone;
    }

    /// The gender a quotation calls its listener by: "sir" a man, "madam" or "ma'am" a woman
    /// ("Yes, sir.", "my dear madam"; not "Sir Tom", a title), else unknown.
    Gender listener_gender(const Quote& q) const {
        const std::string& text = article_.blocks[q.block].text;
        std::vector<Word> w = split_words(std::string_view(text).substr(q.start, q.end - q.start));
        for (std::size_t i = 0; i < w.size(); ++i) {
            bool titled = i + 1 < w.size() && w[i + 1].capitalized && !w[i + 1].is_punct;
            if (w[i].lower == "sir" && !titled) return Gender::male;
            if (w[i].lower == "madam" || w[i].lower == "ma'am" || w[i].lower == "ma’am")
                return Gender::female;
        }
        return Gender::unknown;
    }

    /// One of two people the story does not name who talk in the conversation that starts at
    /// paragraph `b`: "the first speaker at paragraph 12".
    std::size_t unnamed_speaker(std::size_t b, std::string_view which) {
        Person person;
        person.name = "the " + std::string(which) + " speaker at paragraph " + std::to_string(b + 1);
        person.description = true;
        people_.push_back(std::move(person));
        return people_.size() - 1;
    }

    /// The unnamed person talking with `p` ("Hetty Vale's companion"), one for each `p`.
    std::size_t companion_of(std::size_t p) {
        for (std::size_t c = 0; c < people_.size(); ++c)
            if (people_[c].kin_of == p && people_[c].kin == "companion") return c;
        Person person;
        person.description = true;
        person.kin_of = p;
        person.kin = "companion";
        people_.push_back(std::move(person));
        return people_.size() - 1;
    }

    /// For each person, the first and the last quotation given to them (kNone for none).
    std::pair<std::vector<std::size_t>, std::vector<std::size_t>> lines_of_each() const {
        std::vector<std::size_t> first(people_.size(), kNone), last(people_.size(), kNone);
        for (std::size_t q = 0; q < quotes_.size(); ++q) {
            std::size_t p = person_of_[q];
            if (p == kNone) continue;
            if (first[p] == kNone) first[p] = q;
            last[p] = q;
        }
        return {first, last};
    }

    /// “Are you ill, uncle?” ¶ “Not ill, Nell; tired.” ¶ … ¶ Hugo Vane sighed. “I am old,” he
    /// said.: the companion a conversation gave a person before it named whom they talk with
    /// (see alternate_two_voices) is the named person who has the next line of somebody else
    /// within a few paragraphs: the conversation going on, now with a name.
    void name_companions_by_next_line() {
        constexpr std::size_t kReach = 4;  // paragraphs after the companion's last line
        std::vector<std::size_t> lasts = lines_of_each().second;
        std::vector<std::size_t> named(people_.size(), kNone);
        for (std::size_t c = 0; c < people_.size(); ++c) {
            if (people_[c].kin != "companion") continue;
            std::size_t last = lasts[c];
            if (last == kNone) continue;
            for (std::size_t q = last + 1; q < quotes_.size(); ++q) {
                if (quotes_[q].block > quotes_[last].block + kReach) break;
                std::size_t p = person_of_[q];
                if (p == kNone || p == c || p == people_[c].kin_of) continue;
                if (is_named(p) && compatible(people_[p].gender, people_[c].gender)) named[c] = p;
                break;
            }
        }
        give_lines_to(named);
    }

    /// A first-person narrator ("I said") is called by name in the other person's turns of
    /// their conversations: “You see, Hugo?” ¶ “I do,” said I. The name called most often in
    /// the turns just before and after the narrator's, even once, and never written in
    /// the narration (a narrator calls themself "I": not "Hugo came in", not "said Hugo"), is
    /// the narrator's: their quotations get that name.
    void name_the_narrator() {
        if (narrator_ == kNone) return;
        std::map<std::string, std::set<std::size_t>> turns_calling;  // name → turns calling it
        std::map<std::string, const Mention*> called;
        for (std::size_t t = 0; t < turns_.size(); ++t) {
            if (turns_[t].person != narrator_) continue;
            for (std::size_t n : {t - 2, t - 1, t + 1, t + 2}) {
                if (n >= turns_.size() || turns_[n].person == narrator_ || !turns_[n].called)
                    continue;
                std::size_t a = std::min(t, n), z = std::max(t, n);
                bool conversation = true;
                for (std::size_t i = a; i < z; ++i)
                    conversation = conversation &&
                                   same_conversation(turns_[i].block, turns_[i + 1].block);
                if (!conversation) continue;
                const Mention& m = *turns_[n].called;
                std::string key = joined(m.tokens);
                turns_calling[key].insert(n);
                called.emplace(key, &m);
            }
        }
        const Mention* best = nullptr;
        std::size_t best_turns = 0;  // one turn will do: the name is never narrated
        for (const auto& [key, calling] : turns_calling) {
            const Mention& m = *called[key];
            if (calling.size() > best_turns && !said_by_name_.contains(m.text) &&
                !is_character(m) && !narrated_names_.contains(key)) {
                best = &m;
                best_turns = calling.size();
            }
        }
        if (!best) return;
        std::size_t p = find_or_add(*best, 0);
        for (std::size_t& q : person_of_)
            if (q == narrator_) q = p;
    }

    void paragraph(std::size_t b, std::size_t first, std::size_t last) {
        const std::string& text = article_.blocks[b].text;
        std::vector<std::size_t> statements;
        for (std::size_t i = first; i < last; ++i)
            if (result_.role[i] == QuoteRole::statement) statements.push_back(i);
        Narration n = narration(text, statements);
        statements_ = statements;
        base_ = b << 20;

        // A paragraph opening in narration may say whose the quotation before it was.
        if (statements.empty() || n.marker[0] > 0) credit_quotation_before(b, n.words);
        std::vector<std::size_t> addressees;  // per statement: who it calls by name
        spoken_of_.clear();
        for (std::size_t i : statements) {
            speaks_of_[i] = spoken_of(text, quotes_[i]);
            if (std::size_t kin = kin_called(text, quotes_[i]); kin != kNone)
                speaks_of_[i].push_back(kin);
            spoken_of_.insert(spoken_of_.end(), speaks_of_[i].begin(), speaks_of_[i].end());
        }
        std::size_t from = 0;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            see_names(n.words, from, n.marker[k]);
            see_subjects(n.words, from, n.marker[k]);
            addressees.push_back(addressee_of(text, quotes_[statements[k]]));
            addressee_[statements[k]] = addressees.back();
            excluded_ = addressees.back();
            replying_to_ = k == 0 && n.marker[0] == 0 ? previous_turn_person(b) : kNone;
            resolved_pronoun_ = false;
            person_of_[statements[k]] = explicit_speaker(n, k);
            if (person_of_[statements[k]] == kNone)
                person_of_[statements[k]] =
                    self_introduced(text, quotes_[statements[k]], base_ + n.marker[k]);
            explicit_[statements[k]] = person_of_[statements[k]] != kNone;
            by_pronoun_[statements[k]] = explicit_[statements[k]] && resolved_pronoun_;
            if (explicit_[statements[k]] && !by_pronoun_[statements[k]])
                people_[person_of_[statements[k]]].heard = true;
            excluded_ = kNone;
            replying_to_ = kNone;
            if (person_of_[statements[k]] != kNone) {
                last_speaker_ = person_of_[statements[k]];
                last_subject_ = last_speaker_;  // the subject of "Kerry said"
                note_attributed_documents(n, k, last_speaker_);
            }
            from = n.marker[k] + 1;
        }
        see_names(n.words, from, n.words.size());
        see_subjects(n.words, from, n.words.size());

        // Quotations with no attribution of their own.
        for (std::size_t k = 0; k < statements.size(); ++k) {
            std::size_t i = statements[k];
            if (person_of_[i] != kNone) continue;
            if (quotes_[i].continues_previous && last_statement_ != kNone)
                person_of_[i] = person_of_[last_statement_];
            // The speaker of the paragraph's other statements, unless this one calls them by
            // name: “…,” observed Fergus. “Nonsense, Fergus!” is somebody else.
            auto same_speaker = [&](std::size_t j) {
                std::size_t p = person_of_[statements[j]];
                return p != addressees[k] ? p : kNone;
            };
            for (std::size_t j = k; person_of_[i] == kNone && j-- > 0;)
                person_of_[i] = same_speaker(j);
            // "… are wrong, Gingrich said. “…”": whom the sentence before attributes words to,
            // else its subject ("Osric smiled. ‘Come upstairs.’"). That sentence tells more than
            // a later statement of the paragraph: Lucy felt selfish. “…” “…,” said Charlotte.
            // is Lucy's, then Charlotte's answer.
            if (person_of_[i] == kNone)
                person_of_[i] = source_ending_at(n.words, n.marker[k], addressees[k]);
            if (person_of_[i] == kNone) person_of_[i] = actor_before(n, k, addressees[k]);
            for (std::size_t j = k + 1; person_of_[i] == kNone && j < statements.size(); ++j)
                person_of_[i] = same_speaker(j);
            // “…” ¶ - Sanders.: a signature paragraph after the quotation names its author,
            // whoever the paragraph before it was about.
            if (person_of_[i] == kNone && k + 1 == statements.size())
                person_of_[i] = signature_after(b);
            if (person_of_[i] == kNone && n.marker[k] == 0 && lead_in_.block + 1 == b &&
                lead_in_.person != addressees[k]) {
                person_of_[i] = lead_in_.person;
                // “Mr. Lind answered slowly,” ¶ “…” names its speaker as "said Mr. Lind" does:
                // the turns around it do not give the line to anybody else.
                explicit_[i] = person_of_[i] != kNone && lead_in_names_;
                led_in_[i] = lead_in_colon_;
            }
            if (person_of_[i] == kNone && n.marker[k] == 0 && actor_.block + 1 == b &&
                actor_.person != addressees[k])
                person_of_[i] = actor_.person;
            // “Jo does nothing but whistle!” said Amy. ¶ Jo began to whistle. ¶ “Don't, Jo.”: a
            // line calling the person a narrated paragraph was about answers what they did; the
            // one who spoke just before that paragraph goes on.
            if (person_of_[i] == kNone && n.marker[k] == 0 && actor_.block + 1 == b &&
                actor_.person != kNone && actor_.person == addressees[k] && !turns_.empty() &&
                turns_.back().block + 2 == b && turns_.back().person != addressees[k])
                person_of_[i] = turns_.back().person;
            // "… against the law, Clinton said." ¶ “He voted …”: the source of the paragraph
            // before, when it ends attributing words to somebody.
            if (person_of_[i] == kNone && n.marker[k] == 0 && source_block_ + 1 == b &&
                source_) {
                std::size_t p = resolve_speaker(source_->mention, source_->position);
                if (p != addressees[k]) person_of_[i] = p;
            }
            if (person_of_[i] == kNone) person_of_[i] = previous_turn(b, addressees[k]);
            if (person_of_[i] == kNone) person_of_[i] = last_resort(b, addressees[k]);
            last_statement_ = i;
        }
        spoken_of_.clear();
        resolved_pronoun_ = false;
        lead_in_ = {b, lead_in(n), kNone};
        // Not a "he" or "she", nor a dash that may only break a line off (“…,” said Mr.
        // Elton-- ¶ “…”).
        lead_in_names_ = !resolved_pronoun_ && !n.words.empty() &&
                         (n.words.back().text == ":" || n.words.back().text == ",");
        lead_in_colon_ = !n.words.empty() && n.words.back().text == ":";
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
                std::optional<Mention> called;
                for (std::size_t k = 0; k < statements.size() && !called; ++k)
                    called = vocative_in(text, quotes_[statements[k]], true);
                bool attributed = std::any_of(statements.begin(), statements.end(),
                                              [&](std::size_t q) { return explicit_[q]; });
                turns_.push_back({b, p, addressee, std::move(called),
                                  dialogue_ && is_exchange(text, statements), attributed,
                                  asks_or_exclaims(text, quotes_[statements.back()])});
                last_speaker_ = p;
            }
        }
    }

    /// The speaker of a paragraph of quotation with no attribution. In a conversation (turns in
    /// consecutive paragraphs, or with one narrated paragraph between) it is the person the
    /// last turn addressed by name, else the other person of the last two turns, else the
    /// person the scene last named besides the last speaker; otherwise whoever spoke in the
    /// paragraph just before. Never the person this turn addresses.
    std::size_t previous_turn(std::size_t b, std::size_t addressee) const {
        if (turns_.empty() || !same_conversation(turns_.back().block, b)) return kNone;
        const Turn& previous = turns_.back();
        auto usable = [&](std::size_t p) { return p != kNone && p != addressee && !excluded(p); };
        if (previous.addressee != previous.person && usable(previous.addressee))
            return previous.addressee;
        // “…,” he said. ¶ Hector Lamas, who chairs the traders, says … ¶ “…,” Lamas said.
        // ¶ “…”: a long statement after the turn of somebody named just before it goes
        // on with them; they were brought in to speak, not to answer.
        if (b - previous.block == 1 && usable(previous.person) && previous.block > 0 &&
            (people_[previous.person].first_seen >> 20) == previous.block - 1 &&
            statement_words(previous.block - 1) == 0 && statement_words(b) > kExchangeWords)
            return previous.person;
        // “…,” Lind told the panel. ¶ “…”: in a report a statement answers nobody, so the
        // quotation after one Lind's attribution names goes on with her; a question still
        // wants its answer.
        if (report_ && b - previous.block == 1 && previous.attributed && !previous.asks &&
            usable(previous.person))
            return previous.person;
        for (std::size_t t = turns_.size() - 1; t-- > 0;) {
            if (!same_conversation(turns_[t].block, turns_[t + 1].block)) break;
            if (turns_[t].person != previous.person) {
                if (usable(turns_[t].person)) return turns_[t].person;
                break;
            }
            if (turns_.size() - t > kConversationLookback) break;
        }
        if (previous.exchange)
            if (std::size_t other = other_in_scene(previous.person, addressee); other != kNone)
                return other;
        if (b - previous.block == 1 && usable(previous.person) && !answers_question(b))
            return previous.person;
        // An interview: “… a pause.” ¶ Do voices put listeners off? ¶ “Less than you think.”:
        // a narrated paragraph between that asks, or speaks to "you", is the interviewer's
        // turn, and the answer after it the person of the turn before.
        if (b - previous.block == 2 && usable(previous.person) && asks(b - 1))
            return previous.person;
        return kNone;
    }

    /// The words of the quotations in paragraph `b` that are statements.
    std::size_t statement_words(std::size_t b) const {
        std::size_t words = 0;
        // Quotations come in text order: skip to the paragraph's first.
        auto first = std::partition_point(quotes_.begin(), quotes_.end(),
                                          [&](const Quote& q) { return q.block < b; });
        for (auto i = static_cast<std::size_t>(first - quotes_.begin());
             i < quotes_.size() && quotes_[i].block == b; ++i)
            if (result_.role[i] == QuoteRole::statement) words += words_in(quotes_[i]);
        return words;
    }

    /// The words of quotation `q` (its spaces and one).
    std::size_t words_in(const Quote& q) const {
        const std::string& text = article_.blocks[q.block].text;
        return static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(q.start),
                                                   text.begin() + static_cast<std::ptrdiff_t>(q.end), ' ') +
                                        1);
    }

    /// True when paragraph `b` is a question or speaks to "you": an interviewer's turn.
    bool asks(std::size_t b) const {
        const Block& block = article_.blocks[b];
        if (block.kind != BlockKind::paragraph) return false;
        std::vector<Word> w = split_words(block.text);
        if (!w.empty() && w.back().text == "?") return true;
        return std::any_of(w.begin(), w.end(),
                           [](const Word& x) { return x.lower == "you" || x.lower == "your"; });
    }

    /// A description that speaks ("said the beadle") is the named person whose side of the
    /// conversation it speaks on: turns alternate, so two turns apart is the same person and
    /// the next turn is the other. A description is the named person of a fitting gender it
    /// is most often two turns from, if it is less often the turn next to them. So is a name
    /// only ever called out in the turns, never given speech by the narration ("Harry").
    void name_descriptions_by_turns() {
        std::map<std::pair<std::size_t, std::size_t>, int> same, other;
        for (std::size_t t = 0; t + 1 < turns_.size(); ++t) {
            if (!same_conversation(turns_[t].block, turns_[t + 1].block)) continue;
            std::size_t a = turns_[t].person, b = turns_[t + 1].person;
            ++other[{a, b}];
            ++other[{b, a}];
            if (t + 2 >= turns_.size() ||
                !same_conversation(turns_[t + 1].block, turns_[t + 2].block))
                continue;
            std::size_t c = turns_[t + 2].person;
            if (a != c && b != a && b != c) {
                ++same[{a, c}];
                ++same[{c, a}];
            }
        }
        std::vector<std::size_t> named(people_.size(), kNone);
        for (const auto& [pair, count] : same) {
            auto [d, p] = pair;
            // Not a rank or office ("the Queen", "the spokesman"): somebody of their own.
            // Nor a company or a ministry, which no one person is.
            // A report's quotations answer nobody: "the person said" there is not whoever
            // spoke two quotations before.
            if ((!people_[d].description && !called_only(d, p)) ||
                (people_[d].description && report_) || people_[d].indefinite ||
                people_[d].institution || d == narrator_ || people_[p].description ||
                std::any_of(
                    people_[d].titles.begin(), people_[d].titles.end(),
                    [](const std::string& t) { return is_title_word(t) || is_document_noun(t); }))
                continue;
            if (other[pair] >= count) continue;
            if (!compatible(people_[d].gender, people_[p].gender) ||
                !ages_agree(people_[d].age, people_[p].age))
                continue;
            if (named[d] == kNone || count > same[{d, named[d]}]) named[d] = p;
        }
        give_lines_to(named);
    }

    /// “Is it late?” asked the old woman. ¶ “Not yet, Aunt Hester,” said Tom.: the line that
    /// answers a description and calls somebody by name calls the one it answers, also a
    /// description the story gives no "the" ("said my brother's wife"). A description
    /// answered so by one named person of a fitting gender and age, and never itself calling
    /// that name, is that person. Not a voice (“Anybody home?” called a loud voice.): one heard
    /// and not seen is as likely a stranger as the one the answer calls to.
    void name_descriptions_by_replies() {
        std::map<std::size_t, std::set<std::size_t>>
            called;  // description → names its answers call
        std::set<std::pair<std::size_t, std::size_t>> calls;  // (speaker, name they call)
        for (const Turn& t : turns_)
            if (t.addressee != kNone) calls.insert({t.person, t.addressee});
        for (std::size_t t = 0; t + 1 < turns_.size(); ++t) {
            std::size_t d = turns_[t].person, a = turns_[t + 1].addressee;
            // Called by a name set off by commas, not by kin ("mamma") or a title.
            if (a == kNone || a == d || a == turns_[t + 1].person || d == turns_[t + 1].person ||
                !turns_[t + 1].called || turns_[t + 1].called->kind != MentionKind::name ||
                !same_conversation(turns_[t].block, turns_[t + 1].block))
                continue;
            called[d].insert(a);
        }
        std::vector<std::size_t> named(people_.size(), kNone);
        for (const auto& [d, names] : called) {
            const Person& person = people_[d];
            if (!person.description || person.institution || d == narrator_ ||
                person.name.ends_with(" voice") || report_ || names.size() != 1)
                continue;
            std::size_t p = *names.begin();
            if (!is_named(p) || calls.contains({d, p}) ||
                !compatible(person.gender, people_[p].gender) ||
                !ages_agree(person.age, people_[p].age))
                continue;
            named[d] = p;
        }
        give_lines_to(named);
    }

    /// “…,” said the child. ¶ … ¶ “…,” replied Randolph.: a description that speaks before
    /// the story names anybody of its gender and age, when it says no more once a person of
    /// that gender and age is first named and speaks soon after, was that person. Not when
    /// the story reads the same words as somebody named elsewhere (see
    /// name_descriptions_by_titles).
    void name_descriptions_named_later() {
        constexpr std::size_t kReach = 6;  // paragraphs after the description's last line
        auto [first, last] = lines_of_each();
        std::vector<std::size_t> named(people_.size(), kNone);
        for (std::size_t d = 0; d < people_.size(); ++d) {
            const Person& person = people_[d];
            if (first[d] == kNone || !person.description || person.institution || person.unnamed ||
                person.kin_of != kNone || d == narrator_ || person.indefinite ||
                person.gender == Gender::unknown || !person.name.starts_with("the "))
                continue;
            // Words the story has read as named people are left to name_descriptions_by_titles.
            std::string words = ascii_lower(person.name);
            if (std::any_of(people_.begin(), people_.end(), [&](const Person& r) {
                    return !r.description && r.described.contains(words);
                }))
                continue;
            std::size_t began = quotes_[first[d]].block, ended = quotes_[last[d]].block;
            std::size_t best = kNone;
            for (std::size_t p = 0; p < people_.size(); ++p) {
                if (!is_named(p) || first[p] == kNone || first[p] < last[d] ||
                    people_[p].first_seen < (began << 20) ||
                    quotes_[first[p]].block > ended + kReach ||
                    people_[p].gender != person.gender || !ages_agree(people_[p].age, person.age))
                    continue;
                if (best == kNone || first[p] < first[best]) best = p;
            }
            named[d] = best;
        }
        give_lines_to(named);
    }

    /// "said the girl" in a scene where nobody is named: when the story has read exactly one
    /// named person of a fitting gender and age as the same words elsewhere (a "said the
    /// girl" next to Nell's name), the description is that person.
    void name_descriptions_by_titles() {
        std::unordered_map<std::string, std::vector<std::size_t>> named_so;  // words → people
        for (std::size_t p = 0; p < people_.size(); ++p)
            if (is_named(p))
                for (const std::string& words : people_[p].described) named_so[words].push_back(p);
        std::vector<std::size_t> named(people_.size(), kNone);
        for (std::size_t d = 0; d < people_.size(); ++d) {
            const Person& person = people_[d];
            if (!person.description || person.indefinite || person.introduced ||
                person.kin_of != kNone || d == narrator_ || person.titles.empty() ||
                person.gender == Gender::unknown || !person.name.starts_with("the "))
                continue;
            auto found = named_so.find(ascii_lower(person.name));
            if (found == named_so.end()) continue;
            std::size_t only = kNone;
            int fitting = 0;
            for (std::size_t p : found->second)
                if (people_[p].gender == person.gender && ages_agree(people_[p].age, person.age)) {
                    only = p;
                    ++fitting;
                }
            if (fitting == 1) named[d] = only;
        }
        give_lines_to(named);
    }

    /// True when `d` is a name the turns call out but the narration never gives speech to,
    /// and `p` one it does: "Kit" for Lord Christopher, "Miss Pryor" for Clara.
    bool called_only(std::size_t d, std::size_t p) const {
        return !named_as_speaker(d) && named_as_speaker(p) &&
               std::any_of(turns_.begin(), turns_.end(),
                           [&](const Turn& t) { return t.addressee == d; });
    }

    /// True when the narration names person `p` as the subject of a speech verb.
    bool named_as_speaker(std::size_t p) const {
        return std::any_of(people_[p].forms.begin(), people_[p].forms.end(),
                           [&](const auto& form) { return said_by_name_.contains(form.first); });
    }

    /// How many of the article's statements there are, and how many of them are lines of
    /// dialogue: a few words ("Yes, sir.") or a question or exclamation ("Where to, and why so
    /// late?"). A report's quotations run longer and seldom ask.
    std::pair<std::size_t, std::size_t> count_dialogue_lines() const {
        constexpr std::size_t kLineWords = 6;
        std::size_t statements = 0, lines = 0;
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            if (result_.role[i] != QuoteRole::statement) continue;
            const Quote& q = quotes_[i];
            const std::string& text = article_.blocks[q.block].text;
            std::size_t words = words_in(q);
            ++statements;
            // A question or an exclamation wants an answer, however long.
            if (words <= kLineWords || asks_or_exclaims(text, q)) ++lines;
        }
        return {statements, lines};
    }

    /// True when quotation `q` of paragraph text `text` ends in "?" or "!".
    static bool asks_or_exclaims(const std::string& text, const Quote& q) {
        std::size_t last = text.find_last_not_of(" ,\"'”’", q.end - 1);
        return last != std::string::npos && last >= q.start &&
               (text[last] == '?' || text[last] == '!');
    }

    /// True when a paragraph's quotations read as a line of dialogue that wants an answer from
    /// somebody else: a question, or a few words. A report's long statement goes on instead.
    bool is_exchange(const std::string& text, const std::vector<std::size_t>& statements) const {
        std::size_t words = 0;
        for (std::size_t i : statements) words += words_in(quotes_[i]);
        const Quote& last = quotes_[statements.back()];
        std::string_view said(text.data() + last.start, last.end - last.start);
        while (!said.empty() && (said.back() == ' ' || said.back() == ',')) said.remove_suffix(1);
        return words <= kExchangeWords || (!said.empty() && said.back() == '?');
    }

    /// The named person seen most recently since the paragraph before the current
    /// conversation began, other than `a` and `b`: the other side of a conversation whose
    /// turns have not named them.
    std::size_t other_in_scene(std::size_t a, std::size_t b) const {
        std::size_t t = turns_.size() - 1;
        while (t > 0 && same_conversation(turns_[t - 1].block, turns_[t].block)) --t;
        std::size_t since = turns_[t].block == 0 ? 0 : (turns_[t].block - 1) << 20;
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            // Somebody the article shows as a man or a woman: not "The Times" it was told, nor
            // the "Hetty Place" the carriage went through.
            if (p == a || p == b || people_[p].description || people_[p].institution ||
                people_[p].gender == Gender::unknown || excluded(p))
                continue;
            if (people_[p].last_seen < since) continue;
            if (best == kNone || people_[p].last_seen > people_[best].last_seen) best = p;
        }
        return best;
    }

    /// The speaker of a statement nothing else attributes, in dialogue (the last turn was a
    /// line of it): the person the scene named last besides the last speaker, else the last
    /// speaker, never the person addressed. A report's unattributed quotation stays so.
    std::size_t last_resort(std::size_t b, std::size_t addressee) const {
        if (turns_.empty() || !turns_.back().exchange) return kNone;
        if (std::size_t other = other_in_scene(turns_.back().person, addressee); other != kNone)
            return other;
        if (answers_question(b)) return kNone;
        return last_speaker_ != addressee ? last_speaker_ : kNone;
    }

    /// In a story's dialogue, whether paragraph `b` answers the short question or exclamation
    /// of the paragraph just before (“You are new here?” ¶ “Yes.”), or in a conversation of
    /// several lines any short line (“Fine weather.” ¶ “Fine enough.”): somebody else's line,
    /// never that speaker's going on; better nobody than the one answered.
    bool answers_question(std::size_t b) const {
        if (!dialogue_ || report_ || turns_.empty()) return false;
        const Turn& previous = turns_.back();
        return previous.block + 1 == b && previous.exchange && (previous.asks || story_);
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

    /// The person a statement calls by name (“Good night, Maud.”), or kNone. Only a person
    /// already met, a name that speaks in the article, or one showing a gender counts.
    std::size_t addressee_of(std::string_view text, const Quote& quote) {
        std::optional<Mention> m = vocative_in(text, quote);
        if (!m) return kin_called(text, quote);
        std::size_t p = find_person(*m);
        if (p != kNone) return p;
        if (is_character(*m) || m->gender != Gender::unknown) return find_or_add(*m, 0);
        return kNone;
    }

    /// “My name is Gideon Marsh. I was told …”: a statement introducing its speaker by name
    /// ("My name is …", "My name's …", "Call me …", "They call me …") is theirs. That person,
    /// or kNone.
    std::size_t self_introduced(std::string_view text, const Quote& quote, std::size_t position) {
        std::vector<Word> w = split_words(text.substr(quote.start, quote.end - quote.start));
        for (std::size_t i = 0; i + 2 < w.size(); ++i) {
            std::size_t name = kNone;
            if (w[i].lower == "my" && w[i + 1].lower == "name" && i + 3 < w.size() &&
                (w[i + 2].lower == "is" || w[i + 2].lower == "'s"))
                name = i + 3;
            // Not an errand: "go and call me Dr. Lind".
            else if (w[i].lower == "call" && w[i + 1].lower == "me" &&
                     (i == 0 || (w[i - 1].lower != "and" && w[i - 1].lower != "to" &&
                                 w[i - 1].lower != "go")))
                name = i + 2;
            if (name == kNone) continue;
            for (const Mention& m : name_runs(w, name, w.size(), names_))
                if (m.first_word == name && m.kind == MentionKind::name)
                    return resolve(m, position);
            return kNone;
        }
        return kNone;
    }

    /// “But isn't it strange, mamma?”: the person the story knows by the kin a statement calls
    /// out ("my mother", "his mother" for "mamma"), the latest seen, or kNone.
    std::size_t kin_called(std::string_view text, const Quote& quote) const {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kCalls = {
            {{"mamma", "mother"},
             {"mama", "mother"},
             {"mother", "mother"},
             {"mummy", "mother"},
             {"papa", "father"},
             {"father", "father"},
             {"daddy", "father"},
             {"pa", "father"},
             {"uncle", "uncle"},
             {"aunt", "aunt"},
             {"auntie", "aunt"},
             {"granny", "grandmother"},
             {"grandmother", "grandmother"},
             {"grandma", "grandmother"},
             {"grandfather", "grandfather"},
             {"grandpa", "grandfather"}}};
        std::vector<Word> w = split_words(text.substr(quote.start, quote.end - quote.start));
        for (std::size_t i = 0; i < w.size(); ++i) {
            auto call =
                std::ranges::find(kCalls, w[i].lower, [](const auto& c) { return c.first; });
            if (call == kCalls.end()) continue;
            // Set off as a call: "…, mamma?", "Mother, look", "Oh, uncle!"; not "your mother".
            bool before_ok = i == 0 || w[i - 1].text == "," || w[i - 1].lower == "dear";
            bool after_ok = i + 1 == w.size() || w[i + 1].text == "," || w[i + 1].text == "!" ||
                            w[i + 1].text == "?" || w[i + 1].text == ".";
            if (!before_ok || !after_ok || (i == 0 && (i + 1 == w.size() || w[i + 1].text != ",")))
                continue;
            std::size_t best = kNone;
            for (std::size_t p = 0; p < people_.size(); ++p) {
                const Person& person = people_[p];
                bool known_so =
                    person.kin == call->second ||
                    (person.description &&
                     ascii_lower(person.name).ends_with(" " + std::string(call->second)));
                if (known_so && (best == kNone || person.last_seen > people_[best].last_seen))
                    best = p;
            }
            return best;
        }
        return kNone;
    }

    /// The people a statement speaks of by a name with an honorific, rather than to (“Mr.
    /// Vance is out, I hear.”, “ask Mrs. Lind”): a speaker calls themself "I", never "Mr."
    /// or "Mrs.", so none of them says it. A name set off by a comma or a dash is called, not
    /// spoken of. Only people already met count.
    std::vector<std::size_t> spoken_of(std::string_view text, const Quote& quote) const {
        std::vector<Word> w = split_words(text.substr(quote.start, quote.end - quote.start));
        std::vector<std::size_t> out;
        for (const Mention& m : name_runs(w, 0, w.size(), names_)) {
            if (honorific_of(m).empty()) continue;
            std::size_t end = m.first_word;
            while (end < w.size() && !w[end].is_punct && w[end].capitalized) ++end;
            const Word* before = m.first_word > 0 ? &w[m.first_word - 1] : nullptr;
            bool verb_after = end < w.size() && !w[end].is_punct;
            bool word_before = before && !before->is_punct && !before->capitalized &&
                               before->lower != "dear";
            if (!verb_after && !word_before) continue;
            if (std::size_t p = find_person(m); p != kNone) out.push_back(p);
        }
        return out;
    }

    /// True when person `p` cannot be the speaker looked for: the statement calls `p` by name,
    /// or a statement of its paragraph speaks of `p` (see spoken_of).
    bool excluded(std::size_t p) const {
        return p == excluded_ || std::ranges::find(spoken_of_, p) != spoken_of_.end();
    }

    /// True when the comma at words[comma] after a name opening a statement sets off an "I
    /// suppose" or "I dare say" before the name's verb: “Miss Lorne, I believe, was hoping
    /// for a letter?” speaks of Miss Lorne, not to her (but “Anna, I think, you should
    /// go” calls Anna).
    static bool is_parenthetical_subject(const std::vector<Word>& w, std::size_t comma) {
        static constexpr std::array<std::string_view, 8> kPronouns = {
            "you", "we", "i", "they", "he", "she", "it", "there"};
        std::size_t i = comma + 1;
        if (i >= w.size() || w[i].lower != "i") return false;
        std::size_t close = i + 1;
        while (close < w.size() && close <= i + 3 && !w[close].is_punct && !w[close].capitalized)
            ++close;
        if (close == i + 1 || close + 1 >= w.size() || w[close].text != ",") return false;
        const Word& verb = w[close + 1];
        return !verb.is_punct && !verb.capitalized && !in(kPronouns, verb.lower);
    }

    /// The first name a statement calls out, set off by commas or standing alone (“Good
    /// night, Maud.”, “My dear Hugo, sit down.”), known or not. With `after_comma`, only a
    /// name after a comma or "dear", never one opening the statement ("Ah, ...").
    std::optional<Mention> vocative_in(std::string_view text, const Quote& quote,
                                       bool after_comma = false) const {
        std::vector<Word> w = split_words(text.substr(quote.start, quote.end - quote.start));
        for (const Mention& m : name_runs(w, 0, w.size(), names_)) {
            std::size_t end = m.first_word;
            while (end < w.size() && !w[end].is_punct && w[end].capitalized) ++end;
            bool before_none = m.first_word == 0;
            // “True, Hetty, …”, “Well, Tom.”: a word opening the statement that the article
            // writes in lower case elsewhere, or that names nobody known, is no name called;
            // the name called may follow it.
            if (before_none && m.tokens.size() == 1 && m.text == m.tokens.front() &&
                (names_.lower_case.contains(w[0].lower) ||
                 (m.gender == Gender::unknown && !is_character(m) && find_person(m) == kNone)))
                continue;
            std::string_view before = before_none ? "" : std::string_view(w[m.first_word - 1].lower);
            // “That's my brave boy!—and Fergus, what have you been doing?” turns to Fergus; not
            // a list going on: “…; and Mr. Perry, whose name you know, …”.
            if (before == "and" && m.first_word >= 2 && w[m.first_word - 2].is_punct &&
                w[m.first_word - 2].text != "," && w[m.first_word - 2].text != ";" &&
                end < w.size() && w[end].text == ",")
                before = ",";
            std::string_view after = end == w.size() ? "" : std::string_view(w[end].text);
            bool after_ok = after.empty() || after == "," || after == "." || after == "!" ||
                            after == "?" || after == ";" || after == "—" || after == "-";
            // “My dear Hugo”, “My dearest Catherine”.
            bool endearment = before == "dear" || before == "dearest";
            bool before_ok = before_none || before == "," || endearment || before == "." ||
                             before == "!" || before == "?";
            if (!after_ok || !before_ok) continue;
            if (before_none && after == "," && is_parenthetical_subject(w, end)) continue;
            if (after_comma && before != "," && !endearment) continue;
            // “Mr. Vance!” alone, with or without its mark, calls him.
            bool alone = before_none && (end == w.size() || (end + 1 == w.size() && after != "-"));
            if (!(before == "," || endearment || after == "," || alone)) continue;
            return m;
        }
        return std::nullopt;
    }

    /// The subject of the narrated sentence just before statement `k` in its paragraph
    /// (“Osric smiled. ‘Come upstairs.’”): a name, or a pronoun resolved as usual.
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
        if (w.size() < 2) return kNone;
        // "- Sen. Ann Lee, tweeting after the speech.": the participle says how she said it.
        std::size_t end = w.back().ends_sentence() ? w.size() - 1 : w.size();
        for (std::size_t i = 2; i + 1 < end; ++i)
            if (w[i].text == "," && w[i + 1].lower.ends_with("ing")) end = i;
        if (end > kLongestSignature + 1) return kNone;
        const std::string& dash = w.front().text;
        if (dash != "-" && dash != "—" && dash != "―" && dash != "–") return kNone;
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
        std::size_t p = resolve_speaker(source->mention, source->position);
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
            while (start > 0 && w[start - 1].text != "\"" && !ends_clause(w[start - 1])) --start;
            std::size_t p = kNone;
            std::optional<Mention> newcomer =
                sentences == 0 ? newcomer_speaking(w, start, end) : std::nullopt;
            if (std::optional<Heard> heard = heard_speaking(w, start, end))
                p = resolve_heard(w, start, *heard);
            else if (newcomer)
                p = resolve_speaker(*newcomer, base_ + start);
            else if (std::optional<Mention> voice = voice_owner_opening(w, start, end))
                p = resolve(*voice, base_ + start);
            else
                p = subject_of(w, existential_then_subject(w, start, end), end);
            if (p != kNone && p != addressee) return p;
            end = start;
        }
        return kNone;
    }

    /// “Suddenly, however, Holmes's voice broke in upon us.”: a sentence whose subject is
    /// somebody's voice is about that person, who speaks next, even one the story has not yet
    /// shown to speak (a voice is always somebody's). The owner, a name, or nullopt.
    std::optional<Mention> voice_owner_opening(const std::vector<Word>& w, std::size_t start,
                                               std::size_t end) const {
        std::size_t i = start;
        while (i < end && (w[i].text == "," || is_sentence_opener(w[i].lower) ||
                           w[i].lower == "however" || w[i].lower.ends_with("ly")))
            ++i;
        std::size_t owner_end = i;
        std::optional<Mention> owner = owner_at(w, i, end, names_, owner_end);
        if (!owner || owner->kind != MentionKind::name) return std::nullopt;
        // "Holmes s voice": a possessive that lost its apostrophe.
        if (owner_end < end && w[owner_end].lower == "s") ++owner_end;
        for (std::size_t k = owner_end; k < end && k <= owner_end + 2; ++k) {
            if (w[k].is_punct || w[k].capitalized) return std::nullopt;
            if (w[k].lower == "voice") return owner;
        }
        return std::nullopt;
    }

    /// “Then one of the strangers spoke.”, “A voice spoke, breaking the silence.”: somebody
    /// the sentence just before a quotation brings in speaking, not named nor described as
    /// anybody met ("a voice", "a stranger", "one of the strangers", "somebody"), is somebody
    /// new, not whoever the scene was about. That description, or nullopt.
    std::optional<Mention> newcomer_speaking(const std::vector<Word>& w, std::size_t start,
                                             std::size_t end) const {
        static constexpr std::array<std::string_view, 4> kSpeaking = {"spoke", "speaks", "began",
                                                                      "begins"};
        std::size_t i = start;
        while (i < end && (w[i].text == "," || is_sentence_opener(w[i].lower))) ++i;
        if (i + 1 >= end) return std::nullopt;
        auto speaks = [&](std::size_t v) {
            return v < end && !w[v].capitalized &&
                   (in(kSpeaking, w[v].lower) || is_speech_verb(w[v].lower));
        };
        Mention m;
        std::size_t verb = i + 1;
        if (w[i].lower == "somebody" || w[i].lower == "someone") {
            m = description(w[i].lower, w[i].lower);
        } else {
            // "a voice", "a tall stranger", "one of the strangers": one of several, none of
            // whom the story told apart.
            std::size_t noun = i + 1;
            if (w[i].lower == "one" && w[i + 1].lower == "of" && i + 3 < end &&
                (w[i + 2].lower == "the" || w[i + 2].lower == "his" || w[i + 2].lower == "her" ||
                 w[i + 2].lower == "their"))
                noun = i + 3;
            else if (w[i].lower != "a" && w[i].lower != "an")
                return std::nullopt;
            constexpr std::size_t kLongestDescription = 3;  // words after the article
            verb = noun;
            while (verb < end && verb < noun + kLongestDescription && !w[verb].is_punct &&
                   !w[verb].capitalized && !speaks(verb))
                ++verb;
            if (verb == noun) return std::nullopt;
            m = description(words_text(w, i, verb), w[verb - 1].lower);
        }
        if (!speaks(verb)) return std::nullopt;
        // "A man began to whistle" is no speaking.
        if (verb + 1 < end && w[verb + 1].lower == "to") return std::nullopt;
        return m;
    }

    /// "There was a slight noise behind her and she turned": a sentence saying that something
    /// was has its person in the clause after "and" or "but", when a pronoun opens it; so does
    /// one saying what followed from it ("There was such a ring in his voice that I looked
    /// up"). Where that clause starts, else `start`.
    static std::size_t existential_then_subject(const std::vector<Word>& w, std::size_t start,
                                                std::size_t end) {
        if (end - start < 3 || w[start].lower != "there" ||
            (w[start + 1].lower != "was" && w[start + 1].lower != "were" &&
             w[start + 1].lower != "came"))
            return start;
        for (std::size_t i = start + 2; i + 1 < end; ++i)
            if ((w[i].lower == "and" || w[i].lower == "but" || w[i].lower == "that") &&
                (w[i + 1].lower == "he" || w[i + 1].lower == "she" || w[i + 1].lower == "they" ||
                 w[i + 1].text == "I"))
                return i + 1;
        return start;
    }

    /// The person a sentence in words[start, end) begins with, or kNone. A name must be known
    /// to speak or show a gender unless the sentence introduces speech (`speaking`).
    std::size_t subject_of(const std::vector<Word>& w, std::size_t start, std::size_t end,
                           bool speaking = false) {
        std::size_t first = start;
        while (start < end && (w[start].text == "," || is_sentence_opener(w[start].lower)))
            ++start;
        if (start >= end) return kNone;
        // A sentence introducing speech may open with a phrase before its subject ("On July 6,
        // Sanders said the following:").
        std::optional<Mention> m = speaking ? clause_subject(w, start, end, names_)
                                            : mention_after(w, start, end, names_);
        if (!m && !speaking) m = subject_after_leading_phrase(w, first, end);
        if (!speaking && (!m || (m->kind == MentionKind::description && !is_person_description(*m))))
            if (auto d = person_opening(w, start, end)) {
                if (d->gender == Gender::unknown) m = d;
                else if (std::size_t p = read_as(d->text); p != kNone) {
                    people_[p].last_seen = std::max(people_[p].last_seen, base_ + start);
                    return p;
                }
            }
        if (!speaking) m = person_of_subject(w, start, end, m);
        if (!m) return kNone;
        if (m->kind == MentionKind::pronoun && m->text != "i" && m->gender == Gender::unknown)
            return kNone;
        if (m->kind == MentionKind::description && !is_person_description(*m)) return kNone;
        if (m->kind == MentionKind::name && !speaking && !is_character(*m) &&
            m->gender == Gender::unknown)
            return kNone;
        return resolve(*m, base_ + start);
    }

    /// The person of a subject described by whose it is ("Emma's face was steady" is about
    /// Emma, "Her voice was weak" about "she"), as a name or pronoun in words[start, end);
    /// `m` itself when it is a person, or no such description. A sentence about a part of
    /// somebody is about them.
    std::optional<Mention> person_of_subject(const std::vector<Word>& w, std::size_t start,
                                             std::size_t end, std::optional<Mention> m) const {
        // "Her voice was weak": the woman the sentences before were about.
        if (!m && start + 1 < end && (w[start].text == "His" || w[start].text == "Her") &&
            !w[start + 1].is_punct && !w[start + 1].capitalized &&
            gender_of_title(w[start + 1].lower) == Gender::unknown) {
            return pronoun(w[start].text == "His" ? "he" : "she");
        }
        if (!m || !is_possessed(*m) || is_person_description(*m)) return m;
        for (std::size_t k = start; k < end; ++k) {
            if (!m->text.starts_with(w[k].text)) continue;
            std::size_t owner_end = k;
            std::optional<Mention> owner = owner_at(w, k, end, names_, owner_end);
            if (owner && owner->kind == MentionKind::name && names_nobody_after(w, owner_end, w.size()))
                return owner;
        }
        return m;
    }

    /// "The doctor bent down.": a sentence opening with "The" and a few lower-case words up to
    /// a noun for a person (one showing a gender, or a title somebody has) is about that
    /// person; the words after the noun are the sentence's verb. nullopt otherwise.
    std::optional<Mention> person_opening(const std::vector<Word>& w, std::size_t start,
                                          std::size_t end) const {
        constexpr std::size_t kLongestDescription = 3;  // words after "The"
        if (start >= end || w[start].text != "The") return std::nullopt;
        for (std::size_t i = start + 1; i < end && i <= start + kLongestDescription; ++i) {
            if (w[i].is_punct || w[i].capitalized) return std::nullopt;
            Mention m = description("the", w[i].lower);
            m.gender = gender_of_title(m.head);
            if (!is_person_description(m)) continue;
            for (std::size_t t = start + 1; t <= i; ++t) m.text += " " + w[t].text;
            return m;
        }
        return std::nullopt;
    }

    /// The subject after a short phrase of time or place opening a sentence with no comma:
    /// "At last Emma attacked her", "In a moment he was back". nullopt when the sentence does
    /// not open with such a phrase.
    std::optional<Mention> subject_after_leading_phrase(const std::vector<Word>& w,
                                                        std::size_t first, std::size_t end) const {
        static constexpr std::array<std::string_view, 12> kPrepositions = {
            "at", "in", "on", "after", "for", "with", "by", "upon", "during", "within", "before",
            "without"};
        if (first >= end || !in(kPrepositions, w[first].lower))
            return std::nullopt;
        constexpr std::size_t kLongestPhrase = 4;  // words after the preposition
        for (std::size_t j = first + 2; j < end && j <= first + kLongestPhrase + 1; ++j) {
            if (w[j].is_punct) return std::nullopt;
            bool pronoun = w[j].lower == "he" || w[j].lower == "she";
            if (!pronoun && !w[j].capitalized) continue;
            std::optional<Mention> m = mention_after(w, j, end, names_);
            if (m && m->kind != MentionKind::description) return m;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// Who a paragraph ending in a colon, or in a speech verb and a comma, introduces for the
    /// next paragraph's opening quotation (“Mr. Lind said,” ¶ “...”).
    std::size_t lead_in(const Narration& n) {
        const std::vector<Word>& w = n.words;
        // "At last Peter said--" ends as a comma would.
        if (w.empty() || (w.back().text != ":" && w.back().text != "," && !is_dash(w.back())))
            return kNone;
        std::size_t end = w.size() - 1;
        std::size_t start = end;
        while (start > 0 && w[start - 1].text != "\"" && !w[start - 1].ends_sentence()) --start;
        for (std::size_t v = end; v-- > start;) {
            // "Mr. Sleary, stirring his brandy, went on:": a verb and its particle.
            bool phrasal = v + 1 < end && is_phrasal_speech_verb(w[v].lower, w[v + 1].lower);
            if ((!is_speech_verb(w[v].lower) && !phrasal) || is_noun_use(w, start, v)) continue;
            if (v >= start + 2)
                if (std::optional<Mention> m = heard_saying(w, v - 2, end))
                    return resolve_heard(w, start, Heard{*m, v - 2, v});
            if (std::optional<Mention> m = speaker_at_verb(w, start, v, end))
                return resolve_at_verb(w, v, *m);
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
            return resolve_speaker(*label, base_ + at);
        // After the quotation, up to the end of the sentence or the next quotation.
        std::size_t after_end = at + 1;
        while (after_end < w.size() && w[after_end].text != "\"" && !w[after_end].ends_sentence())
            ++after_end;
        // “Not yet,” was Henry's answer.
        if (at + 3 < after_end && (w[at + 1].lower == "was" || w[at + 1].lower == "came")) {
            std::size_t end = 0;
            if (auto m = owner_at(w, at + 2, after_end, names_, end);
                m && end < after_end && is_speech_noun(w[end].lower))
                return resolve_speaker(*m, base_ + at + 2);
        }
        // “...” ― Ariana Huichapa: a dash and a name standing alone sign the quotation.
        if (at + 2 < w.size() && (w[at + 1].text == "―" || w[at + 1].text == "—")) {
            std::size_t end = at + 2;
            while (end < w.size() && !w[end].is_punct) ++end;
            if (end == w.size() || w[end].text == "\"" || w[end].ends_sentence())
                if (auto m = mention_after(w, at + 2, end, names_);
                    m && m->kind == MentionKind::name)
                    return resolve_speaker(*m, base_ + at);
        }
        // A quotation ending its own sentence (“… smart.”) has its attribution right after it
        // (“…” Trump said.), not in the narrated sentence that follows.
        // “…?” Miller, a retired worker, said: a name and its apposition may still stand between.
        bool apposition = at + 2 < after_end && w[at + 1].capitalized && !w[at + 1].is_punct &&
                          (w[at + 2].text == "," || w[at + 2].text == "(" ||
                           (at + 3 < after_end && w[at + 2].capitalized &&
                            (w[at + 3].text == "," || w[at + 3].text == "(")));
        // “…?” a narrator in the campaign's ad asks: a lower-case word goes on the sentence.
        bool goes_on = at + 1 < after_end && !w[at + 1].is_punct && !w[at + 1].capitalized &&
                       w[at + 1].lower != "i";
        std::size_t reach = ends_own_sentence(quotes_[statements_[k]]) && !apposition && !goes_on
                                ? kVerbReachAfterSentence
                                : kVerbReach;
        bool own_sentence = ends_own_sentence(quotes_[statements_[k]]);
        // Hayes agreed and said, “… overlook.” The star then recalled …: a quotation its own
        // verb introduces and that ends its sentence is that verb's; a capitalized sentence
        // after it is the next one, even with a speech verb ("The senator repeated: “…”").
        // So is one going on after its tag's semicolon (“Sorry,” said Anna; “they must go.”).
        bool introduced_before = at > 0 && (w[at - 1].text == "," || w[at - 1].text == ":" ||
                                            w[at - 1].text == ";");
        if (own_sentence && introduced_before && opens_new_sentence(w, at + 1))
            if (std::size_t p = speaker_before(n, k); p != kNone) return p;
        // “… go on.” But he only laughed.: a sentence opening with "But" or "Yet" sets
        // what follows against the quotation; it does not tag it.
        bool contrasts = own_sentence && at + 1 < w.size() && w[at + 1].capitalized &&
                         (w[at + 1].lower == "but" || w[at + 1].lower == "yet");
        if (contrasts) reach = 0;
        for (std::size_t v = at + 1; v < after_end && v <= at + reach; ++v) {
            // “…,” promising the Friends of Abe will return: a participle right after the
            // quotation has the sentence's subject, and what follows is its object, whose
            // verbs (return) report nothing of this quotation.
            if (opens_participle_phrase(w, at, v)) break;
            std::optional<Mention> m = speaker_at_verb(w, at + 1, v, after_end);
            // “… enough.” Ohio Gov. Ana Lind said she would have fired him: a verb with a
            // clause of its own after it begins the next sentence, reporting something else.
            if (m && own_sentence && reports_clause(w, v, after_end)) break;
            if (m) return resolve_at_verb(w, v, *m);
        }
        if (std::size_t v = tag_verb_after(n, k); v != kNone)
            if (auto m = mention_before(w, n.marker[k] + 1, v, names_);
                m && (m->kind == MentionKind::name ||
                      (m->kind == MentionKind::pronoun && m->gender != Gender::unknown)))
                return resolve_at_verb(w, v, *m);
        return speaker_before(n, k);
    }

    /// True when a capitalized word starts at words[i], past dashes ("--She could say nothing").
    static bool opens_new_sentence(const std::vector<Word>& w, std::size_t i) {
        while (i < w.size() && is_dash(w[i])) ++i;
        return i < w.size() && w[i].capitalized && !w[i].is_punct;
    }

    static bool is_dash(const Word& w) {
        return w.is_punct && (w.text == "-" || w.text == "--" || w.text == "—" || w.text == "–");
    }

    /// “Because--” he hesitated.; “Why?” she shrugged.: a sentence that goes on past the
    /// quotation with a subject and a verb in the past tense tags it with its speaker, whatever
    /// the verb (fiction often puts a gesture where "said" would stand). The subject is "he"
    /// or "she" after any quotation, or a name after one that does not end its sentence. The
    /// index of that verb, or kNone.
    std::size_t tag_verb_after(const Narration& n, std::size_t k) const {
        const std::vector<Word>& w = n.words;
        std::size_t s = n.marker[k] + 1;
        if (s < w.size() && w[s].text == ",") ++s;
        if (s + 1 >= w.size() || w[s].is_punct) return kNone;
        std::size_t v = s + 1;
        if (w[s].lower == "he" || w[s].lower == "she") {
            if (w[s].capitalized) return kNone;
        } else {
            if (!w[s].capitalized || ends_own_sentence(quotes_[statements_[k]])) return kNone;
            while (v < w.size() && w[v].capitalized && !w[v].is_punct) ++v;  // the whole name
        }
        bool past = v < w.size() && !w[v].is_punct && !w[v].capitalized &&
                    w[v].lower.size() > 3 && w[v].lower.ends_with("ed");
        return past ? v : kNone;
    }

    /// True when words[v] is a lower-case participle of saying right after the quotation marker
    /// at words[at] or its comma (not "acting ICE Director").
    static bool opens_participle_phrase(const std::vector<Word>& w, std::size_t at,
                                        std::size_t v) {
        std::size_t first = at + 1 < w.size() && w[at + 1].text == "," ? at + 2 : at + 1;
        return v == first && v < w.size() && !w[v].is_punct && !w[v].capitalized &&
               w[v].lower.ends_with("ing") && is_speech_verb(w[v].lower);
    }

    /// The person the narration before statement `k`, from the start of its sentence,
    /// introduces as its speaker, or kNone.
    std::size_t speaker_before(const Narration& n, std::size_t k) {
        const std::vector<Word>& w = n.words;
        std::size_t at = n.marker[k];
        std::size_t before_start = at;
        while (before_start > 0 && w[before_start - 1].text != "\"" &&
               !w[before_start - 1].ends_sentence())
            --before_start;
        // “Yes,” she said, “I will.”: the second part is the first part's speaker's; but a
        // colon introduces somebody anew (Clint: “…” Bosh: “…”), and so does a new sentence
        // after a quotation that ended its own (“Why now?” Mills then writes back, “…”).
        bool introduced = at > before_start && w[at - 1].text == ":";
        bool resumes = before_start > 0 && w[before_start - 1].text == "\"" && k > 0 &&
                       !introduced && person_of_[statements_[k - 1]] != kNone;
        bool new_sentence = resumes && before_start < at && w[before_start].capitalized &&
                            ends_own_sentence(quotes_[statements_[k - 1]]);
        if (resumes && !new_sentence) {
            std::size_t p = coordinated_speaker(w, before_start, at);
            return p != kNone ? p : person_of_[statements_[k - 1]];
        }
        for (std::size_t v = at; v-- > before_start;) {
            std::optional<Mention> m = speaker_at_verb(w, before_start, v, at);
            if (m) return resolve_at_verb(w, v, *m);
        }
        if (resumes) return person_of_[statements_[k - 1]];
        // "Trump warned of the fight ahead: ..." has a verb; "The rule is plain: ..." does not.
        if (at > before_start && w[at - 1].text == ":") return colon_speaker(w, before_start, at);
        // "Lind issued a statement, “…”": a comma after the words named stands for a colon.
        if (at > before_start + 1 && w[at - 1].text == "," && is_document_noun(w[at - 2].lower))
            return colon_speaker(w, before_start, at);
        return kNone;
    }

    /// “Sh!” said Anna; and Peter called out, “…”: narration going on from a quotation's tag
    /// may join a clause of its own ("and", "but" or a semicolon), whose subject, opening it,
    /// speaks the next quotation with a speech verb. That person, or kNone when the narration
    /// only goes on with the first speaker ("said Anna, and added").
    std::size_t coordinated_speaker(const std::vector<Word>& w, std::size_t first,
                                    std::size_t at) {
        for (std::size_t b = at; b-- > first;) {
            bool joins = w[b].text == ";" || w[b].lower == "and" || w[b].lower == "but";
            if (!joins) continue;
            std::size_t s = b + 1;
            while (s < at && (w[s].lower == "and" || w[s].lower == "then")) ++s;
            std::optional<Mention> subject = mention_after(w, s, at, names_);
            if (!subject || !ascii_lower(subject->text).starts_with(w[s].lower)) continue;
            for (std::size_t v = at; v-- > s + 1;) {
                std::optional<Mention> m = speaker_at_verb(w, s, v, at);
                if (m && m->text == subject->text && !object_before(w, v))
                    return resolve_at_verb(w, v, *m);
            }
        }
        return kNone;
    }

    /// True when an object pronoun stands right before the verb at words[v]: "Emma heard him
    /// add" reports the words of the one heard, not of the one hearing.
    static bool object_before(const std::vector<Word>& w, std::size_t v) {
        static constexpr std::array<std::string_view, 5> kObjects = {"him", "her", "them", "me",
                                                                     "us"};
        return v > 0 && in(kObjects, w[v - 1].lower);
    }

    /// The person a sentence ending in a colon before a quotation introduces: the owner of the
    /// words it names ("Lind's response was:"); its subject, past
    /// an introductory phrase ("With voters restless, Senator Ruiz has a new message: “…”"),
    /// when that is a person; else a name ending the sentence ("The poll does not surprise
    /// pollster Dana Shaw: “…”", "More from Jones: “…”"); else whatever name is its subject.
    std::size_t colon_speaker(const std::vector<Word>& w, std::size_t start, std::size_t colon) {
        // "Lind's response was: “…”": the owner of the words named.
        std::size_t noun = 0;
        if (auto owner = owner_at(w, start, colon, names_, noun);
            owner && noun < colon && (is_speech_noun(w[noun].lower) || is_document_noun(w[noun].lower)))
            return resolve_speaker(*owner, base_ + start);
        std::optional<Mention> subject = clause_subject(w, start, colon, names_);
        bool person = subject && (subject->kind == MentionKind::pronoun ||
                                  (subject->kind == MentionKind::name &&
                                   !is_place_or_institution(*subject) && looks_like_person(*subject)));
        if (person) return resolve(*subject, base_ + start);
        if (colon > start + 1 && w[colon - 2].capitalized && !w[colon - 2].is_punct)
            if (auto m = mention_before(w, start, colon - 1, names_);
                m && m->kind == MentionKind::name)
                return resolve_speaker(*m, base_ + colon - 1);
        if (subject && subject->kind != MentionKind::description)
            return resolve(*subject, base_ + start);
        return kNone;
    }

    /// True when the speech verb at words[v] has a reported clause after it, opening with a
    /// pronoun or "that" ("said she would", "says that"), after its subject: the sentence
    /// reports words of its own.
    static bool reports_clause(const std::vector<Word>& w, std::size_t v, std::size_t end) {
        if (v + 1 >= end || v == 0 || w[v - 1].is_punct) return false;  // "”, said Lind"
        static constexpr std::array<std::string_view, 8> kOpeners = {
            "he", "she", "they", "it", "we", "i", "that", "there"};
        return in(kOpeners, w[v + 1].lower);
    }

    /// True when the speech verb's word at `v` is a noun here: "the following comment", "a
    /// scathing tweet", "her statement" (a determiner or a participle before it).
    static bool is_noun_use(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        static constexpr std::array<std::string_view, 9> kDeterminers = {
            "the", "a", "an", "his", "her", "their", "its", "this", "following"};
        if (v == first || w[v].lower.ends_with("ed") || w[v].lower.ends_with("ing")) return false;
        std::string_view before = w[v - 1].lower;
        return in(kDeterminers, before) ||
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

    /// True when the speech verb at words[v] is used as a noun: its plain form after a
    /// determiner and at most two lower-case words ("forcing a foolish laugh", "in the same
    /// half whisper", "his reply"), or right after a preposition ("secretary of state").
    static bool is_speech_noun_use(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        if (!is_plain_speech_verb(w[v].lower)) return false;
        // "secretary of state", "in response": the object of a preposition is a noun.
        static constexpr std::array<std::string_view, 8> kPrepositions = {
            "of", "in", "on", "for", "at", "by", "with", "about"};
        if (v > first && in(kPrepositions, w[v - 1].lower))
            return true;
        static constexpr std::array<std::string_view, 8> kDeterminers = {
            "a", "an", "the", "his", "her", "their", "my", "this"};
        for (std::size_t back = 1; back <= 3 && v >= first + back; ++back) {
            const Word& before = w[v - back];
            if (before.is_punct || before.capitalized) return false;
            if (in(kDeterminers, before.lower))
                return true;
        }
        return false;
    }

    /// "In Ruiz's words, “…”", "in the words of Dana Ruiz, “…”": whose words the quotation
    /// is, when words[v] is the "words" of such a phrase; nullopt otherwise.
    std::optional<Mention> owner_of_words(const std::vector<Word>& w, std::size_t first,
                                          std::size_t v, std::size_t last) const {
        if (w[v].lower != "words" || v == first) return std::nullopt;
        if (v + 2 < last && w[v + 1].lower == "of" && w[v - 1].lower == "the")
            return mention_after(w, v + 2, last, names_);
        std::size_t start = v - 1;
        while (start > first && w[start - 1].capitalized && !w[start - 1].is_punct) --start;
        std::size_t end = start;
        std::optional<Mention> owner = owner_at(w, start, last, names_, end);
        if (!owner || owner->kind != MentionKind::name || end != v) return std::nullopt;
        return owner;
    }

    /// "heard", "hear", "hears".
    static bool is_hearing_verb(const std::string& lower) {
        return lower == "heard" || lower == "hear" || lower == "hears";
    }

    /// “Is it far?” Anna heard her say.: the one heard saying is the speaker, not the one who
    /// hears; "heard him say" is a "he" said, "heard her whisper" a "she". At a verb of
    /// hearing words[v] followed by such a pronoun and a speech verb, the pronoun, or nothing.
    static std::optional<Mention> heard_saying(const std::vector<Word>& w, std::size_t v,
                                               std::size_t last) {
        if (!is_hearing_verb(w[v].lower) || v + 2 >= last ||
            (w[v + 1].lower != "him" && w[v + 1].lower != "her") || !is_speech_verb(w[v + 2].lower))
            return std::nullopt;
        Mention m = pronoun(w[v + 1].lower == "him" ? "he" : "she");
        m.first_word = v + 1;
        return m;
    }

    /// One heard speaking: who, and where the verb of hearing stands.
    struct Heard {
        Mention mention;
        std::size_t verb = 0;
        std::size_t says = 0;  ///< the word of speaking after the one heard, if any
    };

    /// “He heard Mary Gale's voice.”, “Peter heard her speak.”: a sentence telling that
    /// somebody heard a voice or a person speak announces the one heard as the speaker of the
    /// words that follow, not the one who hears. The one heard in words[start, end), or
    /// nullopt. Unlike heard_saying(), which stands at a verb of the attribution itself and
    /// takes any speech verb there, this looks over a whole sentence of narration for a
    /// voice heard: only the verbs of speaking in general count ("heard her laugh" before a
    /// line does not make it hers).
    std::optional<Heard> heard_speaking(const std::vector<Word>& w, std::size_t start,
                                        std::size_t end) const {
        static constexpr std::array<std::string_view, 8> kSpeaking = {
            "speak", "speaking", "say", "saying", "talk", "talking", "call", "calling"};
        for (std::size_t v = start; v + 1 < end; ++v) {
            if (!is_hearing_verb(w[v].lower)) continue;
            std::size_t after = v + 1;
            // "heard him say", "heard her speaking".
            if (after + 1 < end && (w[after].lower == "him" || w[after].lower == "her") &&
                in(kSpeaking, w[after + 1].lower))
                return Heard{pronoun(w[after].lower == "him" ? "he" : "she"), v, after + 1};
            // "heard Mary Gale's voice", "heard her clear voice": the voice's owner (not the
            // "his" of "his mother's voice" or "his wife s voice").
            std::size_t owner_end = after;
            if (std::optional<Mention> owner = owner_at(w, after, end, names_, owner_end)) {
                for (std::size_t i = owner_end; i < end && i <= owner_end + 2; ++i) {
                    if (w[i].is_punct || w[i].capitalized || w[i].lower == "s" ||
                        is_possessive(w[i]))
                        break;
                    if (w[i].lower == "voice") return Heard{*owner, v, 0};
                }
                return std::nullopt;
            }
            // "heard Daisy speak again", "heard Tom next say".
            std::optional<Mention> m = mention_after(w, after, end, names_);
            if (!m || m->kind != MentionKind::name) return std::nullopt;
            std::size_t next = after;
            while (next < end && !w[next].is_punct && w[next].capitalized) ++next;
            if (next + 1 < end && !w[next].is_punct && !in(kSpeaking, w[next].lower) &&
                in(kSpeaking, w[next + 1].lower))
                ++next;
            if (next < end && in(kSpeaking, w[next].lower)) return Heard{*m, v, next};
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// The person heard, never the one hearing, the subject before the verb of hearing in
    /// words[start, heard.verb): in “Emma heard her saying” "her" is another woman.
    std::size_t resolve_heard(const std::vector<Word>& w, std::size_t start, const Heard& heard) {
        std::size_t hearer = heard.verb > start ? subject_of(w, start, heard.verb) : kNone;
        std::size_t addressee = excluded_;
        if (hearer != kNone && heard.mention.kind == MentionKind::pronoun) excluded_ = hearer;
        std::size_t p = resolve_speaker(heard.mention, base_ + heard.verb);
        excluded_ = addressee;
        return p;
    }

    /// The speaker a speech verb at `v` introduces, looking within [first, last).
    std::optional<Mention> speaker_at_verb(const std::vector<Word>& w, std::size_t first,
                                           std::size_t v, std::size_t last) const {
        if (w[v].is_punct) return std::nullopt;
        if (auto m = heard_saying(w, v, last)) return m;
        // "Anna heard her saying to Peter,": the speech verb is the one heard's.
        if (v >= first + 2)
            if (auto m = heard_saying(w, v - 2, last)) return m;
        if (auto heard = heard_speaking(w, first, last); heard && heard->says == v)
            return heard->mention;
        if (w[v].lower == "according" && v + 1 < last && w[v + 1].lower == "to")
            return mention_after(w, v + 2, last, names_);
        if (auto owner = owner_of_words(w, first, v, last)) return owner;
        // "As Dana Ruiz put it, “…”": putting it is saying it.
        bool puts_it = (w[v].lower == "put" || w[v].lower == "puts") && v + 1 < last &&
                       w[v + 1].lower == "it";
        // “…,” the porter went on; broke in Lord Edward: a verb and its particle report speech.
        bool phrasal = v + 1 < last && !w[v].capitalized &&
                       is_phrasal_speech_verb(w[v].lower, w[v + 1].lower);
        if (!phrasal && ((!is_speech_verb(w[v].lower) && !puts_it) ||
                         is_speech_noun_use(w, first, v)))
            return std::nullopt;
        if (inside_quotation_marks(w, first, v)) return std::nullopt;
        // "the Islamic State", "Post Office": capitalized after a word, it is part of a name.
        if (w[v].capitalized && v > first && !w[v - 1].is_punct) return std::nullopt;
        bool inverted = true;  // nothing but punctuation and adverbs between quotation and verb
        for (std::size_t i = first; i < v; ++i)
            if (!w[i].is_punct && !is_verb_modifier(w[i].lower, w[i].capitalized)) inverted = false;
        if (is_passive(w, first, v))
            if (auto agent = passive_agent(w, v, last)) return agent;
        // Only for a verb introducing the quotation: it ends the narration before it.
        if (!inverted && v + 2 >= last)
            if (auto m = relative_clause_subject(w, first, v)) return m;
        if (!inverted && continues_clause(w, first, v)) {
            // "They will meet next week, Berg said, adding, “…”": the participle goes on from
            // the speech verb just before its comma, whose subject is not the sentence's.
            if (v >= first + 2 && w[v - 1].text == "," && is_speech_verb(w[v - 2].lower))
                if (auto m = speaker_at_verb(w, first, v - 2, v - 1)) return m;
            return clause_subject(w, subordinate_clause_start(w, first, v), v, names_);
        }
        if (!inverted) {
            if (auto m = mention_before(w, first, v, names_)) return m;
            // "Protesters marching through the streets chanted": the subject opens the clause.
            if (v > first && !w[v - 1].is_punct && !w[v - 1].capitalized)
                if (auto m = clause_subject(w, first, v, names_)) return m;
        }
        // "said Albence" stands right after the quotation or its comma; after a subject the
        // words past the verb are its object ("urged Congress to act").
        if (!inverted && !inverted_verb(w, v)) return std::nullopt;
        // “…,” promising the club a new home: a participle's subject is the sentence's, and
        // the words after it are its object, never a speaker put after the verb.
        if (inverted && w[v].lower.ends_with("ing")) return std::nullopt;
        std::size_t after = v + (phrasal ? 2 : 1);
        if (auto m = mention_after(w, after, last, names_)) return m;
        // “…,” said one. “…,” said another.: one of several nobody told apart, somebody new.
        if (after < last && (w[after].lower == "one" || w[after].lower == "another") &&
            (after + 1 == last || w[after + 1].is_punct))
            return description(w[after].lower, w[after].lower);
        return std::nullopt;
    }

    /// "…, which was broken by Anna, who in a cold voice said": a speech verb in a relative
    /// clause opened by "who" after a comma is said by the person the clause describes, not
    /// by the subject of the sentence around it. That person, or nullopt.
    std::optional<Mention> relative_clause_subject(const std::vector<Word>& w, std::size_t first,
                                                   std::size_t v) const {
        constexpr std::size_t kLongestClause = 10;  // words between "who" and the verb
        for (std::size_t i = v; i-- > first && v - i <= kLongestClause;) {
            if (w[i].text == "," || w[i].text == ";" || w[i].text == ":" || w[i].text == "\"" ||
                w[i].ends_sentence())
                return std::nullopt;  // the verb belongs to another clause
            if (w[i].lower != "who") continue;
            if (i < first + 2 || w[i - 1].text != ",") return std::nullopt;
            std::optional<Mention> m = mention_before(w, first, i - 1, names_);
            if (m && m->kind != MentionKind::pronoun) return m;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// True when words[v] stands inside the double quotation marks of a quoted fragment the
    /// narration carries between `first` and `v` (Vance is “learning that fifty states is a
    /// bigger system,” Gaskin said): a verb there is the quoted person's, not the narrator's,
    /// and says nothing about who speaks.
    static bool inside_quotation_marks(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        bool inside = false;
        for (std::size_t i = first; i < v; ++i) {
            if (w[i].text == "“") inside = true;
            else if (w[i].text == "”") inside = false;
            else if (w[i].text == "\"") inside = !inside;
        }
        return inside;
    }

    /// True when the speech verb at `v` is a participle after a form of "be" ("was written",
    /// "is quoted"): its subject is what was said, or who was told, not the speaker.
    static bool is_passive(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        static constexpr std::array<std::string_view, 7> kBe = {"was", "were", "is", "are",
                                                                "been", "be", "being"};
        const std::string& verb = w[v].lower;
        bool participle = verb.ends_with("ed") || verb.ends_with("en") || verb == "said" || verb == "told";
        if (v == first || !participle) return false;
        std::size_t i = v;
        while (i > first && !w[i - 1].is_punct && w[i - 1].lower.ends_with("ly")) --i;
        return i > first && in(kBe, w[i - 1].lower);
    }

    /// The speaker of a passive speech verb: the name its "by" gives within a few words ("was
    /// written by Brandt after the flood"), or nullopt. "Declared by several voices" names
    /// nobody to give the words to.
    std::optional<Mention> passive_agent(const std::vector<Word>& w, std::size_t v,
                                         std::size_t last) const {
        constexpr std::size_t kReach = 3;
        for (std::size_t i = v + 1; i < last && i <= v + kReach && !w[i].is_punct; ++i) {
            if (w[i].lower != "by") continue;
            auto agent = mention_after(w, i + 1, last, names_);
            if (agent && agent->kind == MentionKind::name) return agent;
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// True for a form of "tell", whose object is who is told: told, tells, telling.
    static bool is_tell(std::string_view lower) { return lower.starts_with("tell") || lower == "told"; }

    /// True when the speech verb at `v` stands where its subject follows it: after a
    /// quotation or a comma, or a sentence's end, past adverbs ("”, said Albence", ", added the
    /// mayor").
    static bool inverted_verb(const std::vector<Word>& w, std::size_t v) {
        std::size_t i = v;
        while (i > 0 && !w[i - 1].is_punct && is_verb_modifier(w[i - 1].lower, w[i - 1].capitalized))
            --i;
        return i == 0 || w[i - 1].is_punct;
    }

    /// Where the clause holding words[v] starts, within [first, v): past the latest "when",
    /// "while", "as" or another subordinator with no comma after it ("she was vexed, when
    /// John came up and said": John said it), else `first`.
    static std::size_t subordinate_clause_start(const std::vector<Word>& w, std::size_t first,
                                                std::size_t v) {
        for (std::size_t i = v; i-- > first;) {
            if (w[i].is_punct) return first;
            if (is_subordinator(w[i].lower) && !w[i].capitalized) return i + 1;
        }
        return first;
    }

    /// True when the speech verb at `v` shares its subject with the clause before it: a
    /// participle after a comma ("attacked Clinton, saying") or "by" ("ended his list by
    /// saying"), or a verb joined by "and" ("turned to him and quietly says").
    static bool continues_clause(const std::vector<Word>& w, std::size_t first, std::size_t v) {
        std::size_t i = v;
        while (i > first && !w[i - 1].is_punct &&
               is_verb_modifier(w[i - 1].lower, w[i - 1].capitalized))
            --i;
        if (i == first) return false;
        if (w[i - 1].lower == "and") return true;
        // "punctuated his list by saying", "while adding": a participle after a preposition.
        if ((w[i - 1].lower == "by" || w[i - 1].lower == "while") && w[v].lower.ends_with("ing"))
            return true;
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
            narrated_names_.insert(joined(m.tokens));
            // A title names a person ("questioned Governor Omar Fisk"), for later surnames.
            bool titled = !m.titles.empty() && m.tokens.size() >= 2;
            if (m.gender == Gender::unknown && !m.speaks && !is_character(m) && !titled) continue;
            if (names_place(w, m, last) && !is_character(m)) continue;
            std::size_t p = find_or_add(m, base_ + m.first_word);
            people_[p].speaks = people_[p].speaks || m.speaks;
        }
        introduce_people(w, first, last);
    }

    /// "They met a stout man with a bunch of keys. ‘What now?’ said the man.": somebody the
    /// narration brings in with an indefinite description of a gender is somebody new, whom a
    /// definite description with the same noun means until somebody else comes in.
    /// Not when the description says what somebody is ("Grey was a man of few words", "like a
    /// man possessed", "a man of note, like Grey").
    void introduce_people(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        static constexpr std::array<std::string_view, 16> kPredicating = {
            "was", "is", "be", "been", "being", "were", "are", "became", "become", "seemed",
            "looked", "like", "as", "such", "quite", "what"};
        for (std::size_t i = first; i < last; ++i) {
            if (w[i].lower == "the") refer_to_introduced(w, i, last);
            if (w[i].lower != "a" && w[i].lower != "an") continue;
            if (i > first && in(kPredicating, w[i - 1].lower))
                continue;
            // "said a gentleman", "a gentleman said": the speaker, whom the attribution brings in.
            if (i > first && is_speech_verb(w[i - 1].lower)) continue;
            std::optional<Mention> m = mention_after(w, i, last, names_);
            if (!m || m->kind != MentionKind::description || m->gender == Gender::unknown ||
                is_possessed(*m) || m->distinguished)
                continue;
            std::size_t end = i + 1 + static_cast<std::size_t>(
                                          std::count(m->text.begin(), m->text.end(), ' '));
            if (end < last &&
                (w[end].lower == "of" || w[end].text == "," || is_speech_verb(w[end].lower)))
                continue;
            Person person;
            person.name = "the " + m->text.substr(m->text.find(' ') + 1);
            person.titles = {m->head};
            person.gender = m->gender;
            person.age = age_of(*m);
            person.description = true;
            person.introduced = true;
            person.last_seen = base_ + i;
            people_.push_back(std::move(person));
        }
    }

    /// "A girl was dancing. ... Where was the girl? ... ‘Who?’ she asked.": the narration
    /// calling somebody it brought in by the same noun again ("the girl" at words[the]) has
    /// met them; a "he" or "she" may mean them from then on.
    void refer_to_introduced(const std::vector<Word>& w, std::size_t the, std::size_t last) {
        std::optional<Mention> m = mention_after(w, the, last, names_);
        if (!m || m->kind != MentionKind::description || is_possessed(*m)) return;
        std::size_t latest = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p)
            if (people_[p].introduced && people_[p].titles.front() == m->head &&
                (latest == kNone || people_[p].last_seen > people_[latest].last_seen))
                latest = p;
        if (latest == kNone) return;
        people_[latest].referred_to = true;
        people_[latest].last_seen = std::max(people_[latest].last_seen, base_ + the);
    }

    /// True when `m`, a lone word that is also a given name, stands where news writes a place
    /// or a language: after "in", "at", "near", "outside" or "throughout" ("in Orlando", "in
    /// German"), after a compass point and "of" ("miles south of Florence"), or between "the"
    /// and a lower-case noun it qualifies ("the Orlando attacks").
    static bool names_place(const std::vector<Word>& w, const Mention& m, std::size_t last) {
        if (m.tokens.size() != 1 || !m.titles.empty() || m.speaks || m.first_word == 0 ||
            m.text != m.tokens.front())
            return false;
        std::string_view before = w[m.first_word - 1].lower;
        if (is_place_preposition(before)) return true;
        if (before == "of" && m.first_word >= 2) {
            std::string_view point = w[m.first_word - 2].lower;
            if (point == "north" || point == "south" || point == "east" || point == "west")
                return true;
        }
        std::size_t after = m.first_word + 1;
        return before == "the" && after < last && !w[after].is_punct && !w[after].capitalized &&
               !is_speech_verb(w[after].lower) && !is_verb_modifier(w[after].lower);
    }

    /// Follows the subject of each narrated sentence that starts in words[first, last), for
    /// "he" and "she" in the next sentences: "President Obama condemned the test. He said ..."
    /// A name counts when it looks like a person's (a title, an honorific, a gender, a known
    /// speaker); a place or an organization as subject ("North Korea said") ends the chain.
    void note_subjects(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            if (w[i].is_punct || (i > 0 && !w[i - 1].ends_sentence() && !after_closed_quote(w, i)))
                continue;
            std::size_t end = i;
            while (end < last && !w[end].ends_sentence() && w[end].text != "\"") ++end;
            std::optional<Mention> m = clause_subject(w, i, end, names_);
            // "At last Emma turned", "For a long moment Will was silent": a short phrase of time
            // or place before the subject, without a comma.
            if (!m)
                if (auto named = subject_after_leading_phrase(w, i, end);
                    named && named->kind == MentionKind::name)
                    m = named;
            m = person_of_subject(w, i, end, m);
            if (m && m->kind == MentionKind::name && m->gender == Gender::unknown &&
                introduces_person(*m)) {
                m->gender = reflexive_gender(w, i, end);
                if (m->gender == Gender::unknown)
                    m->gender = own_pronoun_gender(w, after_name(w, i, end, *m), end);
            }
            std::size_t subject = kNone;
            if (m && m->kind == MentionKind::name && !is_place_or_institution(*m) &&
                looks_like_person(*m))
                subject = find_or_add(*m, base_ + i);
            else if (m && m->kind == MentionKind::pronoun && m->gender != Gender::unknown)
                subject = resolve_pronoun(*m, base_ + i);  // "He said ...": the chain goes on
            else if (report_ && m && m->kind == MentionKind::description &&
                     m->gender != Gender::unknown)
                // "A spokeswoman for the union told the Herald ... ¶ “…,” she said": a report
                // brings in its sources by what they are, and "she" is the spokeswoman.
                subject = resolve_description(*m, base_ + i);
            else if (std::size_t owner = owner_opening(w, i, last); owner != kNone) {
                subject = owner;  // "Lind's future is unclear, but she said ..."
                people_[owner].last_seen = std::max(people_[owner].last_seen, base_ + i);
            } else if (auto d = !m ? person_opening(w, i, end) : std::nullopt; d) {
                // "The doctor bent down.": somebody the story has heard by that description
                // ("said the doctor") is who the sentence is about.
                std::size_t p = read_as(d->text);
                if (p != kNone && people_[p].description && said_before(p)) {
                    subject = p;
                    people_[p].last_seen = std::max(people_[p].last_seen, base_ + i);
                }
            }
            // "Nora turned back to the map; and, once the tea was poured, Mrs. Pell spoke of
            // the harvest.": a clause after a semicolon that names its own subject ends the
            // sentence about that person.
            // So does one after ", and" or ", but" whose name a verb follows ("Kit went down the
            // steps, and Ned locked the gate").
            auto coordinated = [&](std::size_t s) {
                return w[s].text == "," && s + 2 < end &&
                       (w[s + 1].lower == "and" || w[s + 1].lower == "but") &&
                       w[s + 2].capitalized && !w[s + 2].is_punct;
            };
            for (std::size_t s = i + 1; s + 1 < end; ++s) {
                bool semicolon = w[s].text == ";";
                if (!semicolon && !coordinated(s)) continue;
                std::size_t clause_end = s + 1;
                while (clause_end < end && w[clause_end].text != ";" &&
                       (semicolon || !coordinated(clause_end)))
                    ++clause_end;
                std::optional<Mention> c = clause_subject(w, s + 1, clause_end, names_);
                if (!c || c->kind != MentionKind::name || is_place_or_institution(*c) ||
                    !looks_like_person(*c))
                    continue;
                if (!semicolon) {
                    // ... of a gender already shown: "The wind took the door, and Corvin Hale
                    // went out" leaves "she" to the woman of the scene.
                    std::size_t after = s + 2 + c->tokens.size() +
                                        (c->text.size() > joined(c->tokens).size() ? 1 : 0);
                    if (after >= clause_end || w[after].is_punct || w[after].capitalized) continue;
                    std::size_t p = find_person(*c);
                    if (p == kNone || people_[p].gender == Gender::unknown) continue;
                }
                subject = find_or_add(*c, base_ + s);
            }
            // "Debates matter little, noted NBC's Dante Chinni.": the source the sentence is
            // attributed to is who it is about.
            if (std::size_t source = inverted_source(w, i, end); source != kNone) subject = source;
            last_subject_ = subject;
            note_documents(w, i, end, m);
        }
    }

    /// True when words[i] opens a sentence after a quotation that ended its own (“Who?”
    /// Nora looked round.): a capitalized word after a quotation closed by . ! or ?.
    bool after_closed_quote(const std::vector<Word>& w, std::size_t i) const {
        if (i == 0 || w[i - 1].text != "\"" || !w[i].capitalized || is_speech_verb(w[i].lower))
            return false;
        const std::string& text = article_.blocks[base_ >> 20].text;
        std::size_t end = w[i - 1].end;
        while (end > w[i - 1].start && !std::isalnum(static_cast<unsigned char>(text[end - 1])) &&
               text[end - 1] != '.' && text[end - 1] != '!' && text[end - 1] != '?')
            --end;
        return end > w[i - 1].start &&
               (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?');
    }

    /// The person already met whose possessive opens the sentence at words[first] and who
    /// is the only person it names ("Lind's future is unclear, but she said …"): what the
    /// sentence is about is theirs, so its pronouns are theirs too. With another name in it
    /// ("Lind's plan is risky, Berg said.") the sentence is somebody else's. kNone otherwise.
    std::size_t owner_opening(const std::vector<Word>& w, std::size_t first, std::size_t last) const {
        std::size_t after = first;
        std::optional<Mention> owner = owner_at(w, first, last, names_, after);
        if (!owner || owner->kind != MentionKind::name || !names_nobody_after(w, after, last)) return kNone;
        return find_person(*owner);
    }

    /// Whether the rest of the sentence from words[from] (before `last`) names nobody, past
    /// any quoted word in it: in “Lind's plan is ‘risky,’ said Berg” the sentence is Berg's.
    bool names_nobody_after(const std::vector<Word>& w, std::size_t from, std::size_t last) const {
        std::size_t end = from;
        while (end < last && !w[end].ends_sentence()) ++end;
        return name_runs(w, from, end, names_).empty();
    }

    /// Remembers who the sentence words[first, end) with subject `subject` makes the author of
    /// a document it introduces ("Lind issued a statement", "In a letter, the mayor wrote",
    /// "The agency sent an email"), for "the statement said" later: a person or a named body.
    /// A document that a description sends ("a group of parents sent a letter") has no author
    /// to name, and speaks as itself.
    void note_documents(const std::vector<Word>& w, std::size_t first, std::size_t end,
                        const std::optional<Mention>& subject) {
        for (std::size_t j = first + 1; j < end; ++j) {
            if (!introduces_document(w, j)) continue;
            if (!subject || (subject->kind == MentionKind::pronoun && last_subject_ == kNone))
                continue;
            std::size_t author = kNone;
            if (subject->kind == MentionKind::name)
                author = find_or_add(*subject, base_ + first);
            else if (subject->kind == MentionKind::pronoun)
                author = last_subject_;
            documents_[w[j].lower] = author;
        }
    }

    /// True when words[j] (j > 0) is a document noun brought in by "a", "an" or a possessive:
    /// "issued a statement", "said in her letter".
    static bool introduces_document(const std::vector<Word>& w, std::size_t j) {
        static constexpr std::array<std::string_view, 6> kIntroducing = {"a",   "an",  "his",
                                                                         "her", "its", "their"};
        return is_document_noun(w[j].lower) && !w[j].capitalized && in(kIntroducing, w[j - 1].lower);
    }

    /// “…,” Praeli said in a statement.: the document the attribution after statement `k`
    /// names is its speaker's, for "the statement continued" later.
    void note_attributed_documents(const Narration& n, std::size_t k, std::size_t speaker) {
        for (std::size_t j = n.marker[k] + 1; j < n.words.size(); ++j) {
            if (n.words[j].ends_sentence() || n.words[j].text == "\"") break;
            if (j > n.marker[k] + 1 && introduces_document(n.words, j))
                documents_[n.words[j].lower] = speaker;
        }
    }

    /// True for a name as news introduces a person, given name and surname and nothing before
    /// them ("Ashlyn Yago"), not yet met: one a reflexive pronoun of its sentence can show as a
    /// person. Fiction's sentences about people it knows ("Osric found himself") are read by
    /// the names and pronouns already met.
    bool introduces_person(const Mention& m) const {
        return m.tokens.size() >= 2 && m.text == joined(m.tokens) && find_person(m) == kNone;
    }

    /// The gender of a reflexive pronoun in words[first, end) ("finds herself", "calls himself"),
    /// which can only mean the sentence's subject: "Ashley Yago, 33, a supporter of Omar Vance,
    /// finds herself in a similar job" shows Ashley Yago is a woman.
    static Gender reflexive_gender(const std::vector<Word>& w, std::size_t first, std::size_t end) {
        for (std::size_t i = first; i < end; ++i)
            if (w[i].lower == "herself" || w[i].lower == "himself")
                return gender_of_pronoun(w[i].lower);
        return Gender::unknown;
    }

    /// The index after the last word of name `m` when it opens words[first, end), titles
    /// before it included, or end: in "To Sherlock Holmes she is always the woman" the name
    /// is no subject.
    static std::size_t after_name(const std::vector<Word>& w, std::size_t first, std::size_t end,
                                  const Mention& m) {
        for (std::size_t i = first;
             i < end && ((w[i].capitalized && !is_name_stopword(w[i].lower)) || w[i].text == ".");
             ++i)
            if (w[i].text == m.tokens.back()) return i + 1;
        return end;
    }

    /// The gender of the first "he", "she", "his" or "her" and its noun in words[from, end),
    /// unknown when another capitalized word comes first: "Marisol Quane can be heard calling
    /// that her brother had the map" shows Marisol Quane is a woman; "Lind thanked her" does
    /// not.
    static Gender own_pronoun_gender(const std::vector<Word>& w, std::size_t from,
                                     std::size_t end) {
        for (std::size_t i = from; i < end; ++i) {
            if (w[i].capitalized || w[i].text == "\"") return Gender::unknown;
            if (w[i].lower == "he" || w[i].lower == "his") return Gender::male;
            if (w[i].lower == "she") return Gender::female;
            if (w[i].lower == "her") {
                bool noun = i + 1 < end && !w[i + 1].is_punct && !w[i + 1].capitalized &&
                            !is_name_stopword(w[i + 1].lower);
                return noun ? Gender::female : Gender::unknown;
            }
        }
        return Gender::unknown;
    }

    /// The person an inverted speech verb ending a narrated sentence names (", noted Dana
    /// Ruiz."), or kNone.
    std::size_t inverted_source(const std::vector<Word>& w, std::size_t first, std::size_t end) {
        for (std::size_t v = first + 1; v < end; ++v) {
            if (w[v - 1].text != "," || !is_speech_verb(w[v].lower) || w[v].capitalized) continue;
            // "Mara Vell, a journalist, told the Courier": after "told" comes the listener.
            if (is_tell(w[v].lower)) continue;
            std::optional<Mention> m = mention_after(w, v + 1, end, names_);
            if (!m || m->kind != MentionKind::name || !looks_like_person(*m)) continue;
            // "Brian Moody, the county chairman, said Trump continued …": the name opens the
            // clause the subject reports, and is no inverted source.
            std::size_t after = v + 1;
            while (after < end && (w[after].capitalized || w[after].lower.ends_with('.')) &&
                   !w[after].is_punct)
                ++after;
            if (after < end && opens_predicate(w[after])) continue;
            return find_or_add(*m, base_ + v);
        }
        return kNone;
    }

    /// True for a lower-case word that goes on a clause as its verb: "continued", "is",
    /// "would", "has".
    static bool opens_predicate(const Word& w) {
        static constexpr std::array<std::string_view, 16> kAuxiliaries = {
            "is", "was", "are", "were", "has", "had", "have", "would", "will", "could", "should",
            "can", "may", "might", "must", "did"};
        if (w.is_punct || w.capitalized) return false;
        return w.lower.ends_with("ed") ||
               in(kAuxiliaries, w.lower);
    }

    bool looks_like_person(const Mention& m) const {
        return m.gender != Gender::unknown || !m.titles.empty() ||
               m.text.size() > joined(m.tokens).size() || is_character(m) ||
               find_person(m) != kNone;
    }

    /// Makes the subject of each narrated sentence, or clause closed by a semicolon, in
    /// words[first, last) the most salient person until it ends: a later "he said" means the
    /// man the sentence was about ("The lad turned to Basil. ‘Is it finished?’ he
    /// murmured"), not the last man it named. A subject may be a name, a pronoun or a
    /// description of a person.
    void see_subjects(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        for (std::size_t start = first; start < last;) {
            std::size_t end = start;
            while (end < last && w[end].text != "\"" && !ends_clause(w[end])) ++end;
            // "While Obama had singers, that concerns Crespo": a clause in front of the
            // sentence has a subject of its own, not the sentence's.
            std::size_t p = kNone;
            if (end > start && !is_subordinator(w[start].lower)) p = subject_of(w, start, end);
            if (p != kNone) people_[p].last_seen = std::max(people_[p].last_seen, base_ + end);
            start = end + 1;
        }
    }

    /// Collects the names that are subjects of a speech verb anywhere in the article, and the
    /// gender the pronouns right after them show (“Osric said, turning his head”).
    void learn_characters() {
        for (const Block& block : article_.blocks) {
            if (block.kind != BlockKind::paragraph) continue;
            std::vector<Word> w = split_words(block.text);
            auto learn = [&](const Mention& m, std::size_t after) {
                std::string key = joined(m.tokens);
                characters_.insert(key);
                characters_.insert(m.tokens.back());
                // "said Hetty Vale" makes the "Hetty" others call out a character too.
                if (m.tokens.size() >= 2) characters_.insert(m.tokens.front());
                int vote = 0;
                for (std::size_t i = after; i < w.size() && i < after + 15; ++i) {
                    if (w[i].ends_sentence() || is_quote_mark(w[i])) break;
                    // "Ruiz noted that Ana Lind can rebound and said she …": a pronoun after
                    // another name is more likely that person's.
                    if (w[i].capitalized && !w[i].is_punct && w[i].lower != "i" &&
                        !is_name_stopword(w[i].lower) &&
                        std::any_of(w[i].text.begin() + 1, w[i].text.end(),
                                    [](char c) { return c >= 'a' && c <= 'z'; }))
                        break;
                    Gender g = gender_of_pronoun(w[i].lower);
                    if (g != Gender::unknown) {
                        vote = g == Gender::male ? 1 : -1;
                        break;
                    }
                }
                if (m.gender != Gender::unknown) vote = m.gender == Gender::male ? 1 : -1;
                gender_votes_[key] += vote;
            };
            for (const Mention& m : name_runs(w, 0, w.size(), names_)) {
                if (m.speaks) learn(m, m.first_word + m.tokens.size() + 1);
                if (std::size_t said = pronoun_saying_next(w, m); said != kNone) learn(m, said);
                std::string h = honorific_of(m);
                if (is_miss(h)) unmarried_.insert(joined(m.tokens));
                if (is_mrs(h) && m.tokens.size() == 1) married_surnames_.insert(m.tokens.front());
                learn_name_age(w, m);
            }
            for (std::size_t v = 0; v + 1 < w.size(); ++v) {
                if (!is_speech_verb(w[v].lower) || w[v].capitalized) continue;
                // "urged Congress": an object; ", told the Herald": the listener.
                if (!inverted_verb(w, v) || is_tell(w[v].lower)) continue;
                std::size_t end = std::min(w.size(), v + 8);
                if (auto m = mention_after(w, v + 1, end, names_);
                    m && m->kind == MentionKind::name && !m->tokens.empty())
                    learn(*m, v + 1 + m->tokens.size());
            }
        }
    }

    /// "Hallam turned from the window. “It is,” he said.": the name a narrated sentence opens
    /// with, when a quotation follows that sentence and "he said" or "said she" follows the
    /// quotation, is a character, and the pronoun shows their gender. The index of that
    /// pronoun's verb phrase, or kNone.
    std::size_t pronoun_saying_next(const std::vector<Word>& w, const Mention& m) const {
        if (m.first_word > 0 && !w[m.first_word - 1].ends_sentence()) return kNone;
        // "Would the fall never end?": a word the article writes in lower case is no name.
        if (m.tokens.size() == 1 && names_.lower_case.contains(ascii_lower(m.tokens.front())))
            return kNone;
        std::size_t end = m.first_word;
        while (end < w.size() && !w[end].ends_sentence() && !is_quote_mark(w[end])) ++end;
        if (end + 2 >= w.size() || !w[end].ends_sentence() || !is_quote_mark(w[end + 1]))
            return kNone;
        std::size_t close = end + 2;
        while (close < w.size() && !is_quote_mark(w[close])) ++close;
        if (close + 2 >= w.size()) return kNone;
        const Word& a = w[close + 1];
        const Word& b = w[close + 2];
        bool said = (gender_of_pronoun(a.lower) != Gender::unknown && is_speech_verb(b.lower)) ||
                    (is_speech_verb(a.lower) && gender_of_pronoun(b.lower) != Gender::unknown);
        return said ? close + 1 : kNone;
    }

    /// "poor little Tom", "young Tom", "old Grey": a lower-case word of age before a name
    /// without an honorific tells how old the person is ("little Mr. Pike" is only short).
    /// "Master Tom" is young too: the honorific of a boy or a young man not yet of age, so
    /// never "the old gentleman".
    void learn_name_age(const std::vector<Word>& w, const Mention& m) {
        if (honorific_of(m) == "master") name_ages_.emplace(joined(m.tokens), Age::young);
        if (m.first_word == 0 || m.text != joined(m.tokens)) return;
        const Word& before = w[m.first_word - 1];
        if (before.capitalized || before.is_punct) return;
        Age age = before.lower == "little" ? Age::child
                  : before.lower == "young" ? Age::young
                  : before.lower == "old"   ? Age::old
                                            : Age::unknown;
        if (age != Age::unknown) name_ages_.emplace(joined(m.tokens), age);
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

    /// As resolve, for the subject of a speech verb: a name is remembered as one the
    /// narration gives speech to.
    std::size_t resolve_speaker(const Mention& m, std::size_t position) {
        if (m.kind == MentionKind::name) said_by_name_.insert(m.text);
        resolved_pronoun_ = m.kind == MentionKind::pronoun;
        std::size_t p = resolve(m, position);
        if (p == kNone && m.kind == MentionKind::pronoun && m.gender != Gender::unknown) {
            p = ungendered_description(m.gender, position);
            if (p == kNone) p = unnamed(m.gender, position);
        }
        return p;
    }

    /// “…,” said the stranger. ¶ “…,” he said: when no named person of the pronoun's gender
    /// is met, "he" or "she" is the person the scene has just described by a word that
    /// shows no gender ("the stranger", "the nurse"), who then has it; else kNone.
    std::size_t ungendered_description(Gender gender, std::size_t position) {
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (!person.description || person.gender != Gender::unknown || person.institution ||
                excluded(p) || p == narrator_ || person.kin == "companion" ||
                person.last_seen + kDescribedReach < position)
                continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
        if (best != kNone) {
            people_[best].gender = gender;
            people_[best].last_seen = position;
        }
        return best;
    }

    /// “…,” she asked, before the story has named any woman: somebody unnamed of that gender,
    /// whom the next "she" means too, rather than whoever spoke last.
    std::size_t unnamed(Gender gender, std::size_t position) {
        Person person;
        person.name = gender == Gender::female ? "an unnamed woman" : "an unnamed man";
        person.gender = gender;
        person.description = true;
        person.unnamed = true;
        person.first_seen = position;
        person.last_seen = position;
        people_.push_back(std::move(person));
        return people_.size() - 1;
    }

    /// “…,” he said, before the story has named any man: the next man it names who speaks,
    /// soon after, is the one it was telling of (a story may begin with "he" and give his
    /// name later).
    void name_the_unnamed() {
        std::vector<std::size_t> named(people_.size(), kNone);
        std::vector<bool> speaks(people_.size(), false);
        for (std::size_t p : person_of_)
            if (p != kNone) speaks[p] = true;
        for (std::size_t u = 0; u < people_.size(); ++u) {
            if (!people_[u].unnamed) continue;
            std::size_t next = kNone;
            for (std::size_t p = 0; p < people_.size(); ++p)
                if (is_named(p) && speaks[p] && people_[p].gender == people_[u].gender &&
                    people_[p].first_seen > people_[u].first_seen &&
                    people_[p].first_seen <= people_[u].first_seen + kNamedLaterReach &&
                    (next == kNone || people_[p].first_seen < people_[next].first_seen))
                    next = p;
            named[u] = next;
        }
        give_lines_to(named);
    }

    /// As resolve_speaker, for the speaker the speech verb at words[v] introduces. A verb of
    /// going on (“…,” he added) is no reply: its "he" is not looked for across the turns.
    std::size_t resolve_at_verb(const std::vector<Word>& w, std::size_t v, const Mention& m) {
        if (is_continuation_verb(w[v].lower) && !turns_.empty() && !turns_.back().exchange)
            replying_to_ = kNone;
        return resolve_in_clause(w, v, m, base_ + v);
    }

    /// As resolve_speaker, for the subject of the speech verb at words[v]. "He beckoned
    /// Kronborg in and said": a person the pronoun's clause names before the verb is its
    /// object, somebody other than the pronoun's person, who is looked for with them set aside.
    std::size_t resolve_in_clause(const std::vector<Word>& w, std::size_t v, const Mention& m,
                                  std::size_t position) {
        std::size_t kept = spoken_of_.size();
        if (m.kind == MentionKind::pronoun) {
            std::size_t i = v;
            while (i > 0 && w[i - 1].text != "\"" && w[i - 1].text != ";" &&
                   !w[i - 1].ends_sentence() && w[i].lower != m.text)
                --i;
            // An object follows its verb or preposition; "and Emma replied" starts a clause.
            if (i < v && w[i].lower == m.text)
                for (const Mention& object : name_runs(w, i + 1, v, names_)) {
                    const Word& before = w[object.first_word - 1];
                    bool governed = !before.is_punct && !before.capitalized &&
                                    before.lower != "and" && before.lower != "but" && before.lower != "or";
                    if (!governed) continue;
                    if (std::size_t p = find_person(object); p != kNone) spoken_of_.push_back(p);
                }
        }
        std::size_t p = resolve_speaker(m, position);
        spoken_of_.resize(kept);
        return p;
    }

    std::size_t resolve(const Mention& m, std::size_t position) {
        switch (m.kind) {
            case MentionKind::name: {
                // “…, Miss Jemima?” asked Miss Pinkerton: nobody calls themself by name, so
                // a speaker's name that would be the one the statement calls is somebody else
                // of that name, and from then on the story has two Misses of it (sisters).
                if (std::size_t called = find_person(m);
                    called != kNone && called == excluded_ && is_miss(honorific_of(m)) &&
                    m.tokens.size() == 1)
                    several_misses_.insert(m.tokens.back());
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
        // “Is it far, Mr. Vance?” ¶ “Yes,” he said: a reply is by the one the turn before
        // spoke to.
        if (std::size_t partner = reply_partner(m.gender); partner != kNone) {
            people_[partner].last_seen = position;
            return partner;
        }
        // The subject of the sentence before, when it can be this person; in a reply, not the
        // one replied to. A description only when of the pronoun's gender and already heard.
        if (last_subject_ != kNone && !excluded(last_subject_) && last_subject_ != replying_to_ &&
            (!people_[last_subject_].description ||
             (people_[last_subject_].gender == m.gender && said_before(last_subject_))) &&
            !people_[last_subject_].institution &&
            compatible(people_[last_subject_].gender, m.gender) &&
            people_[last_subject_].last_seen + kSubjectReach >= position) {
            people_[last_subject_].last_seen = position;
            people_[last_subject_].gender = m.gender;
            return last_subject_;
        }
        std::size_t best = latest_of_gender(m.gender, position);
        // “…,” said the doctor. ¶ … The doctor felt his pulse. ¶ “…,” he said.: a description
        // of no gender shown that has spoken, the subject of the sentence before, rather than
        // somebody of the pronoun's gender who has not spoken lately.
        if (last_subject_ != kNone && !excluded(last_subject_) && last_subject_ != replying_to_ &&
            people_[last_subject_].description && !people_[last_subject_].institution &&
            people_[last_subject_].gender == Gender::unknown &&
            people_[last_subject_].name.starts_with("the ") && said_before(last_subject_) &&
            people_[last_subject_].last_seen + kSubjectReach >= position &&
            (best == kNone || !spoke_lately(best, position >> 20)))
            best = last_subject_;
        if (best != kNone) {
            people_[best].last_seen = position;
            people_[best].gender = m.gender;
        }
        return best;
    }

    /// True when person `p` has had a turn of dialogue in the few paragraphs before `b`.
    bool spoke_lately(std::size_t p, std::size_t b) const {
        constexpr std::size_t kReach = 6;  // paragraphs
        for (std::size_t t = turns_.size(); t-- > 0;) {
            if (turns_[t].block + kReach < b) break;
            if (turns_[t].person == p) return true;
        }
        return false;
    }

    /// The latest person of `gender`, or the latest named whose gender the article has not
    /// shown yet (the pronoun shows it); never a place or an institution. One the scene has
    /// shown to be of that gender goes before one it has not: "The girl took Mr. Vance's arm.
    /// ... she" is the girl, though Mr. Vance was named later. kNone when nobody fits.
    std::size_t latest_of_gender(Gender gender, std::size_t position) const {
        std::size_t best = kNone, shown = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            bool fits =
                !person.institution && (person.gender == gender ||
                                        (person.gender == Gender::unknown && !person.description));
            // "He looked like a man possessed": only somebody since called "the man" is met.
            if (!fits || excluded(p) || (person.introduced && !person.referred_to)) continue;
            // "she said, in a whisper to Nora": a name first met after the pronoun is not it.
            if (person.first_seen > position) continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
            if (person.gender == gender &&
                (shown == kNone || person.last_seen > people_[shown].last_seen))
                shown = p;
        }
        if (shown != kNone && people_[shown].last_seen + kShownReach >= position) best = shown;
        return best;
    }

    /// True when the narration has already given person `p` a line of their own with a
    /// speech verb and a name or description (“…,” said the old woman.; not "she said"): a
    /// description that has spoken is somebody of the scene, whom a later "she" means when
    /// the sentence before is about her (“The old woman turned. ‘Come in,’ she said.”),
    /// rather than a woman named since. The narrator's "I" is no such description.
    bool said_before(std::size_t p) const { return p != narrator_ && people_[p].heard; }

    /// In a reply, who "he" or "she" most likely is: the person the turn replied to called by
    /// name, else the other side of the conversation, if of `gender`; else kNone.
    std::size_t reply_partner(Gender gender) const {
        if (replying_to_ == kNone) return kNone;
        std::size_t called = turns_.back().addressee;
        if (called != kNone && called != replying_to_ && !excluded(called) &&
            people_[called].gender == gender)
            return called;
        return conversation_partner(gender);
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
        // "the statement continued": its author, when the article said whose it is; a
        // document nobody named sent, or nobody brought in, speaks as itself ("the letter
        // reads"): the one who spoke last may have nothing to do with it.
        if (is_document_noun(m.head)) {
            auto document = documents_.find(m.head);
            if (document != documents_.end() && document->second != kNone) return document->second;
        }
        // "said his mother's voice", "the Rabbit's voice": the voice speaks for its owner.
        if (m.head == "voice" && is_possessed(m)) {
            std::size_t mark = m.text.find("'s ");
            if (mark == std::string::npos) mark = m.text.find("’s ");
            std::vector<Word> w = split_words(m.text.substr(0, mark));
            if (auto owner = mention_after(w, 0, w.size(), names_);
                owner && owner->kind != MentionKind::pronoun)
                return resolve(*owner, position);
        }
        // "replied the other", "said his companion": the other side of the conversation.
        if (is_partner_noun(m.head)) {
            if (std::size_t p = conversation_partner(Gender::unknown); p != kNone) return p;
            // ... or, when the turn before the one replied to gives nobody else, whoever the
            // one replied to last spoke with or called by name (“Good morning, Peter,” said
            // Anna. ¶ “Are you going?” asked Anna. ¶ “Perhaps,” said the other.).
            if (replying_to_ != kNone)
                if (std::size_t p = partner_before(position >> 20, replying_to_);
                    p != kNone && !excluded(p))
                    return p;
        }
        // "said his wife": the woman of his family the story names.
        if (std::size_t p = family_member(m, position); p != kNone) {
            people_[p].last_seen = position;
            return p;
        }
        // "the man", "the young lady": whoever of that gender the scene has; "the doctor":
        // whoever has been called that. "The man with the black beard" is one particular
        // person, whom the same words always mean.
        bool one_person = m.distinguished || is_writers_own(m);
        std::size_t best = one_person ? described_as(m.text) : named_for_description(m, position);
        if (best == kNone && !one_person) best = titled(m);
        if (best == kNone && !one_person) best = child_of_the_scene(m, position);
        // "“…,” said his step-son." in reply to a man: his kin is the other side of the talk.
        if (best == kNone) best = kin_replying(m);
        if (best == kNone) {
            Person person;
            person.name = m.text;
            person.titles = m.titles;
            person.gender = m.gender;
            person.age = age_of(m);
            person.description = true;
            person.institution = is_place_or_institution(m);  // "the company said"
            person.indefinite = is_indefinite(m);
            // "said a gentleman": brought in by the attribution itself.
            person.introduced = person.indefinite && !is_possessed(m) &&
                                m.gender != Gender::unknown && !is_one_of_a_group(m.text);
            people_.push_back(std::move(person));
            best = people_.size() - 1;
        }
        people_[best].last_seen = position;
        people_[best].referred_to = true;  // somebody brought in as "a girl" is met now
        if (!is_indefinite(m)) people_[best].described.insert(ascii_lower(m.text));
        learn_age(best, age_of(m));
        return best;
    }

    /// Person `p` described with `age`: "the young man" or "the old man" says more than "the
    /// man"; the first of those is kept.
    void learn_age(std::size_t p, Age age) {
        Age& known = people_[p].age;
        if (known == Age::unknown || (known == Age::grown && age != Age::child)) known = age;
    }

    /// In a reply to a man, "said his cousin" (to a woman, "her cousin"): a person of the
    /// family of the one replied to, who in a talk of two is the other side of the talk.
    std::size_t kin_replying(const Mention& m) const {
        bool his = m.text.starts_with("his "), her = m.text.starts_with("her ");
        if ((!his && !her) || std::count(m.text.begin(), m.text.end(), ' ') != 1 ||
            !is_kin_noun(m.head) || replying_to_ == kNone ||
            people_[replying_to_].gender != (his ? Gender::male : Gender::female))
            return kNone;
        std::size_t partner = conversation_partner(gender_of_title(m.head));
        if (partner == kNone) return kNone;
        // With a third person in the talk, the kin may be that one ("said her mother" while
        // two sisters talk in front of her).
        std::size_t looked = 0;
        for (std::size_t i = turns_.size(); i-- > 0 && looked < kConversationLookback; ++looked) {
            if (!same_conversation(turns_[i].block, turns_.back().block)) break;
            if (turns_[i].person != partner && turns_[i].person != replying_to_) return kNone;
        }
        return partner;
    }

    /// Who a description of kin ("his wife", "her father", "his lady") means. Its owner is
    /// the subject of the sentence before when of the owner's gender, else the latest person
    /// of that gender; the kin is the named person of its gender bearing the owner's family
    /// name, else the one the same words for the same owner meant before, else somebody new
    /// (named by the words) until the story names them (see name_kin). kNone when the words
    /// are no kin.
    std::size_t family_member(const Mention& m, std::size_t position) {
        bool his = m.text.starts_with("his "), her = m.text.starts_with("her ");
        std::size_t words = static_cast<std::size_t>(std::count(m.text.begin(), m.text.end(), ' '));
        if ((!his && !her) || words > 2 || !is_family_noun(m.head, his)) return kNone;
        Gender owner_gender = his ? Gender::male : Gender::female;
        std::string kin = m.head == "lady" ? "wife" : m.head;
        std::size_t owner = kNone;
        if (last_subject_ != kNone && is_named(last_subject_) &&
            people_[last_subject_].gender == owner_gender)
            owner = last_subject_;
        if (owner == kNone)
            for (std::size_t p = 0; p < people_.size(); ++p)
                if (is_named(p) && people_[p].gender == owner_gender &&
                    (owner == kNone || people_[p].last_seen > people_[owner].last_seen))
                    owner = p;
        if (owner == kNone) return kNone;
        Gender kin_gender = gender_of_title(kin);
        if (std::size_t p = kin_named(owner, kin); p != kNone) return p;
        for (std::size_t p = 0; p < people_.size(); ++p)
            if (people_[p].kin_of == owner && people_[p].kin == kin) return p;
        if (std::size_t p = kin_replying(m); p != kNone) return p;
        Person person;
        person.name = m.text;
        person.titles = m.titles;
        person.gender = kin_gender;
        person.description = true;
        person.kin_of = owner;
        person.kin = kin;
        person.last_seen = position;
        people_.push_back(std::move(person));
        return people_.size() - 1;
    }

    /// The named person of `gender` bearing the family name of person `owner` (Mrs. Bennet
    /// for Mr. Bennet's wife), the latest seen; kNone if none.
    /// A wife or mother is not one the story calls only "Miss", a daughter or sister not one
    /// it calls only "Mrs.".
    std::size_t kin_named(std::size_t owner, std::string_view kin) const {
        const std::string& family = people_[owner].tokens.back();
        Gender gender = gender_of_title(kin);
        bool married = kin == "wife" || kin == "mother";
        bool unmarried = kin == "daughter" || kin == "sister";
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (p == owner || !is_named(p) || person.tokens.back() != family ||
                person.gender != gender)
                continue;
            if ((married && person.called_miss && !person.called_mrs) ||
                (unmarried && person.called_mrs && !person.called_miss))
                continue;
            if (best == kNone || people_[p].last_seen > people_[best].last_seen) best = p;
        }
        return best;
    }

    /// Gives every quotation of a person p with named[p] set to named[p]: the person a
    /// description, an unnamed "he" or a call-name turned out to be.
    void give_lines_to(const std::vector<std::size_t>& named) {
        for (std::size_t& q : person_of_)
            if (q != kNone && named[q] != kNone) q = named[q];
    }

    bool is_named(std::size_t p) const {
        return !people_[p].description && !people_[p].institution && !people_[p].tokens.empty();
    }

    /// "Said his lady" at the start, "Mrs. Bennet" later: once the story names somebody of
    /// the kin's gender with the owner's family name, the kin's lines are theirs.
    void name_kin() {
        for (std::size_t& q : person_of_) {
            if (q == kNone || people_[q].kin_of == kNone || people_[q].kin == "companion") continue;
            if (std::size_t p = kin_named(people_[q].kin_of, people_[q].kin); p != kNone) q = p;
        }
    }

    /// The person known only by the description `text` ("the man with the black beard"), or
    /// kNone.
    std::size_t described_as(std::string_view text) const {
        for (std::size_t p = 0; p < people_.size(); ++p)
            if (people_[p].description && people_[p].name == text) return p;
        return kNone;
    }

    /// The person last seen of those the same definite description (`text`, "The girl") was
    /// read as before, or kNone.
    std::size_t read_as(const std::string& text) const {
        std::string lower = ascii_lower(text);
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p)
            if (people_[p].described.contains(lower) &&
                (best == kNone || people_[p].last_seen > people_[best].last_seen))
                best = p;
        return best;
    }

    /// The person last seen of those a definite description's head has named before ("the
    /// doctor"), or kNone.
    std::size_t titled(const Mention& m) const {
        // "one longtime adviser", one of the several who hold a calling, is somebody new like
        // "an adviser"; not the adviser met before.
        bool one_of_several = (m.text.starts_with("one ") || m.text.starts_with("One ")) &&
                              is_title_word(m.head);
        if (is_indefinite(m) || one_of_several) return kNone;
        bool organization = is_acronym_description(m);
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            // In a reply, never the one replied to, however they were called before.
            if (std::find(person.titles.begin(), person.titles.end(), m.head) ==
                    person.titles.end() ||
                !ages_agree(person.age, age_of(m)) || p == replying_to_)
                continue;
            // "the IMF" is the organization, not a person once introduced with it ("IMF chief
            // economist Ann Lowe").
            if (organization && !person.description) continue;
            // "one of the women" is one of a group, whom "the woman" need not be.
            if (is_one_of_a_group(person.name)) continue;
            // A named person called so before, rather than the description standing alone.
            if (best == kNone ||
                (person.description == people_[best].description &&
                 person.last_seen > people_[best].last_seen) ||
                (!person.description && people_[best].description))
                best = p;
        }
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
    /// most likely means: the latest of that gender and a fitting age met in the last few
    /// paragraphs, who is not being addressed; but somebody the narration brought in there
    /// with the same noun ("a stout man" for "the man") before any named person. kNone for an
    /// indefinite one ("a girl" is somebody new).
    std::size_t named_for_description(const Mention& m, std::size_t position) {
        // "the Queen" is whoever holds that rank, not the latest woman named; "the policeman"
        // whoever does that work.
        if (m.gender == Gender::unknown || is_indefinite(m) || is_title_word(m.head) ||
            is_calling_by_gender(m.head))
            return kNone;
        Age age = age_of(m);
        std::size_t best = conversation_partner(m.gender);
        if (best != kNone && ages_agree(people_[best].age, age)) return best;
        best = kNone;
        // "said his uncle" late in a family's talk: the uncle named at its start.
        bool relative =
            (m.text.starts_with("his ") || m.text.starts_with("her ")) && is_relative_noun(m.head);
        std::size_t reach = relative ? kRelativeReach : kDescriptionReach;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            bool brought_in = person.introduced && person.titles.front() == m.head;
            if ((person.description && !brought_in) || person.gender != m.gender ||
                excluded(p) || p == replying_to_ || !ages_agree(person.age, age))
                continue;
            if (person.last_seen + reach < position) continue;
            auto rank = [&](const Person& r) {
                return std::pair{r.introduced && r.titles.front() == m.head, r.last_seen};
            };
            if (best == kNone || rank(person) > rank(people_[best])) best = p;
        }
        if (best != kNone) people_[best].titles.push_back(m.head);
        return best;
    }

    /// "said the child", then "pursued this vivacious infant": a child a definite description
    /// speaks of is the child of the scene, the one child met in the last twenty paragraphs;
    /// kNone if none or several.
    std::size_t child_of_the_scene(const Mention& m, std::size_t position) const {
        // Not "the girl" or "the boy": fiction calls young women and men so as well.
        static constexpr std::array<std::string_view, 6> kChildNouns = {
            "child", "infant", "baby", "urchin", "kid", "youngster"};
        if (!in(kChildNouns, m.head) || is_indefinite(m)) return kNone;
        std::size_t found = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (person.age != Age::child || person.last_seen + kNamedLaterReach < position ||
                !compatible(person.gender, m.gender))
                continue;
            if (found != kNone) return kNone;
            found = p;
        }
        return found != kNone && !excluded(found) && found != replying_to_ ? found : kNone;
    }

    /// The person who spoke in the previous paragraph, when it was a turn of dialogue, else
    /// kNone.
    std::size_t previous_turn_person(std::size_t b) const {
        if (turns_.empty() || turns_.back().block + 1 != b) return kNone;
        return turns_.back().person;
    }

    /// In a reply (a paragraph opening with a quotation right after another speaker's turn),
    /// the other person of the conversation: whoever spoke the turn before the one replied
    /// to, if of `gender` and not being addressed. Turns alternate: A, B, A.
    std::size_t conversation_partner(Gender gender) const {
        if (replying_to_ == kNone || turns_.size() < 2) return kNone;
        const Turn& before = turns_[turns_.size() - 2];
        if (!same_conversation(before.block, turns_.back().block)) return kNone;
        std::size_t p = before.person;
        if (p == replying_to_ || excluded(p) || people_[p].description ||
            (gender != Gender::unknown && people_[p].gender != gender))
            return kNone;
        return p;
    }

    /// True for a woman's given name and surname ("Hetty Vale") the article shows unmarried:
    /// it writes "Miss" before her given name ("Miss Hetty", "Miss Hetty Vale"), or it has both
    /// a Mrs. and a Miss Vale, and the one it calls by her given name is the daughter.
    bool is_unmarried(const std::vector<std::string>& tokens) const {
        if (tokens.size() < 2) return false;
        return unmarried_.contains(joined(tokens)) || unmarried_.contains(tokens.front()) ||
               (unmarried_.contains(tokens.back()) && married_surnames_.contains(tokens.back()));
    }

    /// The person a name refers to: the latest one sharing its surname, or its first name when
    /// only one of the two is written, and no conflicting gender; kNone for a new name.
    std::size_t find_person(const Mention& m) const {
        Gender gender = m.gender != Gender::unknown ? m.gender : learned_gender(m);
        bool bare = m.tokens.size() == 1 && m.text == m.tokens.front();
        bool woman_s_given_name =
            m.tokens.size() == 1 &&
            gender_of_first_name(names_.first_names, ascii_lower(m.tokens.front())) == Gender::female;
        bool ranked = is_rank(honorific_of(m));
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (person.description || !compatible(person.gender, gender)) continue;
            if ((!same_person(person.tokens, m.tokens) && !titled_given_name(person, m, ranked)) ||
                marital_conflict(person, m) || brothers(person, m) || sisters(person, m))
                continue;
            // "Mrs. Vale" is not the Hetty Vale the story calls "Miss Hetty" (or, when it has
            // a Mrs. and a Miss Vale, the one it calls by her given name): her mother.
            std::string h = honorific_of(m);
            if (is_mrs(h) && m.tokens.size() == 1 && !person.called_mrs &&
                is_unmarried(person.tokens))
                continue;
            if (!is_mrs(h) && is_unmarried(m.tokens) && person.tokens.size() == 1 &&
                person.called_mrs && !person.called_miss)
                continue;
            // "said Hall" is not Mrs. Hall: a story calls a woman known by her surname alone
            // "Mrs." or "Miss" every time, and a bare surname is her husband or a brother.
            // But "Miss Nancy" is the Nancy the story calls by her given name.
            bool lady = person.called_mrs || person.called_miss;
            if (bare && person.tokens.size() == 1 && lady && !woman_s_given_name) continue;
            // ...and "Mrs. Hall" is not the one the story has only called "Hall".
            if ((is_mrs(h) || is_miss(h)) && person.tokens.size() == 1 && !lady &&
                person.forms.contains(person.tokens.front()) && !woman_s_given_name)
                continue;
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

    /// True for "mr." and "mr", the honorific of a man.
    static bool is_mister(std::string_view lower) { return lower == "mr." || lower == "mr"; }

    /// True when the story has more than one Mr. of the surname both `person` and mention `m`
    /// bear ("the Mr. Lorings") and one of them is written with a given name, the other only
    /// as "Mr. Loring": then "Mr. Loring" is the head of the family and "Mr. Hugh Loring" (or
    /// "Hugh Loring") his brother or son.
    bool brothers(const Person& person, const Mention& m) const {
        if (person.tokens.empty() || m.tokens.empty() ||
            !several_misters_.contains(m.tokens.back()) || person.tokens.back() != m.tokens.back())
            return false;
        bool person_mister_only = person.tokens.size() == 1 &&
                                  std::any_of(person.forms.begin(), person.forms.end(),
                                              [](const auto& f) {
                                                  return f.first.starts_with("Mr");
                                              });
        return (person_mister_only && m.tokens.size() >= 2) ||
               (person.tokens.size() >= 2 && m.tokens.size() == 1 && is_mister(honorific_of(m)));
    }

    /// True when the story has two Misses of the surname `person` and mention `m` bear and
    /// `m` is "Miss" and the surname alone, while the story calls `person` "Miss" and her given
    /// name: "Miss Pinkerton" is the elder sister, "Miss Jemima" (Pinkerton) the younger.
    bool sisters(const Person& person, const Mention& m) const {
        return m.tokens.size() == 1 && person.tokens.size() >= 2 &&
               several_misses_.contains(m.tokens.back()) &&
               person.tokens.back() == m.tokens.back() && is_miss(honorific_of(m)) &&
               unmarried_.contains(person.tokens.front());
    }

    /// "Ned" for the "Lord Edward" of the story: a familiar given name alone is the person
    /// a title of rank names by its formal form, the given name a lord or lady goes by.
    /// `ranked` tells whether the mention `m` is written with such a title.
    static bool titled_given_name(const Person& person, const Mention& m, bool ranked) {
        return person.tokens.size() == 1 && m.tokens.size() == 1 &&
               (ranked || person.called_by_rank) &&
               same_given_name(person.tokens.front(), m.tokens.front());
    }

    /// True for the lower-case honorifics of a title of rank: Lord, Lady, Sir.
    static bool is_rank(std::string_view honorific) {
        return honorific == "lord" || honorific == "lady" || honorific == "sir";
    }

    /// The person a name refers to (see find_person), a new person otherwise.
    std::size_t find_or_add(const Mention& m, std::size_t position) {
        std::size_t best = find_person(m);
        if (best == kNone) {
            people_.push_back({});
            best = people_.size() - 1;
            people_[best].first_seen = position;
        }
        Person& person = people_[best];
        int& uses = person.forms[m.text];
        ++uses;
        // The fullest form, and of those the one the article uses most ("Bill Ostley" rather
        // than a single "Mr. William Ostley"), else the one whose first name the article uses
        // most ("Bill!" over and over, "William" once), else the longer.
        auto first_name_uses = [&](const std::vector<std::string>& tokens) {
            auto found = capitalized_uses_.find(tokens.front());
            return found == capitalized_uses_.end() ? 0 : found->second;
        };
        bool tie = m.tokens.size() == person.tokens.size() && m.text != person.name &&
                   uses == person.forms[person.name];
        int first_m = tie ? first_name_uses(m.tokens) : 0;
        int first_p = tie ? first_name_uses(person.tokens) : 0;
        // "the Dormouse" rather than "Dormouse": a name the article writes with its article.
        bool plain = person.name == joined(person.tokens) || person.name.starts_with("the ");
        if (m.tokens == person.tokens && plain &&
            m.text.starts_with("the ") != person.name.starts_with("the ")) {
            if (m.text.starts_with("the ")) person.name = m.text;
        } else if (m.tokens.size() > person.tokens.size() ||
            (m.tokens.size() == person.tokens.size() && m.text != person.name &&
             uses > person.forms[person.name]) ||
            (tie && (first_m > first_p ||
                     (first_m == first_p && m.text.size() > person.name.size())))) {
            person.name = m.text;
            person.tokens = m.tokens;
        }
        if (person.gender == Gender::unknown) person.gender = m.gender;
        if (person.gender == Gender::unknown) person.gender = learned_gender(m);
        if (auto age = name_ages_.find(joined(m.tokens)); age != name_ages_.end())
            learn_age(best, age->second);
        person.called_mrs = person.called_mrs || is_mrs(honorific_of(m));
        person.called_miss = person.called_miss || is_miss(honorific_of(m));
        person.called_by_rank = person.called_by_rank || is_rank(honorific_of(m));
        person.institution = person.institution || is_place_or_institution(m);
        person.titles.insert(person.titles.end(), m.titles.begin(), m.titles.end());
        person.last_seen = std::max(person.last_seen, position);
        return best;
    }

    static bool same_person(const std::vector<std::string>& a, const std::vector<std::string>& b) {
        if (a.empty() || b.empty()) return false;
        // Bill Ostley / William Ostley: the same given name in a familiar form.
        if (a.size() >= 2 && b.size() >= 2)
            return same_given_name(a.front(), b.front()) && a.back() == b.back();
        if (a.back() == b.back()) return true;                 // Albence / Matthew Albence
        // Alice / Alice Liddell, and Bill / William Ostley: a familiar given name alone is the
        // person whose full name has its formal form; two given names written alone are one
        // person only when they are the same word.
        if (a.size() == 1 && b.size() == 1) return a[0] == b[0];
        return a.size() == 1 ? same_given_name(a[0], b.front()) : same_given_name(b[0], a.front());
    }

    struct Turn {
        std::size_t block;
        std::size_t person;
        std::size_t addressee;  ///< the person the turn calls by name, or kNone
        std::optional<Mention> called = {};  ///< the first name the turn calls out, known or not
        bool exchange = false;  ///< short or a question: a line of dialogue, not a statement
        bool attributed = false;  ///< a quotation of it has an attribution of its own
        bool asks = false;        ///< its last quotation ends in a question or exclamation
    };

    const Article& article_;
    const std::vector<Quote>& quotes_;
    Lexicon names_;
    Attribution result_;
    std::vector<Person> people_;
    std::vector<std::size_t> person_of_;  ///< per quote
    std::vector<bool> explicit_;          ///< per quote: attributed by its own sentence
    std::vector<bool> by_pronoun_;        ///< ... and by a pronoun there ("he said")
    std::vector<bool> led_in_;            ///< per quote: said by whom a colon before it introduces
    bool lead_in_colon_ = false;          ///< the last paragraph ends in a colon
    bool resolved_pronoun_ = false;       ///< the latest speaker resolved was a pronoun
    std::vector<std::size_t> addressee_;  ///< per quote: the person it calls by name
    std::vector<std::size_t> spoken_of_;  ///< people the current paragraph's statements speak of
    std::vector<std::vector<std::size_t>> speaks_of_;  ///< per quote: its spoken_of
    std::vector<std::size_t> statements_;  ///< the current paragraph's statements
    std::vector<Turn> turns_;             ///< paragraphs with a known speaker, in order
    Turn lead_in_{kNone, kNone, kNone};   ///< who the last paragraph's closing colon introduces
    bool lead_in_names_ = false;          ///< lead_in_ names its speaker as "said" does
    Turn actor_{kNone, kNone, kNone};     ///< the subject of the last narrated paragraph
    std::optional<Source> source_;        ///< who the last narrated paragraph's end quotes
    std::size_t source_block_ = kNone;    ///< the paragraph `source_` was found in
    std::size_t excluded_ = kNone;        ///< the current statement's addressee
    std::size_t replying_to_ = kNone;     ///< the previous turn's speaker, in a reply
    std::unordered_set<std::string> characters_;  ///< names (and surnames) that speak somewhere
    std::unordered_map<std::string, int> gender_votes_;  ///< per name: male minus female clues
    std::unordered_map<std::string, int> capitalized_uses_;  ///< per capitalized word
    std::unordered_map<std::string, Age> name_ages_;  ///< per name: the age a word before it shows
    std::unordered_set<std::string> narrated_names_;  ///< names (tokens) the narration uses
    std::unordered_set<std::string> unmarried_;  ///< names (tokens) written after "Miss"
    std::unordered_set<std::string> married_surnames_;  ///< surnames written after "Mrs."
    std::unordered_set<std::string> several_misters_;  ///< surnames written "Mr. ...s"
    std::unordered_set<std::string> several_misses_;   ///< surnames of sisters, each called Miss
    std::unordered_set<std::string> said_by_name_;  ///< name forms a speech verb attributes to
    /// per document noun ("letter"): the author of the latest one narration introduced, or
    /// kNone when it was sent by nobody named
    std::unordered_map<std::string, std::size_t> documents_;
    bool dialogue_ = false;  ///< the article has lines of dialogue (see count_dialogue_lines)
    bool report_ = false;    ///< hardly any: its quotations are statements, not a conversation
    bool story_ = false;     ///< a dialogue of four statements or more, one in ten a line
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
