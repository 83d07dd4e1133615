#include "core/html_reader.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>

#include <nlohmann/json.hpp>

#include "core/charset.h"
#include "core/html_document.h"
#include "core/main_content.h"
#include "core/quotes.h"
#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

bool tag_in(const HtmlNode* n, std::initializer_list<std::string_view> tags) {
    for (auto t : tags)
        if (n->tag == t) return true;
    return false;
}

std::size_t word_count(std::string_view s) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// --- metadata ----------------------------------------------------------------------------

struct PageMetadata {
    std::string title;
    std::size_t title_pos = 0;  ///< where the title stands in the page
    std::string byline;
    std::string language;
};

/// schema.org article metadata from JSON-LD: headline and author name.
void read_json_ld(std::string_view text, std::string& headline, std::string& author) {
    nlohmann::json data = nlohmann::json::parse(text, nullptr, false);
    if (data.is_discarded()) return;
    std::vector<const nlohmann::json*> objects;
    auto collect = [&](const nlohmann::json& j) {
        if (j.is_array()) {
            for (const auto& item : j) objects.push_back(&item);
        } else if (j.is_object()) {
            objects.push_back(&j);
            if (j.contains("@graph") && j["@graph"].is_array())
                for (const auto& item : j["@graph"]) objects.push_back(&item);
        }
    };
    collect(data);
    for (const nlohmann::json* o : objects) {
        if (!o->is_object() || !o->contains("@type")) continue;
        std::string type = (*o)["@type"].is_string() ? (*o)["@type"].get<std::string>() : "";
        if (type.find("Article") == std::string::npos && type != "BlogPosting" &&
            type != "Report" && type != "WebPage")
            continue;
        if (headline.empty() && o->contains("headline") && (*o)["headline"].is_string())
            headline = (*o)["headline"].get<std::string>();
        if (author.empty() && o->contains("author")) {
            const nlohmann::json& a = (*o)["author"];
            std::vector<std::string> names;
            auto name_of = [&](const nlohmann::json& x) {
                if (x.is_object() && x.contains("name") && x["name"].is_string())
                    names.push_back(x["name"].get<std::string>());
                else if (x.is_string())
                    names.push_back(x.get<std::string>());
            };
            if (a.is_array()) for (const auto& x : a) name_of(x);
            else name_of(a);
            for (std::size_t i = 0; i < names.size(); ++i)
                author += (i ? ", " : "") + names[i];
        }
    }
}

/// The document <title>, with a site name after a separator taken off (after Readability).
std::string clean_document_title(const std::string& original, const HtmlDocument& doc) {
    std::string title = collapse_white_space(original);
    static constexpr std::array<std::string_view, 8> kSeparators = {" | ", " - ", " – ", " — ",
                                                                   " \\ ", " / ", " > ", " » "};
    bool hierarchical = false;
    std::size_t first = std::string::npos, last = std::string::npos, last_len = 0, first_len = 0;
    for (auto sep : kSeparators) {
        std::size_t f = title.find(sep), l = title.rfind(sep);
        if (f == std::string::npos) continue;
        if (sep == " \\ " || sep == " / " || sep == " > " || sep == " » ") hierarchical = true;
        if (first == std::string::npos || f < first) { first = f; first_len = sep.size(); }
        if (last == std::string::npos || l > last) { last = l; last_len = sep.size(); }
    }
    std::string cleaned = title;
    if (last != std::string::npos) {
        cleaned = title.substr(0, last);
        if (word_count(cleaned) < 3) cleaned = title.substr(first + first_len);
    } else if (title.find(": ") != std::string::npos) {
        bool heading_matches = false;
        for (const HtmlNode* n = doc.root(); n; n = next_in_order(n))
            if ((n->is("h1") || n->is("h2")) && inner_text(n) == title) heading_matches = true;
        if (!heading_matches) {
            cleaned = title.substr(title.rfind(": ") + 2);
            if (word_count(cleaned) < 3) cleaned = title.substr(title.find(": ") + 2);
            else if (word_count(title.substr(0, title.find(": "))) > 5) cleaned = title;
        }
    } else if (title.size() > 150 || title.size() < 15) {
        const HtmlNode* only_h1 = nullptr;
        int h1s = 0;
        for (const HtmlNode* n = doc.root(); n; n = next_in_order(n))
            if (n->is("h1")) { ++h1s; only_h1 = n; }
        if (h1s == 1) cleaned = inner_text(only_h1);
    }
    cleaned = collapse_white_space(cleaned);
    (void)last_len;
    if (word_count(cleaned) <= 4 && !hierarchical) cleaned = title;
    return cleaned;
}

