#include "core/speakers.h"

#include <algorithm>
#include <array>
#include <limits>

#include "core/mentions.h"
#include "core/quote_roles.h"
#include "core/speech_verbs.h"
#include "core/words.h"

namespace narrate {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// How far past the quotation a speech verb may stand and still attribute it, in words.
constexpr std::size_t kVerbReach = 12;

/// Nouns for what was said rather than who said it: "the statement continued" is its author.
bool is_document_noun(std::string_view lower) {
    static constexpr std::array<std::string_view, 16> kDocuments = {
        "statement", "release", "email", "letter", "report", "memo", "post", "tweet", "message",
        "note", "announcement", "filing", "complaint", "lawsuit", "document", "passage"};
    return std::find(kDocuments.begin(), kDocuments.end(), lower) != kDocuments.end();
}

bool compatible(Gender a, Gender b) {
    return a == Gender::unknown || b == Gender::unknown || a == b;
}

/// Somebody the article mentions: the people quotations are attributed to, and the named
/// people a pronoun may refer back to.
struct Person {
    std::string name;                 ///< the fullest form seen
    std::vector<std::string> tokens;  ///< of that form, honorific left out
    std::vector<std::string> titles;  ///< lower-case titles and descriptions seen with it
    Gender gender = Gender::unknown;
    bool description = false;         ///< known only by a description ("the old man")
    std::size_t last_seen = 0;        ///< position of the latest mention
    std::size_t speaker = kNone;      ///< index into Attribution::speakers, once quoted
    bool speaks = false;              ///< seen as the subject of a speech verb
};

/// A paragraph's narration as words, with a marker word standing where each statement is.
struct Narration {
    std::vector<Word> words;
    std::vector<std::size_t> marker;  ///< per statement of the paragraph: its marker's index
};

class Attributor {
public:
    Attributor(const Article& article, const std::vector<Quote>& quotes, const FirstNames& names)
        : article_(article), quotes_(quotes), names_(names) {}

