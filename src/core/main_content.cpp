#include "core/main_content.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <vector>

#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

// The class/id hints and tag lists are Readability.js's (Apache-2.0), which years of real pages
// have tuned; they are kept as lists of substrings instead of regular expressions.
constexpr std::array<std::string_view, 30> kUnlikely = {
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup"};
constexpr std::array<std::string_view, 8> kMaybe = {"and", "article", "body", "column",
                                                    "content", "main", "mathjax", "shadow"};
constexpr std::array<std::string_view, 14> kPositive = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
    "pagination", "post", "text", "blog", "story", "yom-remote"};
constexpr std::array<std::string_view, 24> kNegative = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
    "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"};
constexpr std::array<std::string_view, 5> kBylineHints = {"byline", "author", "dateline",
                                                          "writtenby", "p-author"};
constexpr std::array<std::string_view, 7> kUnlikelyRoles = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};

bool tag_in(const HtmlNode* n, std::initializer_list<std::string_view> tags) {
    for (auto t : tags)
        if (n->tag == t) return true;
    return false;
}

bool is_heading(const HtmlNode* n) { return tag_in(n, {"h1", "h2", "h3", "h4", "h5", "h6"}); }

template <std::size_t N>
bool contains_any(std::string_view haystack, const std::array<std::string_view, N>& needles) {
    for (auto n : needles)
        if (haystack.find(n) != std::string_view::npos) return true;
    return false;
}

/// "hid" as a whole word of a class list (Readability's ^hid$| hid$| hid |^hid ).
bool has_hid_word(std::string_view s) {
    for (std::size_t at = s.find("hid"); at != std::string_view::npos; at = s.find("hid", at + 1)) {
        bool start = at == 0 || s[at - 1] == ' ';
        bool end = at + 3 == s.size() || s[at + 3] == ' ';
        if (start && end) return true;
    }
    return false;
}

std::string match_string(const HtmlNode* n) {
    return ascii_lower(std::string(n->attr("class")) + " " + std::string(n->attr("id")));
}

bool is_space_text(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
    return true;
}

// --- text measures -----------------------------------------------------------------------

/// Appends the text content of `node` (all descendant text, in order).
void append_text(const HtmlNode* node, std::string& out) {
    if (node->is_text()) {
        out += node->text;
        return;
    }
    const HtmlNode* end = next_in_order(node, true);
    for (const HtmlNode* n = node->first_child; n && n != end; n = next_in_order(n))
        if (n->is_text()) out += n->text;
}

/// Length in code points of the text with white space runs as one and the ends trimmed.
std::size_t text_length(const HtmlNode* node) {
    std::size_t length = 0;
    bool pending_space = false;
    bool any = false;
    auto count = [&](std::string_view s) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pending_space = any;
                continue;
            }
            if (utf8::is_continuation(static_cast<char>(c))) continue;
            if (pending_space) ++length;
            pending_space = false;
            any = true;
            ++length;
        }
    };
    if (node->is_text()) {
        count(node->text);
        return length;
    }
    const HtmlNode* end = next_in_order(node, true);
    for (const HtmlNode* n = node->first_child; n && n != end; n = next_in_order(n))
        if (n->is_text()) count(n->text);
    return length;
}

/// Every descendant element of `node` with one of `tags`, in document order.
std::vector<HtmlNode*> descendants(const HtmlNode* node, std::initializer_list<std::string_view> tags) {
    std::vector<HtmlNode*> found;
    const HtmlNode* end = next_in_order(node, true);
    for (HtmlNode* n = node->first_child; n && n != end; n = next_in_order(n))
        if (!n->is_text() && tag_in(n, tags)) found.push_back(n);
    return found;
}

std::size_t count_descendants(const HtmlNode* node, std::string_view tag) {
    std::size_t count = 0;
    const HtmlNode* end = next_in_order(node, true);
    for (HtmlNode* n = node->first_child; n && n != end; n = next_in_order(n))
        if (n->tag == tag) ++count;
    return count;
}