PageMetadata read_metadata(const HtmlDocument& doc) {
    PageMetadata meta;
    std::map<std::string, std::pair<std::string, std::size_t>> values;
    std::string ld_headline, ld_author;
    const HtmlNode* title_element = nullptr;
    const HtmlNode* first_h1 = nullptr;
    for (const HtmlNode* n = doc.root(); n; n = next_in_order(n)) {
        if (n->is("meta")) {
            std::string content = collapse_white_space(n->attr("content"));
            if (content.empty()) continue;
            std::string property = ascii_lower(n->attr("property"));
            std::string name = ascii_lower(n->attr("name"));
            std::string http_equiv = ascii_lower(n->attr("http-equiv"));
            if (!property.empty()) {
                std::size_t start = 0;
                while (start < property.size()) {
                    std::size_t end = property.find(' ', start);
                    if (end == std::string::npos) end = property.size();
                    values.emplace(property.substr(start, end - start), std::pair{content, n->source_pos});
                    start = end + 1;
                }
            }
            if (!name.empty()) values.emplace(name, std::pair{content, n->source_pos});
            if (http_equiv == "content-language") values.emplace("content-language", std::pair{content, n->source_pos});
        } else if (n->is("title") && !title_element) {
            title_element = n;
        } else if (n->is("h1") && !first_h1) {
            first_h1 = n;
        } else if (n->is("script") && n->attr("type") == "application/ld+json") {
            read_json_ld(inner_text(n), ld_headline, ld_author);
        }
    }
    auto value = [&](std::initializer_list<std::string_view> keys) -> const std::pair<std::string, std::size_t>* {
        for (auto k : keys) {
            auto it = values.find(std::string(k));
            if (it != values.end()) return &it->second;
        }
        return nullptr;
    };
    if (!ld_headline.empty()) {
        meta.title = collapse_white_space(ld_headline);
    } else if (auto* t = value({"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                "weibo:webpage:title", "title", "twitter:title", "parsely-title"})) {
        meta.title = t->first;
        meta.title_pos = t->second;
    } else if (title_element) {
        meta.title = clean_document_title(inner_text(title_element), doc);
        meta.title_pos = title_element->source_pos;
    } else if (first_h1) {
        meta.title = inner_text(first_h1);
        meta.title_pos = first_h1->source_pos;
    }
    if (title_element && meta.title_pos == 0) meta.title_pos = title_element->source_pos;

    if (!ld_author.empty()) meta.byline = collapse_white_space(ld_author);
    else if (auto* a = value({"dc:creator", "dcterm:creator", "author", "parsely-author"}))
        meta.byline = a->first;

    meta.language = ascii_lower(doc.root()->attr("lang"));
    if (meta.language.empty()) meta.language = ascii_lower(doc.root()->attr("xml:lang"));
    if (meta.language.empty())
        if (auto* l = value({"content-language", "og:locale", "language"})) meta.language = ascii_lower(l->first);
    std::replace(meta.language.begin(), meta.language.end(), '_', '-');
    meta.language = meta.language.substr(0, meta.language.find_first_of(" ,;"));
    return meta;
}

/// Where the words of `title` stand in the page, from the element or <meta> tag at `element`
/// on: the title itself, else its first word (an attribute may write it with entities), else
/// the element.
std::size_t title_words_at(std::string_view page, const std::string& title, std::size_t element) {
    constexpr std::size_t kReach = 4096;  // a <meta> tag or a heading, not the rest of the page
    std::string_view near = page.substr(element, kReach);
    std::size_t at = near.find(title);
    if (at == std::string_view::npos) at = near.find(title.substr(0, title.find(' ')));
    return at == std::string_view::npos ? element : element + at;
}

// --- blocks ------------------------------------------------------------------------------

/// An image's alt text is read when it describes something: a few words, not a file name or
/// a bare "image".
bool alt_says_something(std::string_view alt) {
    std::string a = ascii_lower(collapse_white_space(alt));
    if (word_count(a) < 3) return false;
    for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"})
        if (a.find(ext) != std::string::npos) return false;
    return true;
}

class BlockBuilder {
public:
    BlockBuilder(Article& article, const OffsetMap& page_map, std::pair<std::string, std::string> q_marks)
        : article_(article), page_map_(page_map), q_marks_(std::move(q_marks)) {}

    void walk(const HtmlNode* node);
    void flush();
    int top_heading = 1;  ///< the largest heading in the article (h2 -> 2) reads as level 1

private:
    void start(BlockKind kind, int level = 1) {
        flush();
        kind_ = kind;
        level_ = level;
    }
    void append(std::string_view bytes, const OffsetMap& map);
    void append_literal(std::string_view bytes, std::size_t source);
    void add_byte(char c, std::size_t source);

    Article& article_;
    const OffsetMap& page_map_;
    std::pair<std::string, std::string> q_marks_;
    std::string text_;
    OffsetMap offsets_;
    std::size_t last_source_ = 0;
    bool pending_space_ = false;
    std::size_t space_source_ = 0;
    BlockKind kind_ = BlockKind::paragraph;
    int level_ = 1;
    int in_quotation_ = 0;
    bool citation_next_ = false;  ///< the block being flushed is a quotation's <cite>
};

void BlockBuilder::add_byte(char c, std::size_t source) {
    std::size_t input = page_map_.to_source(source);
    if (text_.empty() || input != last_source_ + 1) offsets_.add_piece(text_.size(), input);
    last_source_ = input;
    text_ += c;
}

void BlockBuilder::append(std::string_view bytes, const OffsetMap& map) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (!text_.empty() && !pending_space_) {
                pending_space_ = true;
                space_source_ = map.to_source(i);
            }
            continue;
        }
        if (pending_space_) add_byte(' ', space_source_);
        pending_space_ = false;
        add_byte(c, map.to_source(i));
    }
}

