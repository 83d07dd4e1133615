// Speakers in fiction's narration between two quotations of one paragraph: clauses joined to a
// quotation's tag, and who speaks the quotation after them.

#include <doctest/doctest.h>

#include "heard.h"

using namespace narrate;
using namespace narrate::testing;

TEST_CASE("a clause joined to a tag with its own subject and speech verb names the next speaker") {
    auto h = heard(
        "“We shall knock the door down!” said the miller; and Anna called out as loud as she "
        "could, “Then I shall let the dog out!”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "the miller");
    CHECK(h[1].speaker == "Anna");

    h = heard(
        "Anna looked round the mill.\n\n"
        "“Where is the key?” she asked the miller, and the miller answered, slowly as ever, "
        "“Under the stone.”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Anna");
    CHECK(h[1].speaker == "the miller");
}

TEST_CASE("a statement introducing its speaker by name is theirs") {
    auto h = heard(
        "Anna Vane opened the door a crack.\n\n"
        "“Is this the Vane place?” asked the man on the step.\n\n"
        "“It is. Who wants to know?”\n\n"
        "“My name is Tobias Quill. I was told your father might put me up.”\n\n"
        "“Come in,” said Anna.\n\n"
        "“What brings you out on a night like this, Mr. Quill?”\n\n"
        "“Business,” said Tobias.");
    REQUIRE(h.size() == 6);
    CHECK(h[0].speaker == "Tobias Quill");  // the man on the step, named by himself
    CHECK(h[2].speaker == "Tobias Quill");
    CHECK(h[5].speaker == "Tobias Quill");
    CHECK(speaker_of("“Call me Hester Vale,” the woman said, “everybody does.”\n\n"
                     "“Then call me Peter.”", 2) == "Peter");
}

TEST_CASE("a short phrase of time before a name without a comma leaves the name the subject") {
    // "For a long moment Peter was silent." is about Peter: the "he" after it is Peter, who
    // speaks next, not the man who spoke last.
    auto h = heard(
        "“Father is dying,” said Tom Avery.\n\n"
        "For a long moment Peter was silent. Then he reached for his glass and drank.\n\n"
        "“When?”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a tag going on without a subject of its own keeps its speaker") {
    auto h = heard("“Yes,” said Anna, and added, “I will come.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna");
    // The one heard speaks, not the one hearing.
    h = heard("“I shall go,” said Peter softly; and Anna heard him add, “But not today.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a quotation going on after its tag's semicolon keeps the tag's speaker") {
    auto h = heard(
        "“I am sorry for them,” returned Mrs. Lind; “they must have a sad time of it.” Anna "
        "sighed.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Mrs. Lind");
    CHECK(h[1].speaker == "Mrs. Lind");
}

TEST_CASE("a dash before the next sentence does not make that sentence the quotation's tag") {
    auto h = heard(
        "Peter looked at Anna.\n\n"
        "“My dear Anna,” said he, “tell me at once. Say no, if it is to be said.”--She could "
        "say nothing.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Peter");
    CHECK(h[1].speaker == "Peter");
}

TEST_CASE("a sentence opening with 'But' after a quotation does not tag it") {
    auto h = heard(
        "“Will you stop the cart?” said Anna.\n\n"
        "“No,” said Peter, and lashed the horse.\n\n"
        "“Pray, pray stop. I cannot go on.” But he only laughed.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Anna");
}

TEST_CASE("a speech verb in a 'who' clause is said by the person the clause describes") {
    auto h = heard(
        "“I shall go,” said Peter.\n\n"
        "Peter was sorry, but could do no more; and a short silence followed, which was broken "
        "by Anna, who in a voice of cold anger said, “Then go.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna");
}

TEST_CASE("a paragraph ending in a speech verb and a dash introduces the next one's quotation") {
    auto h = heard(
        "“Good day,” said Anna.\n\n"
        "After a few whispers, Mrs. Lind, speaking louder, said,\n\n"
        "“Yes, here I am, my good friend.”\n\n"
        "“Hello,” said Anna.\n\n"
        "Some looked very stupid about it, and Mr. Lind gravely said,\n\n"
        "“This explains the sort of thing.”\n\n"
        "At last, with some hesitation, Peter said--\n\n"
        "“Miss Lind, I must do as well as I can.”");
    REQUIRE(h.size() == 5);
    CHECK(h[3].speaker == "Mr. Lind");
    CHECK(h[4].speaker == "Peter");
}

TEST_CASE("after \"there was\", the clause opening with a pronoun has the narration's actor") {
    // Not the boy called by name in the line before: the one who turned and caught him.
    std::string story =
        "“Peter! You, Peter!” shouted Anna across the yard.\n\n"
        "There was a scuffle behind the woodpile and she turned just in time to catch a small "
        "boy by his collar.\n\n"
        "“There you are! Where have you been hiding?”";
    auto h = heard(story);
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna");
}

TEST_CASE("a word the story writes in lower case, opening a sentence before its subject, names nobody") {
    std::string story =
        "Anna talked on about the weather. The kettle suddenly boiled over.\n\n"
        "“And I want to know what you mean by it,” she said.\n\n"
        "Suddenly the lodger stood up and said, “Enough!”";
    auto h = heard(story);
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "the lodger");
}

TEST_CASE("a past tense with its object after a description's noun is the sentence's verb") {
    auto h = heard(
        "Anna talked on about the weather.\n\n"
        "Then the lodger raised his hands, stamped his foot, and said, “Enough!”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "the lodger");
}

TEST_CASE("a statement calling the paragraph's speaker by name is somebody else's") {
    auto h = heard(
        "‘She lives there all alone,’ said Anna.\n\n"
        "‘Then I hoped she was a witch,’ observed Peter, while he cut the bread.  ‘Nonsense, "
        "Peter!  But isn’t it strange?’");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Peter");
    CHECK(h[2].speaker == "Anna");
}

TEST_CASE("a statement calling out \"mamma\" is not said by the mother the story knows") {
    auto h = heard(
        "‘She lives there all alone,’ said Anna.\n\n"
        "‘Good gracious, my dear!’ cried my mother.\n\n"
        "‘Then I hoped she was a witch,’ observed Peter.\n\n"
        "‘Nonsense, Peter!  But isn’t it strange, mamma?’");
    REQUIRE(h.size() == 4);
    CHECK(h[3].speaker == "Anna");
}

TEST_CASE("the answer to a statement calling out \"mamma\" is the mother's") {
    auto h = heard(
        "‘Good morning,’ said my mother.\n\n"
        "‘Good morning,’ said Peter, and sat down by the fire.\n\n"
        "‘Mamma, may Peter stay to tea?’ asked Anna.\n\n"
        "‘If he wipes his boots.’");
    REQUIRE(h.size() == 4);
    CHECK(h[3].speaker == "my mother");
}

TEST_CASE("a compound of hyphenated lower-case parts before a name describes, it is no name") {
    auto h = heard(
        "Fifteen-year-old Peter was very tall.\n\n"
        "‘I hate it,’ said Peter.\n\n"
        "‘Don’t,’ said Red-haired Anna.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker == "Peter");
    CHECK(h[1].speaker == "Anna");
    // Inside a name, lower-case parts after a hyphen are a given name's.
    CHECK(speaker_of("“We count on the council,” said Secretary General Ban Ki-moon.") == "Ban Ki-moon");
}

TEST_CASE("a past tense or a modal after a description's noun is the sentence's, not the noun's") {
    auto h = heard(
        "Anna told her story.\n\n"
        "Then the Duchess left off, quite out of breath, and said to Anna, “Have you seen the "
        "lighthouse yet?”\n\n"
        "“No,” said Anna. Then the lodger could not help adding, “Nor have I.”");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "the Duchess");
    CHECK(h[2].speaker == "the lodger");
}

TEST_CASE("a lone \"s\" after a name is a possessive that lost its apostrophe") {
    // "Anna s attention" is Anna's: the partner who speaks after it is not Anna.
    auto h = heard(
        "That was the last remark by which he could weary Anna s attention, for he was just "
        "then carried off by a crowd of passing ladies. Her partner now drew near, and said, "
        "“That fellow would have tried my patience.”\n\n"
        "“But they are such different things!”");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker != "Anna");
    // A contracted "is" after a word opening the sentence stays a word of its own.
    CHECK(speaker_of("“It s late,” said Peter.") == "Peter");
}

TEST_CASE("a host who answers is the other side of the talk") {
    auto h = heard(
        "Peter came late to dinner.\n\n"
        "“You kept us waiting,” said Anna.\n\n"
        "“The roads were bad,” said Peter.\n\n"
        "“Never mind,” said his host.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Anna");
}

TEST_CASE("the owner of a speech verb's gerund speaks: \"broken by Peter's saying\"") {
    auto h = heard(
        "“The road is long,” said Anna.\n\n"
        "“It is,” said Peter.\n\n"
        "Anna looked at the hills for a while. A silence of several minutes followed; it was "
        "broken by Peter's saying, “Old Brand is rich, is he not?”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter");
    auto a = heard(
        "“The road is long,” said Anna.\n\n"
        "“It is,” said Peter.\n\n"
        "Anna looked at the hills for a while. The silence was broken by Peter's saying very "
        "abruptly, “Old Brand is rich, is he not?”");
    REQUIRE(a.size() == 3);
    CHECK(a[2].speaker == "Peter");
    // A noun after the gerund makes it a modifier: Anna echoes Peter's words.
    auto e = heard(
        "“The road is long,” said Anna.\n\n"
        "“It is,” said Peter.\n\n"
        "Anna looked at the hills, and echoed Peter's concluding words, “Long indeed.”");
    REQUIRE(e.size() == 3);
    CHECK(e[2].speaker != "Peter");
}

TEST_CASE("in a talk of two a reply by his step-son is the other side of the talk") {
    auto h = heard(
        "Peter Hale came home late. Tom Wade was reading by the fire.\n\n"
        "“You are late again,” said Tom.\n\n"
        "“The train was slow,” said Peter.\n\n"
        "“It always is,” said his step-son, without looking up.\n\n"
        "“Where is your mother?” Peter asked.");
    REQUIRE(h.size() == 4);
    CHECK(h[2].speaker == h[0].speaker);
}

TEST_CASE("a name after the verb of a pronoun's clause is its object, not the pronoun") {
    auto h = heard(
        "Mr. Hale came out of the sick room. Peter Moss was waiting by the stove.\n\n"
        "“How is she?” asked Peter.\n\n"
        "He beckoned Peter into the living-room and said sternly:\n\n"
        "“You have a very sick child in there. Why did you not call me before?”\n\n"
        "“I did not know,” he said.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "Mr. Hale");
}

TEST_CASE("a name heard to say something is the speaker, not the one hearing") {
    auto h = heard(
        "Mr. Hale sat in the garden with Peter Moss, and Anna stood by the gate.\n\n"
        "“It is late,” said Anna.\n\n"
        "He heard Peter next say, “Nonsense! It is hardly nine.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Peter Moss");
}

TEST_CASE("a name opening a clause after and is a subject of its own") {
    auto h = heard(
        "Anna Vell and her aunt sat in the garden.\n\n"
        "“I must go home,” said her aunt.\n\n"
        "She spoke with great agitation, and Anna very gently replied, “Then let me order the "
        "carriage.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Anna Vell");
}

TEST_CASE("one of a group and somebody else are speakers of their own") {
    auto h = heard(
        "Peter Vale stood by the fire and told us about the house.\n\n"
        "“It was a dreadful place,” he said.\n\n"
        "“Oh, how delicious!” cried one of the women.\n\n"
        "“Will you tell us more, Peter?” somebody else inquired.\n\n"
        "“I will,” said Peter.\n\n"
        "“I knew you would,” said one of the men.");
    REQUIRE(h.size() == 5);
    CHECK(h[0].speaker == "Peter Vale");
    CHECK(h[1].speaker == "one of the women");
    CHECK(h[2].speaker == "somebody else");
    CHECK(h[4].speaker == "one of the men");
}

TEST_CASE("the woman after one of the women is not that one of the group") {
    auto h = heard(
        "An old woman lay in the bed, and two of the nurses sat by her.\n\n"
        "“Who is there?” she cried.\n\n"
        "“Hush!” said one of the women.\n\n"
        "For a long while nothing more was heard in the room. The candle burned low on the "
        "table, the rain beat against the window, the clock in the passage struck the hour "
        "twice over, and the two nurses nodded in their chairs, half asleep and half awake.\n\n"
        "“I will not hush,” said the woman, struggling.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker != h[1].speaker);
}

TEST_CASE("Miss and a surname calling Miss and a given name is her elder sister") {
    auto h = heard(
        "Miss Anna Vell stood at the window of her sister's drawing-room.\n\n"
        "“It is the doctor's coach, sister,” said Miss Anna.\n\n"
        "“Have you made the tea, Miss Anna?” asked Miss Vell.\n\n"
        "“I have,” replied Miss Anna.\n\n"
        "“Then bring it in at once,” said Miss Vell.");
    REQUIRE(h.size() == 4);
    CHECK(h[1].speaker != h[0].speaker);
    CHECK(h[2].speaker == h[0].speaker);
    CHECK(h[3].speaker == h[1].speaker);
}

TEST_CASE("the child and this vivacious infant are the one child of the scene") {
    auto h = heard(
        "Peter Hale sat in the garden of the hotel. A small boy came walking along the path, "
        "an alpenstock in his hand.\n\n"
        "“Will you give me a lump of sugar?” said the child.\n\n"
        "“Yes, you may take one,” said Peter.\n\n"
        "“Are you an American man?” pursued this vivacious infant.");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == h[0].speaker);
}

TEST_CASE("my uncle opening a sentence is its subject") {
    auto h = heard(
        "Mr. Cotter was sitting at the fire, smoking, when I came downstairs to supper.\n\n"
        "“I have my own theory about it,” he said.\n\n"
        "He began to puff again at his pipe. My uncle saw me staring and said to me:\n\n"
        "“Well, so your old friend is gone, you will be sorry to hear.”\n\n"
        "“Who?” said I.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "My uncle");
}

TEST_CASE("a voice the narration has somebody hear speaks the quotation after it") {
    // The one heard speaks, not the one hearing: "heard Anna's voice", "heard her speak".
    auto h = heard(
        "Anna went up to see the landlady, and Peter waited on the stairs. He heard Anna's "
        "voice.\n\n"
        "“The roof leaks again. I cannot bear it.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Anna");
    auto s = heard(
        "“Tell them I am here,” said Peter.\n\n"
        "Anna knocked at the door and walked in. He heard her speak.\n\n"
        "“Peter has come to say good night, madam.”");
    REQUIRE(s.size() == 2);
    CHECK(s[1].speaker == "Anna");
    // "Anna heard her saying": "her" is somebody else than the woman who hears.
    auto o = heard(
        "Mrs. Lind came into the hall with Peter. Anna heard her saying to him,\n\n"
        "“The tea is cold again.”");
    REQUIRE(o.size() == 1);
    CHECK(o[0].speaker == "Mrs. Lind");
}

TEST_CASE("somebody new the narration has speak just before a quotation says it") {
    // "one of the strangers", "a voice": not whoever the scene was about, nor a side of the
    // talk before.
    auto h = heard(
        "Peter waited on the landing. He heard Anna's voice.\n\n"
        "“The roof leaks again. I cannot bear it.”\n\n"
        "“You should not have gone out in the rain, Anna,” said her sister. “I knew it would "
        "upset you.”\n\n"
        "Then one of the strangers spoke.\n\n"
        "“The poor girl is quite alone now. I see she limps.”\n\n"
        "“Yes, she has a bad foot.”\n\n"
        "Then Peter went down.");
    REQUIRE(h.size() == 5);
    CHECK(h[3].speaker == "one of the strangers");
    auto v = heard(
        "“Come back soon,” said Anna.\n\n"
        "Peter sat by the fire and thought of the sea. Then a voice spoke, breaking his "
        "dream.\n\n"
        "“Hello, there!”");
    REQUIRE(v.size() == 2);
    CHECK(v[1].speaker == "a voice");
}

TEST_CASE("\"thus\" before a speech verb says how, and names nobody") {
    auto h = heard(
        "Mary and Anna sat by the window. Peter was without ceremony sent away, and Anna, "
        "embracing Mary, thus began:\n\n"
        "“Yes, my dear Mary, it is so.”");
    REQUIRE(h.size() == 1);
    CHECK(h[0].speaker == "Anna");
}

TEST_CASE("a person heard saying, before the quotation, is its speaker") {
    // "He heard Tom next say," gives the words to Tom, not to the "he" who hears them.
    auto h = heard(
        "“Stop it,” said Anna.\n\n"
        "Peter stood by the door. He heard Tom Hale next say, with a glance at Anna, “I will "
        "give it to her.”");
    REQUIRE(h.size() == 2);
    CHECK(h[1].speaker == "Tom Hale");
}

TEST_CASE("a pronoun subject is not the name its own clause acts on") {
    // "He beckoned Peter in and said" is not Peter: he is the one doing the beckoning.
    auto h = heard(
        "“Is the child asleep?” asked Mr. Hale.\n\n"
        "“She is,” said Peter.\n\n"
        "Peter was sitting by the fire. His cheerful air annoyed the old man. He beckoned "
        "Peter into the parlour and said sternly:\n\n"
        "“You have a very sick child in there.”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Mr. Hale");
}

TEST_CASE("a sentence about somebody's voice is about its owner, who speaks next") {
    auto h = heard(
        "“Shall we go?” said Anna.\n\n"
        "“Yes,” said Mr. Jones.\n\n"
        "Mr. Jones and I sat on by the fire. Suddenly, however, Peter's voice broke in upon "
        "us.\n\n"
        "“You might offer me a seat.”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter");
}

TEST_CASE("a lead-in ending in a verb and its particle introduces that verb's subject") {
    // "and went on:" is Peter's speech; "the letter that Anna had written" only names a writer.
    auto h = heard(
        "“Sit down, Peter,” said Mr. Hale.\n\n"
        "“Thank you,” said Peter.\n\n"
        "Peter looked at the letter that Anna had written to him, and went on:\n\n"
        "“She is not coming back.”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "Peter");
}

TEST_CASE("a speaker a lead-in names keeps the line against the turns around it") {
    // "Anna said," names her as "said Anna" would: the speaker two lines on does not take it.
    auto h = heard(
        "Nobody had any news to give; and, after a few more wonderings, Anna said,\n\n"
        "“You are quiet tonight, Peter.”\n\n"
        "“I am tired.”\n\n"
        "“Then go to bed,” said Mrs. Bates.");
    REQUIRE(h.size() == 3);
    CHECK(h[0].speaker == "Anna");
}

TEST_CASE("\"said one\" and \"said another\" are somebody new each") {
    auto h = heard(
        "Peter met some farmers at the gate.\n\n"
        "“Good evening,” said Peter.\n\n"
        "“It will rain tonight,” said one.\n\n"
        "“Not before morning,” said another.");
    REQUIRE(h.size() == 3);
    CHECK(h[1].speaker == "one");
    CHECK(h[2].speaker == "another");
}

TEST_CASE("a sentence saying that something was so that somebody did is about that somebody") {
    // "There was such a ring in his voice that I looked up": the one who looked up speaks.
    auto h = heard(
        "“You are late,” said Mr. Hale.\n\n"
        "“The roads were bad,” I said.\n\n"
        "Mr. Hale stood at the window. There was such a ring of anger in his voice that I "
        "looked up in surprise.\n\n"
        "“Why are you so cross?”");
    REQUIRE(h.size() == 3);
    CHECK(h[2].speaker == "the narrator");
}

TEST_CASE("a short line with marks of emphasis or a dash, or after said severely, is spoken") {
    // The marks of emphasis are not the line's last character: it ends in "!".
    CHECK_FALSE(heard("“It isn't mine,” said Peter.\n\n“_Stolen!_” the King exclaimed.")[1].mention);
    // Words opening with a dash go on from words broken off.
    CHECK_FALSE(heard("Anna counted the steps aloud) “--yes, that is about the right "
                      "distance--but then where am I?” (Anna had no idea.)")[0]
                    .mention);
    // A speech verb and a word of manner or a particle, then the quotation: its object.
    CHECK_FALSE(heard("They all stopped, and the Queen said severely “Who is this?” to the "
                      "Knave.")[0]
                    .mention);
    CHECK_FALSE(heard("At last the Dodo suddenly called out “The race is over!” and they all "
                      "crowded round.")[0]
                    .mention);
    // A title after "called" stays the narrator's.
    CHECK(heard("They called the plan “a disaster” in the paper.")[0].mention);
}

TEST_CASE("the words after a stage direction in brackets are the same speaker's") {
    // "Well, Miss Vell," alone would read as a title-case phrase set in a sentence: a mention.
    auto h = heard(
        "“Well, Miss Vell,” said Anna, when they had left the house; “Well, Miss Vell, (with a "
        "gentle sigh,) what do you think of her?”");
    REQUIRE(h.size() == 3);
    CHECK_FALSE(h[1].mention);
    CHECK(h[1].speaker == "Anna");
    CHECK(h[2].speaker == "Anna");
    CHECK_FALSE(h[2].mention);
}

TEST_CASE("my dearest and a name calls that person") {
    auto h = heard(
        "Anna Lisle came into the room where Peter Hale sat reading.\n\n"
        "“My dearest Anna, how late you are!”\n\n"
        "“The roads were bad,” said Anna.");
    REQUIRE(h.size() == 2);
    CHECK(h[0].speaker != "Anna Lisle");
}