/// Share of the text that sits inside links; in-page links (#...) weigh less.
double link_density(const HtmlNode* node) {
    std::size_t total = text_length(node);
    if (total == 0) return 0;
    double links = 0;
    for (const HtmlNode* a : descendants(node, {"a"})) {
        double coefficient = a->attr("href").starts_with("#") ? 0.3 : 1.0;
        links += coefficient * static_cast<double>(text_length(a));
    }
    return links / static_cast<double>(total);
}

double text_density(const HtmlNode* node, std::initializer_list<std::string_view> tags) {
    std::size_t total = text_length(node);
    if (total == 0) return 0;
    std::size_t inside = 0;
    for (const HtmlNode* child : descendants(node, tags)) inside += text_length(child);
    return static_cast<double>(inside) / static_cast<double>(total);
}

std::size_t comma_count(const HtmlNode* node) {
    std::string text;
    append_text(node, text);
    std::size_t commas = 0;
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (c == U',' || c == U'\u060C' || c == U'\uFE50' || c == U'\uFE10' || c == U'\uFE11' ||
            c == U'\u2E41' || c == U'\u2E34' || c == U'\u2E32' || c == U'\uFF0C')
            ++commas;
    }
    return commas;
}

// --- node predicates ---------------------------------------------------------------------

bool is_probably_visible(const HtmlNode* n) {
    std::string style = ascii_lower(n->attr("style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (style.find("display:none") != std::string::npos) return false;
    if (style.find("visibility:hidden") != std::string::npos) return false;
    if (n->has_attr("hidden")) return false;
    if (n->attr("aria-hidden") == "true" && n->attr("class").find("fallback-image") == std::string_view::npos)
        return false;
    return true;
}

bool is_phrasing(const HtmlNode* n) {
    if (n->is_text()) return true;
    if (tag_in(n, {"abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
                   "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label",
                   "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
                   "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup",
                   "textarea", "time", "var", "wbr", "font"}))
        return true;
    if (tag_in(n, {"a", "del", "ins"})) {
        for (const HtmlNode* c = n->first_child; c; c = c->next)
            if (!is_phrasing(c)) return false;
        return true;
    }
    return false;
}

bool is_whitespace_node(const HtmlNode* n) {
    return (n->is_text() && is_space_text(n->text)) || n->is("br");
}

bool is_div_to_p_block(const HtmlNode* n) {
    return tag_in(n, {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"});
}

bool has_child_block_element(const HtmlNode* n) {
    for (const HtmlNode* c = n->first_child; c; c = c->next)
        if (!c->is_text() && (is_div_to_p_block(c) || has_child_block_element(c))) return true;
    return false;
}

bool has_single_tag_inside(const HtmlNode* n, std::string_view tag) {
    const HtmlNode* only = nullptr;
    for (const HtmlNode* c = n->first_child; c; c = c->next) {
        if (c->is_text()) {
            if (!is_space_text(c->text)) return false;
            continue;
        }
        if (only) return false;
        only = c;
    }
    return only && only->tag == tag;
}

bool is_without_content(const HtmlNode* n) {
    if (text_length(n) != 0) return false;
    std::size_t elements = 0, breaks = 0;
    for (const HtmlNode* c = n->first_child; c; c = c->next) {
        if (c->is_text()) continue;
        ++elements;
        if (c->is("br") || c->is("hr")) ++breaks;
    }
    return elements == 0 || elements == breaks;
}

std::size_t element_children(const HtmlNode* n) {
    std::size_t count = 0;
    for (const HtmlNode* c = n->first_child; c; c = c->next)
        if (!c->is_text()) ++count;
    return count;
}

// --- the finder --------------------------------------------------------------------------

struct Flags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
};

class Finder {
public:
    Finder(HtmlDocument& doc, const MainContentHints& hints, Flags flags)
        : doc_(doc), hints_(hints), flags_(flags) {}

    HtmlNode* run();
    std::string byline;

private:
    int class_weight(const HtmlNode* n) const;
    void initialize(HtmlNode* n) const;
    void prepare_document();
    void replace_brs(HtmlNode* body);
    bool is_byline(const HtmlNode* n, const std::string& match) const;
    void prepare_article(HtmlNode* article);
    void clean(HtmlNode* article, std::string_view tag);
    void clean_conditionally(HtmlNode* article, std::string_view tag);
    bool should_remove_conditionally(HtmlNode* n, std::string_view tag) const;
    void mark_data_tables(HtmlNode* article);

    HtmlDocument& doc_;
    const MainContentHints& hints_;
    Flags flags_;
};

int Finder::class_weight(const HtmlNode* n) const {
    if (!flags_.weight_classes) return 0;
    int weight = 0;
    for (std::string_view key : {"class", "id"}) {
        std::string value = ascii_lower(n->attr(key));
        if (value.empty()) continue;
        if (contains_any(value, kNegative) || has_hid_word(value)) weight -= 25;
        if (contains_any(value, kPositive)) weight += 25;
    }
    return weight;
}

void Finder::initialize(HtmlNode* n) const {
    n->scored = true;
    n->score = 0;
    if (n->is("div")) n->score += 5;
    else if (tag_in(n, {"pre", "td", "blockquote"})) n->score += 3;
    else if (tag_in(n, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) n->score -= 3;
    else if (is_heading(n) || n->is("th")) n->score -= 5;
    n->score += class_weight(n);
}

void Finder::prepare_document() {
    HtmlNode* root = doc_.root();
    std::vector<HtmlNode*> doomed;
    for (HtmlNode* n = root; n; n = next_in_order(n)) {
        if (tag_in(n, {"script", "style", "noscript", "template", "link"})) doomed.push_back(n);
    }
    for (HtmlNode* n : doomed) detach(n);
    for (HtmlNode* n = root; n; n = next_in_order(n))
        if (n->is("font")) n->tag = "span";
    if (HtmlNode* body = doc_.body()) replace_brs(body);
}

/// Two or more <br> in a row end a paragraph: the text after them becomes a <p>.
void Finder::replace_brs(HtmlNode* body) {
    for (HtmlNode* br : descendants(body, {"br"})) {
        if (!br->parent) continue;
        HtmlNode* next = br->next;
        bool replaced = false;
        while (next && (next->is("br") || (next->is_text() && is_space_text(next->text)))) {
            HtmlNode* after = next->next;
            if (next->is("br")) {
                replaced = true;
                detach(next);
            }
            next = after;
        }
        if (!replaced) continue;
        HtmlNode* p = doc_.create_element("p");
        replace_node(br, p);
        for (HtmlNode* n = p->next; n;) {
            if (n->is("br")) {
                HtmlNode* n2 = n->next;
                while (n2 && n2->is_text() && is_space_text(n2->text)) n2 = n2->next;
                if (n2 && n2->is("br")) break;
            }
            if (!is_phrasing(n)) break;
            HtmlNode* after = n->next;
            append_child(p, n);
            n = after;
        }
        while (p->last_child && is_whitespace_node(p->last_child)) detach(p->last_child);
        if (p->parent && p->parent->is("p")) p->parent->tag = "div";
    }
}

bool Finder::is_byline(const HtmlNode* n, const std::string& match) const {
    if (n->is_text()) return false;
    bool hinted = n->attr("rel") == "author" ||
                  ascii_lower(n->attr("itemprop")).find("author") != std::string::npos ||
                  contains_any(match, kBylineHints);
    if (!hinted) return false;
    std::size_t length = text_length(n);
    return length > 0 && length < 100;
}

HtmlNode* Finder::run() {
    prepare_document();
    HtmlNode* body = doc_.body();
    if (!body) return nullptr;

    std::vector<HtmlNode*> to_score;
    bool remove_title_heading = !hints_.title.empty();
    for (HtmlNode* node = doc_.root(); node;) {
        if (node->is_text()) {
            node = next_in_order(node);
            continue;
        }
        auto remove_and_next = [&](HtmlNode* n) {
            HtmlNode* next = next_in_order(n, true);
            detach(n);
            return next;
        };
        std::string match = match_string(node);
        if (!is_probably_visible(node)) {
            node = remove_and_next(node);
            continue;
        }
        if (node->attr("aria-modal") == "true" && node->attr("role") == "dialog") {
            node = remove_and_next(node);
            continue;
        }
        if (!hints_.byline_known && byline.empty() && is_byline(node, match)) {
            byline = inner_text(node);
            node = remove_and_next(node);
            continue;
        }
        if (remove_title_heading && (node->is("h1") || node->is("h2")) &&
            text_similarity(hints_.title, inner_text(node)) > 0.75) {
            remove_title_heading = false;
            node = remove_and_next(node);
            continue;
        }
        if (flags_.strip_unlikely) {
            if (contains_any(match, kUnlikely) && !contains_any(match, kMaybe) &&
                !has_ancestor(node, "table") && !has_ancestor(node, "code") && !node->is("body") &&
                !node->is("a")) {
                node = remove_and_next(node);
                continue;
            }
            std::string role(node->attr("role"));
            if (in(kUnlikelyRoles, role)) {
                node = remove_and_next(node);
                continue;
            }
        }
        if ((tag_in(node, {"div", "section", "header"}) || is_heading(node)) && is_without_content(node)) {
            node = remove_and_next(node);
            continue;
        }
        if (tag_in(node, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"}))
            to_score.push_back(node);

        if (node->is("div")) {
            // Runs of phrasing content directly in a <div> become paragraphs.
            HtmlNode* p = nullptr;
            for (HtmlNode* child = node->first_child; child;) {
                HtmlNode* next = child->next;
                if (is_phrasing(child)) {
                    if (p) {
                        append_child(p, child);
                    } else if (!is_whitespace_node(child)) {
                        p = doc_.create_element("p");
                        replace_node(child, p);
                        append_child(p, child);
                    }
                } else if (p) {
                    while (p->last_child && is_whitespace_node(p->last_child)) detach(p->last_child);
                    p = nullptr;
                }
                child = next;
            }
            if (has_single_tag_inside(node, "p") && link_density(node) < 0.25) {
                HtmlNode* only = node->first_element();
                replace_node(node, only);
                node = only;
                to_score.push_back(node);
            } else if (!has_child_block_element(node)) {
                node->tag = "p";
                to_score.push_back(node);
            }
        }
        node = next_in_order(node);
    }

    // Score paragraphs and hand their score up to five ancestors.
    std::vector<HtmlNode*> candidates;
    for (HtmlNode* element : to_score) {
        if (!element->parent || element->parent->is_text()) continue;
        std::size_t length = text_length(element);
        if (length < 25) continue;
        double score = 1 + static_cast<double>(comma_count(element) + 1) +
                       std::min(std::floor(static_cast<double>(length) / 100.0), 3.0);
        int level = 0;
        for (HtmlNode* a = element->parent; a && level < 5; a = a->parent, ++level) {
            if (!a->parent) break;  // the <html> element is never a candidate
            if (!a->scored) {
                initialize(a);
                candidates.push_back(a);
            }
            double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            a->score += score / divider;
        }
    }

    std::vector<HtmlNode*> top;
    for (HtmlNode* c : candidates) {
        c->score *= 1 - link_density(c);
        auto at = std::find_if(top.begin(), top.end(), [&](HtmlNode* t) { return c->score > t->score; });
        top.insert(at, c);
        if (top.size() > 5) top.pop_back();
    }

    HtmlNode* best = top.empty() ? nullptr : top.front();
    if (!best || best->is("body")) {
        best = doc_.create_element("div");
        while (body->first_child) append_child(best, body->first_child);
        append_child(body, best);
        initialize(best);
    } else {
        // When several good candidates share an ancestor, the article is that ancestor.
        std::vector<std::vector<HtmlNode*>> alternatives;
        for (std::size_t i = 1; i < top.size(); ++i) {
            if (top[i]->score / best->score < 0.75) continue;
            std::vector<HtmlNode*> chain;
            for (HtmlNode* a = top[i]->parent; a; a = a->parent) chain.push_back(a);
            alternatives.push_back(std::move(chain));
        }
        if (alternatives.size() >= 3) {
            for (HtmlNode* a = best->parent; a && !a->is("body"); a = a->parent) {
                int containing = 0;
                for (const auto& chain : alternatives)
                    containing += std::find(chain.begin(), chain.end(), a) != chain.end();
                if (containing >= 3) {
                    best = a;
                    break;
                }
            }
        }
        if (!best->scored) initialize(best);
        double last = best->score;
        double threshold = last / 3;
        for (HtmlNode* a = best->parent; a && !a->is("body"); a = a->parent) {
            if (!a->scored) continue;
            if (a->score < threshold) break;
            if (a->score > last) {
                best = a;
                break;
            }
            last = a->score;
        }
        for (HtmlNode* a = best->parent; a && !a->is("body") && element_children(a) == 1; a = a->parent)
            best = a;
        if (!best->scored) initialize(best);
    }

    // The best block's siblings join it when they score well or read like paragraphs.
    HtmlNode* article = doc_.create_element("div");
    double sibling_threshold = std::max(10.0, best->score * 0.2);
    HtmlNode* parent = best->parent;
    std::vector<HtmlNode*> siblings;
    if (parent)
        for (HtmlNode* s = parent->first_element(); s; s = s->next_element()) siblings.push_back(s);
    else
        siblings.push_back(best);
    std::string best_class(best->attr("class"));
    for (HtmlNode* s : siblings) {
        bool keep = s == best;
        if (!keep) {
            double bonus = (!best_class.empty() && s->attr("class") == best_class) ? best->score * 0.2 : 0;
            if (s->scored && s->score + bonus >= sibling_threshold) {
                keep = true;
            } else if (s->is("p")) {
                double density = link_density(s);
                std::string content = inner_text(s);
                std::size_t length = text_length(s);
                if (length > 80 && density < 0.25) keep = true;
                else if (length < 80 && length > 0 && density == 0 &&
                         (content.find(". ") != std::string::npos || content.ends_with(".")))
                    keep = true;
            }
        }
        if (keep) {
            if (!tag_in(s, {"div", "article", "section", "p", "main"}) && s != best) s->tag = "div";
            append_child(article, s);
        }
    }
    prepare_article(article);
    return article;
}

void Finder::mark_data_tables(HtmlNode* article) {
    for (HtmlNode* table : descendants(article, {"table"})) {
        table->data_table = false;
        if (table->attr("role") == "presentation" || table->attr("datatable") == "0") continue;
        if (!table->attr("summary").empty()) { table->data_table = true; continue; }
        bool found = false;
        for (HtmlNode* c : descendants(table, {"caption", "col", "colgroup", "tfoot", "thead", "th"})) {
            if (c->is("caption") && !c->first_child) continue;
            found = true;
            break;
        }
        if (found) { table->data_table = true; continue; }
        if (!descendants(table, {"table"}).empty()) continue;
        std::size_t rows = 0, columns = 0;
        for (HtmlNode* tr : descendants(table, {"tr"})) {
            ++rows;
            std::size_t cells = 0;
            for (HtmlNode* c = tr->first_element(); c; c = c->next_element())
                if (c->is("td") || c->is("th")) ++cells;
            columns = std::max(columns, cells);
        }
        table->data_table = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

void Finder::clean(HtmlNode* article, std::string_view tag) {
    for (HtmlNode* n : descendants(article, {tag})) {
        // A quotation's <footer> is its attribution, not the page's footer.
        if (tag == "footer" && has_ancestor(n, "blockquote")) continue;
        detach(n);
    }
}

bool Finder::should_remove_conditionally(HtmlNode* n, std::string_view tag) const {
    bool is_list = tag == "ul" || tag == "ol";
    std::size_t length = text_length(n);
    if (!is_list) {
        std::size_t list_length = 0;
        for (HtmlNode* l : descendants(n, {"ul", "ol"})) list_length += text_length(l);
        is_list = length > 0 && static_cast<double>(list_length) / static_cast<double>(length) > 0.9;
    }
    if (tag == "table" && n->data_table) return false;
    for (const HtmlNode* p = n->parent; p; p = p->parent)
        if (p->is("table") && p->data_table) return false;
    if (has_ancestor(n, "code")) return false;
    for (HtmlNode* t : descendants(n, {"table"}))
        if (t->data_table) return false;
    int weight = class_weight(n);
    if (weight < 0) return true;
    if (comma_count(n) >= 10) return false;

    double p = static_cast<double>(count_descendants(n, "p"));
    double img = static_cast<double>(count_descendants(n, "img"));
    double li = static_cast<double>(count_descendants(n, "li")) - 100;
    double input = static_cast<double>(count_descendants(n, "input"));
    double heading_density = text_density(n, {"h1", "h2", "h3", "h4", "h5", "h6"});
    std::size_t embeds = descendants(n, {"object", "embed", "iframe"}).size();
    std::string text = inner_text(n);
    std::string lowered = ascii_lower(text);
    for (std::string_view ad : {"ad", "advertising", "advertisement", "publicité", "werbung",
                                "anuncio", "loading", "loading...", "loading…", "chargement",
                                "cargando"})
        if (lowered == ad) return true;
    double density = link_density(n);
    double textish = text_density(n, {"span", "li", "td", "blockquote", "dl", "div", "img", "ol",
                                      "p", "pre", "table", "ul"});
    bool in_figure = has_ancestor(n, "figure");
    bool remove = (!in_figure && img > 1 && p / img < 0.5) || (!is_list && li > p) ||
                  (input > std::floor(p / 3)) ||
                  (!is_list && !in_figure && heading_density < 0.9 && length < 25 &&
                   (img == 0 || img > 2) && density > 0) ||
                  (!is_list && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) ||
                  (embeds == 1 && length < 75) || embeds > 1 || (img == 0 && textish == 0);
    if (is_list && remove) {
        // A plain list of images may stay.
        for (HtmlNode* c = n->first_element(); c; c = c->next_element())
            if (element_children(c) > 1) return remove;
        if (img == static_cast<double>(count_descendants(n, "li"))) return false;
    }
    return remove;
}

void Finder::clean_conditionally(HtmlNode* article, std::string_view tag) {
    if (!flags_.clean_conditionally) return;
    // Innermost last in document order: walk backwards so removals do not skip nodes.
    std::vector<HtmlNode*> nodes = descendants(article, {tag});
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        HtmlNode* n = *it;
        bool attached = false;
        for (HtmlNode* p = n->parent; p; p = p->parent)
            if (p == article) { attached = true; break; }
        if (attached && should_remove_conditionally(n, tag)) detach(n);
    }
}

void Finder::prepare_article(HtmlNode* article) {
    mark_data_tables(article);
    clean_conditionally(article, "form");
    clean_conditionally(article, "fieldset");
    for (std::string_view tag : {"object", "embed", "footer", "link", "aside"}) clean(article, tag);
    // Share widgets.
    for (HtmlNode* top = article->first_element(); top; top = top->next_element()) {
        const HtmlNode* end = next_in_order(top, true);
        for (HtmlNode* n = top->first_child; n && n != end;) {
            if (!n->is_text()) {
                std::string match = match_string(n);
                bool share = false;
                for (std::size_t at = match.find("share"); at != std::string::npos && !share;
                     at = match.find("share", at + 1)) {
                    bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(match[at - 1]));
                    std::size_t e = at + 5;
                    if (match.compare(at, 10, "sharedaddy") == 0) e = at + 10;
                    bool finish = e >= match.size() || !std::isalnum(static_cast<unsigned char>(match[e]));
                    share = start && finish;
                }
                if (share && text_length(n) < 500) {
                    HtmlNode* next = next_in_order(n, true);
                    detach(n);
                    n = next;
                    continue;
                }
            }
            n = next_in_order(n);
        }
    }
    for (std::string_view tag : {"iframe", "input", "textarea", "select", "button"}) clean(article, tag);
    for (HtmlNode* h : descendants(article, {"h1", "h2"}))
        if (class_weight(h) < 0) detach(h);
    clean_conditionally(article, "table");
    clean_conditionally(article, "ul");
    clean_conditionally(article, "div");
    for (HtmlNode* p : descendants(article, {"p"})) {
        if (!p->parent) continue;
        if (descendants(p, {"img", "embed", "object", "iframe"}).empty() && text_length(p) == 0) detach(p);
    }
}

}  // namespace

std::string collapse_white_space(std::string_view s) {
    std::string out;
    bool pending = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            pending = !out.empty();
            continue;
        }
        if (pending) out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

std::string inner_text(const HtmlNode* node) {
    std::string raw;
    if (node->is_text()) {
        raw = node->text;
    } else {
        const HtmlNode* end = next_in_order(node, true);
        for (const HtmlNode* n = node->first_child; n && n != end; n = next_in_order(n))
            if (n->is_text()) raw += n->text;
    }
    return collapse_white_space(raw);
}

double text_similarity(std::string_view a, std::string_view b) {
    auto tokens = [](std::string_view s) {
        std::vector<std::string> words;
        std::string word;
        for (std::size_t pos = 0, n = 0; pos < s.size(); pos += n) {
            char32_t c = utf8::decode(s, pos, n);
            if (utf8::is_alnum(c) || c == U'_') {
                word.append(s.substr(pos, n));
            } else if (!word.empty()) {
                words.push_back(ascii_lower(word));
                word.clear();
            }
        }
        if (!word.empty()) words.push_back(ascii_lower(word));
        return words;
    };
    std::vector<std::string> ta = tokens(a), tb = tokens(b);
    if (ta.empty() || tb.empty()) return 0;
    std::size_t all = 0, unique = 0;
    std::size_t unique_count = 0;
    for (const std::string& w : tb) {
        all += w.size();
        if (std::find(ta.begin(), ta.end(), w) == ta.end()) {
            unique += w.size();
            ++unique_count;
        }
    }
    all += tb.size() - 1;
    if (unique_count > 0) unique += unique_count - 1;
    return 1.0 - static_cast<double>(unique) / static_cast<double>(all);
}

MainContent find_main_content(std::string_view utf8, const MainContentHints& hints) {
    // Each pass removes less; the first with enough text wins, else the longest.
    const std::array<Flags, 4> passes = {Flags{true, true, true}, Flags{false, true, true},
                                         Flags{false, false, true}, Flags{false, false, false}};
    MainContent best;
    std::size_t best_length = 0;
    for (const Flags& flags : passes) {
        MainContent attempt;
        attempt.document = parse_html(utf8);
        Finder finder(attempt.document, hints, flags);
        attempt.content = finder.run();
        attempt.byline = finder.byline;
        std::size_t length = attempt.content ? text_length(attempt.content) : 0;
        if (length >= 500) return attempt;
        if (length > best_length || !best.content) {
            best_length = length;
            best = std::move(attempt);
        }
    }
    return best;
}

}  // namespace narrate
