#include "render/incident_outline.h"

#include <algorithm>

namespace pm {
namespace {

void add_lines_of(const std::vector<Node>& blocks, std::vector<std::pair<int, int>>& ranges) {
  for (Node block : blocks) ranges.emplace_back(block.start_line(), block.end_line());
}

// Fields from the front matter, the preamble and metadata sections belong to the header; a
// Field | Value table deeper in the document stays where it is.
std::vector<int> header_field_lines(const DocumentView& view, const ParsedDocument& document,
                                    const IncidentOutline& outline) {
  std::vector<std::pair<int, int>> ranges;
  if (document.front_matter.format != FrontMatter::Format::none) {
    ranges.emplace_back(document.front_matter.first_line, document.front_matter.last_line);
  }
  add_lines_of(outline.preamble, ranges);
  for (int section : view.sections_with_key("metadata"))
    add_lines_of(view.tree().blocks_within(section), ranges);
  std::vector<int> lines;
  for (const MetadataField& field : document.incident.metadata.fields) {
    for (const auto& [first, last] : ranges) {
      if (field.line >= first && field.line <= last) {
        lines.push_back(field.line);
        break;
      }
    }
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

IncidentOutline outline_incident(const DocumentView& view, const ParsedDocument& document) {
  const HeadingTree& tree = view.tree();
  IncidentOutline outline;
  const int root = view.incident_root();
  if (root != 0) {
    outline.title_section = root;
    outline.preamble = tree[root].blocks;
    outline.sections = tree[root].children;
  } else {
    const int title = document_title_heading(tree);
    outline.title_section = title != 0 ? title : -1;
    outline.preamble = tree[0].blocks;
    for (int child : tree[0].children) {
      if (child != outline.title_section) {
        outline.sections.push_back(child);
        continue;
      }
      const auto& own = tree[child].blocks;
      outline.preamble.insert(outline.preamble.end(), own.begin(), own.end());
      outline.sections.insert(outline.sections.end(), tree[child].children.begin(),
                              tree[child].children.end());
    }
  }
  outline.header_lines = header_field_lines(view, document, outline);
  return outline;
}

bool is_header_line(const IncidentOutline& outline, int line) {
  return std::binary_search(outline.header_lines.begin(), outline.header_lines.end(), line);
}

bool holds_header_field(const IncidentOutline& outline, Node block) {
  const auto first = std::lower_bound(outline.header_lines.begin(), outline.header_lines.end(),
                                      block.start_line());
  return first != outline.header_lines.end() && *first <= block.end_line();
}

}  // namespace pm
