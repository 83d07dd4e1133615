#pragma once
// Finds quotations: the spans of an article that are somebody else's words.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/article.h"

namespace narrate {

/// One quotation within one block. A quotation running over several paragraphs is one Quote
/// per paragraph, the later ones marked `continues_previous`.
struct Quote {
    std::size_t block = 0;        ///< index into Article::blocks
    std::size_t start = 0;        ///< first byte of the quoted words in the block's text
    std::size_t end = 0;          ///< one past the last byte of the quoted words
    std::size_t mark_start = 0;   ///< the opening mark
    std::size_t mark_end = 0;     ///< one past the closing mark, or `end` when unclosed
    bool closed = true;           ///< false when the paragraph ends inside the quotation
    bool continues_previous = false;  ///< reopens the previous Quote's quotation
    bool goes_on = false;  ///< a stage direction in brackets parts it from the next Quote
    bool operator==(const Quote&) const = default;
};

/// Finds the top-level quotations of every paragraph, in reading order, with the quotation marks
/// of the article's language (“ ” in English, „ “ and » « in German, « » in French, 「 」 in
/// Japanese; " and ' everywhere). Quotations nested in another stay part of it. Apostrophes
/// (don't, ’90s, the students’ books) are not marks. A quotation block is one whole quotation.
[[nodiscard]] std::vector<Quote> find_quotes(const Article& article);

/// The outer opening and closing marks of `language` (a BCP 47 tag), as UTF-8: “ ” for English
/// and unknown languages, „ “ for German, « and » with no-break spaces for French.
[[nodiscard]] std::pair<std::string, std::string> primary_quote_marks(std::string_view language);

}  // namespace narrate
