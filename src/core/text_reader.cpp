#include "core/text_reader.h"

#include <array>
#include <vector>

#include "core/utf8.h"

namespace narrate {
namespace {

/// A line of the input without its line break or surrounding white space.
struct Line {
    std::size_t start = 0;  ///< first non-space byte
    std::size_t end = 0;    ///< one past the last non-space byte
    std::size_t break_pos = 0;  ///< where its line break (or the input) ends the line
    [[nodiscard]] bool blank() const { return start == end; }
};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

/// Splits the input into lines, trimming spaces; accepts LF, CRLF and lone CR line ends.
std::vector<Line> split_lines(std::string_view text, std::size_t from) {
    std::vector<Line> lines;
    std::size_t pos = from;
    while (pos < text.size()) {
        std::size_t line_end = pos;
        while (line_end < text.size() && text[line_end] != '\n' && text[line_end] != '\r')
            ++line_end;
        Line line;
        line.start = pos;
        line.end = line_end;
        line.break_pos = line_end;
        while (line.start < line.end && is_ascii_space(text[line.start])) ++line.start;
        while (line.end > line.start && is_ascii_space(text[line.end - 1])) --line.end;
        // Unicode spaces (no-break space and the like) at the edges count as blank too.
        while (line.start < line.end) {
            std::size_t n = 0;
            if (!utf8::is_space(utf8::decode(text, line.start, n))) break;
            line.start += n;
        }
        while (line.end > line.start) {
            std::size_t prev = utf8::previous(text, line.end);
            std::size_t n = 0;
            if (!utf8::is_space(utf8::decode(text, prev, n))) break;
            line.end = prev;
        }
        if (line.start == line.end) line.start = line.end = pos;
        lines.push_back(line);
        if (line_end < text.size() && text[line_end] == '\r' && line_end + 1 < text.size() &&
            text[line_end + 1] == '\n')
            pos = line_end + 2;
        else
            pos = line_end + 1;
    }
    return lines;
}

std::string_view view(std::string_view text, const Line& line) {
    return text.substr(line.start, line.end - line.start);
}

/// The last code point of a non-empty line.
char32_t last_char(std::string_view text, const Line& line) {
    std::size_t n = 0;
    return utf8::decode(text, utf8::previous(text, line.end), n);
}

bool ends_a_sentence_or_clause(char32_t c) {
    static constexpr std::array kClosers = {U'.', U'!', U'?', U',', U';', U':', U'…', U'"',
                                            U'”', U'’', U'\'', U')', U']', U'»', U'«', U'—',
                                            U'-', U'–', U'。', U'！', U'？', U'」', U'』'};
    for (char32_t closer : kClosers)
        if (c == closer) return true;
    return false;
}

bool is_roman_or_number(std::string_view word) {
    if (word.empty()) return false;
    bool digits = true, roman = true;
    for (char c : word) {
        digits = digits && c >= '0' && c <= '9';
        roman = roman && std::string_view("IVXLCDMivxlcdm").find(c) != std::string_view::npos;
    }
    return digits || roman;
}

bool is_number_word(std::string_view word) {
    static constexpr std::array<std::string_view, 20> kWords = {
        "one",    "two",     "three",    "four",     "five",     "six",     "seven",
        "eight",  "nine",    "ten",      "eleven",   "twelve",   "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    std::string lower;
    for (char c : word) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    for (auto w : kWords)
        if (lower == w) return true;
    return false;
}

/// "CHAPTER I.", "Chapter 12", "BOOK THE FIRST", "Part Two": a division heading by its form.
bool is_division_heading(std::string_view line) {
    static constexpr std::array<std::string_view, 12> kDivisions = {
        "CHAPTER", "Chapter", "BOOK", "Book", "PART", "Part", "SECTION", "Section",
        "VOLUME",  "Volume",  "ACT",  "Act"};
    for (auto division : kDivisions) {
        if (line.substr(0, division.size()) != division) continue;
        std::string_view rest = line.substr(division.size());
        if (rest.empty() || rest.front() != ' ') continue;
        rest.remove_prefix(1);
        while (!rest.empty() && (rest.back() == '.' || rest.back() == ':')) rest.remove_suffix(1);
        std::size_t space = rest.find(' ');
        std::string_view first = rest.substr(0, space);
        if (space == std::string_view::npos && (is_roman_or_number(first) || is_number_word(first)))
            return true;
        if (first == "THE" || first == "the" || first == "The") return true;  // BOOK THE FIRST
    }
    return false;
}

/// Letters all capitals (digits and punctuation aside), with at least one letter.
bool is_all_caps(std::string_view text) {
    bool any = false;
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (!utf8::is_letter(c)) continue;
        if (!utf8::is_upper(c)) return false;
        any = true;
    }
    return any;
}

bool has_letter(std::string_view text) {
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n)
        if (utf8::is_letter(utf8::decode(text, pos, n))) return true;
    return false;
}

bool starts_lowercase(std::string_view text) {
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (utf8::is_letter(c)) return !utf8::is_upper(c);
        if (utf8::is_alnum(c)) return false;
    }
    return false;
}

