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

ReadResult read_article(std::string_view bytes, InputFormat format) {
    for (const InputFormatInfo& f : input_formats())
        if (f.format == format) return f.read(bytes);
    return read_plain_text(bytes);
}

}  // namespace narrate
