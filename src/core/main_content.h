#pragma once
// Finds a web page's article the way reader modes do (after Mozilla's Readability.js): blocks
// are scored by their text, commas, link density and class/id hints, the best one and its
// related siblings are kept, and boilerplate inside them is cleaned away.

#include <string>
#include <string_view>

#include "core/html_document.h"

namespace narrate {

/// What the finder needs to know about the page besides its tree.
struct MainContentHints {
    std::string title;         ///< the article's title: a heading repeating it is dropped
    bool byline_known = false; ///< metadata named the author: byline markup stays in the text
};

/// The article part of a page.
struct MainContent {
    HtmlDocument document;      ///< owns `content`
    HtmlNode* content = nullptr;  ///< a <div> holding the article's nodes; nullptr if none
    std::string byline;         ///< text of the byline markup taken out of the page, if any
};

/// Finds the main content of UTF-8 HTML. Navigation, page headers and footers, asides, share
/// widgets, comments, scripts, styles, forms and hidden elements are left out. When the first
/// pass keeps less than 500 characters, it retries with fewer removals and keeps the longest.
[[nodiscard]] MainContent find_main_content(std::string_view utf8, const MainContentHints& hints);

/// `s` with each run of white space made one space, trimmed at both ends.
[[nodiscard]] std::string collapse_white_space(std::string_view s);

/// The text of `node` with white space runs collapsed and trimmed, as innerText gives it.
[[nodiscard]] std::string inner_text(const HtmlNode* node);

/// How alike two strings are, word by word, from 0 to 1 (1: b adds no word to a).
[[nodiscard]] double text_similarity(std::string_view a, std::string_view b);

}  // namespace narrate
