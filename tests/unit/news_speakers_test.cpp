// Quotation roles and speakers in the conventions of news writing: reported clauses, ages and
// hometowns, possessive and prepositional descriptions, introductory phrases.
#include <doctest/doctest.h>

#include "heard.h"

using namespace narrate;
using namespace narrate::testing;

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

TEST_CASE("news: a capitalized name ending in -ly is a name, not a manner adverb") {
    CHECK(speaker_of("“Elections matter,” Kelly said.") == "Kelly");
    CHECK(speaker_of("“Not yet,” Emily quietly said.") == "Emily");
    CHECK(speaker_of("“Not yet,” she quietly said.\n\n“Yes,” said Ana Connolly.", 1) == "Ana Connolly");
}

TEST_CASE("news: a stray comma after the name's parenthesis") {
    CHECK(speaker_of("At the university, Gov. Omar Fisk (R-Ohio), said, “I am getting ready.”") ==
          "Omar Fisk");
}

TEST_CASE("news: a colon after the sentence that introduces the quotation") {
    // An introductory phrase before the subject.
    CHECK(speaker_of("With leaders worried about turnout, President Omar Vance is rolling out a "
                     "new message: “It is about me.”") == "Omar Vance");
    // A subject that is no person: the name ending the sentence.
    CHECK(speaker_of("The timing does not surprise Republican pollster Dana Shaw: “Lesser-known "
                     "candidates often surge early.”") == "Dana Shaw");
    CHECK(speaker_of("Ana Ruiz wrote the first report.\n\nMore from Ruiz: “The state is a "
                     "starting point.”") == "Ana Ruiz");
}

