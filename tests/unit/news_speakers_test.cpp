// Quotation roles and speakers in the conventions of news writing: reported clauses, ages and
// hometowns, possessive and prepositional descriptions, introductory phrases.
#include <doctest/doctest.h>

#include "core/speakers.h"
#include "core/text_reader.h"

using namespace narrate;

namespace {

struct Heard {
    std::string words;
    std::string speaker;
    bool mention = false;
};

std::vector<Heard> heard(const std::string& body) {
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

std::string speaker_of(const std::string& body, std::size_t quote = 0) {
    auto h = heard(body);
    REQUIRE(quote < h.size());
    return h[quote].speaker;
}

}  // namespace

TEST_CASE("news: a quotation completing a reported clause after pronouns is a statement") {
    auto h = heard("The senator said he would “introduce a bill in the next session of Congress.”");
    REQUIRE(h.size() == 1);
    CHECK_FALSE(h[0].mention);
    CHECK(h[0].speaker == "The senator");
    CHECK_FALSE(heard("Mr. Park said that if “the court rules against us, we will appeal.”")[0].mention);
    // A noun between the verb and the quotation: the narrator's sentence goes on.
    CHECK(heard("Ms. Lee said the new toll “would be too high for most of the drivers.”")[0].mention);
    // A short fragment stays a mention.
    CHECK(heard("She said he was “very tired.”")[0].mention);
}

TEST_CASE("news: an age and a hometown between the name and the verb") {
    CHECK(speaker_of("“We need unity,” Harry Bolt, 30, of Raleigh, N.C., who was among those "
                     "polled, said in an interview.") == "Harry Bolt");
    CHECK(speaker_of("“Prices keep rising,” Mina Osei, 52, of Dayton, said.") == "Mina Osei");
}

TEST_CASE("news: a capitalized first word describing a person before the name") {
    auto h = heard(
        "Conservative economist Ravi Tamsin, who studies tax policy at the institute, said the "
        "outline did not clarify the matter.\n\n"
        "“I don't see details about who is left out,” he said after reading it.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Ravi Tamsin");
}

TEST_CASE("news: a description with a prepositional phrase is said in full") {
    CHECK(speaker_of("“The plan is dead,” said a person close to the governor.") ==
          "a person close to the governor");
    CHECK(speaker_of("“There was no order,” said the base chief known as Bob.") ==
          "the base chief known as Bob");
    CHECK(speaker_of("“The talks failed,” said a spokeswoman for the Budget Committee on Monday.") ==
          "a spokeswoman for the Budget Committee");
}

TEST_CASE("news: somebody described by whose they are is not the owner") {
    auto h = heard(
        "Mary Lindqvist spoke first.\n\n"
        "Mary Lindqvist's right-hand woman rallied supporters, saying: “We have to be ready.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mary Lindqvist's right-hand woman");
}
