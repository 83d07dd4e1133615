#pragma once
// What the speaker tests hear of a text: each quotation's words, its speaker and whether it is
// a mention read by the narrator. Shared by speakers_test.cpp and news_speakers_test.cpp.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/speakers.h"
#include "core/text_reader.h"

namespace narrate::testing {

/// A quotation as the test sees it: its words, its speaker's name ("" for none) and role.
struct Heard {
    std::string words;
    std::string speaker;
    bool mention = false;
    bool operator==(const Heard&) const = default;
};

/// The quotations of a plain-text article made of a title and `body`, attributed with a
/// first-name table of two names (Anna, female; Peter, male).
inline std::vector<Heard> heard(const std::string& body) {
    static const FirstNames kNames = parse_first_names("Anna\tfemale\nPeter\tmale\n");
    ReadResult r = read_plain_text("Title\n\n" + body);
    std::vector<Quote> quotes = find_quotes(r.article);
    Attribution a = attribute_speakers(r.article, quotes, kNames);
    std::vector<Heard> out;
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const Quote& q = quotes[i];
        Heard h;
        h.words = r.article.blocks[q.block].text.substr(q.start, q.end - q.start);
        if (a.speaker_of[i]) h.speaker = a.speakers[*a.speaker_of[i]].name;
        h.mention = a.role[i] == QuoteRole::mention;
        out.push_back(h);
    }
    return out;
}

/// The speaker of quotation `quote` of `body`.
inline std::string speaker_of(const std::string& body, std::size_t quote = 0) {
    auto h = heard(body);
    REQUIRE(quote < h.size());
    return h[quote].speaker;
}

}  // namespace narrate::testing
