#include "core/quote_roles.h"

#include "core/utf8.h"

namespace narrate {
namespace {

/// What stands before a quotation when it begins a clause of its own.
bool is_clause_boundary(char32_t c) {
    return c == 0 || c == U'.' || c == U'?' || c == U'!' || c == U':' || c == U',' || c == U';' ||
           c == U'—' || c == U'–' || c == U'(' || c == U'"' || c == U'“' || c == U'”' ||
           c == U'\'' || c == U'‘' || c == U'’' || c == U'…';
}

bool is_closing_punct(char32_t c) {
    return c == U'.' || c == U',' || c == U'?' || c == U'!' || c == U'…' || c == U'—' ||
           c == U'–' || c == U'-' || c == U':' || c == U';';
}

}  // namespace

QuoteRole role_of(std::string_view text, const Quote& quote) {
    if (quote.continues_previous || !quote.closed) return QuoteRole::statement;
    char32_t before = 0;
    for (std::size_t pos = quote.mark_start; pos > 0;) {
        pos = utf8::previous(text, pos);
        std::size_t n = 0;
        char32_t c = utf8::decode(text, pos, n);
        if (!utf8::is_space(c)) {
            before = c;
            break;
        }
    }
    std::string_view content = text.substr(quote.start, quote.end - quote.start);
    std::size_t n = 0;
    char32_t first = utf8::decode(content, 0, n);
    char32_t last = utf8::decode(content, utf8::previous(content, content.size()), n);
    int words = 0;
    bool in_word = false;
    for (std::size_t pos = 0; pos < content.size(); pos += n) {
        bool space = utf8::is_space(utf8::decode(content, pos, n));
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    bool punctuated = is_closing_punct(last);
    if (is_clause_boundary(before) && (punctuated || words >= 4)) return QuoteRole::statement;
    if (utf8::is_upper(first) && punctuated && words >= 6) return QuoteRole::statement;
    return QuoteRole::mention;
}

}  // namespace narrate
