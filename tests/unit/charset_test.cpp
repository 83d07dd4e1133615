#include "core/charset.h"

#include <doctest/doctest.h>

using namespace narrate;

TEST_CASE("valid UTF-8 is kept whatever the page declares") {
    DecodedPage p = decode_page("<meta charset=gb2312><p>Café</p>");
    CHECK_FALSE(p.problem);
    CHECK(p.encoding == "UTF-8");
    CHECK(p.utf8 == "<meta charset=gb2312><p>Café</p>");
}

TEST_CASE("a byte-order mark is skipped and offsets still count it") {
    DecodedPage p = decode_page("\xEF\xBB\xBF<p>x</p>");
    CHECK(p.utf8 == "<p>x</p>");
    CHECK(p.offsets.to_source(3) == 6);
}

TEST_CASE("Windows-1252 and ISO-8859-1 are converted") {
    DecodedPage p = decode_page("<p>na\xefve \x80 5</p>");  // no declaration
    CHECK_FALSE(p.problem);
    CHECK(p.encoding == "windows-1252");
    CHECK(p.utf8 == "<p>naïve € 5</p>");
    CHECK(p.offsets.to_source(p.utf8.find("ve")) == 6);
    CHECK(decode_page("<meta charset=\"ISO-8859-1\"><p>\xe9</p>").utf8 ==
          "<meta charset=\"ISO-8859-1\"><p>é</p>");
}

TEST_CASE("other charsets and UTF-16 are refused by name") {
    DecodedPage p = decode_page("<meta http-equiv=Content-Type content='text/html; charset=koi8-r'>\xf0");
    REQUIRE(p.problem);
    CHECK(p.problem->message.find("koi8-r") != std::string::npos);
    CHECK(decode_page("\xFF\xFE<\0h\0").problem);
}

TEST_CASE("the declared charset is found in a meta tag") {
    CHECK(declared_charset("<meta charset=\"UTF-8\">") == "utf-8");
    CHECK(declared_charset("<meta content=\"text/html; charset=windows-1252\">") == "windows-1252");
    CHECK(declared_charset("<p>no declaration</p>").empty());
}
