// Quotation marks of languages other than English.
#include <doctest/doctest.h>

#include "core/quotes.h"

using namespace narrate;

namespace {
std::vector<std::string> quoted(const std::string& text, const std::string& language) {
    Article a;
    a.language = language;
    Block b;
    b.text = text;
    a.blocks.push_back(b);
    std::vector<std::string> out;
    for (const Quote& q : find_quotes(a)) out.push_back(text.substr(q.start, q.end - q.start));
    return out;
}
using Words = std::vector<std::string>;
}  // namespace

TEST_CASE("French guillemets with their inner no-break spaces") {
    CHECK(quoted("Il a dit : «\u00A0Nous partirons demain.\u00A0» Puis il est sorti.", "fr") ==
              Words{"Nous partirons demain."});
    CHECK(quoted("« C’est fini », a-t-elle dit, « rentrons. »", "fr-CA") ==
          Words{"C’est fini", "rentrons."});
    // English curly marks nested inside guillemets stay part of the quotation.
    CHECK(quoted("« Il a crié “au loup” trop souvent », dit-elle.", "fr") ==
          Words{"Il a crié “au loup” trop souvent"});
}

TEST_CASE("German „ “, ‚ ‘ and » «") {
    CHECK(quoted("Sie sagte: „Wir kommen morgen.“ Dann ging sie.", "de") ==
          Words{"Wir kommen morgen."});
    CHECK(quoted("„Das Wort ‚Heimat‘ ist schwierig“, sagte er.", "de-AT") ==
          Words{"Das Wort ‚Heimat‘ ist schwierig"});
    CHECK(quoted("Er rief: »Halt!« und blieb stehen.", "de") == Words{"Halt!"});
    // “ closes in German, where it would open in English.
    CHECK(quoted("„Ja“, sagte sie, „gern.“", "de") == Words{"Ja", "gern."});
}

TEST_CASE("Swiss German uses guillemets the French way") {
    CHECK(quoted("Er sagte: «Grüezi mitenand.»", "de-CH") == Words{"Grüezi mitenand."});
}

TEST_CASE("Spanish « » and “ ”") {
    CHECK(quoted("—Mañana —dijo ella—. «No quiero ir», repitió.", "es") == Words{"No quiero ir"});
    CHECK(quoted("Dijo “hola” y se fue.", "es-MX") == Words{"hola"});
}

TEST_CASE("Japanese 「 」 and 『 』") {
    CHECK(quoted("彼は「明日また来ます」と言った。", "ja") == Words{"明日また来ます"});
    CHECK(quoted("「本の題は『雪国』です」と答えた。", "ja") == Words{"本の題は『雪国』です"});
}

TEST_CASE("the marks <q> is read with") {
    CHECK(primary_quote_marks("en") == std::pair<std::string, std::string>{"“", "”"});
    CHECK(primary_quote_marks("de") == std::pair<std::string, std::string>{"„", "“"});
    CHECK(primary_quote_marks("fr") == std::pair<std::string, std::string>{"«\u00A0", "\u00A0»"});
    CHECK(primary_quote_marks("ja") == std::pair<std::string, std::string>{"「", "」"});
    CHECK(primary_quote_marks("xx") == std::pair<std::string, std::string>{"“", "”"});
}

TEST_CASE("a quotation block is one quotation, inside its marks if it has them") {
    Article a;
    Block b;
    b.kind = BlockKind::quotation;
    b.text = "“Keep going.”";
    a.blocks.push_back(b);
    std::vector<Quote> quotes = find_quotes(a);
    REQUIRE(quotes.size() == 1);
    CHECK(b.text.substr(quotes[0].start, quotes[0].end - quotes[0].start) == "Keep going.");
}