constexpr std::size_t kMaxHeadingBytes = 100;

/// A line that stands alone as a heading: short, with a letter, no closing punctuation, not
/// starting in the middle of a sentence.
bool is_standalone_heading(std::string_view text, const Line& line) {
    std::string_view content = view(text, line);
    if (content.size() > kMaxHeadingBytes || !has_letter(content)) return false;
    if (is_division_heading(content)) return true;
    if (ends_a_sentence_or_clause(last_char(text, line))) return false;
    // A line opening with a quotation mark is speech running on, not a title.
    std::size_t n = 0;
    char32_t first = utf8::decode(content, 0, n);
    if (first == U'"' || first == U'“' || first == U'‘' || first == U'\'' || first == U'«' ||
        first == U'„')
        return false;
    return !starts_lowercase(content);
}

/// True when a line opens with a quotation mark: speech, as a story (or a piece cut from one)
/// may begin, never its title.
bool opens_with_quotation_mark(std::string_view content) {
    std::size_t n = 0;
    char32_t first = content.empty() ? U' ' : utf8::decode(content, 0, n);
    return first == U'"' || first == U'“' || first == U'‘' || first == U'\'' || first == U'«' ||
           first == U'„';
}

/// How many words of four letters or more `content` has, and how many of them start in lower
/// case: a title capitalizes such words, a sentence does not.
std::pair<std::size_t, std::size_t> long_words_in_lower_case(std::string_view content) {
    std::size_t long_words = 0, lower = 0;
    for (std::size_t start = 0; start < content.size();) {
        std::size_t end = content.find(' ', start);
        if (end == std::string_view::npos) end = content.size();
        std::string_view word = content.substr(start, end - start);
        if (word.size() >= 4) {
            ++long_words;
            if (starts_lowercase(word)) ++lower;
        }
        start = end + 1;
    }
    return {long_words, lower};
}

/// True when the sentence of line `first` runs on into line `next` ("During the whole of a dull
/// day in the / autumn of the year, ..."): the next line starts in lower case, and is no byline
/// ("by Ada Kerr") under a line in title case ("Floods Close the Ford": most of its words of
/// four letters or more capitalized).
bool sentence_runs_on(std::string_view first, std::string_view next) {
    if (!starts_lowercase(next) || next.starts_with("by ")) return false;
    auto [long_words, lower] = long_words_in_lower_case(first);
    return long_words == 0 || 2 * (long_words - lower) <= long_words;
}

/// True when a line is written in sentence case: two or more words of four letters or more
/// start lower-case ("Tom Hale's face brightened up"), where a title capitalizes them.
bool in_sentence_case(std::string_view content) { return long_words_in_lower_case(content).second >= 2; }

/// True when a line standing alone between two lines of a conversation, the paragraph before
/// closing a quotation and the one after opening one, is a sentence of narration that lost
/// its full stop ("Tom Hale's face brightened up"), not a heading: a heading in sentence
/// case does not fall in the middle of an exchange.
bool is_narration_between_lines(std::string_view before, std::string_view line,
                                std::string_view after) {
    if (before.empty() || !opens_with_quotation_mark(after) || !in_sentence_case(line))
        return false;
    return before.ends_with("\"") || before.ends_with("”") || before.ends_with("’");
}

/// The first non-blank line from lines[from] on, or "" at the end of the text.
std::string_view next_text(std::string_view text, const std::vector<Line>& lines,
                           std::size_t from) {
    for (std::size_t i = from; i < lines.size(); ++i)
        if (!lines[i].blank()) return view(text, lines[i]);
    return {};
}

