#include "model/document_view.h"

#include "model/section_keys.h"
#include "text/fold.h"

namespace pm {
namespace {

bool names_an_incident(std::string_view title) {
  const std::string folded = fold(title);
  for (std::string_view prefix : {"incident report", "incident review", "post mortem", "postmortem",
                                  "incident postmortem", "incident post mortem"}) {
    if (starts_with_folded(folded, prefix) && title.find(':') != std::string_view::npos) return true;
  }
  return false;
}

// A nested incident is a heading below the top level whose title announces an incident report;
// a document whose own title does that is itself the incident.
int find_incident_root(const HeadingTree& tree) {
  for (int index = 1; index < tree.size(); ++index) {
    if (tree[index].level == 1 && names_an_incident(tree[index].title)) return 0;
    if (tree[index].level >= 2 && names_an_incident(tree[index].title)) return index;
  }
  return 0;
}

}  // namespace

int document_title_heading(const HeadingTree& tree) {
  int first = 0;
  for (int index = 1; index < tree.size(); ++index) {
    if (tree[index].level != 1) continue;
    if (names_an_incident(tree[index].title)) return index;
    if (first == 0) first = index;
  }
  return first;
}

DocumentView::DocumentView(const HeadingTree& tree, const LineTable& lines) : tree_(tree), lines_(lines) {
  keys_.reserve(static_cast<std::size_t>(tree.size()));
  for (const auto& section : tree.sections()) keys_.push_back(canonical_section_key(section.title));
  incident_root_ = find_incident_root(tree);
}

std::vector<int> DocumentView::sections_with_key(std::string_view wanted) const {
  std::vector<int> out;
  int skip_until_line = 0;
  for (int index : tree_.subtree(incident_root_)) {
    if (tree_[index].line <= skip_until_line && index != 0) continue;
    if (key(index) == wanted) {
      out.push_back(index);
      skip_until_line = tree_[index].end_line;
    }
  }
  return out;
}

}  // namespace pm
