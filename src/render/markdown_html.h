#pragma once

#include <memory>
#include <string>

#include "markdown/document.h"
#include "markdown/heading_tree.h"
#include "model/parse_document.h"

namespace pm {

// The document's Markdown as HTML for a report. It works on a private copy of the syntax tree,
// made safe before anything is rendered: links to unsafe places keep their text and lose their
// target, images that would be fetched from elsewhere become links to them, headings nested in
// lists or quotes never compete with the report's own h1 and h2, and raw HTML is left out
// (cmark-gfm's safe mode). The copy comes from the same text, so its blocks carry the line
// numbers the model refers to.
class MarkdownHtml {
 public:
  explicit MarkdownHtml(const ParsedDocument& document);
  MarkdownHtml(const MarkdownHtml&) = delete;
  MarkdownHtml& operator=(const MarkdownHtml&) = delete;

  // The sections of the copy, index for index the same as the document's own heading tree.
  const HeadingTree& tree() const { return *tree_; }

  // One block of the copy (a paragraph, list, table, quote, code block, ...) as HTML.
  static std::string block_html(Node block);

 private:
  MarkdownDocument copy_;
  std::unique_ptr<HeadingTree> tree_;  // points into copy_
};

}  // namespace pm
