#pragma once
// Detects a web page's character encoding and converts it to UTF-8.

#include <optional>
#include <string>
#include <string_view>

#include "core/offset_map.h"
#include "core/text_reader.h"

namespace narrate {

/// A page as UTF-8, with the way back to the bytes it came from.
struct DecodedPage {
    std::string utf8;          ///< the page's text, UTF-8, without a byte-order mark
    OffsetMap offsets;         ///< `utf8` byte -> input byte
    std::string encoding;      ///< "UTF-8" or "windows-1252"
    std::optional<InputProblem> problem;  ///< set when the encoding cannot be read
};

/// The charset a page declares in a <meta> tag within its first 4 kB, lower-case; empty if none.
[[nodiscard]] std::string declared_charset(std::string_view bytes);

/// Valid UTF-8 is taken as it is, whatever the page declares (pages often declare wrongly).
/// Otherwise the page is read as Windows-1252 (a superset of ISO-8859-1's printable
/// characters) when it declares that, ISO-8859-1, ASCII, UTF-8 or nothing; any other declared
/// charset, or a UTF-16 byte-order mark, is a problem naming it.
[[nodiscard]] DecodedPage decode_page(std::string_view bytes);

}  // namespace narrate
