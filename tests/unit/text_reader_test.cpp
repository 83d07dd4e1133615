#include "core/text_reader.h"

#include <doctest/doctest.h>

using namespace narrate;

namespace {
std::vector<BlockKind> kinds(const Article& a) {
    std::vector<BlockKind> k;
    for (const Block& b : a.blocks) k.push_back(b.kind);
    return k;
}
}  // namespace

TEST_CASE("the first non-empty line is the title") {
    ReadResult r = read_plain_text("\n\n  A Title Here  \n\nFirst paragraph.\n");
    REQUIRE_FALSE(r.problem);
    CHECK(r.article.title == "A Title Here");
    REQUIRE(r.article.blocks.size() == 2);
    CHECK(r.article.blocks[0].kind == BlockKind::title);
    CHECK(r.article.blocks[1].text == "First paragraph.");
}

TEST_CASE("a text opening with speech has no title line") {
    ReadResult r = read_plain_text("“Poor lad!” said Mara, when he had\nfallen asleep.\n\nHe slept on.\n");
    REQUIRE_FALSE(r.problem);
    CHECK(r.article.title.empty());
    CHECK(kinds(r.article) == std::vector<BlockKind>{BlockKind::paragraph, BlockKind::paragraph});
    CHECK(r.article.blocks[0].text == "“Poor lad!” said Mara, when he had fallen asleep.");
}

TEST_CASE("a text whose first sentence runs on past its first line has no title line") {
    ReadResult r = read_plain_text("All through the grey morning of the\nthaw we waited at the ford.\n\nNobody came.\n");
    REQUIRE_FALSE(r.problem);
    CHECK(r.article.title.empty());
    CHECK(kinds(r.article) == std::vector<BlockKind>{BlockKind::paragraph, BlockKind::paragraph});
    CHECK(r.article.blocks[0].text == "All through the grey morning of the thaw we waited at the ford.");
    // A title with the byline under it, no blank line between, stays a title.
    ReadResult titled = read_plain_text("Floods Close the Ford\nBy Ada Kerr\n\nNobody came.\n");
    CHECK(titled.article.title == "Floods Close the Ford");
    // So does one with a byline in lower case, or a subtitle under a title in title case.
    CHECK(read_plain_text("A history of the ford\nby Ada Kerr\n\nNobody came.\n").article.title ==
          "A history of the ford");
    CHECK(read_plain_text("Floods Close the Ford\nand the mill stands idle\n\nNobody came.\n")
              .article.title == "Floods Close the Ford");
}

TEST_CASE("hard-wrapped lines join into one paragraph with single spaces") {
    std::string input = "Title\n\nThe surgeon had been sitting\nwith his face turned towards\n  the fire.\n";
    ReadResult r = read_plain_text(input);
    REQUIRE(r.article.blocks.size() == 2);
    const Block& p = r.article.blocks[1];
    CHECK(p.text == "The surgeon had been sitting with his face turned towards the fire.");
    // "the fire." starts after the two spaces of the third line.
    auto at = p.text.find("the fire");
    CHECK(p.offsets.to_source(at) == input.find("the fire"));
    auto range = p.offsets.to_source(0, p.text.size());
    CHECK(range.start == input.find("The surgeon"));
    CHECK(range.end == input.find("fire.") + 5);
}

TEST_CASE("a word broken by a hyphen at a line end is joined without a space") {
    ReadResult r = read_plain_text("T\n\nA well-\nknown fact and a bed-\nside.\n");
    CHECK(r.article.blocks[1].text == "A well-known fact and a bed-side.");
}

TEST_CASE("a BOM and CRLF line ends are accepted, and offsets count the BOM") {
    std::string input = "\xEF\xBB\xBFTitle\r\n\r\nOne line\r\nand the next.\r\n";
    ReadResult r = read_plain_text(input);
    REQUIRE_FALSE(r.problem);
    CHECK(r.article.title == "Title");
    REQUIRE(r.article.blocks.size() == 2);
    CHECK(r.article.blocks[1].text == "One line and the next.");
    CHECK(r.article.blocks[0].offsets.to_source(0) == 3);
    CHECK(r.article.blocks[1].offsets.to_source(9) == input.find("and"));
}

TEST_CASE("invalid UTF-8 is refused with its byte offset") {
    ReadResult r = read_plain_text("Title\n\nCaf\xE9 au lait\n");
    REQUIRE(r.problem);
    CHECK(r.problem->byte_offset == 10);
    CHECK(r.problem->message.find("10") != std::string::npos);
}

TEST_CASE("a short line standing alone without closing punctuation starts a section") {
    ReadResult r = read_plain_text(
        "News Headline\n\nThe body of the story.\n\nAbout the Author\n\nShe writes news.\n");
    CHECK(kinds(r.article) == std::vector{BlockKind::title, BlockKind::paragraph,
                                          BlockKind::heading, BlockKind::paragraph});
    CHECK(r.article.blocks[2].text == "About the Author");
}

TEST_CASE("short lines that end a sentence or start lower case are paragraphs") {
    ReadResult r = read_plain_text("T\n\nBody text.\n\nIt was over.\n\nand then some\n\n\"Yes\"\n");
    CHECK(kinds(r.article) == std::vector{BlockKind::title, BlockKind::paragraph,
                                          BlockKind::paragraph, BlockKind::paragraph,
                                          BlockKind::paragraph});
}

TEST_CASE("a CHAPTER line and the capitals under it make one heading") {
    ReadResult r = read_plain_text(
        "A Novel\n\nby Somebody\n\n CHAPTER I.\nIN WHICH A STORY\nBEGINS\n\n\nIt began.\n\n"
        "CHAPTER II\n\nIt went on.\n");
    CHECK(kinds(r.article) == std::vector{BlockKind::title, BlockKind::paragraph,
                                          BlockKind::heading, BlockKind::paragraph,
                                          BlockKind::heading, BlockKind::paragraph});
    CHECK(r.article.blocks[2].text == "CHAPTER I. IN WHICH A STORY BEGINS");
    CHECK(r.article.blocks[4].text == "CHAPTER II");
}

TEST_CASE("standalone lines before any body text are part of the title, not sections") {
    ReadResult r = read_plain_text("Oliver\n\nOR\n\nTHE BOY'S PROGRESS\n\nIt began.\n");
    CHECK(kinds(r.article) == std::vector{BlockKind::title, BlockKind::title, BlockKind::title,
                                          BlockKind::paragraph});
    CHECK(r.article.title == "Oliver");
}

TEST_CASE("an empty or blank input gives an empty article") {
    CHECK(read_plain_text("").article.blocks.empty());
    CHECK(read_plain_text(" \n\t\n\r\n").article.blocks.empty());
}

TEST_CASE("lines that are not hard-wrapped are a paragraph each") {
    std::string long1(120, 'a');
    std::string long2(130, 'b');
    ReadResult r = read_plain_text("Title\n\n" + long1 + "\nShort one.\n" + long2 + "\n");
    REQUIRE(r.article.blocks.size() == 4);
    CHECK(r.article.blocks[1].text == long1);
    CHECK(r.article.blocks[2].text == "Short one.");
    CHECK(r.article.blocks[3].kind == BlockKind::paragraph);
    // Wrapped text stays one paragraph.
    CHECK(read_plain_text("T\n\nA line of text\nand another\n").article.blocks.size() == 2);
}
