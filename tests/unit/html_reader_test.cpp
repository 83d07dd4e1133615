#include "core/html_reader.h"
#include "core/quotes.h"
#include "core/speakers.h"

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

using namespace narrate;

namespace {

std::string read_data(const std::string& name) {
    std::ifstream in(std::string(NARRATE_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// All block texts joined by newlines, for "is it read / is it dropped" checks.
std::string all_text(const Article& a) {
    std::string out;
    for (const Block& b : a.blocks) out += b.text + "\n";
    return out;
}

const Block* block_with(const Article& a, std::string_view words) {
    for (const Block& b : a.blocks)
        if (b.text.find(words) != std::string::npos) return &b;
    return nullptr;
}

bool reads(const Article& a, std::string_view words) { return block_with(a, words) != nullptr; }

}  // namespace

TEST_CASE("a news page: the story is read, the site around it is not") {
    std::string page = read_data("news-article.html");
    ReadResult r = read_html(page);
    REQUIRE_FALSE(r.problem);
    const Article& a = r.article;
    CHECK(a.title == "River Valley gets its first night bus");  // og:title
    CHECK(a.author == "Priya Natarajan");
    CHECK(a.language == "en-gb");
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks[0].kind == BlockKind::title);

    CHECK(reads(a, "For the first time in its history"));
    CHECK(reads(a, "Tickets will cost the same"));
    CHECK(reads(a, "The N7 on a test run last month."));  // figure caption
    // Navigation, ads, banners, share tools, forms, related links, comments, footer, scripts,
    // styles and hidden text are dropped.
    for (std::string_view dropped :
         {"Sport", "Weather", "cookies", "mattresses", "Share on Facebook", "morning briefing",
          "Related stories", "cycle lanes", "Finally!", "old brewery", "Copyright",
          "Tracking code", "Injected text", "font-family", "hidden and must never"})
        CHECK_MESSAGE(!reads(a, dropped), dropped);
    // The heading repeating the title is not read twice.
    int title_mentions = 0;
    for (const Block& b : a.blocks) title_mentions += b.text == a.title;
    CHECK(title_mentions == 1);
}

TEST_CASE("a news page: headings, lists, tables, quotations") {
    std::string page = read_data("news-article.html");
    const Article a = read_html(page).article;

    const Block* heading = block_with(a, "Workers asked for years");
    REQUIRE(heading);
    CHECK(heading->kind == BlockKind::heading);
    CHECK(heading->level == 1);  // h2 is the article's largest heading

    // Each list item and each table row is a block of its own.
    CHECK(block_with(a, "General hospital")->text == "General hospital, main entrance");
    CHECK(block_with(a, "00:10")->text == "00:10, 00:52");

    const Block* quoted = block_with(a, "I have walked home");
    REQUIRE(quoted);
    CHECK(quoted->kind == BlockKind::quotation);
    const Block* cite = block_with(a, "Marta Okafor");
    REQUIRE(cite);
    CHECK(cite->kind == BlockKind::paragraph);  // the attribution is narrated

    // <q> gets the language's quotation marks, which the quotation finder understands.
    CHECK(reads(a, "called the decision “a small miracle for people who keep this town running”"));
}

TEST_CASE("a news page: block offsets point at the words in the HTML file") {
    std::string page = read_data("news-article.html");
    const Article a = read_html(page).article;
    for (std::string_view words : {"River Valley will have a bus", "Workers asked", "platform four",
                                   "I have walked home", "00:52"}) {
        const Block* b = block_with(a, words);
        REQUIRE(b);
        std::size_t at = b->text.find(words);
        SourceRange range = b->offsets.to_source(at, at + words.size());
        CHECK(page.substr(range.start, range.end - range.start) == words);
    }
    // The title (from a <meta> tag's content) points at its words too, not at the tag.
    REQUIRE(!a.blocks.empty());
    const Block& title = a.blocks.front();
    SourceRange range = title.offsets.to_source(0, title.text.size());
    CHECK(page.substr(range.start, range.end - range.start) == title.text);
}

TEST_CASE("a blog with a sidebar: JSON-LD metadata, the post without the sidebar") {
    std::string page = read_data("blog-post.html");
    const Article a = read_html(page).article;
    CHECK(a.title == "Le pain au levain, pas à pas");
    CHECK(a.author == "Camille Dubois");
    CHECK(a.language == "fr");
    CHECK(reads(a, "Faire son pain au levain"));
    CHECK(block_with(a, "La cuisson")->kind == BlockKind::heading);
    for (std::string_view dropped : {"Je cuisine depuis", "Archives", "2022", "Partager",
                                     "Twitter", "Propulsé"})
        CHECK_MESSAGE(!reads(a, dropped), dropped);
    // French <q>: guillemets with no-break spaces; &nbsp; decoded.
    CHECK(reads(a, "toujours «\u00A0le levain, c'est un animal de compagnie\u00A0»"));
    CHECK(reads(a, "matériel\u00A0: un saladier"));
}

TEST_CASE("entities are decoded and offsets still find the words") {
    std::string page = "<html><body><article><p>Fish &amp; chips cost &pound;5 at Caf&eacute; "
                       "M&uuml;ller, the &ldquo;best&rdquo; in town.</p></article></body></html>";
    const Article a = read_html(page).article;
    REQUIRE(a.blocks.size() == 1);
    const Block& b = a.blocks[0];
    CHECK(b.text == "Fish & chips cost £5 at Café Müller, the “best” in town.");
    std::size_t at = b.text.find("chips");
    CHECK(b.offsets.to_source(at) == page.find("chips"));
    at = b.text.find("in town");
    CHECK(b.offsets.to_source(at) == page.find("in town"));
}

TEST_CASE("images speak their alt text when it says something") {
    const Article a = read_html(
        "<html><body><div><p>A paragraph long enough to be the article text, with a few commas, "
        "words, and more words to make it count.</p>"
        "<img src='a.jpg' alt='A heron standing in the reeds at dawn'>"
        "<img src='b.png' alt='b.png'><img src='c.png' alt='photo'></div></body></html>").article;
    CHECK(reads(a, "A heron standing in the reeds at dawn"));
    CHECK_FALSE(reads(a, "b.png"));
    CHECK_FALSE(reads(a, "photo"));
}

TEST_CASE("hidden elements are not read") {
    const Article a = read_html(
        "<html><body><p>Visible words here.</p><p hidden>Secret one.</p>"
        "<p aria-hidden='true'>Secret two.</p><div style='visibility: hidden'>Secret three.</div>"
        "</body></html>").article;
    CHECK(reads(a, "Visible words here."));
    CHECK_FALSE(reads(a, "Secret"));
}

TEST_CASE("broken pages are read, not crashed on") {
    SUBCASE("unclosed tags") {
        const Article a = read_html("<html><body><p>One<p>Two<ul><li>three<li>four").article;
        CHECK(all_text(a) == "One\nTwo\nthree\nfour\n");
    }
    SUBCASE("nesting 10,000 deep") {
        std::string page = "<html><body>";
        for (int i = 0; i < 10000; ++i) page += "<div><span>";
        page += "Deep down there is a sentence.";
        const Article a = read_html(page).article;
        CHECK(reads(a, "Deep down there is a sentence."));
    }
    SUBCASE("a huge inline script") {
        std::string page = "<html><body><p>Before it.</p><script>" + std::string(4 << 20, 'x') +
                           "</script><p>After it.</p></body></html>";
        const Article a = read_html(page).article;
        CHECK(all_text(a) == "Before it.\nAfter it.\n");
    }
    SUBCASE("empty input") {
        ReadResult r = read_html("");
        CHECK_FALSE(r.problem);
        CHECK(r.article.blocks.empty());
    }
}

TEST_CASE("a Windows-1252 page is converted, offsets stay in the file's bytes") {
    std::string page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 "
                       "\x93noir\x94 \x96 tr\xe8s bon.</p></body></html>";
    ReadResult r = read_html(page);
    REQUIRE_FALSE(r.problem);
    REQUIRE(r.article.blocks.size() == 1);
    const Block& b = r.article.blocks[0];
    CHECK(b.text == "Café “noir” – très bon.");
    SourceRange all = b.offsets.to_source(0, b.text.size());
    CHECK(page.substr(all.start, all.end - all.start) == "Caf\xe9 \x93noir\x94 \x96 tr\xe8s bon.");
}

TEST_CASE("an unsupported charset is a clear problem") {
    ReadResult r = read_html("<html><head><meta charset=\"shift_jis\"></head><body>\x82\xa0</body></html>");
    REQUIRE(r.problem);
    CHECK(r.problem->message.find("shift_jis") != std::string::npos);
}

TEST_CASE("offsets never point past the end of the page (fuzz regression: a control character)") {
    std::string_view input("n\x01", 2);
    ReadResult r = read_html(input);
    for (const Block& b : r.article.blocks) {
        SourceRange range = b.offsets.to_source(0, b.text.size());
        CHECK(range.start <= range.end);
        CHECK(range.end <= input.size());
    }
}

TEST_CASE("a re-encoded word never gives a source range that runs backwards (fuzz regression)") {
    std::string_view input("t\"t\x01\nt");
    ReadResult r = read_html(input);
    for (const Block& b : r.article.blocks)
        for (std::size_t start = 0; start < b.text.size(); ++start) {
            SourceRange range = b.offsets.to_source(start, b.text.size());
            CHECK(range.start <= range.end);
            CHECK(range.end <= input.size());
        }
}

TEST_CASE("a blockquote's <cite> names its speaker") {
    std::string page =
        "<html lang=en><head><title>Library Plans</title></head><body><article>"
        "<h1>Library Plans</h1><p>The mayor spoke at length about the plan and what it would "
        "mean for the city and its people over the coming years, at the council on Tuesday.</p>"
        "<blockquote><p>We will build more libraries than any city before us.</p>"
        "<footer><cite>Mayor Helen Castillo</cite></footer></blockquote>"
        "<p>Others were less sure about it, and said so in the council meeting that followed "
        "the speech on Tuesday evening, at some length.</p></article></body></html>";
    narrate::ReadResult r = narrate::read_html(page);
    auto quotes = narrate::find_quotes(r.article);
    narrate::Attribution a = narrate::attribute_speakers(r.article, quotes);
    REQUIRE(a.speakers.size() == 1);
    CHECK(a.speakers[0].name == "Helen Castillo");
    bool voiced = false;
    for (std::size_t q = 0; q < quotes.size(); ++q)
        if (a.speaker_of[q] && r.article.blocks[quotes[q].block].kind == narrate::BlockKind::quotation)
            voiced = true;
    CHECK(voiced);
}

TEST_CASE("a quotation set apart after a paragraph about somebody is theirs") {
    std::string page =
        "<html lang=en><head><title>Library</title></head><body><article><h1>Library</h1>"
        "<p>Head librarian Peter Renner showed visitors the new children's room on Saturday, "
        "eight months after the flood ruined the ground floor of the building.</p>"
        "<blockquote><p>“We lost eleven thousand books. We have replaced about half, and the "
        "town gave us the rest.”</p></blockquote></article></body></html>";
    narrate::ReadResult r = narrate::read_html(page);
    auto quotes = narrate::find_quotes(r.article);
    // Peter is a man's name: the paragraph is about a person.
    static const narrate::FirstNames kNames = narrate::parse_first_names("Peter\tmale\n");
    narrate::Attribution a = narrate::attribute_speakers(r.article, quotes, kNames);
    REQUIRE(a.speakers.size() == 1);
    CHECK(a.speakers[0].name == "Peter Renner");
}
