#include "core/quotes.h"

#include <doctest/doctest.h>

#include "core/text_reader.h"

using namespace narrate;

namespace {
/// The quoted words of each quotation found in `body` (the body follows a title line).
std::vector<std::string> quoted(const std::string& body) {
    ReadResult r = read_plain_text("Title\n\n" + body);
    std::vector<std::string> out;
    for (const Quote& q : find_quotes(r.article))
        out.push_back(r.article.blocks[q.block].text.substr(q.start, q.end - q.start));
    return out;
}
}  // namespace

TEST_CASE("curly and straight double quotes") {
    CHECK(quoted("“We are ready,” she said.") == std::vector<std::string>{"We are ready,"});
    CHECK(quoted("He said \"no\" and \"yes.\"") == std::vector<std::string>{"no", "yes."});
}

TEST_CASE("dialogue opened by a dash, with no closing mark, runs to its reporting clause") {
    CHECK(quoted("—Where are the oars? Nuala asked.") == std::vector<std::string>{"Where are the oars?"});
    CHECK(quoted("—The tide is out, she said quietly. We can walk across.") ==
          std::vector<std::string>{"The tide is out,", "We can walk across."});
    CHECK(quoted("--Is he the ferryman? asked Cormac.") == std::vector<std::string>{"Is he the ferryman?"});
    CHECK(quoted("— I will row, he said.") == std::vector<std::string>{"I will row,"});
    // A whole line with no reporting clause is all speech.
    CHECK(quoted("—Bring the lantern and the rope.") == std::vector<std::string>{"Bring the lantern and the rope."});
    // Not dialogue: a credit line, a signature, a rule, or a paragraph with its own marks.
    CHECK(quoted("--additional reporting by the harbour desk.").empty());
    CHECK(quoted("-- Dana").empty());
    CHECK(quoted("----").empty());
    CHECK(quoted("—“Row,” he said.") == std::vector<std::string>{"Row,"});
}

TEST_CASE("a quotation split by its attribution is two quotes") {
    CHECK(quoted("“Yes,” she said, “I will.”") ==
          std::vector<std::string>{"Yes,", "I will."});
    CHECK(quoted("\"Yes,\" she said, \"I will.\"") ==
          std::vector<std::string>{"Yes,", "I will."});
}

TEST_CASE("single quotes as quotation marks, apostrophes left alone") {
    CHECK(quoted("‘I don’t know,’ said Tom.") == std::vector<std::string>{"I don’t know,"});
    CHECK(quoted("'Come here,' he called, 'and sit.'") ==
          std::vector<std::string>{"Come here,", "and sit."});
    CHECK(quoted("Music of the ’90s was loud and we didn’t mind.").empty());
    CHECK(quoted("The students’ books were old and the teachers’ desks older.").empty());
    CHECK(quoted("Give 'em what they want, O'Brien said.").empty());
}

TEST_CASE("a possessive inside a single-quoted quotation does not close it") {
    CHECK(quoted("‘The students’ books are here,’ she said.") ==
          std::vector<std::string>{"The students’ books are here,"});
}

TEST_CASE("nested quotations stay part of the outer one") {
    CHECK(quoted("“He told me ‘never again’ and left,” she said.") ==
          std::vector<std::string>{"He told me ‘never again’ and left,"});
}

TEST_CASE("a quotation running over paragraphs is reopened, not closed") {
    ReadResult r = read_plain_text(
        "T\n\n“The first part of it\n\n“and the second part,” he said.\n\nNarration.\n");
    std::vector<Quote> q = find_quotes(r.article);
    REQUIRE(q.size() == 2);
    CHECK_FALSE(q[0].closed);
    CHECK_FALSE(q[0].continues_previous);
    CHECK(q[1].closed);
    CHECK(q[1].continues_previous);
    CHECK(r.article.blocks[q[1].block].text.substr(q[1].start, q[1].end - q[1].start) ==
          "and the second part,");
}

TEST_CASE("quotation marks in headings are not quotations") {
    ReadResult r = read_plain_text("T\n\nBody.\n\nThe “Big” Day\n\nMore.\n");
    CHECK(find_quotes(r.article).empty());
}

TEST_CASE("an opening mark typed after a word closes the open quotation") {
    CHECK(quoted("She called the tax “unfair“ in a speech.") ==
          std::vector<std::string>{"unfair"});
    CHECK(quoted("He wrote “Good night.“ Then he left.") ==
          std::vector<std::string>{"Good night."});
}

TEST_CASE("two apostrophes typed for a double quotation mark, as some newspapers' archives do") {
    CHECK(quoted("''We will rebuild,'' the mayor said.") ==
          std::vector<std::string>{"We will rebuild,"});
    // A single-quoted quotation nested inside stays part of it.
    CHECK(quoted("''They said 'never' to us,'' he said, ''and we won.''") ==
          std::vector<std::string>{"They said 'never' to us,", "and we won."});
    CHECK(quoted("The ''old'' bridge and the students' books.") ==
          std::vector<std::string>{"old"});
}

TEST_CASE("a stage direction in brackets inside a quotation is the narrator's") {
    CHECK(quoted("“Yes, my dear, if there is time.--But--(in a very low tone)--she was ill.”") ==
          std::vector<std::string>{"Yes, my dear, if there is time.--But--", "--she was ill."});
    CHECK(quoted("“Well, Anna, (with a gentle sigh,) what do you think of her?”") ==
          std::vector<std::string>{"Well, Anna,", "what do you think of her?"});
    CHECK(quoted("“A better letter, Anna (returning it,) than I had expected.”") ==
          std::vector<std::string>{"A better letter, Anna", "than I had expected."});
    // Brackets the speaker says: no stage direction.
    CHECK(quoted("“The plan (with the mantra of ‘reform’) failed,” he said.").size() == 1);
    CHECK(quoted("“We met in June (in 2019, I think) at the lake.”").size() == 1);
}
