#include "core/quotes.h"

#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "core/utf8.h"

namespace narrate {
namespace {

enum class Family { none, double_mark, single_mark };

/// What a quotation mark can do where it stands.
enum class Role { none, open, close, either };

struct Mark {
    std::size_t pos = 0;
    std::size_t length = 0;
    Family family = Family::double_mark;
    Role role = Role::none;
    bool ambiguous_possessive = false;  ///< "students’ books": a closing mark or an apostrophe
};

bool is_opening_context(char32_t c) {
    return c == 0 || utf8::is_space(c) || c == U'(' || c == U'[' || c == U'{' || c == U'—' ||
           c == U'–' || c == U'-' || c == U'/' || c == U'“' || c == U'‘' || c == U'"' ||
           c == U'\'' || c == U':';
}

bool is_word_char(char32_t c) { return c != 0 && utf8::is_alnum(c); }

/// Words that start with an elided letter: 'em, 'tis, 'twas, 'cause, 'n'.
bool starts_elision(std::string_view rest) {
    static constexpr std::array<std::string_view, 14> kElisions = {
        "em", "tis", "twas", "twill", "twere", "cause", "til", "till",
        "n ", "n'", "n’", "bout", "round", "neath"};
    for (auto e : kElisions) {
        if (rest.size() < e.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < e.size() && same; ++i)
            same = (rest[i] | 0x20) == e[i] || rest[i] == e[i];
        if (!same) continue;
        // The elision must be the whole word: 'em but not 'emerald'.
        std::size_t after = e.size();
        char last = e.back();
        if (last == ' ' || last == '\'' || static_cast<unsigned char>(last) >= 0x80) return true;
        if (after >= rest.size() || !std::isalnum(static_cast<unsigned char>(rest[after])))
            return true;
    }
    return false;
}

/// ’90s, '60s: an apostrophe standing for the century.
bool starts_decade(std::string_view rest) {
    return rest.size() >= 3 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
           std::isdigit(static_cast<unsigned char>(rest[1])) &&
           (rest[2] == 's' || !std::isalnum(static_cast<unsigned char>(rest[2])));
}

/// Classifies each quotation mark of a paragraph by its neighbours.
std::vector<Mark> classify_marks(std::string_view text) {
    std::vector<Mark> marks;
    char32_t prev = 0;
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (c != U'"' && c != U'“' && c != U'”' && c != U'„' && c != U'\'' && c != U'‘' &&
            c != U'’') {
            prev = c;
            continue;
        }
        std::size_t next_len = 0;
        char32_t next = pos + n < text.size() ? utf8::decode(text, pos + n, next_len) : 0;
        bool left_flanking = is_opening_context(prev) && next != 0 && !utf8::is_space(next);
        bool right_flanking = prev != 0 && !utf8::is_space(prev) &&
                              (next == 0 || !is_word_char(next));
        std::string_view rest = text.substr(pos + n);

        Mark mark{pos, n};
        if (c == U'"' || c == U'“' || c == U'”' || c == U'„') {
            mark.family = Family::double_mark;
            if (c == U'“' || c == U'„')
                mark.role = Role::open;
            else if (c == U'”')
                mark.role = Role::close;
            else if (left_flanking && !right_flanking)
                mark.role = Role::open;
            else if (right_flanking && !left_flanking)
                mark.role = Role::close;
            else
                mark.role = Role::either;
        } else {
            mark.family = Family::single_mark;
            if (is_word_char(prev) && is_word_char(next)) {
                mark.role = Role::none;  // don't, O'Brien
            } else if (left_flanking) {
                bool elided = starts_elision(rest) || starts_decade(rest);
                mark.role = elided ? Role::none : Role::open;
            } else if (right_flanking && c != U'‘') {
                mark.role = Role::close;
                // "the students’ books", "Jesus' words": a plural possessive reads like a close.
                mark.ambiguous_possessive = (prev == U's' || prev == U'S') && next == U' ' &&
                                            rest.size() > 1 && is_word_char(rest[1]);
            }
        }
        if (mark.role != Role::none) marks.push_back(mark);
        prev = c;
    }
    return marks;
}

bool can_open(const Mark& m) { return m.role == Role::open || m.role == Role::either; }
bool can_close(const Mark& m) { return m.role == Role::close || m.role == Role::either; }

/// Narrows [start, end) past white space at both ends.
void trim(std::string_view text, std::size_t& start, std::size_t& end) {
    while (start < end) {
        std::size_t n = 0;
        if (!utf8::is_space(utf8::decode(text, start, n))) break;
        start += n;
    }
    while (end > start) {
        std::size_t prev = utf8::previous(text, end);
        std::size_t n = 0;
        if (!utf8::is_space(utf8::decode(text, prev, n))) break;
        end = prev;
    }
}

struct OpenQuote {
    Family family;
    std::size_t mark_start;
    std::size_t content_start;
};

}  // namespace

std::vector<Quote> find_quotes(const Article& article) {
    std::vector<Quote> quotes;
    // A quotation left open at the end of a paragraph, waiting to be reopened in the next.
    Family carried = Family::none;

    for (std::size_t b = 0; b < article.blocks.size(); ++b) {
        const Block& block = article.blocks[b];
        if (block.kind != BlockKind::paragraph) {
            carried = Family::none;
            continue;
        }
        std::string_view text = block.text;
        std::vector<Mark> marks = classify_marks(text);
        std::optional<OpenQuote> open;
        bool reopening = false;

        auto emit = [&](std::size_t content_end, std::size_t mark_end, bool closed) {
            Quote q;
            q.block = b;
            q.mark_start = open->mark_start;
            q.start = open->content_start;
            q.end = content_end;
            trim(text, q.start, q.end);
            q.mark_end = closed ? mark_end : q.end;
            q.closed = closed;
            q.continues_previous = reopening;
            reopening = false;
            if (q.end > q.start) quotes.push_back(q);
            open.reset();
        };

        for (std::size_t i = 0; i < marks.size(); ++i) {
            const Mark& m = marks[i];
            if (!open) {
                if (!can_open(m)) continue;  // a stray closing mark
                if (m.family == Family::single_mark) {
                    // A single mark opens a quotation only if something can close it, here or
                    // (for a quotation running on) by the paragraph's end.
                    bool closable = false;
                    for (std::size_t j = i + 1; j < marks.size() && !closable; ++j)
                        closable = marks[j].family == Family::single_mark && can_close(marks[j]);
                    if (!closable && m.pos > 0) continue;
                }
                reopening = m.pos == 0 && carried == m.family;
                open = OpenQuote{m.family, m.pos, m.pos + m.length};
                continue;
            }
            if (m.family != open->family) continue;  // nested quotation: part of this one
            if (can_close(m)) {
                if (m.ambiguous_possessive) {
                    bool later_close = false;
                    for (std::size_t j = i + 1; j < marks.size() && !later_close; ++j)
                        later_close = marks[j].family == m.family && can_close(marks[j]) &&
                                      !marks[j].ambiguous_possessive;
                    if (later_close) continue;
                }
                emit(m.pos, m.pos + m.length, true);
            } else if (m.role == Role::open) {
                // An opening mark inside an open quotation of its own kind: the first was never
                // closed. End it here and start again.
                emit(m.pos, m.pos, false);
                open = OpenQuote{m.family, m.pos, m.pos + m.length};
            }
        }
        carried = Family::none;
        if (open) {
            carried = open->family;
            emit(text.size(), text.size(), false);
        }
    }
    return quotes;
}

}  // namespace narrate
