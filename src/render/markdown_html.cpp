#include "render/markdown_html.h"

#include <cmark-gfm.h>

#include <cstdlib>
#include <vector>

#include "render/safe_url.h"

namespace pm {
namespace {

// Tables align cells with style attributes: the HTML align attribute is obsolete.
constexpr int kRenderOptions = CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;

// Headings inside lists and quotes start at h3, below the report's title and section headings.
constexpr int kNestedHeadingLevel = 3;

std::vector<cmark_node*> nodes_of_type(cmark_node* root, cmark_node_type type) {
  std::vector<cmark_node*> found;
  cmark_iter* iter = cmark_iter_new(root);
  while (cmark_iter_next(iter) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type) {
      found.push_back(node);
    }
  }
  cmark_iter_free(iter);
  return found;
}

bool is_inside_link(cmark_node* node) {
  for (cmark_node* parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
    if (cmark_node_get_type(parent) == CMARK_NODE_LINK) return true;
  }
  return false;
}

std::string url_of(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  return url ? url : "";
}

// Puts the node's children where it stands and drops the node: a link without its target.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);
}

// An image the reader can still open, without the page fetching it: a link named by its alt text.
void replace_with_link(cmark_node* image) {
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  cmark_node_set_url(link, url_of(image).c_str());
  while (cmark_node* child = cmark_node_first_child(image)) cmark_node_append_child(link, child);
  if (!cmark_node_first_child(link)) {
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, url_of(image).c_str());
    cmark_node_append_child(link, text);
  }
  cmark_node_insert_before(image, link);
  cmark_node_free(image);
}

void make_images_safe(cmark_node* root) {
  for (cmark_node* image : nodes_of_type(root, CMARK_NODE_IMAGE)) {
    const std::string url = url_of(image);
    if (is_inline_image_url(url)) continue;
    if (is_safe_link_url(url) && !is_inside_link(image)) {
      replace_with_link(image);
    } else {
      unwrap(image);
    }
  }
}

void make_links_safe(cmark_node* root) {
  for (cmark_node* link : nodes_of_type(root, CMARK_NODE_LINK)) {
    if (!is_safe_link_url(url_of(link))) unwrap(link);
  }
}

void lower_nested_headings(cmark_node* root) {
  for (cmark_node* heading : nodes_of_type(root, CMARK_NODE_HEADING)) {
    if (cmark_node_parent(heading) == root) continue;
    if (cmark_node_get_heading_level(heading) < kNestedHeadingLevel) {
      cmark_node_set_heading_level(heading, kNestedHeadingLevel);
    }
  }
}

}  // namespace

MarkdownHtml::MarkdownHtml(const ParsedDocument& document)
    : copy_(MarkdownDocument::parse(document.markdown_text)) {
  cmark_node* root = copy_.root().raw();
  make_images_safe(root);
  make_links_safe(root);
  lower_nested_headings(root);
  tree_ = std::make_unique<HeadingTree>(HeadingTree::build(copy_, document.lines->line_count()));
}

std::string MarkdownHtml::block_html(Node block) {
  char* html = cmark_render_html(block.raw(), kRenderOptions, nullptr);
  std::string out = html ? html : "";
  std::free(html);
  return out;
}

}  // namespace pm
