#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct cmark_node;

namespace pm {

// The kinds of cmark-gfm node the extractors tell apart.
enum class NodeKind {
  document, heading, paragraph, list, item, block_quote, code_block, html_block,
  thematic_break, table, table_row, table_cell, text, code, soft_break, line_break,
  emphasis, strong, link, image, html_inline, strikethrough, other
};

// A borrowed view of one node of a parsed Markdown document.
class Node {
 public:
  Node() = default;
  explicit Node(cmark_node* node) : node_(node) {}

  explicit operator bool() const { return node_ != nullptr; }
  NodeKind kind() const;
  int start_line() const;
  int end_line() const;
  int heading_level() const;
  // Written with an underline rather than opening `#`s ("#5 of 7" followed by `===` is one).
  bool is_setext_heading() const;
  bool is_ordered_list() const;
  bool is_task_item() const;
  bool is_checked_task() const;
  bool is_header_row() const;
  std::string_view literal() const;
  std::string_view url() const;
  std::string_view fence_info() const;

  Node first_child() const;
  Node next() const;
  Node previous() const;
  Node parent() const;
  std::vector<Node> children() const;

  // Inline content as plain text: markup dropped, breaks as spaces, whitespace trimmed.
  std::string plain_text() const;
  // Targets of the links inside this node, in document order.
  std::vector<std::string> link_urls() const;
  // Plain text of an item's or a block quote's first paragraph.
  std::string first_paragraph_text() const;

  cmark_node* raw() const { return node_; }
  friend bool operator==(const Node& a, const Node& b) { return a.node_ == b.node_; }

 private:
  std::pair<int, int> lines_without_position() const;
  cmark_node* node_ = nullptr;
};

// A GFM document (tables, task lists, strikethrough, autolinks) with source positions.
class MarkdownDocument {
 public:
  static MarkdownDocument parse(std::string_view text);

  Node root() const { return Node(root_.get()); }

 private:
  struct NodeDeleter {
    void operator()(cmark_node* node) const;
  };
  std::unique_ptr<cmark_node, NodeDeleter> root_;
};

}  // namespace pm
