#include "core/utf8.h"

#include <utf8proc.h>

namespace narrate::utf8 {

std::optional<std::size_t> first_invalid_byte(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {  // ASCII fast path: most articles are mostly ASCII
            ++pos;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
        if (n <= 0) return pos;
        pos += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

char32_t decode(std::string_view text, std::size_t pos, std::size_t& length) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
        length = 1;
        return byte;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) {
        length = 1;
        return U'\uFFFD';
    }
    length = static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

std::size_t previous(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t p = pos - 1;
    while (p > 0 && pos - p < 4 && is_continuation(text[p])) --p;
    return p;
}

void trim_space(std::string_view text, std::size_t& start, std::size_t& end) {
    while (start < end) {
        std::size_t n = 0;
        if (!is_space(decode(text, start, n))) break;
        start += n;
    }
    while (end > start) {
        std::size_t prev = previous(text, end);
        std::size_t n = 0;
        if (!is_space(decode(text, prev, n))) break;
        end = prev;
    }
}

namespace {
utf8proc_category_t category(char32_t c) {
    return static_cast<utf8proc_category_t>(utf8proc_category(static_cast<utf8proc_int32_t>(c)));
}
}  // namespace

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    auto cat = category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_alnum(char32_t c) {
    if (c < 0x80) return is_letter(c) || (c >= '0' && c <= '9');
    auto cat = category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
           cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC;
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return category(c) == UTF8PROC_CATEGORY_LL;
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_punct(char32_t c) {
    auto cat = category(c);
    return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

}  // namespace narrate::utf8