void BlockBuilder::append_literal(std::string_view bytes, std::size_t source) {
    if (pending_space_) add_byte(' ', space_source_);
    pending_space_ = false;
    for (char c : bytes) add_byte(c, source);
}

void BlockBuilder::flush() {
    // Trailing white space was never added; leading white space never starts a block.
    if (!text_.empty()) {
        Block block;
        block.kind = kind_;
        block.level = level_;
        block.text = std::move(text_);
        block.offsets = std::move(offsets_);
        block.citation = citation_next_;
        bool has_word = false;
        for (std::size_t pos = 0, n = 0; pos < block.text.size() && !has_word; pos += n)
            has_word = utf8::is_alnum(utf8::decode(block.text, pos, n));
        if (has_word) article_.blocks.push_back(std::move(block));
    }
    text_.clear();
    offsets_ = OffsetMap{};
    pending_space_ = false;
    kind_ = in_quotation_ > 0 ? BlockKind::quotation : BlockKind::paragraph;
    level_ = 1;
}

void BlockBuilder::walk(const HtmlNode* node) {
    if (node->is_text()) {
        append(node->text, node->offsets);
        return;
    }
    if (tag_in(node, {"script", "style", "noscript", "template", "head", "svg", "button",
                      "select", "textarea", "input", "iframe", "object", "embed", "nav"}))
        return;
    if (node->is("br") || node->is("hr")) {
        BlockKind kind = kind_;
        flush();
        kind_ = kind;
        return;
    }
    if (node->is("img")) {
        std::string_view alt = node->attr("alt");
        if (alt_says_something(alt) && !has_ancestor(node, "figure")) {
            BlockKind kind = kind_;
            start(BlockKind::paragraph);
            append_literal(collapse_white_space(alt), node->source_pos);
            flush();
            kind_ = kind;
        }
        return;
    }
    if (node->tag.size() == 2 && node->tag[0] == 'h' && node->tag[1] >= '1' && node->tag[1] <= '6') {
        start(BlockKind::heading, std::max(1, node->tag[1] - '0' - top_heading + 1));
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        flush();
        return;
    }
    if (node->is("q")) {
        append_literal(q_marks_.first, node->source_pos);
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        append_literal(q_marks_.second, node->source_pos);
        return;
    }
    if (node->is("blockquote")) {
        ++in_quotation_;
        start(BlockKind::quotation);
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        --in_quotation_;
        flush();
        return;
    }
    if (in_quotation_ > 0 && (node->is("cite") || node->is("footer"))) {
        // The attribution of a quotation is read by the narrator after it, and names the
        // quotation's speaker.
        start(BlockKind::paragraph);
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        citation_next_ = true;
        flush();
        citation_next_ = false;
        return;
    }
    if (node->is("td") || node->is("th")) {
        // Cells of a row are read in order, with a comma between them.
        if (!text_.empty()) {
            unsigned char last = static_cast<unsigned char>(text_.back());
            if (std::isalnum(last) || last >= 0x80) append_literal(",", node->source_pos);
            pending_space_ = true;
            space_source_ = node->source_pos;
        }
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        return;
    }
    bool block = tag_in(node, {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
                               "section", "article", "main", "header", "footer", "aside",
                               "figure", "figcaption", "pre", "address", "center", "details",
                               "summary", "fieldset", "form", "caption", "tbody", "thead",
                               "tfoot", "body", "html", "hgroup", "menu", "dir"});
    if (block) {
        BlockKind kind = in_quotation_ > 0 ? BlockKind::quotation : BlockKind::paragraph;
        start(kind);
        for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
        flush();
        return;
    }
    for (const HtmlNode* c = node->first_child; c; c = c->next) walk(c);
}

}  // namespace

