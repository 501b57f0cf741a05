#include "markdown/document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>

#include "markdown/cmark_guard.h"
#include "markdown/heading_lines.h"
#include "text/line_table.h"

namespace pm {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

void attach_extension(cmark_parser* parser, const char* name) {
  if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
    cmark_parser_attach_syntax_extension(parser, extension);
  }
}

bool type_string_is(cmark_node* node, const char* name) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && std::strcmp(type, name) == 0;
}

std::string_view view_or_empty(const char* text) { return text ? std::string_view(text) : std::string_view(); }

void append_plain_text(cmark_node* node, std::string& out) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += view_or_empty(cmark_node_get_literal(child));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_HTML_INLINE:
        break;
      default:
        append_plain_text(child, out);
        // Blocks nested in a block (the paragraphs of an item, cells of a row) stay apart.
        if ((cmark_node_get_type(child) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) out += ' ';
    }
  }
}

struct IteratorDeleter {
  void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};

// Soft and hard line breaks inside a block: one fewer than the lines its text spans. Iterative,
// as emphasis can nest tens of thousands deep.
int line_breaks_within(cmark_node* node) {
  int breaks = 0;
  std::unique_ptr<cmark_iter, IteratorDeleter> iterator(cmark_iter_new(node));
  for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iterator.get())) {
    if (event != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(cmark_iter_get_node(iterator.get()));
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) ++breaks;
  }
  return breaks;
}

// cmark-gfm keeps no setter for positions, so a setext heading's true last line rides in the
// node's user data, which nothing else in the tree uses.
void keep_last_line(cmark_node* node, int line) {
  cmark_node_set_user_data(node, reinterpret_cast<void*>(static_cast<std::intptr_t>(line)));
}

int kept_last_line(cmark_node* node) {
  return static_cast<int>(reinterpret_cast<std::intptr_t>(cmark_node_get_user_data(node)));
}

// Where the block after `node` starts, when one does: its next sibling's, or the next of the
// nearest container that has one.
int next_block_line(cmark_node* node) {
  for (cmark_node* at = node; at; at = cmark_node_parent(at)) {
    if (cmark_node* next = cmark_node_next(at)) return cmark_node_get_start_line(next);
  }
  return 0;
}

// Lines as cmark-gfm counts them: LF, CRLF and a lone CR end a line; a last line needs none.
int count_lines(std::string_view text) {
  int lines = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n' || (text[at] == '\r' && (at + 1 == text.size() || text[at + 1] != '\n'))) ++lines;
  }
  return lines + (!text.empty() && text.back() != '\n' && text.back() != '\r' ? 1 : 0);
}

// An ATX heading is one line; a heading spanning more is setext, and cmark-gfm may have ended it
// one line past its underline.
void mend_setext_heading_lines(cmark_node* root, std::string_view text) {
  std::optional<LineTable> lines;
  int input_lines = 0;
  std::unique_ptr<cmark_iter, IteratorDeleter> iterator(cmark_iter_new(root));
  for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iterator.get())) {
    cmark_node* node = cmark_iter_get_node(iterator.get());
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING) continue;
    SetextHeadingReport report;
    report.first_line = cmark_node_get_start_line(node);
    report.reported_last_line = cmark_node_get_end_line(node);
    if (report.reported_last_line <= report.first_line) continue;
    if (!lines) {
      lines.emplace(text);
      input_lines = count_lines(text);
    }
    report.input_lines = input_lines;
    report.next_block_line = next_block_line(node);
    const bool nested = cmark_node_get_type(cmark_node_parent(node)) != CMARK_NODE_DOCUMENT;
    report.container_width = nested ? cmark_node_get_start_column(node) - 1 : 0;
    keep_last_line(node, setext_heading_last_line(report, *lines));
  }
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace

NodeKind Node::kind() const {
  if (!node_) return NodeKind::other;
  switch (cmark_node_get_type(node_)) {
    case CMARK_NODE_DOCUMENT: return NodeKind::document;
    case CMARK_NODE_HEADING: return NodeKind::heading;
    case CMARK_NODE_PARAGRAPH: return NodeKind::paragraph;
    case CMARK_NODE_LIST: return NodeKind::list;
    case CMARK_NODE_ITEM: return NodeKind::item;
    case CMARK_NODE_BLOCK_QUOTE: return NodeKind::block_quote;
    case CMARK_NODE_CODE_BLOCK: return NodeKind::code_block;
    case CMARK_NODE_HTML_BLOCK: return NodeKind::html_block;
    case CMARK_NODE_THEMATIC_BREAK: return NodeKind::thematic_break;
    case CMARK_NODE_TEXT: return NodeKind::text;
    case CMARK_NODE_CODE: return NodeKind::code;
    case CMARK_NODE_SOFTBREAK: return NodeKind::soft_break;
    case CMARK_NODE_LINEBREAK: return NodeKind::line_break;
    case CMARK_NODE_EMPH: return NodeKind::emphasis;
    case CMARK_NODE_STRONG: return NodeKind::strong;
    case CMARK_NODE_LINK: return NodeKind::link;
    case CMARK_NODE_IMAGE: return NodeKind::image;
    case CMARK_NODE_HTML_INLINE: return NodeKind::html_inline;
    default: break;
  }
  if (type_string_is(node_, "table")) return NodeKind::table;
  if (type_string_is(node_, "table_row") || type_string_is(node_, "table_header")) return NodeKind::table_row;
  if (type_string_is(node_, "table_cell")) return NodeKind::table_cell;
  if (type_string_is(node_, "strikethrough")) return NodeKind::strikethrough;
  return NodeKind::other;
}

