#include "core/markdown_reader.h"

#include <algorithm>
#include <cstdlib>

#include <md4c.h>

#include "core/utf8.h"

namespace narrate {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct FrontMatter {
    std::size_t end = 0;  ///< where the Markdown after it starts
    std::string title, author, language;
    std::size_t title_pos = 0;
};

/// YAML front matter: only flat "key: value" lines are read; quotes around a value are dropped.
FrontMatter read_front_matter(std::string_view text) {
    FrontMatter fm;
    if (!text.starts_with("---\n") && !text.starts_with("---\r\n")) return fm;
    std::size_t pos = text.find('\n') + 1;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = trim(text.substr(pos, eol - pos));
        if (line == "---" || line == "...") {
            fm.end = std::min(eol + 1, text.size());
            return fm;
        }
        std::size_t colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string key(trim(line.substr(0, colon)));
            std::string_view value = trim(line.substr(colon + 1));
            std::size_t value_pos = static_cast<std::size_t>(value.data() - text.data());
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front()) {
                value = value.substr(1, value.size() - 2);
                ++value_pos;
            }
            if (key == "title") {
                fm.title = value;
                fm.title_pos = value_pos;
            } else if (key == "author") {
                fm.author = value;
            } else if (key == "lang" || key == "language") {
                fm.language = value;
            }
        }
        pos = eol + 1;
    }
    return FrontMatter{};  // no closing line: not front matter
}

/// The spoken note that stands for a code block.
std::string code_note(std::string_view language) {
    std::string primary(language.substr(0, language.find('-')));
    if (primary == "fr") return "Bloc de code omis.";
    if (primary == "de") return "Codeblock ausgelassen.";
    if (primary == "es") return "Bloque de código omitido.";
    return "Code block skipped.";
}

/// Decodes an entity md4c hands over raw ("&amp;", "&#233;"); unknown ones stay as written.
std::string decode_entity(std::string_view e) {
    if (e == "&amp;") return "&";
    if (e == "&lt;") return "<";
    if (e == "&gt;") return ">";
    if (e == "&quot;") return "\"";
    if (e == "&apos;") return "'";
    if (e == "&nbsp;") return "\u00A0";
    if (e == "&mdash;") return "—";
    if (e == "&ndash;") return "–";
    if (e.size() > 3 && e[1] == '#') {
        bool hex = e[2] == 'x' || e[2] == 'X';
        std::string digits(e.substr(hex ? 3 : 2, e.size() - (hex ? 4 : 3)));
        unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
        if (cp == 0 || cp > 0x10FFFF) return "\uFFFD";
        std::string out;
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        return out;
    }
    return std::string(e);
}

class MarkdownBuilder {
public:
    MarkdownBuilder(std::string_view input, Article& article) : input_(input), article_(article) {}

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_QUOTE: ++in_quote_; break;
            case MD_BLOCK_H:
                start(BlockKind::heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
                break;
            case MD_BLOCK_P:
            case MD_BLOCK_LI:
            case MD_BLOCK_TR:
                start(in_quote_ > 0 ? BlockKind::quotation : BlockKind::paragraph);
                break;
            case MD_BLOCK_CODE:
                flush();
                ++in_code_;
                code_pos_ = std::string_view::npos;
                code_end_ = 0;
                break;
            case MD_BLOCK_HTML: ++in_html_; break;
            case MD_BLOCK_TH:
            case MD_BLOCK_TD:
                if (!text_.empty()) {
                    text_ += ',';
                    offsets_.add_piece(text_.size() - 1, last_source_);
                    pending_space_ = true;
                }
                break;
            default: break;
        }
        return 0;
    }

    int leave_block(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_QUOTE: --in_quote_; break;
            case MD_BLOCK_H:
            case MD_BLOCK_P:
            case MD_BLOCK_LI:
            case MD_BLOCK_TR: flush(); break;
            case MD_BLOCK_CODE: {
                --in_code_;
                Block note;
                note.text = code_note(article_.language);
                // The note stands for the code block: each of its bytes maps into the block's
                // bytes, never past them (a note longer than the code must not point past the
                // end of the file).
                std::size_t first = code_pos_ == std::string_view::npos ? last_source_ : code_pos_;
                std::size_t last = std::max(code_end_, first + 1);
                last = std::min(last, input_.size());
                first = std::min(first, last > 0 ? last - 1 : 0);
                for (std::size_t i = 0; i < note.text.size(); ++i)
                    if (i == 0 || first + i >= last) note.offsets.add_piece(i, std::min(first + i, last > 0 ? last - 1 : 0));
                article_.blocks.push_back(std::move(note));
                break;
            }
            case MD_BLOCK_HTML: --in_html_; break;
            default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
        std::size_t source = last_source_;
        // md4c may report a run starting at, or running past, the end of the input (found by
        // fuzzing): never read past it, whatever length the parser reports.
        bool inside = data >= input_.data() && data <= input_.data() + input_.size();
        if (inside) {
            source = static_cast<std::size_t>(data - input_.data());
            size = static_cast<MD_SIZE>(std::min<std::size_t>(size, input_.size() - source));
            if (size == 0) return 0;
            inside = source < input_.size();
        }
        std::string_view t(data, size);
        if (in_code_ > 0) {
            if (code_pos_ == std::string_view::npos && inside) code_pos_ = source;
            if (inside) code_end_ = std::max(code_end_, source + size);
            return 0;
        }
        if (in_html_ > 0 || type == MD_TEXT_HTML) return 0;
        switch (type) {
            case MD_TEXT_SOFTBR:
            case MD_TEXT_BR:
                pending_space_ = !text_.empty();
                return 0;
            case MD_TEXT_NULLCHAR: return 0;
            case MD_TEXT_ENTITY: {
                std::string decoded = decode_entity(t);
                add(decoded, source, false);
                return 0;
            }
            default: add(t, source, inside); return 0;
        }
    }

    void flush() {
        if (!text_.empty()) {
            Block b;
            b.kind = kind_;
            b.level = level_;
            b.text = std::move(text_);
            b.offsets = std::move(offsets_);
            article_.blocks.push_back(std::move(b));
        }
        text_.clear();
        offsets_ = OffsetMap{};
        pending_space_ = false;
    }

