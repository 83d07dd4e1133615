#pragma once
// Reads a web page: finds its article, its title, author and language, and its blocks.

#include <string_view>

#include "core/text_reader.h"

namespace narrate {

/// Reads an HTML page (UTF-8, or Windows-1252 / ISO-8859-1, detected). Only the main content
/// is kept (see main_content.h). Headings become sections; each paragraph, list item, table row,
/// caption and telling image alt text a block; <blockquote> blocks are quotations, <q> gets the
/// language's quotation marks. Offsets point into `bytes`.
[[nodiscard]] ReadResult read_html(std::string_view bytes);

}  // namespace narrate