int Node::start_line() const {
  if (!node_) return 0;
  const int line = cmark_node_get_start_line(node_);
  return line > 0 || kind() == NodeKind::document ? line : lines_without_position().first;
}

int Node::end_line() const {
  if (!node_) return 0;
  if (kind() == NodeKind::heading && kept_last_line(node_) > 0) return kept_last_line(node_);
  const int line = cmark_node_get_end_line(node_);
  return line > 0 || kind() == NodeKind::document ? line : lines_without_position().second;
}

// cmark-gfm 0.29 leaves the position of one kind of block at 0: the paragraph it keeps when a
// table starts on a later line of that paragraph. The table's own position then begins where
// the paragraph did. Any other block found without a position takes its parent's first line.
std::pair<int, int> Node::lines_without_position() const {
  const Node following = next();
  if (kind() == NodeKind::paragraph && following.kind() == NodeKind::table) {
    const int first = cmark_node_get_start_line(following.raw());
    if (first > 0) return {first, first + line_breaks_within(node_)};
  }
  const Node container = parent();
  const int line = container ? std::max(container.start_line(), 1) : 1;
  return {line, line};
}
bool Node::is_setext_heading() const { return kind() == NodeKind::heading && end_line() > start_line(); }
int Node::heading_level() const { return node_ ? cmark_node_get_heading_level(node_) : 0; }
bool Node::is_ordered_list() const { return node_ && cmark_node_get_list_type(node_) == CMARK_ORDERED_LIST; }
bool Node::is_task_item() const {
  return node_ && cmark_node_get_type(node_) == CMARK_NODE_ITEM && type_string_is(node_, "tasklist");
}
bool Node::is_checked_task() const { return is_task_item() && cmark_gfm_extensions_get_tasklist_item_checked(node_); }
bool Node::is_header_row() const {
  return kind() == NodeKind::table_row && cmark_gfm_extensions_get_table_row_is_header(node_);
}
std::string_view Node::literal() const { return node_ ? view_or_empty(cmark_node_get_literal(node_)) : std::string_view(); }
std::string_view Node::url() const { return node_ ? view_or_empty(cmark_node_get_url(node_)) : std::string_view(); }
std::string_view Node::fence_info() const {
  return node_ ? view_or_empty(cmark_node_get_fence_info(node_)) : std::string_view();
}

Node Node::first_child() const { return Node(node_ ? cmark_node_first_child(node_) : nullptr); }
Node Node::next() const { return Node(node_ ? cmark_node_next(node_) : nullptr); }
Node Node::previous() const { return Node(node_ ? cmark_node_previous(node_) : nullptr); }
Node Node::parent() const { return Node(node_ ? cmark_node_parent(node_) : nullptr); }

std::vector<Node> Node::children() const {
  std::vector<Node> out;
  for (Node child = first_child(); child; child = child.next()) out.push_back(child);
  return out;
}

std::string Node::plain_text() const {
  if (!node_) return {};
  std::string out;
  if (kind() == NodeKind::text || kind() == NodeKind::code) return collapse_whitespace(literal());
  append_plain_text(node_, out);
  return collapse_whitespace(out);
}

std::vector<std::string> Node::link_urls() const {
  std::vector<std::string> urls;
  std::vector<Node> pending{*this};
  while (!pending.empty()) {
    Node current = pending.back();
    pending.pop_back();
    if (current.kind() == NodeKind::link) urls.emplace_back(current.url());
    std::vector<Node> children = current.children();
    pending.insert(pending.end(), children.rbegin(), children.rend());
  }
  return urls;
}

std::string Node::first_paragraph_text() const {
  for (Node child = first_child(); child; child = child.next()) {
    if (child.kind() == NodeKind::paragraph || child.kind() == NodeKind::heading) return child.plain_text();
  }
  return {};
}

void MarkdownDocument::NodeDeleter::operator()(cmark_node* node) const { cmark_node_free(node); }

MarkdownDocument MarkdownDocument::parse(std::string_view text) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
  for (const char* name : {"table", "tasklist", "strikethrough", "autolink"}) attach_extension(parser.get(), name);
  const std::optional<std::string> defused = defuse_for_cmark(text);
  const std::string_view input = defused ? std::string_view(*defused) : text;
  cmark_parser_feed(parser.get(), input.data(), input.size());
  MarkdownDocument document;
  document.root_.reset(cmark_parser_finish(parser.get()));
  mend_setext_heading_lines(document.root_.get(), input);
  return document;
}

}  // namespace pm
