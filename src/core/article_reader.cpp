#include "core/article_reader.h"

#include <algorithm>
#include <cctype>

#include "core/html_reader.h"
#include "core/markdown_reader.h"

namespace narrate {

const std::vector<InputFormatInfo>& input_formats() {
    static const std::vector<InputFormatInfo> formats = {
        {InputFormat::text, "text", {".txt", ".text"}, read_plain_text},
        {InputFormat::markdown, "markdown", {".md", ".markdown"}, read_markdown},
        {InputFormat::html, "html", {".html", ".htm", ".xhtml"}, read_html},
    };
    return formats;
}

std::optional<InputFormat> input_format_named(std::string_view name) {
    for (const InputFormatInfo& f : input_formats())
        if (f.name == name) return f.format;
    return std::nullopt;
}

InputFormat detect_input_format(std::string_view path, std::string_view bytes) {
    std::size_t slash = path.find_last_of('/');
    std::size_t dot = path.find_last_of('.');
    if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
        std::string ext(path.substr(dot));
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const InputFormatInfo& f : input_formats())
            if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end())
                return f.format;
    }
    std::string start;
    for (char c : bytes.substr(0, 512)) {
        if (start.empty() && (std::isspace(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80))
            continue;  // leading space or a byte-order mark
        start += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (start.starts_with("<!doctype html") || start.starts_with("<html")) return InputFormat::html;
    return InputFormat::text;
}

namespace {

/// Why `bytes` is not text in any format narrate reads, or nullopt.
std::optional<InputProblem> not_text(std::string_view bytes) {
    // UTF-16 and UTF-32 by their byte-order marks (UTF-32 LE starts like UTF-16 LE).
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
        bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
        return InputProblem{0, "is UTF-16 or UTF-32 text (it starts with its byte-order mark); "
                               "narrate reads UTF-8: convert it first, e.g. with "
                               "iconv -f UTF-16 -t UTF-8"};
    // No text format has NUL bytes: this is a PDF, an image, a program or a document format.
    if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos)
        return InputProblem{nul, "a binary file, not text (a NUL byte at byte offset " +
                                     std::to_string(nul) + ")"};
    return std::nullopt;
}

}  // namespace

ReadResult read_article(std::string_view bytes, InputFormat format) {
    if (auto problem = not_text(bytes)) return ReadResult{{}, problem};
    ReadResult result;
    bool read = false;
    for (const InputFormatInfo& f : input_formats())
        if (f.format == format) {
            result = f.read(bytes);
            read = true;
        }
    if (!read) result = read_plain_text(bytes);
    if (!result.problem && result.article.blocks.empty())
        result.problem = InputProblem{0, "no text to read"};
    return result;
}

}  // namespace narrate
