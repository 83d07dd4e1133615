#pragma once
// Picks the reader for an input: plain text, Markdown or HTML.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_reader.h"

namespace narrate {

enum class InputFormat { text, markdown, html };

/// One input format: its name on the command line, its extensions and its reader.
struct InputFormatInfo {
    InputFormat format;
    std::string_view name;                     ///< for --input-format
    std::vector<std::string_view> extensions;  ///< lower-case, with the dot
    ReadResult (*read)(std::string_view bytes);
};

/// Every input format, plain text first.
[[nodiscard]] const std::vector<InputFormatInfo>& input_formats();

/// The format called `name` ("text", "markdown", "html"), or nullopt.
[[nodiscard]] std::optional<InputFormat> input_format_named(std::string_view name);

/// The format of a file from its extension (.txt, .md/.markdown, .html/.htm, any case). With no
/// known extension (standard input included), a start like "<!DOCTYPE html" or "<html" means
/// HTML, and anything else plain text.
[[nodiscard]] InputFormat detect_input_format(std::string_view path, std::string_view bytes);

/// Reads `bytes` as `format`. Refuses (ReadResult::problem) UTF-16/UTF-32 text, binary files
/// (any NUL byte) and inputs with no text to read, in every format.
[[nodiscard]] ReadResult read_article(std::string_view bytes, InputFormat format);

}  // namespace narrate
