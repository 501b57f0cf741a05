#pragma once

#include <string>
#include <vector>

#include "model/parse_document.h"

namespace pm {

// A section left out of the public copy.
struct DroppedSection {
  std::string title;
  int line = 0;  // of its heading
};

struct PublicSections {
  std::string text;  // the decoded text with the dropped sections' lines emptied
  std::vector<DroppedSection> dropped;
};

// Empties every line of the sections meant for insiders only, subsections included: those whose
// heading line, or the first non-blank line under it, is marked `<!-- internal -->`, and those
// whose title folds to one of `internal_titles` (the configuration's site.internal_sections).
// The lines stay, empty, so later line numbers still point into the original document.
PublicSections drop_internal_sections(const ParsedDocument& document,
                                      const std::vector<std::string>& internal_titles);

}  // namespace pm
