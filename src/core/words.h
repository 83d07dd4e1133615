#pragma once
// Splits narration into words and punctuation, the units attribution patterns are written in.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace narrate {

/// A word (letters, digits, inner apostrophes and hyphens; "Mr." and "U.S." keep their periods)
/// or a single punctuation mark.
struct Word {
    std::size_t start = 0;  ///< first byte in the text it was split from
    std::size_t end = 0;    ///< one past the last byte
    std::string text;       ///< as written
    std::string lower;      ///< ASCII letters lowered, for matching word lists
    bool is_punct = false;  ///< a punctuation mark rather than a word
    bool capitalized = false;  ///< starts with an upper-case letter
    bool operator==(const Word&) const = default;

    /// True for a punctuation mark that ends a sentence (. ! ?).
    [[nodiscard]] bool ends_sentence() const;
};

/// `s` with its ASCII letters lowered; other bytes, UTF-8 included, stay as they are.
[[nodiscard]] std::string ascii_lower(std::string_view s);

/// True when `word` is one of `list`: the word lists attribution rules are written with. The
/// text stages ask this of nearly every word, often of lists of a hundred words: the length
/// and the first letter rule out all but a few before any comparison of the whole word.
template <std::size_t N>
[[nodiscard]] bool in(const std::array<std::string_view, N>& list, std::string_view word) {
    if (word.empty()) return std::find(list.begin(), list.end(), word) != list.end();
    for (std::string_view item : list)
        if (item.size() == word.size() && item[0] == word[0] && item == word) return true;
    return false;
}

/// True for a word in the possessive: "Henry's", "Ruiz’s".
[[nodiscard]] bool is_possessive(const Word& w);

/// Splits `text` into words and punctuation marks, in order. White space is dropped.
[[nodiscard]] std::vector<Word> split_words(std::string_view text);

/// words[first, last) as written, a space between each: a phrase as a mention quotes it.
[[nodiscard]] std::string words_text(const std::vector<Word>& words, std::size_t first,
                                     std::size_t last);

}  // namespace narrate