ReadResult read_html(std::string_view bytes) {
    ReadResult result;
    DecodedPage page = decode_page(bytes);
    if (page.problem) {
        result.problem = page.problem;
        return result;
    }
    PageMetadata meta;
    {
        HtmlDocument doc = parse_html(page.utf8);
        meta = read_metadata(doc);
    }
    Article& article = result.article;
    if (!meta.language.empty()) article.language = meta.language;

    MainContentHints hints{meta.title, !meta.byline.empty()};
    MainContent main = find_main_content(page.utf8, hints);
    article.title = meta.title;
    article.author = !meta.byline.empty() ? meta.byline : collapse_white_space(main.byline);
    if (!article.title.empty()) {
        Block title;
        title.kind = BlockKind::title;
        title.text = article.title;
        title.offsets.add_piece(0, page.offsets.to_source(title_words_at(page.utf8, article.title, meta.title_pos)));
        article.blocks.push_back(std::move(title));
    }
    if (main.content) {
        BlockBuilder builder(article, page.offsets, primary_quote_marks(article.language));
        int top = 6;
        for (const HtmlNode* n = main.content; n; n = next_in_order(n)) {
            if (n->tag.size() == 2 && n->tag[0] == 'h' && n->tag[1] >= '1' && n->tag[1] <= '6')
                top = std::min(top, n->tag[1] - '0');
        }
        builder.top_heading = top;
        builder.walk(main.content);
        builder.flush();
    }
    for (Block& b : article.blocks) b.offsets.clamp(b.text.size(), bytes.size());
    return result;
}

}  // namespace narrate
