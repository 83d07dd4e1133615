#include "core/speakers.h"

#include <doctest/doctest.h>

#include "core/text_reader.h"

using namespace narrate;

namespace {

/// A quotation as the test sees it: its words, its speaker's name ("" for none) and role.
struct Heard {
    std::string words;
    std::string speaker;
    bool mention = false;
    bool operator==(const Heard&) const = default;
};

FirstNames test_names() { return parse_first_names("Anna\tfemale\nPeter\tmale\n"); }

std::vector<Heard> heard(const std::string& body) {
    ReadResult r = read_plain_text("Title\n\n" + body);
    std::vector<Quote> quotes = find_quotes(r.article);
    Attribution a = attribute_speakers(r.article, quotes, test_names());
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

TEST_CASE("a speech verb after the quotation, in both word orders") {
    CHECK(speaker_of("“The bridge opens in May,” Mara Lind said.") == "Mara Lind");
    CHECK(speaker_of("“The bridge opens in May,” said Mara Lind.") == "Mara Lind");
    CHECK(speaker_of("“Is it safe?” asked Tomas Berg on Friday.") == "Tomas Berg");
}

TEST_CASE("the family of speech verbs") {
    for (const char* verb : {"told reporters", "wrote", "tweeted", "added", "continued",
                             "explained", "replied", "warned"}) {
        CAPTURE(verb);
        CHECK(speaker_of(std::string("“We are ready,” Mara Lind ") + verb + ".") == "Mara Lind");
    }
}

TEST_CASE("a speech verb before the quotation, and a colon") {
    CHECK(speaker_of("Mara Lind said, “The bridge opens in May.”") == "Mara Lind");
    CHECK(speaker_of("Mara Lind warned of delays: “The bridge will not open in May.”") ==
          "Mara Lind");
    CHECK(speaker_of("Mara Lind had one answer: “We build it again.”") == "Mara Lind");
}

TEST_CASE("according to") {
    CHECK(speaker_of("“Costs rose by a third,” according to Tomas Berg.") == "Tomas Berg");
}

TEST_CASE("titles in front of the name are set aside") {
    CHECK(speaker_of("“We will not wait,” acting Port Director Mara Lind said.") == "Mara Lind");
    CHECK(speaker_of("“No comment,” said RTA Spokeswoman Jessie Holm.") == "Jessie Holm");
}

TEST_CASE("an apposition between name and verb") {
    CHECK(speaker_of("“It is late,” Tomas Berg, the city's chief engineer, said.") ==
          "Tomas Berg");
    CHECK(speaker_of("“It is late,” said Tomas Berg, the city's chief engineer.") ==
          "Tomas Berg");
}

TEST_CASE("a later surname, pronoun or title is the same person, named in full") {
    auto h = heard(
        "“We start on Monday,” Port Director Mara Lind said.\n\n"
        "“The money is there,” Lind added.\n\n"
        "Peter Berg disagreed. “Not yet,” he said.\n\n"
        "“Nothing is decided,” the director said.");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Mara Lind");
    CHECK(h[1].speaker == "Mara Lind");
    CHECK(h[2].speaker == "Peter Berg");
    CHECK(h[3].speaker == "Mara Lind");
}

TEST_CASE("she and he follow the gender the article or the name table shows") {
    auto h = heard(
        "Anna Koval met Peter Sand at the harbour.\n\n"
        "“The boats are late,” she said.\n\n"
        "“They always are,” he said.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna Koval");
    CHECK(h[1].speaker == "Peter Sand");
}

TEST_CASE("a statement's author: 'the statement continued'") {
    auto h = heard(
        "“We object,” Mara Lind said in a statement.\n\n"
        "“The plan ignores the river,” the statement continued.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Mara Lind");
}

TEST_CASE("a quotation split by its attribution keeps its speaker") {
    auto h = heard("“Yes,” said Tomas Berg, looking away, “I will.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Tomas Berg");
    CHECK(h[1].speaker == "Tomas Berg");
}

TEST_CASE("a paragraph of quotation alone continues the previous speaker") {
    auto h = heard(
        "“We start on Monday,” Mara Lind said.\n\n"
        "“The money is there and the crews are hired.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Mara Lind");
}

TEST_CASE("unattributed dialogue turns alternate") {
    auto h = heard(
        "“Where were you?” asked Anna.\n\n"
        "“Out,” said Peter.\n\n"
        "“Out where?”\n\n"
        "“Just out.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Anna");
    CHECK(h[3].speaker == "Peter");
}

TEST_CASE("fragments, titles and scare quotes are mentions, not statements") {
    auto h = heard(
        "She called the plan “a disaster” and left. The film “Long River” opens today. "
        "Critics say the “reform” changes nothing.");
    REQUIRE(h.size() == 3);
    for (const Heard& x : h) CHECK(x.mention);
    CHECK_FALSE(heard("“The plan is a disaster,” she said.")[0].mention);
}

TEST_CASE("a quotation that is a speech verb's whole object, to the sentence end, is a statement") {
    CHECK_FALSE(heard("Ms. Lee said that “the bridge will open.” Work starts soon.")[0].mention);
    CHECK_FALSE(heard("The marchers chanted “Open the gates!” outside.")[0].mention);
    CHECK_FALSE(heard("Asked about the toll, Mr. Park said “too high.”")[0].mention);
    // Part of the sentence, or a name given to something: the narrator reads it.
    CHECK(heard("He said the toll was “too high” for most drivers.")[0].mention);
    CHECK(heard("She called the bridge “a folly.”")[0].mention);
}

TEST_CASE("a title-case title or slogan inside a sentence is a mention") {
    CHECK(heard("She read from her memoir, “Rivers And Roads,” at the library.")[0].mention);
    CHECK(heard("The ad ends with the slogan, “Build The Bridge.”")[0].mention);
    // With a speech verb beside it, or opening a paragraph, it is somebody's words.
    CHECK_FALSE(heard("The crowd chanted, “Save Our Bridge.”")[0].mention);
    CHECK_FALSE(heard("“Yes, Anna.”")[0].mention);
}

TEST_CASE("a markup attribute value is not a quotation") {
    CHECK(heard("<post author=\"Anna Lee\" date=\"May 1, 2016.\">Hello</post>")[0].mention);
}

TEST_CASE("first-name tables: NAME<TAB>gender lines, comments and junk skipped") {
    FirstNames n = parse_first_names("# names\nAnna\tfemale\r\nPeter\tmale\nbad line\nX\tother\n");
    CHECK(gender_of_first_name(n, "anna") == Gender::female);
    CHECK(gender_of_first_name(n, "peter") == Gender::male);
    CHECK(gender_of_first_name(n, "x") == Gender::unknown);
    CHECK(n.gender_of.size() == 2);
}

TEST_CASE("a name the statement calls out is its addressee, and speaks next") {
    auto h = heard(
        "“Good night, Peter,” said Orla.\n\n"
        "“Good night.”\n\n"
        "“Sleep well.”");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Orla");
    CHECK(h[1].speaker == "Peter");
    CHECK(h[2].speaker == "Orla");
    // Nor is the addressee the one a pronoun points to.
    CHECK(speaker_of("“Morning,” said Quillon, raising his hat. Peter Holm came up the path.\n\n"
                     "“You are late, Holm,” he said.",
                     1) == "Quillon");
}

TEST_CASE("the subject of the narrated sentence before an unattributed statement") {
    CHECK(speaker_of("“Where?” asked Orla.\n\n"
                     "Wendel smiled at the question. “Under the bridge.”\n\n"
                     "“Ah,” said Orla.\n\n“Yes,” said Wendel.",
                     1) == "Wendel");
}

TEST_CASE("a paragraph ending in a speech verb and a comma, or a colon, introduces the next") {
    CHECK(speaker_of("“Come in,” said Orla.\n\nWendel Brandt bowed, and answered slowly,\n\n"
                     "“I will, thank you.”",
                     1) == "Wendel Brandt");
    CHECK(speaker_of("“Come in,” said Orla.\n\nThen Wendel Brandt stood up:\n\n“No.”", 1) ==
          "Wendel Brandt");
}

TEST_CASE("a conversation goes on past a short narrated beat") {
    auto h = heard(
        "“Is it far?” asked Orla.\n\n"
        "“Not very,” said Wendel.\n\n"
        "The cart rolled on.\n\n"
        "“How far, then?”\n\n"
        "“An hour.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Orla");
    CHECK(h[3].speaker == "Wendel");
}

TEST_CASE("a long narrated paragraph ends the conversation: the last speaker goes on") {
    auto h = heard(
        "“The plan is sound,” Mara Lind said.\n\n"
        "The council met on Monday and heard the engineers, the residents and the budget "
        "office, and then adjourned until the next month without taking any vote on it. The "
        "engineers had asked for a decision before the spring floods, and the residents for "
        "another public hearing in the old school hall.\n\n"
        "“We disagree,” Tomas Berg said.\n\n"
        "“The costs are far too high for a town of this size.”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Tomas Berg");
}

TEST_CASE("a character's gender comes from the pronouns after their name") {
    // Neither name is in the name table: "his" shows Quillon male, so "he" is not Orla, who
    // spoke last.
    CHECK(speaker_of("“Yes,” said Quillon, raising his hat. “No,” said Orla, folding her "
                     "arms.\n\n“Why not?” he asked.",
                     2) == "Quillon");
}

TEST_CASE("a sentence's capitalized first word is not part of the name") {
    CHECK(speaker_of("“Yes,” said Wendel. Poor Wendel was tired.\n\n"
                     "Whispering Wendel said, “Go.”",
                     1) == "Wendel");
    CHECK(speaker_of("“Off with you,” said the Hatter.") == "the Hatter");
}

TEST_CASE("a speaker is named by the fullest form, the most used of those") {
    auto h = heard(
        "“Yes,” said Bill Sikes.\n\n“No,” said Bill Sikes.\n\n"
        "“Maybe,” said Mr. William Sikes.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Bill Sikes");
}

TEST_CASE("a definite description is the latest named person of its gender nearby") {
    auto h = heard(
        "Anna Brandt came into the kitchen.\n\n"
        "“Is there bread?” asked the girl.\n\n"
        "“A girl is at the door,” said Peter.\n\n"
        "“Let her in,” said a girl.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Anna Brandt");
    CHECK(h[2].speaker == "a girl");  // indefinite: somebody new
}

TEST_CASE("the subject of a narrated paragraph speaks the next paragraph's quotation") {
    CHECK(speaker_of("“Is he asleep?” asked Peter.\n\n"
                     "Anna Brandt bent over the cot.\n\n"
                     "“Let me take him.”",
                     1) == "Anna Brandt");
    // A description known as somebody's title counts; a thing does not.
    CHECK(speaker_of("“Sit,” said the doctor.\n\n“Thank you,” said Peter.\n\n"
                     "The doctor bent down.\n\n“Breathe in.”",
                     2) == "the doctor");
}

TEST_CASE("speech verbs of fiction: interposed, sneered, remonstrated") {
    for (const char* verb : {"interposed", "sneered", "remonstrated", "bawled", "drawled"}) {
        CAPTURE(verb);
        CHECK(speaker_of(std::string("“Not that way,” ") + verb + " Mara Lind.") == "Mara Lind");
    }
}

TEST_CASE("a first-person narrator takes the name the others call them by") {
    auto h = heard(
        "“Sit down, Quill,” said Odile. “You look tired.”\n\n"
        "“I am,” said I.\n\n"
        "“Then rest, Quill. The road is long.”\n\n"
        "“I will,” I answered.");
    REQUIRE(h.size() == 5);
    CHECK(h[2].speaker == "Quill");  // "said I." is the narrator, not a name "I."
    CHECK(h[4].speaker == "Quill");
    CHECK(h[0].speaker == "Odile");
    // A name the narration uses is somebody else's, not the narrator's.
    CHECK(speaker_of("Quill came in.\n\n“Sit down, Quill.”\n\n“I am,” said I.\n\n"
                     "“Rest, Quill.”\n\n“I will,” said I.",
                     1) == "the narrator");
}

TEST_CASE("a rank is a character of its own, not the latest person of its gender") {
    CHECK(speaker_of("Anna Brandt knelt before the throne.\n\n“Rise,” said the Queen.") ==
          "the Queen");
}

TEST_CASE("a description replying in dialogue is the other side, not the one replied to") {
    auto h = heard(
        "“Where is the well?” asked Mr. Vance.\n\n"
        "“Past the mill,” said Mr. Berg.\n\n"
        "“And the road?” asked the man.\n\n"
        "“Closed since May,” replied the man.");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Mr. Vance");
    CHECK(h[3].speaker == "Mr. Berg");
}

TEST_CASE("a description of a gender is read from its scene, each time") {
    auto h = heard(
        "Anna Brandt came into the kitchen.\n\n"
        "“Is there bread?” asked the girl.\n\n"
        "The week went by with rain every day, and the river rose over the lower fields, and "
        "nobody in the village spoke of anything but the dams, the cattle and the harvest that "
        "would not come this year, or the year after that.\n\n"
        "Mrs. Ilse Roth opened the door.\n\n"
        "“Who is there?” asked the girl.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna Brandt");
    CHECK(h[1].speaker == "Mrs. Ilse Roth");
}

TEST_CASE("an unattributed reply is the other person of the scene, named only in narration") {
    auto h = heard(
        "Anna Brandt sat by the fire when the door opened.\n\n"
        "“You are late,” said Mr. Vance.\n\n"
        "“The roads were bad.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna Brandt");
}

TEST_CASE("a speaking description is the named person whose side of the dialogue it takes") {
    auto h = heard(
        "“Is the gate shut?” asked Mr. Vance.\n\n"
        "“It is,” said Mr. Berg.\n\n"
        "“And the dogs?” asked Mr. Vance.\n\n"
        "“Fed and chained,” said the keeper.");
    REQUIRE(h.size() == 4);
    CHECK(h[3].speaker == "Mr. Berg");
}

TEST_CASE("'he said' is the man the sentence before was about, not the last man it named") {
    CHECK(speaker_of("“Is it done?” asked Peter.\n\n"
                     "Mr. Vance turned to Peter and smiled. “It is done,” he said.",
                     1) == "Mr. Vance");
    // A clause in front of the sentence has a subject of its own.
    CHECK(speaker_of("“Is it done?” asked Peter.\n\n"
                     "While Mr. Vance waited, the clerk gave Peter the key. “Thank you,” he said.",
                     1) == "Peter");
}

TEST_CASE("a name run ends where an honorific or a repeated word starts another name") {
    auto h = heard(
        "“We ride at dawn,” said Mr. Orrin Vale.\n\n"
        "To Harwick Messrs. Vale and Tobin rode. “Stop here,” said Vale.\n\n"
        "A miller, sir, plainly Tobin Tobin Hale. “Come in,” said Hale.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Mr. Orrin Vale");
    CHECK(h[2].speaker == "Tobin Hale");
}

TEST_CASE("Doctor is an honorific; a participle or preposition opening a sentence is no name") {
    CHECK(speaker_of("“Rest now,” said Doctor Amsel.\n\n“I will,” said Peter.\n\n"
                     "“Good,” said Amsel.",
                     2) == "Doctor Amsel");
    CHECK(speaker_of("“Come,” said Peter. Eyeing Mr. Hollis, he waited.\n\n"
                     "“Now,” said Mr. Hollis.",
                     1) == "Mr. Hollis");
}

TEST_CASE("in dialogue, a line nothing attributes goes to the scene's people, not to nobody") {
    CHECK(speaker_of("“Is it far?” asked Mr. Vance.\n\n"
                     "The road climbed through the pines for an hour and then for another, past "
                     "the quarry and the burnt chapel and the three wells, until the valley lay "
                     "under them like a map that somebody had folded and unfolded too often.\n\n"
                     "“Far enough for today.”",
                     1) == "Mr. Vance");
}

TEST_CASE("'he said' opening a reply is the one the turn before spoke to") {
    CHECK(speaker_of("“Is it far, Mr. Vance?” asked Peter.\n\n“An hour,” he said.", 1) ==
          "Mr. Vance");
    auto h = heard(
        "“Is it far?” asked Peter.\n\n"
        "“An hour,” said Mr. Vance.\n\n"
        "“And the bridge?” Mr. Hollis asked.\n\n"
        "“Closed,” he said.");
    REQUIRE(h.size() == 4);
    CHECK(h[3].speaker == "Mr. Vance");
}

TEST_CASE("a rank of a place is a name, and the rank alone is that person later") {
    auto h = heard(
        "“Welcome,” said the Duchess of Wexmoor.\n\n"
        "“Thank you,” said Peter.\n\n"
        "“Sit down,” said the duchess.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Duchess of Wexmoor");
    CHECK(h[2].speaker == "Duchess of Wexmoor");
}

TEST_CASE("a name only called out in the turns is the speaker on that side of the dialogue") {
    auto h = heard(
        "“Will you come, Peter?” asked Mr. Vance.\n\n"
        "“Gladly,” said Lord Aske.\n\n"
        "“Then hurry, Peter.”\n\n"
        "“I am hurrying.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Mr. Vance");
    CHECK(h[3].speaker == "Lord Aske");  // others call him Peter; the narration, Lord Aske
}

TEST_CASE("'the other' and 'his companion' are the other side of the conversation") {
    for (const char* who : {"the other", "his companion"}) {
        CAPTURE(who);
        CHECK(speaker_of(std::string("“Is it far?” asked Mr. Vance.\n\n"
                                     "“An hour,” said Mr. Berg.\n\n“Then let us go,” replied ") +
                             who + ".",
                         2) == "Mr. Vance");
    }
}

TEST_CASE("'he said' may be a named character whose gender nothing has shown yet") {
    CHECK(speaker_of("“Is it done?” asked Peter.\n\n"
                     "Hallam turned from the window. “It is,” he said.\n\n"
                     "“Good,” said Peter.\n\n“Very good,” said Hallam.",
                     1) == "Hallam");
}

TEST_CASE("'was Anna's answer' and 'was his reply' attribute the quotation before them") {
    auto h = heard(
        "“Is it far?” asked Peter.\n\n"
        "“Not far at all,” was Anna's answer.\n\n"
        "“Good,” was his reply.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Anna");
    CHECK(h[2].speaker == "Peter");
}

TEST_CASE("a clause after a semicolon has its own subject, who speaks next") {
    CHECK(speaker_of("“Is this the room?” asked Peter.\n\n"
                     "The window was wide and the floor was bare; and Anna looked at Mr. Vance. "
                     "“It will do very well.”",
                     1) == "Anna");
}

TEST_CASE("lines of dialogue named only later get their speakers back by turns") {
    auto h = heard(
        "“Is it far?”\n\n"
        "“An hour.”\n\n"
        "“And the bridge?” asked Mr. Vance.\n\n"
        "“Closed,” said Mr. Berg.");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Mr. Vance");
    CHECK(h[1].speaker == "Mr. Berg");
}

TEST_CASE("a familiar and a formal given name with one surname are one person") {
    auto h = heard(
        "“Where to?” asked Bill Vance.\n\n"
        "The warrant named Mr. William Vance of Harwick.\n\n"
        "“Home,” said Anna.\n\n"
        "“Not yet,” said Vance.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == h[2].speaker);
}

TEST_CASE("a speech verb used as a noun ('a foolish laugh', 'his reply') attributes nothing") {
    auto h = heard(
        "“Is it far?” asked Mr. Vance.\n\n"
        "Forcing a foolish laugh, “Far enough,” Peter said.\n\n"
        "“Then we go,” in the same low whisper.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Peter");
    CHECK(h[2].speaker.find("same") == std::string::npos);  // not "the same low"
    CHECK(speaker_of("“Done,” the clerk wrote.") == "the clerk");
}

TEST_CASE("a lone adverb or participle opening a sentence is nobody's name") {
    CHECK(speaker_of("“Is it far?” asked Peter.\n\nQuietly answered: “Far enough.”", 1) !=
          "Quietly");
}
