#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "markdown/heading_tree.h"
#include "text/line_table.h"

namespace pm {

// What every extractor reads: the section tree, the incident's own subtree within it, and the
// source lines.
class DocumentView {
 public:
  DocumentView(const HeadingTree& tree, const LineTable& lines);

  const HeadingTree& tree() const { return tree_; }
  const LineTable& lines() const { return lines_; }
  // The section that holds the incident: the whole document, or a section such as
  // "## Incident Report: ..." inside a larger status document.
  int incident_root() const { return incident_root_; }
  const std::string& key(int section) const { return keys_[static_cast<std::size_t>(section)]; }
  // Sections of the incident with this canonical key, outermost first in document order;
  // a section nested in one already listed is left out.
  std::vector<int> sections_with_key(std::string_view key) const;

 private:
  const HeadingTree& tree_;
  const LineTable& lines_;
  std::vector<std::string> keys_;
  int incident_root_ = 0;
};

// The H1 that titles a whole-document incident: the first that announces an incident report
// ("# Post-Mortem: ..."), else the first H1; 0 when the document has none. Shared by the model,
// the rules and the renderers so that all agree on the title.
int document_title_heading(const HeadingTree& tree);

}  // namespace pm
