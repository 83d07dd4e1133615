#include "core/charset.h"

#include <array>
#include <cctype>

#include "core/utf8.h"

namespace narrate {
namespace {

/// Windows-1252 code points for bytes 0x80-0x9F (0 where the byte is undefined).
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_latin1_family(std::string_view charset) {
    for (std::string_view name : {"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1",
                                  "latin-1", "l1", "iso-8859-15", "us-ascii", "ascii", "utf-8",
                                  "utf8", "x-user-defined"})
        if (charset == name) return true;
    return charset.empty();
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t at = head.find("charset");
    while (at != std::string::npos) {
        std::size_t pos = at + 7;
        while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' ||
                                     head[pos] == '\''))
            ++pos;
        std::string name;
        while (pos < head.size() && (std::isalnum(static_cast<unsigned char>(head[pos])) ||
                                     head[pos] == '-' || head[pos] == '_' || head[pos] == ':'))
            name += head[pos++];
        if (!name.empty()) return name;
        at = head.find("charset", at + 7);
    }
    return {};
}

DecodedPage decode_page(std::string_view bytes) {
    DecodedPage page;
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        page.problem = InputProblem{0, "the page is UTF-16; only UTF-8, Windows-1252 and "
                                       "ISO-8859-1 pages can be read"};
        return page;
    }
    std::size_t skip = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::string_view body = bytes.substr(skip);
    if (!utf8::first_invalid_byte(body)) {
        page.utf8 = std::string(body);
        page.offsets.add_piece(0, skip);
        page.encoding = "UTF-8";
        return page;
    }
    std::string charset = declared_charset(bytes);
    if (!is_latin1_family(charset)) {
        page.problem = InputProblem{*utf8::first_invalid_byte(body) + skip,
                                    "the page's charset is " + charset +
                                        "; only UTF-8, Windows-1252 and ISO-8859-1 pages can be read"};
        return page;
    }
    page.encoding = "windows-1252";
    page.utf8.reserve(body.size() + body.size() / 8);
    bool mapped = false;  // whether the last byte's piece still maps one to one
    for (std::size_t i = 0; i < body.size(); ++i) {
        auto byte = static_cast<unsigned char>(body[i]);
        if (byte < 0x80) {
            if (!mapped) page.offsets.add_piece(page.utf8.size(), skip + i);
            mapped = true;
            page.utf8 += static_cast<char>(byte);
            continue;
        }
        char32_t c = byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
        if (c == 0) c = 0xFFFD;
        // Every byte of the converted character maps to the one input byte, so a range ending
        // with it ends just past that byte.
        std::size_t from = page.utf8.size();
        append_utf8(page.utf8, c);
        for (std::size_t k = from; k < page.utf8.size(); ++k) page.offsets.add_piece(k, skip + i);
        mapped = false;
    }
    return page;
}

}  // namespace narrate
