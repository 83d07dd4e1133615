#pragma once
// The reader's output: an article as titled, sectioned blocks of normalised text.

#include <string>
#include <vector>

#include "core/offset_map.h"

namespace narrate {

enum class BlockKind {
    title,      ///< the article's title
    heading,    ///< starts a section (a chapter in the audio)
    paragraph,  ///< body text
    quotation,  ///< a paragraph quoted as a whole (an HTML <blockquote>, a Markdown "> " block)
};

/// One block of text: a paragraph, a heading or the title.
struct Block {
    BlockKind kind = BlockKind::paragraph;
    std::string text;    ///< UTF-8, hard line breaks joined with single spaces
    OffsetMap offsets;   ///< text offset -> input file offset
    int level = 1;       ///< heading depth, 1 = top-level section
    bool citation = false;  ///< names who said the quotation blocks just before it (<cite>)
    bool operator==(const Block&) const = default;
};

/// An article as read from a file, before any speech decisions.
struct Article {
    std::string title;            ///< empty when the input has no text
    std::string author;           ///< empty when unknown
    std::string language = "en";  ///< BCP 47 tag
    std::vector<Block> blocks;    ///< in reading order; the title block first when present
    bool operator==(const Article&) const = default;
};

}  // namespace narrate