TEST_CASE("news: a source's calling is a title, so the description is not merged by turns") {
    auto h = heard(
        "“We won,” said Omar Vance.\n\n"
        "“They lost,” said Dana Ruiz.\n\n"
        "The former aide said the talks failed. “Nobody wanted a deal,” the former aide said.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "the former aide");
    // "the official" is the person introduced as one.
    auto o = heard(
        "Jo Pruitt, a Pentagon official, spoke first.\n\n"
        "“The drills go on,” the official said.");
    REQUIRE(o.size() == 1);
    CHECK(o[0].speaker == "Jo Pruitt");
}

TEST_CASE("news: a sentence's capitalized indefinite article opens a description as subject") {
    CHECK(speaker_of("A spokeswoman for the Armed Services Committee emailed reporters, arguing, "
                     "“The text says nothing of the kind.”") ==
          "A spokeswoman for the Armed Services Committee");
}

TEST_CASE("news: a short adverbial phrase before the subject") {
    auto h = heard(
        "The hours went by.\n\n"
        "Hours later, Omar Vance returned the compliment, telling reporters, “Dana and I have "
        "been friends for a long time.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Omar Vance");
}

TEST_CASE("news: markup split over a line break is no quotation") {
    auto h = heard(
        "The senator wrote:\n\n"
        "<post post-author=\"@lindsen\" post-date=\"March 9, 2016\n\n"
        "\">The hall is empty tonight.</post>\n\n"
        "Nobody came.");
    for (const Heard& x : h) CHECK(x.mention);
}

TEST_CASE("news: a reflexive pronoun shows the subject's gender") {
    auto h = heard(
        "“I am a graduate, but I have loans,” said Dana Ruiz, 40, of Fresno.\n\n"
        "Ashlyn Yago, 33, a supporter of Omar Vance who lives in Greeley, finds herself in a "
        "similar job.\n\n"
        "“I have had two grants, but I am still hung up with schools,” she said.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Ashlyn Yago");
}

TEST_CASE("news: the verbs news reports a vow, a jab or a confession with") {
    CHECK(speaker_of("“It was a bad day for everyone,” Omar Vance mocked.") == "Omar Vance");
    CHECK(speaker_of("“Go back to your seat,” Lena Marsh barked.") == "Lena Marsh");
    CHECK(speaker_of("“We will not stop,” Dana Ruiz pledged.") == "Dana Ruiz");
    CHECK(speaker_of("“I was wrong about that,” Ravi Tamsin confessed.") == "Ravi Tamsin");
    CHECK(speaker_of("“People are afraid of wasting their votes,” Brad Lowe surmised.") ==
          "Brad Lowe");
}

TEST_CASE("news: an editorial opines and a source remembers") {
    CHECK(speaker_of("“Voters deserve a straight answer,” opined the Valley Ledger.") ==
          "the Valley Ledger");
    CHECK(speaker_of("“Nobody wanted the merger at first,” remembered Ravi Tamsin.") ==
          "Ravi Tamsin");
}

TEST_CASE("news: a participle after the quotation names its object, not a speaker") {
    CHECK(speaker_of("Lena Marsh said the club would keep its dinners, but said, “It is time we "
                     "changed how we meet,” promising the Friends of the Harbour a new hall.") ==
          "Lena Marsh");
}

TEST_CASE("news: a name after a preposition of place is a place, whatever verb follows") {
    // "state" after the name is a noun, not the verb "to state".
    auto h = heard(
        "Peter Vance, the harbour master, spoke first.\n\n"
        "The future of the port is unclear, but he said at a meeting in Velora state last week "
        "that he would stay. “I am going nowhere,” he said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Vance");
}

TEST_CASE("news: the owner opening a sentence is whom its pronouns mean") {
    auto h = heard(
        "Anna Marsh spoke to the growers on Monday.\n\n"
        "“The prices are fair,” said Dana Ruiz, who sells apples at the market.\n\n"
        "Marsh's future is unclear, but she said last week that she would stay. “I am going "
        "nowhere,” she said.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna Marsh");
    // Another name in the sentence makes it that person's.
    h = heard(
        "Omar Marsh said so.\n\n"
        "Marsh's plan may be \"risky,\" said Peter Ruiz, a grower. \"Each grower talks to their "
        "own buyers,\" he said.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Peter Ruiz");
}

TEST_CASE("news: a participle after 'Berg said,' goes on from Berg, not the sentence's subject") {
    auto h = heard(
        "Ilse Maren and Omar Vance have clashed for weeks over the pier.\n\n"
        "Maren and Vance will meet next week, Tomas Berg said, adding, “They need to sit down and "
        "talk.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Tomas Berg");
}

TEST_CASE("news: a capitalized speech verb opening an inverted attribution is no name") {
    auto h = heard(
        "“The board cheated in both towns,” said Lena Marsh.\n\n"
        "Continued Marsh: “So I think it is a very real problem.”\n\n"
        "Added Marsh, “We will fight it.”");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Lena Marsh");
    CHECK(h[2].speaker == "Lena Marsh");
}

TEST_CASE("news: a document is its sender's when the attribution names it, else its own") {
    // "said in a statement" after the quotation makes the statement Holm's.
    auto h = heard(
        "“The fares will rise in May,” Jessie Holm said in a statement. “Nobody likes it.”\n\n"
        "Riders were angry on Monday.\n\n"
        "“We have no other choice,” the statement continued.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Jessie Holm");
    // A letter nobody was said to send is not the last speaker's.
    h = heard(
        "“The fares will rise in May,” Jessie Holm said.\n\n"
        "Eleven rider groups wrote to the mayor on Monday.\n\n"
        "“The rise falls on the poorest riders,” the letter says.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "the letter");
}

TEST_CASE("news: a source brought in just before a turn goes on with a long statement") {
    auto h = heard(
        "Tara Bell and Owen Pike, who run stalls at the harbour market, read the new rules twice.\n\n"
        "“The fees go up in March and nobody asked the traders first,” Bell said.\n\n"
        "Pike largely agreed with Bell.\n\n"
        "“It feels like the rules were written for somebody else,” he said.\n\n"
        "Hector Lamas, who chairs the traders' association, says the council never visited "
        "the market.\n\n"
        "“Not one of them came down here. Not once,” Lamas said.\n\n"
        "“We will keep the stalls open through the winter. The boats still come in at dawn, "
        "and people still want fish on Friday. But the council has to hear from the people "
        "who work here before it sets another fee.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == "Hector Lamas");
    CHECK(h[3].speaker == "Hector Lamas");
}

TEST_CASE("news: a pronoun of the subject's own sentence shows the subject's gender") {
    auto h = heard(
        "The ferry left Port Alder two hours late, with Dario Lund Vesk, a 40-year-old "
        "engineer, at the wheel as he waited for the fog to lift.\n\n"
        "Marisol Quane can be heard calling from the dock that her brother had the only map.\n\n"
        "“Turn back and wait for it,” she says.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Marisol Quane");
    // A name after a preposition is not the sentence's subject, nor is "her" an object's.
    auto k = heard(
        "To Ilsa Brandt she was always a stranger.\n\n"
        "“We never met,” she said.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].speaker != "Ilsa Brandt");
}

TEST_CASE("news: a journalist's calling makes the subject a person for the next pronoun") {
    auto h = heard(
        "Then shots were fired.\n\n"
        "Mara Vell, an Iranian journalist on vacation, told the Courier that she saw the truck.\n\n"
        "“People were fleeing and shouting,” she said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Mara Vell");
}

TEST_CASE("news: a time phrase before the subject") {
    CHECK(speaker_of("Eight years ago, he endorsed Omar Vance and said, “Nobody has done more.”\n\n"
                     "“Still true,” Tom Reed said.", 0) != "Eight");
    auto h = heard("Tom Reed spoke.\n\nEight years ago, Tom Reed endorsed Omar Vance and said, "
                   "“Nobody has done more.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Tom Reed");
}

TEST_CASE("news: a colon after a second name introduces a second speaker") {
    auto h = heard(
        "Peter Bosh and Anna Clint reject the term.\n\n"
        "Clint: “Our goal is not to deter them, but to defeat them.” Bosh: “The mission is to "
        "destroy them, not to contain them.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna Clint");
    CHECK(h[1].speaker == "Peter Bosh");
}

TEST_CASE("news: a speech verb's plain form after a preposition is a noun") {
    auto h = heard(
        "Hilda Clint spoke in May.\n\n"
        "Later, Clint said: “Using two accounts was a mistake,” but in fact Clint used only one "
        "account as secretary of state.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Hilda Clint");
}

TEST_CASE("news: a participle after 'by' has the clause's subject") {
    auto h = heard(
        "Peter Vance spoke at the rally.\n\n"
        "Vance ended his list of cities by saying, “Too many.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Vance");
}

TEST_CASE("news: a sentence adverb before the subject") {
    CHECK(speaker_of("Likewise, Dana Ruiz had this to say about the plan: “Families at the top "
                     "gain the most.”") == "Dana Ruiz");
    CHECK(speaker_of("Likewise, a paper from the institute had this to say about the plan: "
                     "“Families at the top gain the most.”") != "Likewise");
}

TEST_CASE("news: whose response a colon introduces") {
    auto h = heard(
        "Anna Ruiz wrote to Peter Vance in May.\n\n"
        "Vance's response was: “Is the shop open on Sunday?”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Vance");
}

TEST_CASE("news: an adviser to somebody") {
    CHECK(speaker_of("“We have work to do,” said a longtime adviser to both senators.") ==
          "a longtime adviser to both senators");
}

TEST_CASE("news: as somebody put it") {
    auto h = heard(
        "The vote was close.\n\n"
        "As the Courier's Dana Milbo puts it, “Senate leaders are unmoved.”\n\n"
        "As Vulture put it, “Hello, it is the singer.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Dana Milbo");
    CHECK(h[1].speaker == "Vulture");
}

TEST_CASE("news: a lower-case word after a quotation's own sentence end goes on its sentence") {
    auto h = heard(
        "Peter Vance faced a new ad on Monday.\n\n"
        "“You work hard. So why didn't he pay?” a narrator in the campaign's new ad asks.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "a narrator in the campaign's new ad");
}

TEST_CASE("news: two introductory phrases before the subject") {
    auto h = heard(
        "Peter Vance met the committee.\n\n"
        "On Thursday, after remaining neutral for months, Vance appeared on the radio and "
        "endorsed the plan, saying, “I think a fighter is what we need.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Vance");
}

TEST_CASE("news: a comma after the words named stands for a colon") {
    auto h = heard(
        "Anna Ruiz spoke in May.\n\n"
        "Immediately after the storm, Ruiz issued a statement, “Our state will rebuild.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Anna Ruiz");
}

TEST_CASE("news: a speech verb with a reported clause after it begins the next sentence") {
    auto h = heard(
        "“It is a very sad development,” Ted Crane told reporters. “This is the consequence of "
        "the culture of the campaign.” Ohio Gov. Jon Kasel said he would have fired the "
        "manager.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Ted Crane");
}

TEST_CASE("news: whom the sentence before attributes words to comes before its subject") {
    auto h = heard(
        "Peter Vance and his team are “rapidly learning the general election,” Newt Gingell "
        "said. “The general election is like a bigger game.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Newt Gingell");
}

TEST_CASE("news: in a report without dialogue, a short quotation is no line answered by another") {
    auto h = heard(
        "Peter Vance, the Republican candidate, spoke on Monday.\n\n"
        "“All of us are fearful that the establishment would work overtime to steal it,” Anna "
        "Colley told the network.\n\n"
        "“So the best way we do it is we win outright and we win big on the first ballot, and "
        "then nobody has anything to say about it.”\n\n"
        "“The party will come together behind the nominee in the end, as it always has done "
        "in every election I can remember.”\n\n"
        "“Nobody should doubt that the delegates will do the right thing for the country in "
        "July.”");
    REQUIRE(h.size() == 4);
    CHECK(h[1].speaker == "Anna Colley");
}

TEST_CASE("news: a name before the body it belongs to is the speaker, not the body") {
    CHECK(speaker_of("“The count was wrong,” Tom Ruddle of the Daily Ledger said.") == "Tom Ruddle");
    CHECK(speaker_of("Mina Gorla of Human Rights Watch said, “The vote did not count.”") ==
          "Mina Gorla");
    CHECK(speaker_of("Gov. Ed Tomlin of West Virginia said, “We are ready for the storm.”") ==
          "Ed Tomlin");
    // One name holding "of": no given name and surname before it.
    CHECK(speaker_of("Bank of Avalon said, “Rates will stay where they are.”") != "Bank");
}

TEST_CASE("news: 'pointed out' reports speech") {
    CHECK(speaker_of("As Ken Doyle of the Daily Ledger pointed out in March, “The delegates can "
                     "change the rules at any time.”") == "Ken Doyle");
}

TEST_CASE("news: a document speaks for its author, or as itself when nobody named sent it") {
    auto h = heard(
        "“Schools are failing,” said Omar Vance.\n\n"
        "A group of parents sent a letter to the board urging it to reconsider.\n\n"
        "“We see schools offering our children hope,” the letter reads.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "the letter");
    auto s = heard(
        "“Schools are failing,” said Omar Vance.\n\n"
        "Mayor Ana Ruiz issued a statement on Friday.\n\n"
        "“We have done our work,” the statement said.");
    REQUIRE(s.size() == 2);
    CHECK(s[1].speaker == "Ana Ruiz");
}

TEST_CASE("news: a quotation its verb introduces keeps that speaker over the next sentence's") {
    auto h = heard(
        "Asked about it, Dana Hayes agreed and said, “The city has a problem we overlook.” The "
        "star then recalled a night at a theater.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Dana Hayes");
    auto c = heard(
        "At a press conference, Lena Park declared, “I did not send any secret files.” Omar "
        "Vance repeated: “The rules are clear.”");
    REQUIRE(c.size() == 2);
    CHECK(c[0].speaker == "Lena Park");
    CHECK(c[1].speaker == "Omar Vance");
}

TEST_CASE("news: a new sentence between two quotations names its own speaker") {
    auto h = heard(
        "Ana Lind responds to Peter Mills with, “Why now? Was that on my way to Rome?” Mills then "
        "writes back, “You look fine.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Ana Lind");
    CHECK(h[1].speaker == "Peter Mills");
    // Within one sentence the quotation goes on with its speaker.
    auto s = heard("“Yes,” Ana Lind said to Tom Mills, “we are ready.”");
    REQUIRE(s.size() == 2);
    CHECK(s[1].speaker == "Ana Lind");
}

TEST_CASE("news: a parenthesis inside the apposition is not the name's") {
    CHECK(speaker_of("Filippo Grandi, the High Commissioner for Refugees (UNHCR), reacted "
                     "skeptically to the deal, “I am concerned about any such deal.”") ==
          "Filippo Grandi");
}

TEST_CASE("news: the first name of a chain of bodies") {
    CHECK(speaker_of("As Ara Sarian of the Armenian Church of Jerusalem told reporters, “We have "
                     "suffered the same fate.”") == "Ara Sarian");
    CHECK(speaker_of("Mina Gorla of the University of Avalon said, “The vote did not count.”") ==
          "Mina Gorla");
}

TEST_CASE("news: a pronoun after another name shows nothing of the speaker's gender") {
    auto h = heard(
        "Peter Greer, a pollster, spoke first.\n\n"
        "Greer said there was room for Omar Vance. But Greer noted that Anna Lind has been able "
        "to rebound and said she can do so again. “There is room to improve,” he said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Greer");
}

TEST_CASE("news: a day after a broadcaster's name names nobody") {
    auto h = heard(
        "“They are principled,” Dana Ruiz, 69, told MSNBC Monday when asked about it.\n\n"
        "“I think he would encourage them,” she said.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Dana Ruiz");
}

TEST_CASE("news: a name opening the reported clause after an apposition is not the subject") {
    auto h = heard(
        "Peter Vance spoke in Concord.\n\n"
        "Peter Moody, the chairman of the county party, said Vance continued to hurt his cause by "
        "taking on Sen. Ana Lind. “I do not think it is good for him,” he said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Peter Moody");
    // An inverted source ending the sentence is still who it is about.
    auto s = heard(
        "Peter Vance spoke in Concord.\n\n"
        "Debates matter little, noted Peter Moody. “Nobody remembers them,” he said.");
    REQUIRE(s.size() == 1);
    CHECK(s[0].speaker == "Peter Moody");
}

TEST_CASE("news: a participle phrase or a town and its state before the subject") {
    auto h = heard(
        "“We need change,” said Peter Mendez, 19, a student.\n\n"
        "“I agree,” said Omar Vance, 20.\n\n"
        "Growing up in El Paso, Mendez regularly saw families who came from Mexico.\n\n"
        "“The centers are a disgrace,” he said.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter Mendez");
    auto t = heard(
        "Peter Vance spoke. Omar Ruiz, a congressman, criticized him.\n\n"
        "At a rally in Portland, Maine, on Thursday afternoon, Vance listed the countries. “We "
        "are letting people come in,” he said.");
    REQUIRE(t.size() == 1);
    CHECK(t[0].speaker == "Peter Vance");
}

TEST_CASE("news: in an interview, the answer after a narrated question is the interviewee's") {
    // A long answer that tells of somebody else: no line of a dialogue that wants a reply.
    const std::string first =
        "How did you begin?\n\n"
        "“By accident,” Lind said. “I was a ferry mechanic, and a deaf passenger wrote to the "
        "company to say our announcements were useless to her. She was right. I rewrote them as "
        "short spoken guides, and she wrote back to say it was the first time she knew when to "
        "board without asking anyone.”\n\n";
    auto h = heard(first + "'Board' is a word you use often.\n\n“Because it is everything.”");
    REQUIRE(h.size() == 4);
    CHECK(h[2].mention);
    CHECK(h[3].speaker == "Lind");
    auto q = heard(first + "Why does that matter?\n\n“Because it is everything.”");
    REQUIRE(q.size() == 3);
    CHECK(q[2].speaker == "Lind");
    // Narration that neither asks nor speaks to the reader is no interviewer's turn.
    auto n = heard(first + "The council met on Tuesday and voted on the budget.\n\n"
                           "“Nobody told us,” a resident shouted.");
    REQUIRE(n.size() == 3);
    CHECK(n[2].speaker != "Lind");
}

TEST_CASE("news: a determiner or an adverb opening a sentence names nobody") {
    auto h = heard(
        "Each winter, there is a promise many tenants make: “If the rent goes up, I am leaving.”\n\n"
        "Few keep it, and each year just as many stay.\n\n"
        "Anna Quell runs the building. Just ask her. “Nobody ever leaves,” she said.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker != "Each");
    CHECK(h[1].speaker == "Anna Quell");
}

TEST_CASE("news: a description ends before the past tense of its verb") {
    auto h = heard(
        "Just before I left, the old lady came up to my room and said in a hurried way:\n\n"
        "“Must you go so soon?” She was close to tears.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "the old lady");
}

namespace {

/// The speaker of the first quotation of `body`, with a first-name table that also holds
/// given names that are places: Florence and Virginia (female), Orlando (male).
std::string speaker_with_place_names(const std::string& body) {
    static const FirstNames kNames =
        parse_first_names("Florence\tfemale\nVirginia\tfemale\nOrlando\tmale\n");
    ReadResult r = read_plain_text("Title\n\n" + body);
    std::vector<Quote> quotes = find_quotes(r.article);
    Attribution a = attribute_speakers(r.article, quotes, kNames);
    REQUIRE_FALSE(quotes.empty());
    return a.speaker_of[0] ? a.speakers[*a.speaker_of[0]].name : "";
}

}  // namespace

TEST_CASE("news: a given name where news writes a place is no referent of he or she") {
    CHECK(speaker_with_place_names(
              "Mayor Rosa Imbert runs the shelter, ten miles south of Florence. Many of her neighbors "
              "disagree with her.\n\n“They have their reasons,” she said.") == "Rosa Imbert");
    CHECK(speaker_with_place_names(
              "Senator Dale Moore spoke after the Orlando attacks. Many in the party agree with him.\n\n"
              "“We have to act,” he said.") == "Dale Moore");
    CHECK(speaker_with_place_names(
              "Mayor Rosa Imbert grew up in Florence. Many of her neighbors disagree with her.\n\n"
              "“They have their reasons,” she said.") == "Rosa Imbert");
}

TEST_CASE("news: a place that is also a given name is no referent of he or she") {
    CHECK(speaker_with_place_names(
              "Mayor Rosa Imbert campaigned across Virginia on Monday. Her rivals stayed home.\n\n"
              "“It went well,” she said.") == "Rosa Imbert");
}

TEST_CASE("news: a relative \"that\" before the verb stands for the noun before it") {
    CHECK(speaker_of("Ms. Dorn posted her message under a banner that said, “Keep the park "
                     "open for everyone.”") == "a banner");
}

TEST_CASE("news: a description after the verb runs to five words past its article") {
    CHECK(speaker_of("“Nothing was missing,” said a former senior county tax official.") ==
          "a former senior county tax official");
    // A verb of saying ends it: the rest is what the source reports.
    auto h = heard(
        "With voters asking for action, even a top party strategist said Dorn will have to "
        "choose, saying, “At some point she has to pick a side in this fight.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "a top party strategist");
}

TEST_CASE("news: a description by whose the person is ends before a form of \"be\"") {
    CHECK(speaker_of("Lind’s campaign manager was asked about the vote and said, “We will see.”") ==
          "Lind’s campaign manager");
}

TEST_CASE("news: the writer's own kin is not the man the article last named") {
    auto h = heard(
        "My uncle would have cheered for Vale.\n\n"
        "I know all about Peter Vale and what he is doing to win.\n\n"
        "“Nobody listens to the farmers,” my uncle often said.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "my uncle");
}

TEST_CASE("news: a passive speech verb's speaker is who its \"by\" names") {
    auto h = heard(
        "Nora Pell spoke first at the harbor meeting. “Hold the lantern high,” Pell said.\n\n"
        "“The port will be rebuilt before the winter storms arrive,” was written by Ivo Brandt in "
        "a letter to the council.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Ivo Brandt");
}

TEST_CASE("news: a speech verb that doubles its last consonant attributes the quotation") {
    CHECK(speaker_of("“We were too slow to act on the flooding,” Lena Varga admitted.") ==
          "Lena Varga");
    CHECK(speaker_of("“Not this year,” the mayor quipped, smiling.") == "the mayor");
}

TEST_CASE("news: a comma after a speech verb's reported clause does not introduce the quotation") {
    CHECK(heard("The mayor said the plan failed, “but not for lack of trying.”")[0].mention);
    // Words that go with the verb, not a clause of their own: still introduced.
    CHECK_FALSE(heard("The mayor told reporters, “the plan failed for lack of money.”")[0].mention);
    CHECK_FALSE(heard("The mayor said on Monday, “the plan failed for lack of money.”")[0].mention);
}

TEST_CASE("news: \"questioned\" and \"charged\" attribute the quotation") {
    CHECK(speaker_of("“What made him change his mind so fast?” Vera Hollis questioned.") ==
          "Vera Hollis");
    CHECK(speaker_of("“The count was rigged from the start,” Omar Pell charged.") == "Omar Pell");
}

TEST_CASE("news: a retort fired, shot or hit back is said") {
    CHECK(speaker_of("When Mayor Ana Ruiz criticized the plan, Tom Berg fired back: “If they sue "
                     "us, they will lose.”") == "Tom Berg");
    CHECK(speaker_of("After Ana Ruiz laughed at him, Tom Berg shot back, “I chose to work for a "
                     "living.”") == "Tom Berg");
}

TEST_CASE("news: a speech verb inside a quoted fragment names no speaker") {
    auto h = heard(
        "Former Speaker Ned Gaskin said the change reflects the race.\n\n"
        "Vance and his team are “learning that fifty states at once is a much bigger system,” "
        "Gaskin said. “The general election is like a gigantic football team.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].speaker == "Ned Gaskin");
}

TEST_CASE("news: \"one\" before a calling is somebody new, not the holder met before") {
    auto h = heard(
        "“We have a ton of work to do,” said a longtime adviser to both Cranes.\n\n"
        "Voters are still making up their minds.\n\n"
        "“This is eerily similar to the first debate,” said one longtime adviser to Bill Crane.");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "one longtime adviser to Bill Crane");
}

TEST_CASE("news: a headline with a byline after it is a title, not a statement") {
    auto h = heard(
        "SHORT READS:\n\n"
        "—“A harbor painter gets a gallery show at last,” by the Courier's Ana Lind: a look at "
        "her studio.\n\n"
        "“Museum to close at the end of the year,” by Times' Omar Pell.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].mention);
    // A passive verb before "by" makes the words the writer's statement.
    CHECK_FALSE(heard("“The port will be rebuilt before the storms,” was written by Ivo Brandt.")[0]
                    .mention);
}

TEST_CASE("news: a quotation set off by commas beside a noun names it") {
    // The column's title and the film's: the sentence goes on with its verb after them.
    auto h = heard("Tom Weller's column, \"Mayor, show us the budget,\" is very thoughtful.\n\n"
                   "Watch the trailer for Rhee's documentary, “4th,” below.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].mention);
    CHECK(h[1].mention);
    // An attribution after the commas: the words are said.
    CHECK_FALSE(heard("The mayor, “We have no money,” she said, was in tears.")[0].mention);
}

TEST_CASE("news: a name whose apposition lost its closing comma speaks") {
    CHECK(speaker_of("“Clinton needs a strategy for the third-party voters,” Nate Salter, the "
                     "polling guru who founded a forecasting site tweeted on Wednesday.") ==
          "Nate Salter");
    // With the comma the apposition is closed as usual.
    CHECK(speaker_of("“We need more money,” Ana Ruiz, the mayor of a small town, said.") ==
          "Ana Ruiz");
}

TEST_CASE("news: the words after a participle of saying are its object, verbs and all") {
    CHECK(speaker_of("Ruiz said the members will still meet, but said, “It is time we change how "
                     "we do it,” promising the Friends of Abe will return.") == "Ruiz");
}

TEST_CASE("news: a surname that looks like a participle is the subject of the speech verb") {
    // "Manning", "Harding": a capitalized -ing word alone before "said" is who said it, not
    // an opening participle ("Smiling, she said").
    CHECK(speaker_of("“We cannot keep spending like this,” Manning said.") == "Manning");
    CHECK(speaker_of("The board met on Monday.\n\n“The roads come first,” Harding told reporters.") ==
          "Harding");
}

TEST_CASE("news: in a report a quotation paragraph goes on with the attributed one before it") {
    const std::string report =
        "Mayor Ilse Dorn leads the count, and Rolf Kappel trails her by a few hundred votes.\n\n"
        "“If we go to a recount, where nobody has the majority, the voters will decide,” Kappel "
        "said at a town hall on Thursday.\n\n"
        "Councilman Edgar Vinn, a Dorn supporter, said the campaign plans to win outright.\n\n"
        "“All of us are fearful that the board would work overtime to steal the election,” Vinn "
        "told the Gazette.\n\n"
        "“So the best way we do it, we win by a thousand votes and the count is over.”";
    auto h = heard(report);
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Edgar Vinn");
    // Lines of dialogue make it a conversation: the other side answers.
    auto talk = heard(
        "Nora Quill met Abel Marsh at the gate.\n\n"
        "“Late again?” said Abel.\n\n"
        "“Yes.”\n\n"
        "“The roads were bad, and the ferry was slow,” said Nora.\n\n"
        "“I came by the ferry myself this morning and it was on time.”");
    REQUIRE(talk.size() == 4);
    CHECK(talk[3].speaker == "Abel");
}

TEST_CASE("news: a narrator is known by the recording it speaks in") {
    CHECK(speaker_of("Omar Pell faced a new spot on Monday.\n\n"
                     "“You work hard. So why didn't he pay?” a narrator in the Dorn ad asks.") ==
          "a narrator in the Dorn ad");
}

TEST_CASE("news: a signature paragraph names the author over the paragraph before") {
    CHECK(speaker_of("Sen. Tom Berg spoke first in Ames. Ida Marsh answered him.\n\n"
                     "“Boeing and the big firms pay zero taxes on their profits.”\n\n"
                     "- Berg.\n\n"
                     "This is a complex issue.") == "Tom Berg");
    // A participle after the name says how the words were given.
    CHECK(speaker_of("Tom Berg spoke first. Ida Marsh answered him.\n\n"
                     "“Great speech. She is ready. She never quits.”\n\n"
                     "-Tom Berg, tweeting after the speech.\n\n"
                     "More later.") == "Tom Berg");
}

TEST_CASE("news: a capitalized word before a noun of description modifies it") {
    // "Mayoral" describes the hopeful, who is Dana Pirrie: the name is the speaker's.
    CHECK(speaker_of("In line with most of the council, Republican Mayoral hopeful "
                     "Councilwoman Dana Pirrie was also critical, telling the Gazette: “This "
                     "budget is a gift to the contractors.”") == "Dana Pirrie");
    // Words before the verb with no name after them stay the plain subject.
    CHECK(speaker_of("Lantern reporter Osric Fell wrote back: “Your numbers do not add up.”") ==
          "Osric Fell");
}

TEST_CASE("news: an adverb or a preposition opening a sentence names nobody") {
    // "Sometimes" opens the sentence; he is the candidate named before it.
    auto h = heard(
        "Governor Tomas Avery held rallies across the state this spring.\n\n"
        "Protesters followed him. Sometimes clashes between supporters and protesters grew "
        "heated, and the candidate took to the radio. “Everybody is talking about the "
        "banners,” he said on May 2.");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Tomas Avery");
    CHECK(speaker_of("Despite Ortlieb's lead, the race is close.\n\n“We are ahead,” Ortlieb said.",
                     0) == "Ortlieb");
}

TEST_CASE("news: a description whose apposition is a name makes the name the sentence's subject") {
    // "He" in the next sentence is the engineer, not the man quoted before.
    auto h = heard(
        "Local campaigner Peter Harland told the Courier the cost would fall on residents. "
        "'Nobody asked us,' he said.\n\n"
        "The bridge's engineer, Sam Ito, said the design was simple. He added: \"We expect it to "
        "last a hundred years.\"");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Sam Ito");
}

TEST_CASE("news: a calling capitalized at the start of a sentence is not part of the name") {
    // Peter is a first name in the test's table; Engineer is not.
    CHECK(speaker_of("Engineer Peter Ito said the design was simple. \"It will last,\" he "
                     "said.") == "Peter Ito");
    // A first word not shaped like a noun of work is the name's own.
    CHECK(speaker_of("Cornell Peter Brooks said the design was simple. \"It will last,\" he "
                     "said.") == "Cornell Peter Brooks");
    // A title of office, in British spelling too, is set aside.
    CHECK(speaker_of("Councillor Peter Ashe said he expects it to pass: \"Nobody wants to do "
                     "this twice.\"") == "Peter Ashe");
    // An honorific stays: Mr., Mrs. and the like are how the article names the person.
    CHECK(speaker_of("Mrs. Peter Ito said the design was simple. \"It will last,\" she said.") ==
          "Mrs. Peter Ito");
}

TEST_CASE("news: an institution that speaks is nobody's epithet") {
    // The company, the union's listener and a worker take turns: the company's words stay
    // its own, not the worker's whose turn comes two paragraphs later.
    auto h = heard(
        "A ferry company was fined.\n\n"
        "\"We deeply regret the harm caused,\" the company said in a statement. \"We have since "
        "changed our procedures.\"\n\n"
        "\"They were told to get on with it,\" a deckhand said.\n\n"
        "\"Nobody listened to us,\" said Callum Reid, who worked alongside the injured man. "
        "\"Nobody.\"");
    REQUIRE(h.size() == 5);
    CHECK(h[0].speaker == "the company");
    CHECK(h[1].speaker == "the company");
    CHECK(h[3].speaker == "Callum Reid");
}

TEST_CASE("news: the one told is never the speaker") {
    // After a relative clause and its comma, "told the Herald" is no inverted attribution.
    auto h = heard(
        "The ferry firm was fined. Its lawyer, Fiona Blake, said it accepted the ruling.\n\n"
        "A spokeswoman for the union, which represents the crew, told the Herald that staff "
        "had raised concerns.\n\n"
        "\"They were told to get on with it,\" she said.");
    REQUIRE(h.size() == 1);
    // A report brings in its sources by what they are: "she" is the spokeswoman.
    CHECK(h[0].speaker == "A spokeswoman for the union");
    // Nor is the paper a person "she" could be.
    CHECK(speaker_of("The union, which represents the crew, told the Herald that staff had "
                     "raised concerns.\n\n\"They were told to get on with it,\" she said.") !=
          "Herald");
}

TEST_CASE("news: in somebody's words, the quotation is theirs") {
    auto h = heard("Senator Lia Montrose has been a critic of the plan.\n\n"
                   "In Montrose's words, \"the plan is a giveaway to the developers.\"");
    REQUIRE(h.size() == 1);
    CHECK_FALSE(h[0].mention);
    CHECK(h[0].speaker == "Lia Montrose");
    CHECK(speaker_of("Senator Lia Montrose is a critic.\n\nIn the words of Senator Montrose, \"The "
                     "plan is a giveaway.\"") == "Lia Montrose");
    // Inside a sentence about the person, the quotation goes on with the narrator's words.
    CHECK(heard("Lee, in her own words, \"never looked back.\"")[0].mention);
    // Words that are nobody's introduce nobody.
    CHECK(heard("Lee spoke.\n\nIn other words, \"the plan failed.\"")[0].mention);
}

TEST_CASE("news: a paragraph saying whose the quotation before it was gives it to them") {
    std::string before = "Dana Ruiz and Peter Ruiz run the bakery together.\n\n"
                         "“She would give away the ovens if I let her.”\n\n";
    CHECK(speaker_of(before + "That is how Peter Ruiz puts it. Dana disagrees.", 0) == "Peter Ruiz");
    CHECK(speaker_of(before + "That's how Peter described it.", 0) == "Peter Ruiz");
    CHECK(speaker_of(before + "So says Peter Ruiz, who keeps the books.", 0) == "Peter Ruiz");
    CHECK(speaker_of(before + "Those were Peter's words.", 0) == "Peter Ruiz");
    CHECK(speaker_of(before + "Those are the words of Peter Ruiz.", 0) == "Peter Ruiz");
    // A quotation with an attribution of its own keeps it.
    CHECK(speaker_of("Dana Ruiz and Peter Ruiz run the bakery together.\n\n"
                     "“We never close early,” Dana Ruiz said.\n\nThat is how Peter puts it, too.",
                     0) == "Dana Ruiz");
}

TEST_CASE("news: in a report, a description that speaks is not the person two quotations before") {
    std::string report =
        "The county's budget office released its forecast on Monday.\n\n"
        "“The shortfall this year will be larger than anyone on the council expected,” said Dana "
        "Ruiz, the budget director.\n\n"
        "“We will have to close two libraries unless the state steps in with more money,” Mayor "
        "Peter Vance said at a news conference.\n\n"
        "A person familiar with the negotiations, who asked not to be named, said the state had "
        "offered less than half of what the county asked for.\n\n"
        "“Nobody at the table thinks the offer is serious, and the state knows it,” the person "
        "said.";
    auto h = heard(report);
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "the person");
}
