#pragma once
// UTF-8 checks and code point stepping (utf8proc underneath).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace narrate::utf8 {

/// True for a byte inside a code point, not its first (10xxxxxx).
[[nodiscard]] constexpr bool is_continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// The byte offset of the first byte that is not valid UTF-8, or nullopt if all of it is.
[[nodiscard]] std::optional<std::size_t> first_invalid_byte(std::string_view text);

/// Decodes the code point starting at `pos`; sets `length` to its byte count (1 for bad bytes,
/// which decode as U+FFFD).
[[nodiscard]] char32_t decode(std::string_view text, std::size_t pos, std::size_t& length);

/// The start of the code point that ends just before `pos` (pos itself when pos is 0).
[[nodiscard]] std::size_t previous(std::string_view text, std::size_t pos);

/// True for letters and digits of any script.
[[nodiscard]] bool is_alnum(char32_t c);
/// True for letters of any script.
[[nodiscard]] bool is_letter(char32_t c);
/// True for uppercase or titlecase letters.
[[nodiscard]] bool is_upper(char32_t c);
/// True for lowercase letters (a cased script: not for letters of scripts without case).
[[nodiscard]] bool is_lower(char32_t c);
/// True for Unicode white space, including no-break spaces.
[[nodiscard]] bool is_space(char32_t c);
/// True for Unicode punctuation.
[[nodiscard]] bool is_punct(char32_t c);

/// Narrows [start, end) of `text` past white space at both ends.
void trim_space(std::string_view text, std::size_t& start, std::size_t& end);

}  // namespace narrate::utf8
