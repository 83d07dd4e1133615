#include "core/html_document.h"

#include <cctype>

#include <gumbo.h>

namespace narrate {

std::string_view HtmlNode::attr(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name) return value;
    return {};
}

bool HtmlNode::has_attr(std::string_view name) const {
    for (const auto& a : attributes)
        if (a.first == name) return true;
    return false;
}

HtmlNode* HtmlNode::first_element() const {
    HtmlNode* c = first_child;
    while (c && c->is_text()) c = c->next;
    return c;
}

HtmlNode* HtmlNode::next_element() const {
    HtmlNode* c = next;
    while (c && c->is_text()) c = c->next;
    return c;
}

HtmlNode* HtmlDocument::create_node() { return &nodes_.emplace_back(); }

HtmlNode* HtmlDocument::create_element(std::string tag) {
    HtmlNode* n = create_node();
    n->tag = std::move(tag);
    return n;
}

namespace {
HtmlNode* child_named(const HtmlNode* parent, std::string_view tag) {
    if (!parent) return nullptr;
    for (HtmlNode* c = parent->first_child; c; c = c->next)
        if (c->tag == tag) return c;
    return nullptr;
}
}  // namespace

HtmlNode* HtmlDocument::body() const { return child_named(root_, "body"); }
HtmlNode* HtmlDocument::head() const { return child_named(root_, "head"); }

void detach(HtmlNode* node) {
    if (!node->parent) return;
    HtmlNode* p = node->parent;
    if (node->prev) node->prev->next = node->next; else p->first_child = node->next;
    if (node->next) node->next->prev = node->prev; else p->last_child = node->prev;
    node->parent = node->prev = node->next = nullptr;
}

void append_child(HtmlNode* parent, HtmlNode* child) {
    detach(child);
    child->parent = parent;
    child->prev = parent->last_child;
    if (parent->last_child) parent->last_child->next = child; else parent->first_child = child;
    parent->last_child = child;
}

void insert_before(HtmlNode* ref, HtmlNode* child) {
    detach(child);
    HtmlNode* p = ref->parent;
    child->parent = p;
    child->next = ref;
    child->prev = ref->prev;
    if (ref->prev) ref->prev->next = child; else p->first_child = child;
    ref->prev = child;
}

void replace_node(HtmlNode* old, HtmlNode* replacement) {
    if (!old->parent) return;
    insert_before(old, replacement);
    detach(old);
}

HtmlNode* next_in_order(const HtmlNode* node, bool skip_children) {
    if (!skip_children && node->first_child) return node->first_child;
    for (const HtmlNode* n = node; n; n = n->parent)
        if (n->next) return n->next;
    return nullptr;
}

bool has_ancestor(const HtmlNode* node, std::string_view tag, int max_depth) {
    int depth = 0;
    for (const HtmlNode* p = node->parent; p; p = p->parent) {
        if (max_depth > 0 && ++depth > max_depth) return false;
        if (p->tag == tag) return true;
    }
    return false;
}

namespace {

std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    std::string name;
    for (std::size_t i = 0; i < piece.length; ++i) {
        char c = piece.data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') break;
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return name.empty() ? std::string("unknown") : name;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Maps each word of a decoded text node to where it stands in the raw input: character
/// references make the decoded text shorter than the raw, so words are found one by one.
void map_text(HtmlNode& node, const GumboText& t, std::string_view input) {
    std::string_view raw;
    std::size_t base = t.start_pos.offset;
    if (t.original_text.data >= input.data() && t.original_text.data < input.data() + input.size()) {
        base = static_cast<std::size_t>(t.original_text.data - input.data());
        raw = input.substr(base, std::min(t.original_text.length, input.size() - base));
    }
    node.source_pos = base;
    const std::string& text = node.text;
    std::size_t cursor = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space_byte(text[i])) ++i;
        if (i >= text.size()) break;
        std::size_t end = i;
        while (end < text.size() && !is_space_byte(text[end])) ++end;
        std::string_view word(text.data() + i, end - i);
        std::size_t found = raw.find(word, cursor);
        if (found != std::string_view::npos) {
            node.offsets.add_piece(i, base + found);
            cursor = found + word.size();
        } else {
            node.offsets.add_piece(i, base + std::min(cursor, raw.size()));
        }
        i = end;
    }
    if (text.empty() || node.offsets == OffsetMap{}) node.offsets.add_piece(0, base);
}

struct Pending {
    const GumboNode* node;
    HtmlNode* parent;
    int depth;
};

}  // namespace

HtmlDocument parse_html(std::string_view utf8) {
    HtmlDocument doc;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the error list is not used; do not let a broken page grow it
    GumboOutput* output = gumbo_parse_with_options(&options, utf8.data(), utf8.size());

    HtmlNode* root = doc.create_element("html");
    doc.set_root(root);
    // Explicit stack: a page nested 10,000 deep must not recurse 10,000 deep.
    std::vector<Pending> stack;
    auto push_children = [&](const GumboVector& children, HtmlNode* parent, int depth) {
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode*>(children.data[i]), parent, depth});
    };
    const GumboElement& html = output->root->v.element;
    root->source_pos = html.start_pos.offset;
    for (unsigned i = 0; i < html.attributes.length; ++i) {
        auto* a = static_cast<const GumboAttribute*>(html.attributes.data[i]);
        root->attributes.emplace_back(a->name, a->value);
    }
    push_children(html.children, root, 1);

    while (!stack.empty()) {
        Pending p = stack.back();
        stack.pop_back();
        const GumboNode* g = p.node;
        switch (g->type) {
            case GUMBO_NODE_ELEMENT: {
                const GumboElement& e = g->v.element;
                if (p.depth >= kMaxHtmlDepth) {
                    push_children(e.children, p.parent, p.depth);
                    break;
                }
                HtmlNode* n = doc.create_element(tag_name(e));
                n->source_pos = e.start_pos.offset;
                for (unsigned i = 0; i < e.attributes.length; ++i) {
                    auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
                    n->attributes.emplace_back(a->name, a->value);
                }
                append_child(p.parent, n);
                push_children(e.children, n, p.depth + 1);
                break;
            }
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: {
                HtmlNode* n = doc.create_node();
                n->text = g->v.text.text;
                map_text(*n, g->v.text, utf8);
                append_child(p.parent, n);
                break;
            }
            default:  // comments, <template> contents, the document node
                break;
        }
    }
    gumbo_destroy_output(&options, output);
    return doc;
}

}  // namespace narrate
