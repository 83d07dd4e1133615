#pragma once
// Reads a plain-text article: title, sections and paragraphs.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/article.h"

namespace narrate {

/// Why an input cannot be read, and where.
struct InputProblem {
    std::size_t byte_offset = 0;  ///< where in the input the problem is
    std::string message;          ///< what is wrong, for a person
    bool operator==(const InputProblem&) const = default;
};

/// An article, or the reason the input is not one.
struct ReadResult {
    Article article;
    std::optional<InputProblem> problem;  ///< set when the input was refused
};

/// Reads UTF-8 plain text (a BOM and CRLF line ends accepted). The first non-empty line is the
/// title; blank lines separate paragraphs; hard-wrapped lines are joined; a short line standing
/// alone without closing punctuation, or a "CHAPTER I."-style line, starts a section.
/// Offsets in the result count from the first byte of `bytes`, BOM included.
[[nodiscard]] ReadResult read_plain_text(std::string_view bytes);

}  // namespace narrate
