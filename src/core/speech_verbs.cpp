#include "core/speech_verbs.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "core/words.h"

namespace narrate {
namespace {

// Verb stems of saying, writing and the sounds of speech, in their base form. Every regular
// inflection (-s, -ed, -ing) is accepted; irregular past forms are listed below.
constexpr std::array<std::string_view, 172> kStems = {
    "say", "tell", "ask", "write", "tweet", "add", "continue", "explain", "reply", "answer",
    "cry", "exclaim", "shout", "whisper", "mutter", "murmur", "call", "observe", "remark",
    "repeat", "return", "begin", "interrupt", "declare", "announce", "argue", "warn", "note",
    "insist", "state", "acknowledge", "admit", "agree", "recall", "respond", "suggest", "claim",
    "complain", "conclude", "confirm", "emphasize", "emphasise", "stress", "post", "report",
    "urge", "testify", "joke", "laugh", "sigh", "groan", "scream", "yell", "retort", "rejoin",
    "demand", "inquire", "enquire", "plead", "protest", "resume", "persist", "pursue", "sob",
    "gasp", "stammer", "echo", "assure", "venture", "wonder", "muse", "snap", "growl", "hiss",
    "roar", "bellow", "falter", "ejaculate", "proceed", "comment", "text", "quip", "predict",
    "vow", "promise", "boast", "concede", "counter", "caution", "elaborate", "maintain",
    "contend", "assert", "think", "chime", "grumble", "chant",
    // The ways news reports speech: "she recounted", "he scoffed".
    "react", "recount", "reiterate", "lament", "scoff", "gush", "tout", "fume", "concur", "beam",
    "pledge", "bark", "mock", "interject", "riff", "surmise", "confess", "opine", "remember",
    // What a letter, sign or editorial says: "the letter reads", "reads a placard".
    "read",
    // The ways dialogue in fiction is spoken: "interposed the doctor", "sneered the boy".
    "interpose", "remonstrate", "bawl", "sneer", "assent", "bluster", "acquiesce", "thunder",
    "shriek", "squeak", "scold", "expostulate", "entreat", "implore", "stutter", "drawl",
    "mumble", "snarl", "jeer", "coax", "subjoin", "blubber", "pout", "pant", "proclaim",
    "whimper", "wail", "moan", "chuckle", "giggle", "lisp", "reflect", "reason",
    // More of fiction's: "hinted Tuppence", "queried the clerk", "croaked the old man".
    "hint", "advise", "tease", "query", "croak", "titter", "whine", "wheeze", "hazard",
    "screech", "breathe", "remind", "soliloquise", "soliloquize", "stipulate", "warble"};

// Irregular forms that the stem rules do not produce, and the past of verbs whose other forms
// are mostly nouns: "“…?” Beck questioned", "Kelly charged", but "answer questions", "the
// charges".
constexpr std::array<std::string_view, 18> kForms = {
    "said", "told", "wrote", "written", "began", "begun", "thought", "cried", "replied",
    "testified", "pleaded", "pled", "rejoined", "questioned", "charged", "sang", "quoth", "queried"};

/// Whether `s` is one of kStems: a hash lookup, since a book asks for every word (a search
/// of the list was a sixth of the text stages' time on a novel).
bool is_stem(std::string_view s) {
    static const std::unordered_set<std::string_view> stems(kStems.begin(), kStems.end());
    return stems.contains(s);
}

/// Whether the two letters before the last `suffix_size` bytes of `w` are one consonant doubled
/// (the "tt" of admitted).
bool doubles_before(std::string_view w, std::size_t suffix_size) {
    if (w.size() < suffix_size + 3) return false;
    char c = w[w.size() - suffix_size - 1];
    return c == w[w.size() - suffix_size - 2] && std::string_view("aeiouy").find(c) == std::string_view::npos;
}

bool has_stem(std::string_view w) {
    if (is_stem(w)) return true;
    auto ends = [&](std::string_view suffix) {
        return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
    };
    auto stem_of = [&](std::size_t cut, std::string_view add = "") {
        std::string s(w.substr(0, w.size() - cut));
        s += add;
        return is_stem(s);
    };
    if (ends("ies") && stem_of(3, "y")) return true;   // replies
    if (ends("es") && stem_of(2)) return true;         // stresses
    if (ends("s") && stem_of(1)) return true;          // says
    if (ends("ed") && (stem_of(2) || stem_of(1))) return true;  // added, stated
    if (ends("ing") && (stem_of(3) || stem_of(3, "e"))) return true;  // saying, writing
    // A stressed short last syllable doubles its consonant before -ed and -ing: admitted,
    // snapping, quipped.
    if (ends("ed") && doubles_before(w, 2) && stem_of(3)) return true;
    if (ends("ing") && doubles_before(w, 3) && stem_of(4)) return true;
    return false;
}

}  // namespace

bool is_speech_verb(std::string_view lower) {
    if (in(kForms, lower)) return true;
    return has_stem(lower);
}

bool is_plain_speech_verb(std::string_view lower) {
    return is_stem(lower);
}

bool is_continuation_verb(std::string_view lower) {
    static constexpr std::array<std::string_view, 6> kGoingOn = {
        "add", "continue", "resume", "proceed", "persist", "pursue"};
    for (std::string_view stem : kGoingOn) {
        // "add" + "", "s", "ed", "ing"; "continu" + "e", "es", "ed", "ing".
        bool silent_e = stem.ends_with('e');
        std::string_view base = silent_e ? stem.substr(0, stem.size() - 1) : stem;
        if (!lower.starts_with(base)) continue;
        std::string_view rest = lower.substr(base.size());
        if (rest == "ed" || rest == "ing" || rest == (silent_e ? "e" : "") ||
            rest == (silent_e ? "es" : "s"))
            return true;
    }
    return false;
}

bool is_phrasal_speech_verb(std::string_view verb, std::string_view particle) {
    struct Phrasal {
        std::string_view particle;
        std::array<std::string_view, 5> forms;
    };
    static constexpr std::array<Phrasal, 10> kPhrasal = {{
        {"on", {"went", "go", "goes", "going", "gone"}},
        {"in", {"broke", "break", "breaks", "breaking", "broken"}},
        {"in", {"put", "puts", "putting", "put", "put"}},
        {"in", {"struck", "strike", "strikes", "striking", "struck"}},
        {"out", {"burst", "bursts", "bursting", "burst", "burst"}},
        {"up", {"spoke", "speak", "speaks", "speaking", "spoken"}},
        {"out", {"pointed", "point", "points", "pointing", "pointed"}},
        // A retort in news: "Rubio fired back: “…”", "Hillary shot back, “…”".
        {"back", {"fired", "fire", "fires", "firing", "fired"}},
        {"back", {"shot", "shoot", "shoots", "shooting", "shot"}},
        {"back", {"hit", "hits", "hitting", "hit", "hit"}},
    }};
    return std::any_of(kPhrasal.begin(), kPhrasal.end(), [&](const Phrasal& p) {
        return p.particle == particle &&
               std::find(p.forms.begin(), p.forms.end(), verb) != p.forms.end();
    });
}

bool is_manner_adverb(std::string_view lower) { return lower.size() > 4 && lower.ends_with("ly"); }

bool is_verb_modifier(std::string_view lower) {
    static constexpr std::array<std::string_view, 31> kModifiers = {
        "also",       "later",   "then",  "has",     "had",        "have",     "would",   "will",
        "previously", "once",    "again", "further", "had",        "recently", "earlier", "still",
        "simply",     "finally", "now",   "often",   "repeatedly", "just",     "only",    "first",
        "once",       "even",    "did",   "does",    "never",      "too",      "thus"};
    if (in(kModifiers, lower)) return true;
    // "quietly said", "said angrily".
    return is_manner_adverb(lower);
}

bool is_verb_modifier(std::string_view lower, bool capitalized) {
    if (capitalized && lower.ends_with("ly")) return lower == "only" || lower == "recently" ||
                                                     lower == "repeatedly" || lower == "previously" ||
                                                     lower == "finally";
    return is_verb_modifier(lower);
}

}  // namespace narrate
