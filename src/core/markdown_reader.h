#pragma once
// Reads a Markdown article (CommonMark, with GitHub tables).

#include <string_view>

#include "core/text_reader.h"

namespace narrate {

/// Reads UTF-8 Markdown. YAML front matter between "---" lines gives the title, author and
/// lang; otherwise a level-1 heading before any text is the title. Headings start sections;
/// paragraphs, list items and table rows are blocks; "> " block quotes are quotation blocks;
/// emphasis and links read as their text, images as their alt text; code blocks and raw HTML
/// are not read: a code block becomes a short spoken note. Offsets point into `bytes`.
[[nodiscard]] ReadResult read_markdown(std::string_view bytes);

}  // namespace narrate
