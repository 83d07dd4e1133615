#include "core/speakers.h"

#include <doctest/doctest.h>

#include "heard.h"

using namespace narrate;
using namespace narrate::testing;

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

TEST_CASE("an unattributed answer in the next paragraph is not by the one it answers") {
    // Nobody says who answers; the one who asked it is the least likely.
    auto h = heard(
        "A stranger sat down beside the girl on the bench.\n\n"
        "“You are new to the town?” he asked.\n\n"
        "“Yes.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "an unnamed man");
    CHECK(h[1].speaker != h[0].speaker);
    // In a conversation of several lines, any short line is answered so.
    auto g = heard(
        "A stranger sat down beside the girl on the bench.\n\n"
        "“Fine weather,” he said.\n\n"
        "“Fine enough.”\n\n"
        "The gulls were crying over the harbour.\n\n"
        "“Where are you going?”\n\n"
        "“North.”");
    REQUIRE(g.size() == 4);
    CHECK(g[1].speaker != g[0].speaker);
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

TEST_CASE("a reply that calls somebody by name answers a line that person said") {
    auto h = heard(
        "The door opened and a woman came in.\n\n"
        "“You are back early.”\n\n"
        "“Hello, Anna,” said Tomas.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna");
    CHECK(h[1].speaker == "Tomas");
}

TEST_CASE("a pronoun no named person fits is the person just described without a gender") {
    auto h = heard(
        "“Is this the road to Fenwick?” asked the stranger.\n\n"
        "“It is,” said Mr. Reed.\n\n"
        "“Then I thank you,” she said, and went on.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "the stranger");
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
        "“Yes,” said Bill Ostley.\n\n“No,” said Bill Ostley.\n\n"
        "“Maybe,” said Mr. William Ostley.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Bill Ostley");
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

TEST_CASE("news: a party and state in parentheses between the name and the verb") {
    auto h = heard("“The levee will hold,” Rep. Dana Ruiz (D-Md.) said Friday. “We checked it.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Dana Ruiz");
    CHECK(h[1].speaker == "Dana Ruiz");
    CHECK(speaker_of("“We will vote no,” Sen. Omar Fisk (R-Ore.), a member of the panel, said.") ==
          "Omar Fisk");
}

TEST_CASE("news: two appositions, one naming a place, between the name and the verb") {
    CHECK(speaker_of("“The rule overreaches,” Lena Marsh, the attorney general of Vermont, one "
                     "of the states suing the agency, said at a hearing.") == "Lena Marsh");
}

TEST_CASE("news: a title word that ends a name is its surname") {
    CHECK(speaker_of("“Turnout decides it,” said Carl King, a party organizer.") == "Carl King");
    CHECK(speaker_of("“Turnout decides it,” said the King.") == "the King");  // a rank, as written
}

TEST_CASE("news: a participle or a verb joined by 'and' shares the clause's subject") {
    CHECK(speaker_of("At a rally in the evening, Mara Lind attacked the plan, saying, “It will "
                     "cost jobs.”") == "Mara Lind");
    CHECK(speaker_of("Peter Sand walked to the podium and quietly said, “I am done.”") ==
          "Peter Sand");
    CHECK(speaker_of("Farmers marching along the road toward the capital chanted “No more "
                     "tariffs!”") == "Farmers");
}

TEST_CASE("news: the name after a speech verb that has a subject is its object, not a speaker") {
    auto h = heard(
        "The levee held, Brookfield said. Mara Lind urged Brookfield to pay for repairs.\n\n"
        "“We cannot wait,” she said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mara Lind");
}

TEST_CASE("news: he or she is the person the sentence before was about") {
    auto h = heard(
        "The storm was the worst in years, Ostland said.\n\n"
        "In a statement, Governor Tomas Berg called the damage “severe.” He said crews would "
        "work through the night.\n\n"
        "“Nobody will be left behind,” he said.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Tomas Berg");
}

TEST_CASE("news: an office named with 'of' before the name") {
    auto h = heard(
        "The port reopened, Ostland said.\n\n"
        "Secretary of Transport Ilse Maren said the ships would return, and she thanked "
        "Ostland.\n\n"
        "“We are open,” she said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Ilse Maren");
}

TEST_CASE("news: an apposition naming an office shows the subject is a person") {
    auto h = heard(
        "The harbour board, Ostland said, will meet again.\n\n"
        "Jo Varga, president of the growers' association, said the prices were fair.\n\n"
        "“We sell at cost,” she said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Jo Varga");
}

TEST_CASE("news: an unpunctuated quotation the narrated sentence runs on from is a mention") {
    CHECK(heard("A spokeswoman said, “We will defend ourselves” against the charges.")[0].mention);
    CHECK(heard("“The only fix is new pipes” for the old town, she said.")[0].mention);
    // Attributed, or beside an action: still the speaker's words.
    CHECK_FALSE(heard("“We will defend ourselves” the mayor said.")[0].mention);
    CHECK_FALSE(heard("“It is only four” showing his watch “and the train is late.”")[0].mention);
}

TEST_CASE("news: a lower-case quotation after narrated words continues the narrator's sentence") {
    CHECK(heard("Ms. Lee said that under the new plan, “the toll will rise.”")[0].mention);
    CHECK(heard("He admitted some doubts remain, “but not among the engineers.”")[0].mention);
    // Introduced by its speech verb, or resuming an interrupted quotation: a statement.
    CHECK_FALSE(heard("Ms. Lee said, “the toll will rise.”")[0].mention);
    auto h = heard("“Yes,” said Mrs. Lind, “we are ready.”");
    REQUIRE(h.size() == 2);
    CHECK_FALSE(h[1].mention);
}

TEST_CASE("news: a lower-case quotation completing an opening phrase stays the narrator's") {
    // The phrase needs a main clause and the quoted words are it, attribution or not.
    CHECK(heard("In past winters, “the ferry ran twice a day,” Ms. Lee said.")[0].mention);
    CHECK(heard("Though fares rose, “nobody stopped riding,” said Tomas Berg.")[0].mention);
    // A sentence of the speaker's own that an attribution follows is still a statement.
    CHECK_FALSE(heard("“The ferry ran twice a day,” Ms. Lee said.")[0].mention);
    auto h = heard("“Yes,” said Mrs. Lind, “we are ready.”");
    REQUIRE(h.size() == 2);
    CHECK_FALSE(h[1].mention);
}

TEST_CASE("a typewriter's double hyphen before a resumed quotation is a dash") {
    auto h = heard("“The ice is thin,” she warned--“far too thin to bear a cart across it.”");
    REQUIRE(h.size() == 2);
    CHECK_FALSE(h[1].mention);
    h = heard("“Then,”--said Anna, as the ferry pulled away,--“then we row back before dark.”");
    REQUIRE(h.size() == 2);
    CHECK_FALSE(h[1].mention);
    CHECK(h[1].speaker == "Anna");
}

TEST_CASE("a short line left unpunctuated is a statement when a speech verb follows its mark") {
    auto h = heard("“He won't” said Peter.");
    REQUIRE(h.size() == 1);
    CHECK_FALSE(h[0].mention);
    CHECK(h[0].speaker == "Peter");
    h = heard("“Not today”; replied Peter.");
    REQUIRE(h.size() == 1);
    CHECK_FALSE(h[0].mention);
    // A term named in a narrated sentence stays a mention.
    CHECK(heard("They called the plan “a trap” and said nothing more.")[0].mention);
}

TEST_CASE("news: a speech verb a few words before 'that' or a comma introduces the quotation") {
    CHECK_FALSE(heard("The agency says on its website that “all ferries will run on time.”")[0].mention);
    CHECK_FALSE(heard("Ms. Lee told reporters that “the toll will fall.”")[0].mention);
    CHECK_FALSE(heard("Ms. Lee said on the other hand, “the toll will fall.”")[0].mention);
}

TEST_CASE("news: a quotation ending its own sentence is not attributed by the next sentence") {
    auto h = heard(
        "Mara Lind answered the critics: “That makes us careful.” Lind was defensive again when "
        "asked about a builder who said he was never paid for the new wing.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mara Lind");
}

TEST_CASE("news: a party and state set off by commas, and words describing the person") {
    CHECK(speaker_of("“The veto will fail,” Senate Majority Leader Ann Holt, R-Ky., said Tuesday.") ==
          "Ann Holt");
    CHECK(speaker_of("“He did well,” said radio host Chris Maddox.") == "Chris Maddox");
    CHECK(speaker_of("“It was unfair,” said KTV's Dana Ruiz.") == "Dana Ruiz");
    CHECK(speaker_of("“We want a hearing,” said 9/11 widow Jo Varga.") == "Jo Varga");
}

TEST_CASE("news: the source a narrated sentence ends with is who the next pronoun means") {
    auto h = heard(
        "“Turnout is low,” Ostland said.\n\n"
        "Debates rarely move the race, noted KTV's Dana Ruiz.\n\n"
        "“Most voters have decided,” she wrote.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Dana Ruiz");
}

TEST_CASE("news: a paragraph introducing a quotation past a date, with a speech noun") {
    auto h = heard(
        "On July 6, 2015, Mara Lind made the following comment:\n\n"
        "“The rate is high for the young.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mara Lind");
}

TEST_CASE("news: a transcript's speaker label before a colon") {
    auto h = heard(
        "Senator Dana Ruiz questioned Governor Omar Fisk. A transcript follows:\n\n"
        "\"RUIZ: Will you sign the bill?\n\n"
        "\"FISK: Not as it stands.\n\n"
        "\"We need changes first.\n\n"
        "\"NOTE: The interview was edited.");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Dana Ruiz");
    CHECK(h[1].speaker == "Omar Fisk");
    CHECK(h[2].speaker == "Omar Fisk");
    CHECK(h[3].speaker == "Omar Fisk");
    CHECK(speaker_of("“MS. LIND: We are ready.”") == "Lind");
}

TEST_CASE("news: a pronoun subject carries the chain to the next he or she") {
    auto h = heard(
        "Governor Tomas Berg toured the dam. He said the repairs would take a year.\n\n"
        "“Nobody will be left behind,” he said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Tomas Berg");
}

TEST_CASE("news: a place or an institution is never who he or she means") {
    auto h = heard(
        "Peter Berg flew to Seoul. “The test was our biggest,” North Korea said.\n\n"
        "“It must stop,” he said.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "North Korea");
    CHECK(h[1].speaker == "Peter Berg");
    CHECK(speaker_of("“We act now,” Ostland said, referring to the Islamic State.") == "Ostland");
}

TEST_CASE("news: a name and apposition after a question still attribute it") {
    CHECK(speaker_of("“How are you today?” Ana Miro, a retired nurse from the valley, said "
                     "into the phone.") == "Ana Miro");
}

TEST_CASE("news: a party or office word before the name describes the person") {
    CHECK(speaker_of("“The math is daunting,” explained Democratic strategist Sam Rowe.") ==
          "Sam Rowe");
    CHECK(speaker_of("“It will be hard,” said a longtime GOP data expert who worked for a rival.") ==
          "a longtime GOP data expert");
}

TEST_CASE("news: speech verbs of reporting and reacting") {
    for (const char* verb : {"reacted", "recounted", "reiterated", "lamented", "scoffed", "touted",
                             "beamed"}) {
        CAPTURE(verb);
        CHECK(speaker_of(std::string("“This is fantastic!” ") + verb + " Mara Lind.") == "Mara Lind");
    }
}

TEST_CASE("news: a quotation after a sentence attributed to somebody is theirs") {
    auto h = heard(
        "Some fears are “overblown but real,” said Jon Alterman, an analyst at the institute. "
        "“A report will not turn foes into friends.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Jon Alterman");
}

TEST_CASE("news: a paragraph that is only a quoted title-case phrase is a section heading") {
    auto h = heard("'Water Is Not the Enemy.'\n\n“Certainly, Lady Ostland.”\n\n“Do I! Oh! Gladly.”");
    REQUIRE(h.size() == 3);
    CHECK(h[0].mention);
    CHECK_FALSE(h[1].mention);
    CHECK_FALSE(h[2].mention);
}

TEST_CASE("news: a paragraph ending in an attribution gives its source the next quotation") {
    auto h = heard(
        "“We warned them” and opposed the dam, Mara Lind said.\n\n"
        "“They built it anyway. Now the valley floods every spring.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Mara Lind");
}

TEST_CASE("news: a description with the name as its apposition is named") {
    CHECK(speaker_of("In a statement, her senior adviser, Jake Sulla, said: “We stand with them.”") ==
          "Jake Sulla");
}

TEST_CASE("news: a signature paragraph after a quotation names its speaker") {
    auto h = heard(
        "Here are the claims we checked.\n\n"
        "“I helped write that bill.”\n\n"
        "- Sen. Mara Lind.\n\n"
        "The senator overstates her role.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mara Lind");
}

TEST_CASE("a quotation resumes the previous one's speaker only inside the same sentence") {
    auto h = heard(
        "“We are ready,” Mara Lind said. When the result came, Peter Sand boasted, “We won.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Mara Lind");
    CHECK(h[1].speaker == "Peter Sand");
}

TEST_CASE("news: according to a publication whose name reads like an adverb") {
    CHECK(speaker_of("According to the Weekly Courier, “The mayor knew in May.”") ==
          "the Weekly Courier");
}

TEST_CASE("news: a participle after a quoted word's comma, and a clause opening with 'Here'") {
    CHECK(speaker_of("Kerpen mocked the station's “expert,” saying, “An expert on request!”",
                     1) == "Kerpen");
    CHECK(speaker_of("Here in Dover, Mara Lind stepped up her attack, saying, “We will win.”") ==
          "Mara Lind");
}

TEST_CASE("news: a transcript's stage direction in quotation marks is not speech") {
    auto h = heard("\"LIND: We will not wait.\n\n\"(CROSSTALK.)\n\n\"(Applause)\"");
    REQUIRE(h.size() == 3);
    CHECK_FALSE(h[0].mention);
    CHECK(h[1].mention);
    CHECK(h[2].mention);
}

TEST_CASE("news: a bare surname shared by two people is the one who has been speaking") {
    auto h = heard(
        "“The plan works,” Peter Lind said at a rally for his wife, Anna Lind.\n\n"
        "The crowd cheered for Anna Lind.\n\n"
        "“It will pass,” Lind said.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Peter Lind");
}

TEST_CASE("news: a sentence's first word that describes the named person") {
    auto h = heard(
        "Anna Koval praised the plan. Most economists are conservative about it.\n\n"
        "Conservative economist Ada Mirow said the plan was vague.\n\n"
        "“I see no details,” she said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Ada Mirow");
}

TEST_CASE("speech verbs of fiction: interposed, sneered, remonstrated") {
    for (const char* verb : {"interposed", "sneered", "remonstrated", "bawled", "drawled",
                             "pouted", "blubbered", "subjoined", "reflected", "reasoned",
                             "panted", "proclaimed", "whimpered", "wailed", "moaned",
                             "chuckled", "giggled", "lisped"}) {
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

TEST_CASE("Doctor is an honorific, and a participle or preposition opening a sentence is no name") {
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

TEST_CASE("a sentence about a part of somebody ('Mr. Vance's face') is about them") {
    std::string body =
        "“Is it far?” asked Mr. Vance.\n\n"
        "“Not far,” said Mr. Berg.\n\n"
        "The doubt was plain in the room. Mr. Vance's face grew red.\n\n"
        "“No,” he said, “I do not believe it.”";
    CHECK(speaker_of(body, 2) == "Mr. Vance");
}

TEST_CASE("a sentence opening 'Her voice' goes on with the woman it was about") {
    std::string body =
        "“Will you come?” asked Mrs. Pell.\n\n"
        "Anna looked up for a long time. Her voice shook as she answered Mrs. Pell.\n\n"
        "“I cannot stay,” she said.";
    CHECK(speaker_of(body, 1) == "Anna");
}

TEST_CASE("the name opening the sentence before a quotation and 'he cried' is a character") {
    std::string body =
        "“The old mill has been sold,” said Lord Ashby, watching him as he spoke.\n\n"
        "Carrow started and then frowned. “Sold to a stranger!” he cried.";
    CHECK(speaker_of(body, 1) == "Carrow");
}

TEST_CASE("'she said, in a whisper to Anna' is not Anna: a name met after the pronoun") {
    std::string body =
        "“Is it far?” asked Mrs. Pell.\n\n"
        "The answer did not puzzle Mrs. Lind, for after a moment she said, in a whisper to "
        "Anna, “I dare say she meant her son.”";
    CHECK(speaker_of(body, 1) == "Mrs. Lind");
}

TEST_CASE("'Isabel, who exclaimed' is said by the name before 'who'") {
    CHECK(speaker_of("The dance was over before Nora found her arm seized by her faithful Isabel, "
                     "who exclaimed, “At last I have found you!”") == "Isabel");
}

TEST_CASE("'when John came up and said' is said by the subject after 'when'") {
    CHECK(speaker_of("Nora was tired and vexed, when John Fenn came up to her soon afterwards "
                     "and said, “Shall we dance?”") == "John Fenn");
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

TEST_CASE("a sentence about the subject of its last clause, after a semicolon, for he or she") {
    auto h = heard(
        "“The orchard,” said Nora, “needs another wall.”\n\n"
        "“Perhaps,” said Mrs. Pell, frowning, “in the spring.”\n\n"
        "Nora, seeing her mind was made up, turned back to the map; and, once the tea was "
        "poured, Mrs. Pell spoke of the harvest.\n\n"
        "“The barley came in early,” said she, “and the oats are not far behind.”");
    REQUIRE(h.size() == 6);
    CHECK(h[4].speaker == "Mrs. Pell");
}

TEST_CASE("a clause after ', and' that names its subject before a verb is what he or she follows") {
    auto h = heard(
        "“Wait a moment, Mr. Vance,” said Peter.\n\n"
        "Mr. Vance went down the steps, and Peter locked the gate after them.\n\n"
        "“Listen,” he muttered. “There is money in this for both of us.”");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Peter");
    // A list of names is no clause: "and Peter" with no verb after it.
    h = heard(
        "“Wait a moment,” said Peter.\n\n"
        "Peter looked at Mr. Vance, and Peter's brother, and left.\n\n"
        "“Listen,” he muttered.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a familiar given name alone is the person whose full name has its formal form") {
    auto h = heard(
        "“I leave for the city tomorrow,” said William Ostley.\n\n"
        "“Oh, Bill!” said Anna.\n\n"
        "“Yes,” said Bill. “Tomorrow.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == h[0].speaker);
    CHECK(h[2].speaker != "Bill");
}

TEST_CASE("a name before 'I suppose' and its verb is spoken of, not called") {
    auto h = heard(
        "“I shall not stay long,” said Lucy Lorne, and she went out.\n\n"
        "“Were you at the fair with Mrs. Pike?” asked Anna.\n\n"
        "“We all went,” said Miss Bell.\n\n"
        "“Miss Lorne, I believe, was hoping for a letter from the coast?”\n\n"
        "“So she told me.”");
    REQUIRE(h.size() == 5);
    CHECK(h[3].speaker == "Anna");
    CHECK(h[4].speaker == "Miss Bell");
    // With a pronoun after "I think" the name is still called.
    h = heard("“Anna, I think, you should go,” said Mrs. Pike.\n\n“I will.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna");
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

TEST_CASE("news and dialogue: 'he added' after a long statement goes on with it, not a reply") {
    auto h = heard(
        "“Turnout will decide this race,” said Peter Hale, the party's chairman.\n\n"
        "Debates rarely change much, noted the pollster Dan Ruiz.\n\n"
        "“By the time the candidates meet on a stage, most voters have heard from them for a "
        "year, on television, online and in the papers, and they have made up their minds "
        "about both of them long before,” he wrote.\n\n"
        "“The images are formed early,” he added.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Dan Ruiz");
    CHECK(h[2].speaker == "Dan Ruiz");
}

TEST_CASE("news and dialogue: 'continued' after a short line is the other side resuming") {
    auto h = heard(
        "“The mill has stood there for a hundred years, and it will stand for a hundred more,” "
        "said Tom Reed.\n\n"
        "“Will it?” asked Jack Moss.\n\n"
        "“It will,” continued the old man, “whatever the river does.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Tom Reed");
}

TEST_CASE("news and descriptions: an acronym is the organization, not a person it introduced") {
    auto h = heard(
        "“Growth is weak,” said IMF chief economist Ann Lowe.\n\n"
        "The IMF had warned of the risks for years.\n\n"
        "“The impact remains unclear,” the IMF report stated.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Ann Lowe");
    CHECK(h[1].speaker == "the IMF");
}

TEST_CASE("Mrs. and Miss with one surname are two women") {
    std::string body =
        "Mrs. Penrose came in with a basket.\n\n"
        "“The rain will spoil the roses,” said Mrs. Penrose.\n\n"
        "Miss Penrose laughed at the window.\n\n"
        "“Let it rain,” said Miss Penrose.";
    CHECK(speaker_of(body, 0) == "Mrs. Penrose");
    CHECK(speaker_of(body, 1) == "Miss Penrose");
}

TEST_CASE("Mrs. is not the woman the story shows unmarried by her given name") {
    // "Miss Hetty": the Hetty Vale of the story is unmarried, so Mrs. Vale is somebody else.
    std::string body =
        "“It is a fine day,” said Hetty Vale.\n\n"
        "“It is too hot,” said Mrs. Vale. “Come inside, child.”\n\n"
        "“Not yet,” said Hetty, and Miss Hetty stayed where she was.";
    CHECK(speaker_of(body, 0) == "Hetty Vale");
    CHECK(speaker_of(body, 1) == "Mrs. Vale");
    CHECK(speaker_of(body, 3) == "Hetty Vale");
    // A Mrs. and a Miss Vale: the one called by her given name is the daughter.
    std::string family =
        "Mrs. Vale and Miss Vale sat by the fire.\n\n"
        "“It is cold,” said Mrs. Vale.\n\n"
        "“I am warm enough,” said Hetty Vale.";
    CHECK(speaker_of(family, 0) == "Mrs. Vale");
    CHECK(speaker_of(family, 1) == "Hetty Vale");
}

TEST_CASE("a bare surname is not a woman the story calls Mrs.") {
    std::string body =
        "Mrs. Tolland set the kettle on the fire.\n\n"
        "“Supper is late again,” said Tolland, stamping the snow off.\n\n"
        "“Then you should come home sooner,” said Mrs. Tolland.";
    CHECK(speaker_of(body, 0) == "Tolland");
    CHECK(speaker_of(body, 1) == "Mrs. Tolland");
}

TEST_CASE("a creature named with its article keeps it") {
    std::string body =
        "“Who is there?” said the Badger.\n\n"
        "“Only me,” said Hetty.\n\n"
        "Badger yawned. “Come in, then,” said the Badger.";
    CHECK(speaker_of(body, 0) == "the Badger");
    CHECK(speaker_of(body, 2) == "the Badger");
}

TEST_CASE("a description set apart by a feature is one particular person") {
    std::string body =
        "Peter Ashby sat at the bar.\n\n"
        "“Two pints,” said the man with the red scarf.\n\n"
        "“Coming up,” said Peter Ashby.\n\n"
        "“And quickly,” said the man with the red scarf, in a low voice.";
    CHECK(speaker_of(body, 0) == "the man with the red scarf");
    CHECK(speaker_of(body, 2) == "the man with the red scarf");
    // A phrase of manner tells how it was said, not who said it.
    CHECK(speaker_of("Peter Ashby sat down. “Two pints,” said the man with the same calm.") ==
          "Peter Ashby");
}

TEST_CASE("his wife is the woman bearing his family name, once the story names her") {
    std::string body =
        "Mr. Hollis was reading by the fire.\n\n"
        "“Have you heard the news, my dear?” said his lady.\n\n"
        "“I have not,” said Mr. Hollis.\n\n"
        "“The mill is sold,” said his wife.\n\n"
        "Mrs. Hollis put down her cup. “Sold at last,” said Mrs. Hollis.\n\n"
        "Miss Hollis came in from the yard.\n\n"
        "“Who bought it?” said his daughter.";
    CHECK(speaker_of(body, 0) == "Mrs. Hollis");
    CHECK(speaker_of(body, 1) == "Mr. Hollis");
    CHECK(speaker_of(body, 2) == "Mrs. Hollis");
    CHECK(speaker_of(body, 4) == "Miss Hollis");
}

TEST_CASE("an unnamed partner in a run of dialogue keeps one voice of their own") {
    std::string body =
        "“Uncle, you look tired tonight.”\n\n"
        "“I am not well, Hetty. I doubt I shall mend.”\n\n"
        "“Surely, uncle, you cannot mean that.”\n\n"
        "“Yes, my child, I am nearing the end.”\n\n"
        "“I cannot bear it,” said Hetty Vale. “You are not old.”\n\n"
        "“True, Hetty, but years are not all.”\n\n"
        "“It is long since you spoke of it.”\n\n"
        "“I have never ceased to think of it.”";
    auto h = heard(body);
    REQUIRE(h.size() == 9);
    // A statement that calls Hetty by name after an opening word is not hers.
    CHECK(h[6].speaker == "Hetty Vale's companion");
    for (std::size_t i : {1u, 3u, 8u}) {
        CAPTURE(i);
        CHECK(h[i].speaker == "Hetty Vale's companion");
    }
    for (std::size_t i : {0u, 2u, 4u, 7u}) {
        CAPTURE(i);
        CHECK(h[i].speaker == "Hetty Vale");
    }
}

TEST_CASE("two people the story never names take turns in two voices") {
    auto h = heard(
        "The rain had not stopped since noon.\n\n"
        "“Bring the lantern in from the yard.”\n\n"
        "“Which lantern do you mean?”\n\n"
        "“The red one, by the gate.”\n\n"
        "“Somebody has taken it.”");
    REQUIRE(h.size() == 4);
    CHECK(!h[0].speaker.empty());
    CHECK(!h[1].speaker.empty());
    CHECK(h[0].speaker != h[1].speaker);
    CHECK(h[2].speaker == h[0].speaker);
    CHECK(h[3].speaker == h[1].speaker);
}

TEST_CASE("she, before the story names any woman, is one unnamed woman") {
    std::string body =
        "The cabin door opened a little.\n\n"
        "“What do you want?” she asked.\n\n"
        "“Nothing at all,” said Peter Ashby.\n\n"
        "The door stayed where it was.\n\n"
        "“Then go away,” she said.";
    CHECK(speaker_of(body, 0) == "an unnamed woman");
    CHECK(speaker_of(body, 1) == "Peter Ashby");
    CHECK(speaker_of(body, 2) == "an unnamed woman");
}

TEST_CASE("a narrated sentence opening with 'The' and a title somebody has is about them") {
    std::string body =
        "The nurse set the lamp down by the window.\n\n"
        "“Are you cold, dear?” she said.\n\n"
        "“What is the matter?” said the doctor. “You look pale.”\n\n"
        "She shook her head. The doctor bent over the cot.\n\n"
        "“Let me hold him for a while.”";
    CHECK(speaker_of(body, 3) == "the doctor");
}

TEST_CASE("'The girl' opening a narrated sentence is whoever 'the girl' was before") {
    std::string body =
        "“Where is the key?” said the girl.\n\n"
        "“On the hook,” said Mr. Vance.\n\n"
        "Mr. Vance sat down by the fire. The girl went over to the hook and looked.\n\n"
        "“It is not there.”";
    CHECK(speaker_of(body, 2) == "the girl");
}

TEST_CASE("a he heard before any man is named is the man the story names next") {
    std::string body =
        "The lamp in the hall was still burning.\n\n"
        "“Is anybody awake?” he called from the stairs.\n\n"
        "The house stayed quiet for a while.\n\n"
        "Corvin Dale came down into the light. “Then I shall make the tea myself,” said "
        "Corvin Dale, rubbing his eyes.";
    CHECK(speaker_of(body, 0) == "Corvin Dale");
    CHECK(speaker_of(body, 1) == "Corvin Dale");
}

TEST_CASE("a first-person narrator called by name once takes that name") {
    std::string body =
        "Mara Lind looked up from her map.\n\n"
        "“Are you ready at last, Quill?” said Mara Lind.\n\n"
        "“Quite ready,” said I.";
    CHECK(speaker_of(body, 1) == "Quill");
}

TEST_CASE("a short phrase of time or place may open the sentence before its subject") {
    std::string body =
        "Peter Ashby and Anna Wren sat by the fire.\n\n"
        "At long last Anna turned to him.\n\n"
        "“You were wrong about the mill.”";
    CHECK(speaker_of(body) == "Anna Wren");
}

TEST_CASE("went on, broke in: a verb and its particle attribute the quotation") {
    std::string body =
        "Peter Ashby and the Badger sat by the fire.\n\n"
        "“We shall need more wood,” said Peter Ashby.\n\n"
        "“And more bread,” the Badger went on, “and a lantern.”\n\n"
        "“Nonsense,” broke in Anna Wren from the door.";
    CHECK(speaker_of(body, 1) == "the Badger");
    CHECK(speaker_of(body, 3) == "Anna Wren");
}

TEST_CASE("dash dialogue: the reporting clause after the line names its speaker") {
    auto h = heard("—Where are the oars? Nuala Breen asked.\n\n—Under the boat, Cormac said. Look there.");
    REQUIRE(h.size() == 3);
    CHECK(h[0] == Heard{"Where are the oars?", "Nuala Breen"});
    CHECK(h[1] == Heard{"Under the boat,", "Cormac"});
    CHECK(h[2] == Heard{"Look there.", "Cormac"});
}

TEST_CASE("a participle or an adverb after a description's noun is not part of it") {
    std::string body =
        "“Is it raining?” said the girl, looking up.\n\n"
        "“Not yet,” said the boy.\n\n"
        "“Then we go,” said the girl aloud.\n\n"
        "“Hold the lamp,” said the boy turning round.\n\n"
        "“I hold it,” said the girl without a smile.";
    auto h = heard(body);
    REQUIRE(h.size() == 5);
    for (std::size_t i : {0u, 2u, 4u}) {
        CAPTURE(i);
        CHECK(h[i].speaker == "the girl");
    }
    CHECK(h[3].speaker == "the boy");
    // Before the noun, an -ing word describes the person.
    CHECK(speaker_of("“Help!” cried the drowning sailor.") == "the drowning sailor");
}

TEST_CASE("'she' is a woman of the scene before a name whose gender is not shown") {
    std::string body =
        "“Any letters?” asked Corvin Hale.\n\n"
        "Anna Brandt shook her head. The wind took the door, and Corvin Hale went out after it.\n\n"
        "When the door had closed, she took up her sewing. “He will be back,” she said.";
    CHECK(speaker_of(body, 1) == "Anna Brandt");
}

TEST_CASE("in a run of dialogue, the person a line calls by name answers the next line") {
    std::string body =
        "Anna Wren and Peter Ashby came in out of the rain.\n\n"
        "“You are late, Anna,” said Mr. Vance.\n\n"
        "“The roads were bad.”\n\n"
        "“Sit down, both of you.”\n\n"
        "“Thank you, sir,” said Peter Ashby.";
    auto h = heard(body);
    REQUIRE(h.size() == 4);
    CHECK(h[1].speaker == "Anna Wren");
    CHECK(h[3].speaker == "Peter Ashby");
}

TEST_CASE("a description's age agrees with the person it means") {
    // "The boy" is Peter: the old gentleman cannot be him, though he was named last.
    std::string body =
        "Peter ran into the study. “Is it late?” said the boy.\n\n"
        "Mr. Grey looked up from his book. Peter sat down.\n\n"
        "“Very late,” said the old gentleman.";
    CHECK(speaker_of(body, 1) == "Mr. Grey");
}

TEST_CASE("'little' before a name shows a child") {
    std::string body =
        "Mr. Grey sat reading. The door opened, and little Peter ran in. Peter sat down.\n\n"
        "“Sit down,” said the old gentleman.\n\n"
        "“Thank you, sir,” said the boy.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Mr. Grey");
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("'Master' before a name shows a young person, never the old gentleman") {
    std::string body =
        "“Run!” cried Master Peter Ashby, and he ran off down the lane with the book.\n\n"
        "The crowd ran after him, but Peter was soon out of sight.\n\n"
        "“What a rascal,” said the old gentleman.";
    CHECK(speaker_of(body, 1) == "the old gentleman");
}

TEST_CASE("a name ending in Street, Place or Square is a place, not a person") {
    // "Anna Place" is a square: the line after Peter's is Mrs. Vale's, not a woman's called
    // Anna.
    std::string body =
        "Mrs. Vale and Peter drove down the hill. She looked at the shops as they passed "
        "through Anna Place.\n\n"
        "“Who is that girl?” said Peter.\n\n"
        "“Which girl?”";
    CHECK(speaker_of(body, 1) == "Mrs. Vale");
}

TEST_CASE("'Aunt' and 'Uncle' before a name are forms of address, like Mr. and Mrs.") {
    std::string body =
        "“It will rain by noon,” said Peter Ashby, lighting his pipe.\n\n"
        "“It will not,” said Anna.\n\n"
        "“Mark my words,” said Uncle Peter.";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter Ashby");
}

TEST_CASE("a familiar given name alone is the lord or lady called by its formal form") {
    std::string body =
        "“You are late,” said Lord Edward.\n\n"
        "“The roads were bad,” said Anna.\n\n"
        "“They always are,” said Ned, smiling.";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Lord Edward");
}

TEST_CASE("a word opening a sentence that the text writes in lower case is no name") {
    std::string body =
        "Peter Ashby knocked at the door of the inn. Nobody answered. He knocked again, but "
        "nobody came.\n\n"
        "“Is anybody there?” he called.";
    CHECK(speaker_of(body) == "Peter Ashby");
}

TEST_CASE("somebody the narration brings in as 'a stout man' is 'the man' who speaks next") {
    std::string body =
        "Peter and Anna walked down the lane and met a stout man with a bunch of keys.\n\n"
        "“What do you want?” said the man.\n\n"
        "“Only the way to the mill,” said Peter.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "the stout man");
    CHECK(h[1].speaker == "Peter");
    // What somebody is, not somebody new: "Peter was a man of few words".
    CHECK(speaker_of("Peter was a quiet man, and Anna liked him.\n\n“Good day,” said the man.") ==
          "Peter");
}

TEST_CASE("a description brought in ends before its verb 'was' or 'had'") {
    // "a stout man was waiting" brings in the stout man, not a "man was".
    std::string body =
        "Peter and Anna came to the gate, where a stout man was waiting.\n\n"
        "“What do you want?” said the man.\n\n"
        "“Only the way to the mill,” said Peter.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "the stout man");
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("somebody brought in as 'a girl' is met once the narration calls her 'the girl'") {
    // Nobody says "said the girl"; the narration's "the girl" lets "she" mean her.
    std::string body =
        "By the well a girl was singing. Peter listened from behind the wall.\n\n"
        "All evening Peter thought about the girl.\n\n"
        "“Why were you hiding?” she asked.\n\n"
        "“I was afraid,” said Peter.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "the girl");
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a line that calls its listener 'sir' is answered by a man") {
    // Anna breaks in; the lines after her go on between Mrs. Lind and Peter, not Anna.
    std::string body =
        "Peter sat by the fire with Mrs. Lind and Anna.\n\n"
        "“The roads were very bad today, sir,” said Mrs. Lind.\n\n"
        "“They are never mended in winter.”\n\n"
        "“Enough of roads,” cried Anna. “Mrs. Lind, tell us about the fair.”\n\n"
        "“It was crowded. And how are you, sir?”\n\n"
        "“Pretty well, my dear.”\n\n"
        "“I am glad of it, sir.”\n\n"
        "“Thank you, my dear.”";
    auto h = heard(body);
    REQUIRE(h.size() == 8);
    CHECK(h[4].speaker == "Mrs. Lind");
    CHECK(h[5].speaker == "Peter");
    CHECK(h[6].speaker == "Mrs. Lind");
    CHECK(h[7].speaker == "Peter");
}

TEST_CASE("a speech running on over paragraphs that nobody is found for keeps one voice") {
    std::string body =
        "The night was cold, and the fire had gone out long before.\n\n"
        "“I left the house at dawn. The road was empty, and the fields were white.\n\n"
        "“By noon I reached the river. Nobody had crossed it for days.\n\n"
        "“At dusk I came back here, and here I stay.”";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker != "");
    CHECK(h[1].speaker == h[0].speaker);
    CHECK(h[2].speaker == h[0].speaker);
}

TEST_CASE("a name set off by a dash of hyphens is called") {
    // "My dear Anna--": Anna is spoken to, so she is not the one speaking, and answers next.
    std::string body =
        "Peter and Anna sat by the window, and Mrs. Lind came in.\n\n"
        "“There is my news,” said Peter.\n\n"
        "“Oh! my dear Anna--I ran all the way up the hill. What a wind!”\n\n"
        "“Indeed it is.”";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker != "Anna");
    CHECK(h[2].speaker == "Anna");
}

TEST_CASE("a line whose nearest known lines at both parities are one speaker's is not theirs") {
    // The nearest known lines at an odd and at an even distance are Anna's: parity cannot
    // tell, and turns alternate, so the line is somebody else's.
    std::string body =
        "“If you like, we can walk to the mill.”\n\n"
        "“Then fetch your coat,” said Anna.\n\n"
        "“And your hat,” Anna said.";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker != "Anna");
    CHECK(h[0].speaker != "");
}

TEST_CASE("a description in a reply is never the one replied to, though once called so") {
    // Peter was "the gentleman" once; the old gentleman answering him is somebody else.
    std::string body =
        "Peter Hale came into the office with a letter.\n\n"
        "“Good morning,” said the gentleman.\n\n"
        "“Is the clerk in?” said Peter.\n\n"
        "“He went out at noon,” replied the old gentleman.";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Peter Hale");
    CHECK(h[1].speaker == "Peter Hale");
    CHECK(h[2].speaker != "Peter Hale");
}

TEST_CASE("a description the story has read as one named person is that person elsewhere") {
    // The first scene names nobody; the second shows the girl is Anna.
    std::string body =
        "The rain fell all day, and the river rose.\n\n"
        "“Is anybody home?” said the girl.\n\n"
        "The mill stood still.\n\n"
        "The meadows lay under water.\n\n"
        "The night came down.\n\n"
        "Anna came into the kitchen. “Good morning,” said the girl.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna");
    CHECK(h[0].speaker == "Anna");
    // Not when two named people have been read so.
    std::string two = body + "\n\nMrs. Hale came after her. “Is it late?” said the girl.";
    CHECK(speaker_of(two, 0) == "the girl");
}

TEST_CASE("'Miss' before a woman's given name is the woman called by that name") {
    std::string body =
        "“Come in,” said Miss Anna, opening the door.\n\n"
        "Peter came in and sat down.\n\n"
        "“Tea?” said Anna.";
    auto h = heard(body);
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == h[1].speaker);
    // A surname stays apart: "said Hall" is not Miss Hall.
    auto s = heard("“Come in,” said Miss Hall.\n\nPeter sat down.\n\n“Tea?” said Hall.");
    REQUIRE(s.size() == 2);
    CHECK(s[0].speaker != s[1].speaker);
}

TEST_CASE("somebody an attribution brings in ('said a gentleman') is 'the gentleman' after") {
    std::string body =
        "Peter stood in the street. “Can you tell me the way?” said a gentleman.\n\n"
        "“Yes, sir,” said Peter.\n\n"
        "“Thank you,” said the gentleman.";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == h[2].speaker);
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a pronoun with a clitic is the pronoun, not a name") {
    // "I've said" is the first-person narrator speaking, never somebody named "I've".
    std::vector<Heard> h = heard("“Forty times I've said it,” I'd say to the boy. “Hand me that switch.”");
    REQUIRE(h.size() == 2);
    for (const Heard& q : h) {
        CHECK(q.speaker != "I've");
        CHECK(q.speaker != "I'd");
    }
    CHECK(h[0].speaker == "the narrator");
}

TEST_CASE("a sentence after a quotation that ended its own names the next pronoun's subject") {
    // “The tea is ready.” closes a sentence: Anna Marlow opens the next, and "she" is her.
    std::string body =
        "Mrs. Lind stood at the gate.\n\n"
        "“Come in,” she said. “The tea is ready.” Anna Marlow felt too shy to move. At last, "
        "when the dog had stopped barking, she said, “Thank you.”";
    auto h = heard(body);
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Mrs. Lind");
    CHECK(h[2].speaker == "Anna Marlow");
}

TEST_CASE("a description's apposition that gives the name with called or named") {
    auto h = heard(
        "'You'll be the new clerk,' said the foreman, a broad man called Abel Sturridge.\n\n"
        "'The coach was late,' said Tobias Wren.\n\n"
        "Sturridge looked him up and down. 'Can you add?'");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Abel Sturridge");
    CHECK(h[2].speaker == "Abel Sturridge");
}

TEST_CASE("a man of a calling is whoever does that work, not the latest man named") {
    auto h = heard(
        "Orrin Vale ran down the lane with the parcel under his arm.\n\n"
        "'What's all this?' said the policeman.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "the policeman");
}

TEST_CASE("a speaker does not speak of themself as 'Mr.' or 'Mrs.'") {
    auto h = heard(
        "Mr. Hugo Vance went out at noon, and Mr. Basil Crane came in soon after. He looked "
        "tired.\n\n"
        "“Good-day,” said he. “Mr. Vance is out, I see.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Mr. Basil Crane");
    CHECK(h[1].speaker == "Mr. Basil Crane");
}

TEST_CASE("a line of dialogue that speaks of 'Mrs. Grey' is not hers, though the last called") {
    auto h = heard(
        "Clara sat by the fire with Anna Dunne, who told of her day.\n\n"
        "“Well done, Mrs. Grey!” said Clara.\n\n"
        "“And then Mrs. Grey sent her boy over with a goose.”\n\n"
        "“Did she?”\n\n"
        "“Yes, and he stayed an hour.”");
    REQUIRE(h.size() == 4);
    CHECK(h[1].speaker == "Anna Dunne");
    CHECK(h[3].speaker == "Anna Dunne");
}

TEST_CASE("'that' before a noun opens a description, as 'this' and 'the' do") {
    auto h = heard(
        "Mrs. Lind and Mr. Pike sat by the fire. Mr. Pike dozed.\n\n"
        "“The fire is low,” cried that discreet lady.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mrs. Lind");
}

TEST_CASE("a name standing alone with its exclamation mark is called, not the speaker") {
    auto h = heard(
        "Mr. Hugo Vance and Mr. Peter Berg sat by the fire. Mr. Berg dozed.\n\n"
        "“Mr. Berg!” he cried.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mr. Hugo Vance");
}

TEST_CASE("with two Mr. Lorings, 'Mr. Loring' is not the one called 'Mr. Hugh Loring'") {
    auto h = heard(
        "The two Mr. Lorings came to dinner. Mr. Loring sat by Anna, and Mr. Hugh Loring sat "
        "by the fire.\n\n"
        "“It is cold,” said Mr. Hugh Loring.\n\n"
        "“Then come nearer,” said Mr. Loring.\n\n"
        "“I will,” said Hugh Loring.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Mr. Hugh Loring");
    CHECK(h[1].speaker == "Mr. Loring");
    CHECK(h[2].speaker == "Mr. Hugh Loring");
    // One Mr. Loring alone: "Mr. Hugh Loring" is still the "Mr. Loring" of later lines.
    auto one = heard(
        "Mr. Hugh Loring came to dinner.\n\n"
        "“It is cold,” said Mr. Hugh Loring.\n\n"
        "“Then come nearer,” said Mr. Loring.");
    REQUIRE(one.size() == 2);
    CHECK(one[1].speaker == "Mr. Hugh Loring");
}

TEST_CASE("two people take turns: a 'said he' that breaks the turns a name gives is the other's") {
    auto h = heard(
        "“In short,” said the vicar, “your family is an old one.”\n\n"
        "“Bless me!” said Hobb. “And how long has this been known?”\n\n"
        "The vicar told him that nobody had known it for a long time. His own search had "
        "begun one day in the spring, when he had seen Hobb's name painted on a cart, and had "
        "asked about his father and his grandfather until he was sure of it all.\n\n"
        "“I thought at first I would not trouble you with it,” said he.\n\n"
        "“Well, I had heard that we saw better days once.”\n\n"
        "“You had no lands at all.”\n\n"
        "“That is a pity.”\n\n"
        "“Yes, it is.”\n\n"
        "“Then where do we lie?”\n\n"
        "“In the old church on the hill.”\n\n"
        "“And what should I do about it, sir?” asked Hobb.\n\n"
        "“Nothing at all.”");
    REQUIRE(h.size() == 13);
    for (std::size_t i = 4; i < h.size(); ++i) {
        CAPTURE(i);
        CHECK(h[i].speaker == (i % 2 == 0 ? "the vicar" : "Hobb"));
    }
}

TEST_CASE("a sentence going on past the quotation with 'she' and any verb tags its speaker") {
    auto h = heard(
        "Anna looked at Peter across the table.\n\n"
        "“Come here,” said Anna.\n\n"
        "“Now, please--” she hesitated, and her cheeks grew hot.\n\n"
        "“Why?” Peter frowned, but he came.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Anna");
    CHECK(h[2].speaker == "Peter");
}

TEST_CASE("a word of age or pity before a name after the verb leaves the name the speaker") {
    CHECK(speaker_of("“It is not fair,” cried little Lottie, with a sniff.") == "Lottie");
    CHECK(speaker_of("“It is late,” said old Gregory.") == "Gregory");
    // A word in -ly there is an adjective, no manner adverb.
    CHECK(speaker_of("“Fire feels good,” said the burly Hobb, rubbing his hands.") == "Hobb");
    CHECK(speaker_of("“Sit down,” said the kindly Mrs. Orme.") == "Mrs. Orme");
}

TEST_CASE("fiction's rarer speech verbs") {
    for (std::string verb : {"hinted", "advised", "queried", "croaked", "whined", "sang"}) {
        CAPTURE(verb);
        CHECK(speaker_of("“Not a penny,” " + verb + " Mara Lind.") == "Mara Lind");
    }
}

TEST_CASE("two people take turns: the one a line before the run called by name is the other") {
    auto h = heard(
        "Somebody pulled the cushions away.\n\n"
        "“Hello, Anna!” said Peter.\n\n"
        "The woman bent down and kissed him, and then she began to shake out the cushions and put "
        "them back in their places on the old sofa by the window, one by one, without a word, "
        "while he watched her from the floor.\n\n"
        "“Am I to come home?” asked Peter.\n\n"
        "“Yes, I have come to fetch you.”\n\n"
        "“You have a new dress on.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Anna");
    CHECK(h[3].speaker == "Peter");
}

TEST_CASE("a name that is also a common word or a month, alone after the speech verb") {
    CHECK(speaker_of("“Not before the thaw,” said May.") == "May");
    CHECK(speaker_of("“I doubt it,” said Good, polishing his glass.") == "Good");
    // Still a common word where it opens a clause of its own.
    CHECK(speaker_of("“We sail at noon,” said Mara Lind. Good weather was coming.") == "Mara Lind");
}

TEST_CASE("a word and its preposition opening a sentence, before its comma, are no name") {
    // "Dumb with amazement," describes the man who speaks; it is not what he is called.
    CHECK(speaker_of("Dumb with amazement, Mr. Lind crossed the hall, and said: “You came "
                     "back after all.”") == "Mr. Lind");
}

TEST_CASE("a description that has spoken is the 'she' of the sentence after one about her") {
    // The lady brought in before is Peter's new acquaintance; "she" stays with the one who
    // spoke and is the subject of the sentence before.
    auto h = heard(
        "Peter turned from the desk to find a lady at his elbow.\n\n"
        "“I know your brother,” Peter's new acquaintance said. “Perhaps,” she added, “I shall "
        "see him.” She paused while Peter took this in. This seemed to trouble the lady. She had "
        "no secrets from anybody. “Oh,” she said, “he will not mind!”");
    REQUIRE(h.size() == 5);
    for (std::size_t i = 0; i < h.size(); ++i) {
        CAPTURE(i);
        CHECK(h[i].speaker == "Peter's new acquaintance");
    }
}

TEST_CASE("the companion of a conversation is the person named in its next lines") {
    auto h = heard(
        "“Are you ill, uncle?”\n\n"
        "“Not ill, Anna; only tired.”\n\n"
        "“You must rest, then,” said Anna.\n\n"
        "“I cannot rest, my dear. There is too much to do.”\n\n"
        "Peter Vane sighed and looked into the fire.\n\n"
        "“I am getting old,” he said.");
    REQUIRE(h.size() == 5);
    CHECK(h[0].speaker == "Anna");
    CHECK(h[1].speaker == "Peter Vane");
    CHECK(h[2].speaker == "Anna");
    CHECK(h[3].speaker == "Peter Vane");
    CHECK(h[4].speaker == "Peter Vane");
}

TEST_CASE("'his uncle' late in a family's talk is the man named at its start") {
    auto h = heard(
        "Peter Vane looked from his nephew to the fire.\n\n"
        "“The farm will go to Anna,” he said.\n\n"
        "“Is that wise, sir?” asked Tom Hale.\n\n"
        "“It is my wish,” said Anna.\n\n"
        "“She is too young to run it,” said Tom Hale.\n\n"
        "“Then she will learn,” said Anna.\n\n"
        "“I do not doubt it,” said Tom Hale. “But the winters are hard.”\n\n"
        "“They were hard for me too,” said his uncle, quietly.");
    REQUIRE(h.size() == 8);
    CHECK(h[0].speaker == "Peter Vane");
    CHECK(h[7].speaker == "Peter Vane");
}

TEST_CASE("a description that speaks before anybody of its kind is named is the one named next") {
    auto h = heard(
        "Anna sat on a bench by the lake, reading.\n\n"
        "“Will you give me a lump of sugar?” asked the little boy.\n\n"
        "“You may take one,” said Anna.\n\n"
        "“I have no teeth,” the little boy declared.\n\n"
        "Anna laughed and looked up from her book at the water, where the boats were coming in "
        "one by one under the grey sky, and the wind was rising over the hills on the far side, "
        "and the bells of the town were ringing for the evening service.\n\n"
        "“I am going to climb the Alps,” said Tomkin, and he gave a jump.");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Tomkin");
    CHECK(h[1].speaker == "Anna");
    CHECK(h[2].speaker == "Tomkin");
    CHECK(h[3].speaker == "Tomkin");
}

TEST_CASE("a voice that is somebody's speaks for them") {
    CHECK(speaker_of("“Is the carriage ready?” called Mrs. Orme's voice from the hall.") ==
          "Mrs. Orme");
    CHECK(speaker_of("“Who is there?” said the Rabbit's voice.") == "the Rabbit");
    CHECK(speaker_of("“Stand back!” cried the muffled voice of Mara Lind.") == "Mara Lind");
    auto h = heard(
        "Peter came home late.\n\n"
        "“Where have you been?” asked his mother's voice from the kitchen.\n\n"
        "“Out,” said Peter.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "his mother");
}

TEST_CASE("a description that has spoken is the subject of a sentence about it, and its 'he'") {
    // Peter is asleep and has not spoken: the doctor the sentence before is about says it.
    auto h = heard(
        "Anna sat by the bed where little Peter lay asleep.\n\n"
        "“Is he very ill?” asked Anna.\n\n"
        "“He will mend,” said the doctor.\n\n"
        "The doctor bent down and felt the boy's pulse once more.\n\n"
        "“I will call again after breakfast,” he said.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "the doctor");
    CHECK(h[2].speaker == "the doctor");
}

TEST_CASE("'said the other' is whom the person replied to last spoke with") {
    auto h = heard(
        "Anna met a neighbour at the gate of the mill.\n\n"
        "“Good morning, Peter,” said Anna.\n\n"
        "“Are you going to the fair?” asked Anna.\n\n"
        "“Perhaps,” said the other.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter");
}

TEST_CASE("the name the lines call a woman by is the one the narration gives her lines by") {
    // Hetty calls Anna "Miss Lorne"; the narration calls her Anna. The line answering
    // Hetty's call is Anna's, not a third woman's.
    auto h = heard(
        "“Is he handsome?” said Anna.\n\n"
        "“Oh no! Dear Miss Lorne, he is thirty years old!”\n\n"
        "“Well, that is young enough.”\n\n"
        "“But you are so kind to me, Miss Lorne, I am not afraid.”\n\n"
        "“You understand the force of it pretty well, Hetty,” said Anna.\n\n"
        "“Yes. But what shall I say? Dear Miss Lorne, do advise me.”\n\n"
        "“Oh no, no! I will not advise you,” said Anna.");
    REQUIRE(h.size() == 7);
    CHECK(h[2].speaker == "Anna");
}

TEST_CASE("a talk nobody is named in goes on, past narration, with a named speaker's line") {
    // Turns alternate: Peter, who speaks after the narrated paragraph, said the run's middle
    // line, and the one talking with him the others.
    auto h = heard(
        "The ballroom was full.\n\n"
        "“They are such very different things!”\n\n"
        "“That you think they cannot be compared together.”\n\n"
        "“To be sure not. People that marry can never part.”\n\n"
        "Peter was very much amused.\n\n"
        "“Only go and call on your aunt!” said Peter.");
    REQUIRE(h.size() == 4);
    CHECK(h[1].speaker == "Peter");
    CHECK(h[0].speaker == h[2].speaker);
    CHECK(h[0].speaker != "Peter");
    CHECK(h[0].speaker.find("speaker at paragraph") == std::string::npos);
}

TEST_CASE("the unnamed one talking with somebody is whom they talked with a little before") {
    auto h = heard(
        "“Is it far to the mill?” asked Anna.\n\n"
        "“Two miles,” said Peter.\n\n"
        "“Then we shall walk,” said Anna.\n\n"
        "“In this rain?” said Peter.\n\n"
        "“Rain never hurt anybody,” said Anna.\n\n"
        "“It has hurt my boots,” said Peter.\n\n"
        "They set off down the lane. The rain grew heavier, and the lane turned to mud.\n\n"
        "The hedges dripped. A cart passed them, and the carter touched his hat.\n\n"
        "A dog barked somewhere behind the farm, and then fell silent.\n\n"
        "The church clock struck four across the fields.\n\n"
        "At the mill gate they stopped. The wheel was still.\n\n"
        "“Nobody is here,” said Peter.\n\n"
        "“Then we wait.”\n\n"
        "“In the rain, again?”\n\n"
        "“In the rain.”");
    REQUIRE(h.size() == 10);
    CHECK(h[7].speaker == "Anna");
    CHECK(h[9].speaker == "Anna");
}

TEST_CASE("the unnamed one talking with somebody may be the narrator they talked with before") {
    auto h = heard(
        "“Is it far to the mill?” I asked.\n\n"
        "“Two miles,” said Peter.\n\n"
        "“Then we shall walk,” said I.\n\n"
        "“In this rain?” said Peter.\n\n"
        "“Rain never hurt anybody,” said I.\n\n"
        "“It has hurt my boots,” said Peter.\n\n"
        "We set off down the lane. The rain grew heavier, and the lane turned to mud.\n\n"
        "The hedges dripped. A cart passed us, and the carter touched his hat.\n\n"
        "A dog barked somewhere behind the farm, and then fell silent.\n\n"
        "The church clock struck four across the fields.\n\n"
        "At the mill gate we stopped. The wheel was still.\n\n"
        "“Nobody is here,” said Peter.\n\n"
        "“Then we wait.”\n\n"
        "“In the rain, again?”\n\n"
        "“In the rain.”");
    REQUIRE(h.size() == 10);
    CHECK(h[7].speaker == h[0].speaker);
    CHECK(h[9].speaker == h[0].speaker);
}

TEST_CASE("a story told over several paragraphs goes on after a chapter's heading") {
    auto h = heard(
        "“I waited until they came down, still speculating and argumentative, all a little "
        "disappointed at finding no horrors.\n\n"
        "“Then I struck a match, fired the heap of paper and rubbish, and, waving a farewell to "
        "the room, left it for the last time.”\n\n"
        "“So you set fire to the whole house, and walked away from it without once looking back "
        "at what you had done there,” said Peter.\n\n"
        "“Fired the house. It was the only way to cover my trail, and no doubt it was insured. I "
        "slipped the bolts of the front door quietly and went out into the street. I was "
        "invisible, and I was only just beginning to realise the extraordinary advantage my "
        "invisibility gave me. My head was already teeming with plans of all the wild and "
        "wonderful things I had now impunity to do, and I meant to do every one of them before "
        "the week was out.”\n\n\n\n\n"
        "CHAPTER IX.\nIN THE STREET\n\n\n"
        "“In going downstairs the first time I found an unexpected difficulty, because I could "
        "not see my feet.\n\n"
        "“My mood, I say, was one of exaltation. I felt as a seeing man might do in a city of "
        "the blind.”");
    REQUIRE(h.size() == 6);
    CHECK(h[3].speaker != "Peter");
    CHECK(h[4].speaker == h[3].speaker);
    CHECK(h[5].speaker == h[3].speaker);
}

TEST_CASE("the unnamed one talking with somebody may be the kin they talked with before") {
    auto h = heard(
        "“Is it far to the mill?” asked Peter's sister.\n\n"
        "“Two miles,” said Peter.\n\n"
        "“Then we shall walk,” said his sister.\n\n"
        "“In this rain?” said Peter.\n\n"
        "“Rain never hurt anybody,” said his sister.\n\n"
        "“It has hurt my boots,” said Peter.\n\n"
        "They set off down the lane. The rain grew heavier, and the lane turned to mud.\n\n"
        "The hedges dripped. A cart passed them, and the carter touched his hat.\n\n"
        "A dog barked somewhere behind the farm, and then fell silent.\n\n"
        "The church clock struck four across the fields.\n\n"
        "At the mill gate they stopped. The wheel was still.\n\n"
        "“Nobody is here,” said Peter.\n\n"
        "“Then we wait.”\n\n"
        "“In the rain, again?”\n\n"
        "“In the rain.”");
    REQUIRE(h.size() == 10);
    CHECK(h[7].speaker == h[4].speaker);
    CHECK(h[9].speaker == h[4].speaker);
}

TEST_CASE("a description answered by a line that calls a name is that person") {
    auto h = heard(
        "“The river is high this spring,” said Walter Brisk, and went out to his boat.\n\n"
        "All that week the rain fell on the valley. The fields flooded, the sheep were moved to "
        "the upper pastures, and nobody crossed the water who could help it. The mill stood "
        "idle, and the miller went about the village with nothing to do.\n\n"
        "On the Friday the door of the forge swung open and boots scraped on the stone.\n\n"
        "“Cold enough to freeze the river,” growled the newcomer.\n\n"
        "“Sit by the fire, Walter. The kettle is on,” said Peter.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == h[0].speaker);
}

TEST_CASE("a kin of the narrator answered by a line that calls a name is that person") {
    auto h = heard(
        "“I wonder when you are going to do anything, Hugo?” said my brother’s wife.\n\n"
        "“My dear Rose,” I answered, laying down my spoon, “why should I do anything?”\n\n"
        "“You are thirty,” she observed, “and you have done nothing.”\n\n"
        "“Nothing at all,” said I.\n\n"
        "“Good families are the worst,” said Rose.");
    REQUIRE(h.size() == 7);
    CHECK(h[0].speaker == h[6].speaker);
}

TEST_CASE("a voice answered by a line that calls a name is not named by it") {
    auto h = heard(
        "“The river is high this spring,” said Walter Brisk.\n\n"
        "All that week the rain fell on the valley. The fields flooded, the sheep were moved to "
        "the upper pastures, and nobody crossed the water who could help it. The mill stood "
        "idle, and the miller went about the village with nothing to do.\n\n"
        "On the Friday they sat by the forge fire, and the wind howled in the chimney.\n\n"
        "“Is anybody there?” called a loud voice.\n\n"
        "“Go and see who it is, Walter,” said Peter.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker != h[0].speaker);
}

TEST_CASE("the one heard saying something is its speaker, not the one hearing") {
    auto h = heard(
        "Anna Vell stood at the gate with her basket, and Peter waited in the lane below.\n\n"
        "“Is it far to the mill?” Peter heard her say.\n\n"
        "“My son is very clever,” he heard her tell the vicar one day, “but delicate.”\n\n"
        "“Not far,” said Peter.");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Anna Vell");
    CHECK(h[1].speaker == "Anna Vell");
}

TEST_CASE("a line of narration without its full stop inside a conversation is no heading") {
    auto h = heard(
        "\"I shall not see the spring,\" said Tom Hale, shaking his head.\n\n"
        "\"Nonsense, you will see many,\" said Peter.\n\n"
        "\"Why must you say that?\" Anna asked. \"Let him hope.\"\n\n"
        "Tom Hale's face brightened up\n\n"
        "\"You believe it too, Anna?\" he said, eagerly.\n\n");
    REQUIRE(h.size() == 5);
    CHECK(h[4].speaker == "Tom Hale");
}

TEST_CASE("a she where every other speaker is a man keeps her line against the turns") {
    auto h = heard(
        "“Where are you going?” asked Peter.\n\n"
        "“To the river,” said Anna.\n\n"
        "“Can I come?” he asked.\n\n"
        "“If you like,” she said, and looked away at the hills for a long while.\n\n"
        "“The water is cold there,” she said at last.\n\n"
        "“How do you know?”\n\n"
        "“I swam there last summer,” she said.");
    REQUIRE(h.size() == 7);
    CHECK(h[4].speaker == "Anna");
    CHECK(h[6].speaker == "Anna");
}

TEST_CASE("a line whose reply calls its speaker by name keeps them against a third two lines on") {
    auto h = heard(
        "“You, too, believe he lives, Anna?” Tom Hale said, eagerly.\n\n"
        "“Yes, uncle. How old would he be now?”\n\n"
        "“Eighteen.”\n\n"
        "“How strange! I think of him as a little boy.”\n\n"
        "“And I, too, Anna. He was a little boy when I lost him.”\n\n"
        "“He would be a rough fellow now,” said Peter harshly.");
    REQUIRE(h.size() == 6);
    CHECK(h[3].speaker == "Anna");
}

TEST_CASE("a line two before hands the turn on from the last person speaking in it") {
    auto h = heard(
        "“The old mill has a tenant at last,” said Anna.\n\n"
        "“Who would live there?” asked Tom Hale.\n\n"
        "“A witch, I hope,” said Peter, cutting his bread. “Nonsense, Peter! But it is strange, "
        "Tom.”\n\n"
        "“Strange indeed. I can hardly believe it.”\n\n"
        "“But you may believe it, for I saw her.”");
    REQUIRE(h.size() == 6);
    CHECK(h[3].speaker == "Anna");
    CHECK(h[5].speaker == "Anna");
}

TEST_CASE("a line a colon before it gives to somebody keeps them against the line two on") {
    auto h = heard(
        "Peter watched his daughter trimming a hat, and at last he addressed her with:\n\n"
        "“I hope Tom Hale will like it, my dear.”\n\n"
        "“We cannot know what Tom Hale likes,” said Anna.\n\n"
        "“But you forget, mother,” said Nell Vane, “that we shall meet him at the fair.”");
    REQUIRE(h.size() == 4);
    CHECK(h[0].speaker == "Peter");
}

TEST_CASE("a line calling the one a narrated paragraph was about goes on with the speaker before") {
    auto h = heard(
        "“The roof leaks again,” said Anna.\n\n"
        "“Then mend it,” said Mr. Lind.\n\n"
        "“Peter does nothing but whistle all day!” said Anna.\n\n"
        "Peter put his hands in his pockets and began to whistle.\n\n"
        "“Stop that, Peter. It is so rude!”\n\n"
        "“That is why I do it.”");
    REQUIRE(h.size() == 5);
    CHECK(h[3].speaker == "Anna");
}

TEST_CASE("a line before one of the same speaker that calls a name is the one called") {
    auto h = heard(
        "Peter sat on the floor among the cushions, and pulled at a chair until it fell.\n\n"
        "“You naughty boy, look at this mess!”\n\n"
        "“Hello, Anna!” he said.\n\n"
        "She bent down and kissed him.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna");
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("the subject of the sentence before a quotation tells more than a later attribution") {
    auto h = heard(
        "“It is a shame you have no view,” said Tom Hale.\n\n"
        "Anna felt that she had been selfish. “No, dear, you must not spoil me. The front room "
        "is yours.” “You must have it,” said Tom Hale, who would not hear of it.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Anna");
    CHECK(h[2].speaker == "Tom Hale");
}

TEST_CASE("a run of two that no line attributes alternates from its first line") {
    auto h = heard(
        "Peter sat on the floor with his bricks.\n\n"
        "Anna came into the room and sat down by the boy.\n\n"
        "“Aren't you going to ask how your mother is?” she said at length.\n\n"
        "“Oh, I forgot. How is mother?”\n\n"
        "Now she was ready.\n\n"
        "“Your mother is quite well and happy.”\n\n"
        "“Oh, I am glad.”\n\n"
        "“Your mother has gone away. You won't ever see her any more.” Peter did not know what "
        "she meant.\n\n"
        "“Why not?”\n\n"
        "“Your mother is in heaven.”");
    REQUIRE(h.size() == 7);
    CHECK(h[4].speaker == "Anna");
    CHECK(h[5].speaker == "Peter");
    CHECK(h[6].speaker == "Anna");
}

TEST_CASE("a line with the speaker of the line two before keeps them against a third two after") {
    auto h = heard(
        "“The roof leaks again,” said Anna.\n\n"
        "“Then mend it,” said Mr. Lind.\n\n"
        "“Peter does nothing but whistle all day!” said Anna.\n\n"
        "Peter put his hands in his pockets and began to whistle.\n\n"
        "“Stop that, Peter. It is so rude!”\n\n"
        "“That is why I do it.”\n\n"
        "“I hate rude boys!”\n\n"
        "“I hate prim girls!”\n\n"
        "“Birds in their nests agree,” sang Mary Vane from her corner.");
    REQUIRE(h.size() == 8);
    CHECK(h[5].speaker == "Anna");
}

TEST_CASE("the turns do not make a line the narration gave to a woman a man's") {
    auto h = heard(
        "“I leave in the morning,” said Peter.\n\n"
        "He was packing his bag when the old landlady came up to his room and said in a "
        "hysterical way:\n\n"
        "“Must you go? Oh, young sir, must you go?” Peter told her that he must go at once, and "
        "she asked again:\n\n"
        "“Do you know what day it is?” He answered that it was the fourth of May. She shook her "
        "head as she said again:\n\n"
        "“Oh, yes! I know that, but do you know what day it is?” He said that he did not "
        "understand.\n\n"
        "“It is the eve of the saint's day,” she said. “For your mother's sake, do not go.”");
    REQUIRE(h.size() == 6);
    CHECK(h[3].speaker == h[4].speaker);
    CHECK(h[3].speaker != "Peter");
}

TEST_CASE("a name after a dash and and set off by a comma is called") {
    auto h = heard(
        "“Now shut the door, and tell me what you have all been doing today,” said Anna.\n\n"
        "“I have been mending the fence in the low meadow,” said Mrs. Vane.\n\n"
        "“That is my good girl!—and Peter, what have you been doing?”\n\n"
        "“Fishing.”\n\n"
        "And here he told them all about the trout he had caught.");
    REQUIRE(h.size() == 4);
    CHECK(h[3].speaker == "Peter");
}
