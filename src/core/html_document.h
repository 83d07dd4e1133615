#pragma once
// A small, editable HTML tree built from gumbo's HTML5 parse, with input byte offsets on text.

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/offset_map.h"

namespace narrate {

/// An element or a text node. Children form a doubly linked list, so the main-content finder
/// can move, wrap and remove nodes cheaply while it walks the tree.
struct HtmlNode {
    std::string tag;        ///< lower-case element name; empty for a text node
    std::string text;       ///< text nodes: the decoded text (character references resolved)
    OffsetMap offsets;      ///< text nodes: text byte -> input byte
    std::size_t source_pos = 0;  ///< input byte offset of the start tag or the text
    std::vector<std::pair<std::string, std::string>> attributes;  ///< decoded, names lower-case
    HtmlNode* parent = nullptr;
    HtmlNode* first_child = nullptr;
    HtmlNode* last_child = nullptr;
    HtmlNode* prev = nullptr;
    HtmlNode* next = nullptr;
    // Scratch for the main-content finder.
    double score = 0;          ///< Readability-style content score
    bool scored = false;       ///< `score` has been initialised
    bool data_table = false;   ///< a table of data rather than of layout

    [[nodiscard]] bool is_text() const { return tag.empty(); }
    [[nodiscard]] bool is(std::string_view name) const { return tag == name; }
    /// The attribute's value, or an empty view when absent.
    [[nodiscard]] std::string_view attr(std::string_view name) const;
    [[nodiscard]] bool has_attr(std::string_view name) const;
    /// The first child that is an element, and the next sibling that is one (nullptr at the end).
    [[nodiscard]] HtmlNode* first_element() const;
    [[nodiscard]] HtmlNode* next_element() const;
};

/// Owns every node of one parsed page. Nodes stay valid until the document is destroyed, even
/// when detached from the tree.
class HtmlDocument {
public:
    HtmlDocument() = default;
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;
    HtmlDocument(HtmlDocument&&) = default;
    HtmlDocument& operator=(HtmlDocument&&) = default;

    /// The <html> element (always present after parsing).
    [[nodiscard]] HtmlNode* root() const { return root_; }
    /// The <body> element, or nullptr.
    [[nodiscard]] HtmlNode* body() const;
    /// The <head> element, or nullptr.
    [[nodiscard]] HtmlNode* head() const;
    /// A new detached element.
    HtmlNode* create_element(std::string tag);
    /// A new detached node (used by the parser).
    HtmlNode* create_node();
    void set_root(HtmlNode* root) { root_ = root; }

private:
    std::deque<HtmlNode> nodes_;
    HtmlNode* root_ = nullptr;
};

/// Unlinks `node` from its parent and siblings; its own children stay with it.
void detach(HtmlNode* node);
/// Appends `child` (detached first) as the last child of `parent`.
void append_child(HtmlNode* parent, HtmlNode* child);
/// Inserts `child` (detached first) before `ref`, a child of some parent.
void insert_before(HtmlNode* ref, HtmlNode* child);
/// Puts `replacement` where `old` stands and detaches `old`.
void replace_node(HtmlNode* old, HtmlNode* replacement);
/// The next node in document order; skips `node`'s children when `skip_children`.
[[nodiscard]] HtmlNode* next_in_order(const HtmlNode* node, bool skip_children = false);
/// True when an ancestor of `node` (not `node` itself) is a `tag` element, at most `max_depth`
/// levels up (0: any depth).
[[nodiscard]] bool has_ancestor(const HtmlNode* node, std::string_view tag, int max_depth = 0);

/// Deepest element nesting kept: elements nested deeper are flattened into their ancestor at
/// this depth (their text is kept), so later tree walks cannot exhaust the stack.
inline constexpr int kMaxHtmlDepth = 400;

/// Parses UTF-8 HTML as a browser does (gumbo, HTML5 tree construction): unclosed tags,
/// misnested markup and stray text are all repaired. Comments and <template> contents are left
/// out. Text offsets count from the first byte of `utf8`.
[[nodiscard]] HtmlDocument parse_html(std::string_view utf8);

}  // namespace narrate