    Attribution run() {
        result_.speaker_of.assign(quotes_.size(), std::nullopt);
        result_.role.assign(quotes_.size(), QuoteRole::statement);
        person_of_.assign(quotes_.size(), kNone);
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            result_.role[q] = role_of(article_.blocks[quotes_[q].block].text, quotes_[q]);

        std::size_t q = 0;
        for (std::size_t b = 0; b < article_.blocks.size(); ++b) {
            std::size_t first = q;
            while (q < quotes_.size() && quotes_[q].block == b) ++q;
            if (article_.blocks[b].kind == BlockKind::paragraph) paragraph(b, first, q);
        }
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
    void paragraph(std::size_t b, std::size_t first, std::size_t last) {
        const std::string& text = article_.blocks[b].text;
        std::vector<std::size_t> statements;
        for (std::size_t i = first; i < last; ++i)
            if (result_.role[i] == QuoteRole::statement) statements.push_back(i);
        Narration n = narration(text, statements);
        statements_ = statements;
        base_ = b << 20;

        std::size_t from = 0;
        for (std::size_t k = 0; k < statements.size(); ++k) {
            see_names(n.words, from, n.marker[k]);
            person_of_[statements[k]] = explicit_speaker(n, k);
            if (person_of_[statements[k]] != kNone) last_speaker_ = person_of_[statements[k]];
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
            if (person_of_[i] == kNone) person_of_[i] = previous_turn(b);
            last_statement_ = i;
        }
        if (!statements.empty()) {
            last_statement_ = statements.back();
            std::size_t p = person_of_[statements.back()];
            if (p != kNone) {
                turns_.push_back({b, p});
                last_speaker_ = p;
            }
        }
    }

    /// The speaker of a paragraph of quotation with no attribution: in dialogue the one who
    /// spoke two turns back, otherwise whoever spoke in the paragraph just before.
    std::size_t previous_turn(std::size_t b) const {
        if (turns_.empty() || turns_.back().block + 1 != b) return kNone;
        const Turn& previous = turns_.back();
        if (turns_.size() >= 2) {
            const Turn& before = turns_[turns_.size() - 2];
            if (before.block + 2 == b && before.person != previous.person)
                return before.person;
        }
        return previous.person;
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
        for (std::size_t v = at + 1; v < after_end && v <= at + kVerbReach; ++v) {
            std::optional<Mention> m = speaker_at_verb(w, at + 1, v, after_end);
            if (m) return resolve(*m, base_ + v);
        }
        // Before it, from the start of its sentence.
        std::size_t before_start = at;
        while (before_start > 0 && w[before_start - 1].text != "\"" &&
               !w[before_start - 1].ends_sentence())
            --before_start;
        // “Yes,” she said, “I will.”: the second part is the first part's speaker's.
        if (before_start > 0 && k > 0 && person_of_[statements_[k - 1]] != kNone)
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

    /// The speaker a speech verb at `v` introduces, looking within [first, last).
    std::optional<Mention> speaker_at_verb(const std::vector<Word>& w, std::size_t first,
                                           std::size_t v, std::size_t last) const {
        if (w[v].is_punct) return std::nullopt;
        if (w[v].lower == "according" && v + 1 < last && w[v + 1].lower == "to")
            return mention_after(w, v + 2, last, names_);
        if (!is_speech_verb(w[v].lower)) return std::nullopt;
        bool inverted = true;  // nothing but punctuation and adverbs between quotation and verb
        for (std::size_t i = first; i < v; ++i)
            if (!w[i].is_punct && !is_verb_modifier(w[i].lower)) inverted = false;
        if (!inverted)
            if (auto m = mention_before(w, first, v, names_)) return m;
        return mention_after(w, v + 1, last, names_);
    }

    /// Registers the gendered names in narration, for pronouns to point back to.
    void see_names(const std::vector<Word>& w, std::size_t first, std::size_t last) {
        if (first >= last) return;
        for (const Mention& m : names_in(w, first, last, names_)) {
            std::size_t p = find_or_add(m, base_ + first);
            people_[p].speaks = people_[p].speaks || m.speaks;
        }
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
        // The latest person of that gender, or the latest who spoke and whose gender the
        // article has not shown yet (the pronoun shows it).
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            bool fits = person.gender == m.gender ||
                        (person.gender == Gender::unknown && person.speaks && !person.description);
            if (!fits) continue;
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
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (std::find(person.titles.begin(), person.titles.end(), m.head) ==
                person.titles.end())
                continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
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

    /// The person a name refers to: the latest one sharing its surname, or its first name when
    /// only one of the two is written, and no conflicting gender. A new person otherwise.
    std::size_t find_or_add(const Mention& m, std::size_t position) {
        std::size_t best = kNone;
        for (std::size_t p = 0; p < people_.size(); ++p) {
            const Person& person = people_[p];
            if (person.description || !compatible(person.gender, m.gender)) continue;
            if (!same_person(person.tokens, m.tokens)) continue;
            if (best == kNone || person.last_seen > people_[best].last_seen) best = p;
        }
        if (best == kNone) {
            people_.push_back({});
            best = people_.size() - 1;
        }
        Person& person = people_[best];
        if (m.tokens.size() > person.tokens.size() ||
            (m.tokens.size() == person.tokens.size() && m.text.size() > person.name.size())) {
            person.name = m.text;
            person.tokens = m.tokens;
        }
        if (person.gender == Gender::unknown) person.gender = m.gender;
        person.titles.insert(person.titles.end(), m.titles.begin(), m.titles.end());
        person.last_seen = position;
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
    };

    const Article& article_;
    const std::vector<Quote>& quotes_;
    const FirstNames& names_;
    Attribution result_;
    std::vector<Person> people_;
    std::vector<std::size_t> person_of_;  ///< per quote
    std::vector<std::size_t> statements_;  ///< the current paragraph's statements
    std::vector<Turn> turns_;             ///< paragraphs with a known speaker, in order
    std::size_t last_speaker_ = kNone;
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