private:
    void start(BlockKind kind, int level = 1) {
        flush();
        kind_ = kind;
        level_ = level;
    }

    /// Appends text with white space collapsed; `contiguous` says the bytes lie in the input
    /// as they are, so each maps to its own offset.
    void add(std::string_view t, std::size_t source, bool contiguous) {
        for (std::size_t i = 0; i < t.size(); ++i) {
            char c = t[i];
            std::size_t at = contiguous ? source + i : source;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pending_space_ = !text_.empty();
                continue;
            }
            if (pending_space_) {
                offsets_.add_piece(text_.size(), at > 0 ? at - 1 : 0);
                text_ += ' ';
                last_source_ = at > 0 ? at - 1 : 0;
                pending_space_ = false;
            }
            if (text_.empty() || at != last_source_ + 1 || !contiguous) offsets_.add_piece(text_.size(), at);
            text_ += c;
            last_source_ = at;
        }
    }

    std::string_view input_;
    Article& article_;
    std::string text_;
    OffsetMap offsets_;
    std::size_t last_source_ = 0;
    bool pending_space_ = false;
    BlockKind kind_ = BlockKind::paragraph;
    int level_ = 1;
    int in_quote_ = 0;
    int in_code_ = 0;
    int in_html_ = 0;
    std::size_t code_pos_ = std::string_view::npos;
    std::size_t code_end_ = 0;  ///< one past the last byte of the open code block's text
};

}  // namespace

ReadResult read_markdown(std::string_view bytes) {
    ReadResult result;
    std::size_t skip = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (auto bad = utf8::first_invalid_byte(bytes)) {
        result.problem = InputProblem{*bad, "not valid UTF-8"};
        return result;
    }
    // No Markdown has NUL bytes, and md4c's handling of them read past the input under
    // fuzzing: refuse them here as the article reader does for every format.
    if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        result.problem = InputProblem{nul, "a NUL byte: not text"};
        return result;
    }
    Article& article = result.article;
    FrontMatter fm = read_front_matter(bytes.substr(skip));
    if (!fm.language.empty()) article.language = fm.language;
    article.author = fm.author;

    // md4c 0.4.8 can read a byte past a text that ends inside an unfinished construct (found by
    // fuzzing: "[a link](h" at the very end). It parses a copy that ends in a newline; offsets
    // into the copy are offsets into the input, and the added newline maps to nothing.
    std::string padded(bytes);
    padded.push_back('\n');
    MarkdownBuilder builder(std::string_view(padded.data(), bytes.size()), article);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) {
        return static_cast<MarkdownBuilder*>(self)->enter_block(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* self) {
        return static_cast<MarkdownBuilder*>(self)->leave_block(t);
    };
    parser.enter_span = [](MD_SPANTYPE, void*, void*) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* data, MD_SIZE size, void* self) {
        return static_cast<MarkdownBuilder*>(self)->text(t, data, size);
    };
    std::string_view body = std::string_view(padded).substr(skip + fm.end);
    md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &builder);
    builder.flush();

    // The title: the front matter's, else a level-1 heading before any other text.
    std::vector<Block>& blocks = article.blocks;
    Block title;
    title.kind = BlockKind::title;
    if (!fm.title.empty() && !blocks.empty() && blocks.front().kind == BlockKind::heading &&
        blocks.front().level == 1 && blocks.front().text == fm.title) {
        // A first heading that repeats the front matter's title is the title, read once.
        title = std::move(blocks.front());
        title.kind = BlockKind::title;
        blocks.erase(blocks.begin());
    } else if (!fm.title.empty()) {
        title.text = fm.title;
        title.offsets.add_piece(0, skip + fm.title_pos);
    } else if (!blocks.empty() && blocks.front().kind == BlockKind::heading && blocks.front().level == 1) {
        title = std::move(blocks.front());
        title.kind = BlockKind::title;
        blocks.erase(blocks.begin());
    }
    // The largest heading left reads as a top-level section.
    int top = 6;
    for (const Block& b : blocks)
        if (b.kind == BlockKind::heading) top = std::min(top, b.level);
    for (Block& b : blocks)
        if (b.kind == BlockKind::heading) b.level = b.level - top + 1;
    if (!title.text.empty()) {
        article.title = title.text;
        title.level = 1;
        blocks.insert(blocks.begin(), std::move(title));
    }
    return result;
}

}  // namespace narrate