/// True when lines[first, last) are not hard-wrapped but one paragraph each, as text copied
/// from a web page often is: most of them run past any wrapping width.
bool is_unwrapped(std::string_view text, const std::vector<Line>& lines, std::size_t first,
                  std::size_t last) {
    constexpr std::size_t kPastWrapWidth = 100;  // bytes; hard-wrapped text stays under ~80
    if (last - first < 2) return false;
    std::size_t long_lines = 0;
    for (std::size_t i = first; i < last; ++i)
        if (view(text, lines[i]).size() > kPastWrapWidth) ++long_lines;
    return 2 * long_lines > last - first;
}

/// Builds a block from consecutive lines, joining them with single spaces (no space after a
/// hyphen that breaks a word across lines).
Block make_block(std::string_view text, const std::vector<Line>& lines, std::size_t first,
                 std::size_t last, BlockKind kind) {
    Block block;
    block.kind = kind;
    for (std::size_t i = first; i < last; ++i) {
        const Line& line = lines[i];
        if (!block.text.empty()) {
            const Line& prev = lines[i - 1];
            bool hyphen_break = block.text.back() == '-' && prev.end - prev.start >= 2 &&
                                utf8::is_letter(static_cast<unsigned char>(text[prev.end - 2])) &&
                                starts_lowercase(view(text, line));
            if (!hyphen_break) {
                block.offsets.add_piece(block.text.size(), prev.end);
                block.text.push_back(' ');
            }
        }
        block.offsets.add_piece(block.text.size(), line.start);
        block.text.append(view(text, line));
    }
    return block;
}

}  // namespace

ReadResult read_plain_text(std::string_view bytes) {
    ReadResult result;
    if (auto bad = utf8::first_invalid_byte(bytes)) {
        result.problem = InputProblem{*bad, "invalid UTF-8 at byte offset " + std::to_string(*bad)};
        return result;
    }
    std::size_t from = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::vector<Line> lines = split_lines(bytes, from);
    Article& article = result.article;

    bool seen_title = false;
    bool seen_body = false;  // a paragraph or division heading has been read
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].blank()) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < lines.size() && !lines[end].blank()) ++end;

        // A text opening with speech (“"Poor fellow!" said Rose, …”) or in the middle of a
        // sentence has no title line.
        if (!seen_title &&
            (opens_with_quotation_mark(view(bytes, lines[i])) ||
             (end - i > 1 && sentence_runs_on(view(bytes, lines[i]), view(bytes, lines[i + 1])))))
            seen_title = true;
        if (!seen_title) {
            // The first non-empty line is the title; the rest of its paragraph goes on as text.
            Block title = make_block(bytes, lines, i, i + 1, BlockKind::title);
            article.title = title.text;
            article.blocks.push_back(std::move(title));
            seen_title = true;
            i += 1;
            if (i == end) continue;
        }

        std::string_view first_line = view(bytes, lines[i]);
        if (is_division_heading(first_line)) {
            // "CHAPTER I." and the all-capitals lines under it ("TREATS OF THE PLACE ...").
            std::size_t heading_end = i + 1;
            while (heading_end < end && is_all_caps(view(bytes, lines[heading_end])) &&
                   view(bytes, lines[heading_end]).size() <= kMaxHeadingBytes)
                ++heading_end;
            article.blocks.push_back(make_block(bytes, lines, i, heading_end, BlockKind::heading));
            seen_body = true;
            i = heading_end;
            if (i == end) continue;
        } else if (end - i == 1 && is_standalone_heading(bytes, lines[i]) &&
                   !(seen_body && !article.blocks.empty() &&
                     article.blocks.back().kind == BlockKind::paragraph &&
                     is_narration_between_lines(article.blocks.back().text, first_line,
                                                next_text(bytes, lines, end)))) {
            // Before any body text a standalone line is a subtitle of the title, not a section.
            BlockKind kind = seen_body ? BlockKind::heading : BlockKind::title;
            article.blocks.push_back(make_block(bytes, lines, i, end, kind));
            i = end;
            continue;
        }
        if (is_unwrapped(bytes, lines, i, end)) {
            for (; i < end; ++i)
                article.blocks.push_back(make_block(bytes, lines, i, i + 1, BlockKind::paragraph));
        } else {
            article.blocks.push_back(make_block(bytes, lines, i, end, BlockKind::paragraph));
        }
        seen_body = true;
        i = end;
    }
    return result;
}

}  // namespace narrate
