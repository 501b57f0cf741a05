#pragma once

#include <string>
#include <vector>

#include "markdown/document.h"

namespace pm {

// A heading and what belongs to it. Index 0 of a HeadingTree is the document itself (level 0)
// holding the blocks before the first heading.
struct HeadingSection {
  std::string title;  // plain text, markup removed
  int level = 0;
  int line = 0;
  int end_line = 0;           // last line of the section, subsections included
  Node heading;               // null for the document
  std::vector<Node> blocks;   // blocks before the first subheading
  int parent = -1;
  std::vector<int> children;  // indices of direct subsections
};

// Sections of a document by its top-level headings (headings inside lists and quotes are text).
class HeadingTree {
 public:
  static HeadingTree build(const MarkdownDocument& document, int last_line);

  const HeadingSection& operator[](int index) const { return sections_[static_cast<std::size_t>(index)]; }
  int size() const { return static_cast<int>(sections_.size()); }
  const std::vector<HeadingSection>& sections() const { return sections_; }

  // The section and its subsections, depth first, in document order.
  std::vector<int> subtree(int index) const;
  // All blocks of the section and its subsections in document order, with the subheadings.
  std::vector<Node> blocks_within(int index) const;

 private:
  std::vector<HeadingSection> sections_;
};

}  // namespace pm
