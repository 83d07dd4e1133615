#include "core/words.h"

#include <doctest/doctest.h>

#include "core/speech_verbs.h"

using namespace narrate;

TEST_CASE("words keep abbreviation periods, inner apostrophes and hyphens") {
    std::vector<std::string> out;
    for (const Word& w : split_words("Mr. O'Neil, a U.S. co-chair, said it. Done")) out.push_back(w.text);
    CHECK(out == std::vector<std::string>{"Mr.", "O'Neil", ",", "a", "U.S.", "co-chair", ",",
                                          "said", "it", ".", "Done"});
    auto w = split_words("Ends.");
    CHECK(w.back().ends_sentence());
}

TEST_CASE("speech verbs in their forms") {
    for (const char* v : {"said", "says", "told", "asked", "wrote", "tweeted", "adds",
                          "continued", "explaining", "replies", "cried"})
        CHECK(is_speech_verb(v));
    // A doubled consonant before -ed and -ing.
    for (const char* v : {"admitted", "admitting", "snapped", "quipping", "sobbed"})
        CHECK(is_speech_verb(v));
    for (const char* v : {"walked", "table", "sad"}) CHECK_FALSE(is_speech_verb(v));
    // Verbs whose other forms are mostly nouns speak only in the past.
    for (const char* v : {"questioned", "charged"}) CHECK(is_speech_verb(v));
    for (const char* v : {"questions", "charges"}) CHECK_FALSE(is_speech_verb(v));
}

TEST_CASE("a party and state abbreviation in parentheses does not end the sentence") {
    std::vector<std::string> out;
    for (const Word& w : split_words("Rep. Dana Ruiz (D-Md.) said (Calif.) it (see below.)"))
        out.push_back(w.text);
    CHECK(out == std::vector<std::string>{"Rep.", "Dana", "Ruiz", "(", "D-Md.", ")", "said", "(",
                                          "Calif.", ")", "it", "(", "see", "below", ".", ")"});
}

TEST_CASE("a period before a comma belongs to its word") {
    auto w = split_words("Ann Holt, R-Ky., said it, etc., twice.");
    CHECK(w[3].text == "R-Ky.");
    CHECK(w[8].text == "etc.");
    CHECK(w.back().ends_sentence());
}

TEST_CASE("a verb and its particle report speech in fiction") {
    CHECK(is_phrasal_speech_verb("went", "on"));
    CHECK(is_phrasal_speech_verb("broke", "in"));
    CHECK(is_phrasal_speech_verb("put", "in"));
    CHECK_FALSE(is_phrasal_speech_verb("went", "in"));
    CHECK_FALSE(is_phrasal_speech_verb("put", "on"));
}

TEST_CASE("an initial or a dotted word before a word that opens sentences ends the sentence") {
    auto texts = [](std::string_view text) {
        std::vector<std::string> out;
        for (const Word& w : split_words(text)) out.push_back(w.text);
        return out;
    };
    CHECK(texts("He moved to the U.S. The move took a year.") ==
          std::vector<std::string>{"He", "moved", "to", "the", "U.S", ".", "The", "move", "took", "a", "year", "."});
    CHECK(texts("It ended at 5 p.m. It was late.")[4] == "p.m");
    CHECK(texts("They chose plan B. But it failed.")[3] == "B");
    // Names and titles go on: a capitalized word that is no sentence opener, another initial,
    // a title before a name.
    CHECK(texts("the U.S. Army")[1] == "U.S.");
    CHECK(texts("John F. Kennedy")[1] == "F.");
    CHECK(texts("J. T. The Third")[0] == "J.");
    CHECK(texts("said Mr. The")[1] == "Mr.");
}

TEST_CASE("a pronoun and its clitic are two words, other apostrophes join") {
    std::vector<std::string> out;
    for (const Word& w : split_words("I've said it; they’ll go. It's Ann's, don't O'Neil"))
        out.push_back(w.text);
    CHECK(out == std::vector<std::string>{"I", "'ve", "said", "it", ";", "they", "’ll", "go", ".",
                                          "It", "'s", "Ann's", ",", "don't", "O'Neil"});
    auto w = split_words("I'd");
    CHECK(w[0].capitalized);
    CHECK_FALSE(w[1].capitalized);
    CHECK(w[1].start == 1);
}
