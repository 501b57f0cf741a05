#pragma once

#include <vector>

#include "markdown/heading_tree.h"
#include "model/document_view.h"
#include "model/parse_document.h"

namespace pm {

// Where the incident sits in a heading tree, as both renderings walk it: the heading that titles
// it, the blocks between that title and the first section, and its sections. A post-mortem
// nested in a larger status page is its own section and the page around it is left out.
struct IncidentOutline {
  int title_section = -1;         // index in the tree; -1 when the document has no title heading
  std::vector<Node> preamble;     // blocks before the first section
  std::vector<int> sections;      // the incident's top sections, document order
  std::vector<int> header_lines;  // lines of the metadata fields the header holds, sorted
};

// `view` must be built over `tree`; the tree may be the document's own or a copy of it.
IncidentOutline outline_incident(const DocumentView& view, const ParsedDocument& document);

// Whether any line of `block` holds a field the header shows.
bool holds_header_field(const IncidentOutline& outline, Node block);
bool is_header_line(const IncidentOutline& outline, int line);

}  // namespace pm
