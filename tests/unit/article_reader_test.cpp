#include "core/article_reader.h"

#include <doctest/doctest.h>

using namespace narrate;

TEST_CASE("the input format comes from the extension") {
    CHECK(detect_input_format("a/b/story.txt", "<html>") == InputFormat::text);
    CHECK(detect_input_format("post.md", "") == InputFormat::markdown);
    CHECK(detect_input_format("post.MARKDOWN", "") == InputFormat::markdown);
    CHECK(detect_input_format("page.htm", "") == InputFormat::html);
    CHECK(detect_input_format("Page.HTML", "") == InputFormat::html);
}

TEST_CASE("without a known extension, an HTML start means HTML") {
    CHECK(detect_input_format("-", "\n  <!DOCTYPE html><html>") == InputFormat::html);
    CHECK(detect_input_format("-", "\xEF\xBB\xBF<html lang=fr>") == InputFormat::html);
    CHECK(detect_input_format("-", "A Title\n\nText.") == InputFormat::text);
    CHECK(detect_input_format("dir.v2/notes", "Notes") == InputFormat::text);
}

TEST_CASE("formats by name, and reading dispatches to the reader") {
    CHECK(input_format_named("markdown") == InputFormat::markdown);
    CHECK_FALSE(input_format_named("pdf"));
    ReadResult r = read_article("# Hello\n\nWorld.\n", InputFormat::markdown);
    CHECK(r.article.title == "Hello");
    r = read_article("<html lang=de><body><p>Hallo Welt.</p></body></html>", InputFormat::html);
    CHECK(r.article.language == "de");
}
