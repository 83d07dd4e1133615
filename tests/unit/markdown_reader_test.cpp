#include "core/markdown_reader.h"
#include "core/quotes.h"
#include "core/speakers.h"

#include <doctest/doctest.h>

using namespace narrate;

namespace {
const Block* block_with(const Article& a, std::string_view words) {
    for (const Block& b : a.blocks)
        if (b.text.find(words) != std::string::npos) return &b;
    return nullptr;
}
}  // namespace

TEST_CASE("a Markdown post: front matter, sections, quotations, lists, code") {
    std::string md =
        "---\ntitle: \"Balcony tomatoes\"\nauthor: Lea Martin\nlang: es\n---\n\n"
        "Tomatoes on a balcony need **sun**, a _big_ pot and [good soil](https://example.org).\n\n"
        "## Choosing seeds\n\n"
        "> Water in the evening,\n> never at noon.\n\n"
        "- Cherry tomatoes\n- Basil\n\n"
        "```\nprint('not read')\n```\n\n"
        "Good &amp; plenty.\n";
    ReadResult r = read_markdown(md);
    REQUIRE_FALSE(r.problem);
    const Article& a = r.article;
    CHECK(a.title == "Balcony tomatoes");
    CHECK(a.author == "Lea Martin");
    CHECK(a.language == "es");
    REQUIRE(a.blocks.size() == 8);
    CHECK(a.blocks[0].kind == BlockKind::title);
    CHECK(a.blocks[1].text == "Tomatoes on a balcony need sun, a big pot and good soil.");
    CHECK(a.blocks[2].kind == BlockKind::heading);
    CHECK(a.blocks[2].level == 1);
    CHECK(a.blocks[3].kind == BlockKind::quotation);
    CHECK(a.blocks[3].text == "Water in the evening, never at noon.");
    CHECK(a.blocks[4].text == "Cherry tomatoes");
    CHECK(a.blocks[5].text == "Basil");
    CHECK(a.blocks[6].text == "Bloque de código omitido.");  // the spoken note, in Spanish
    CHECK(a.blocks[7].text == "Good & plenty.");
    CHECK_FALSE(block_with(a, "not read"));
}

TEST_CASE("Markdown offsets point into the file") {
    std::string md = "# Title here\n\nSome *emphasised* words\nover two lines.\n";
    const Article a = read_markdown(md).article;
    CHECK(a.title == "Title here");
    REQUIRE(a.blocks.size() == 2);
    const Block& p = a.blocks[1];
    CHECK(p.text == "Some emphasised words over two lines.");
    for (std::string_view w : {"Some", "emphasised", "over two lines."}) {
        std::size_t at = p.text.find(w);
        SourceRange range = p.offsets.to_source(at, at + w.size());
        CHECK(md.substr(range.start, range.end - range.start) == w);
    }
    SourceRange t = a.blocks[0].offsets.to_source(0, a.blocks[0].text.size());
    CHECK(md.substr(t.start, t.end - t.start) == "Title here");
}

TEST_CASE("without front matter or a leading h1 there is no title block") {
    const Article a = read_markdown("Just a paragraph.\n\n# Later heading\n").article;
    REQUIRE(a.blocks.size() == 2);
    CHECK(a.blocks[0].kind == BlockKind::paragraph);
    CHECK(a.blocks[1].kind == BlockKind::heading);
    CHECK(a.title.empty());
}

TEST_CASE("invalid UTF-8 in Markdown is refused with its offset") {
    ReadResult r = read_markdown("ok\n\xff bad");
    REQUIRE(r.problem);
    CHECK(r.problem->byte_offset == 3);
}

TEST_CASE("a first heading that repeats the front matter's title is read once, as the title") {
    std::string md = "---\ntitle: Same Title\n---\n\n# Same Title\n\nBody.\n\n## Part\n\nMore.\n";
    narrate::ReadResult r = narrate::read_markdown(md);
    REQUIRE(r.article.blocks.size() == 4);
    CHECK(r.article.blocks[0].kind == narrate::BlockKind::title);
    CHECK(r.article.blocks[0].offsets.to_source(0) == md.find("Same Title", 20));
    CHECK(r.article.blocks[1].kind == narrate::BlockKind::paragraph);
    CHECK(r.article.blocks[2].kind == narrate::BlockKind::heading);
}

TEST_CASE("the code block note never points past the end of the input (fuzz regression)") {
    for (std::string_view input : {std::string_view("\t\x0f"), std::string_view("```\n```"),
                                   std::string_view("    x\n")}) {
        ReadResult r = read_markdown(input);
        for (const Block& b : r.article.blocks) {
            SourceRange range = b.offsets.to_source(0, b.text.size());
            CHECK(range.start <= range.end);
            CHECK(range.end <= input.size());
        }
    }
}

TEST_CASE("an unfinished link at the very end and NUL bytes stay inside the input (fuzz regressions)") {
    std::string_view link("text and [a link](h");
    ReadResult r = read_markdown(link);
    for (const Block& b : r.article.blocks) CHECK(b.offsets.to_source(0, b.text.size()).end <= link.size());
    ReadResult nul = read_markdown(std::string_view("a\0b", 3));
    REQUIRE(nul.problem);
    CHECK(nul.problem->byte_offset == 1);
}

TEST_CASE("a block quotation is said by whoever the paragraph before introduces, all its paragraphs") {
    std::string md =
        "# Council Votes\n\nThe vote was close. After it, Mayor Dana Ruiz said:\n\n"
        "> This is a good day for the city.\n>\n> The branch library stays open on Sundays.\n\n"
        "The council then adjourned.\n\n"
        "> A quotation nobody introduces stays unattributed.\n";
    ReadResult r = read_markdown(md);
    std::vector<Quote> quotes = find_quotes(r.article);
    Attribution a = attribute_speakers(r.article, quotes);
    REQUIRE(quotes.size() == 3);
    REQUIRE(a.speaker_of[0]);
    CHECK(a.speakers[*a.speaker_of[0]].name == "Dana Ruiz");
    CHECK(a.speaker_of[1] == a.speaker_of[0]);
    CHECK_FALSE(a.speaker_of[2]);
}
