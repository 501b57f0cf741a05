#pragma once

#include <map>
#include <set>
#include <string>

#include "model/document_view.h"
#include "render/incident_outline.h"
#include "text/line_table.h"

namespace pm {

// The body lines the canonical Markdown leaves out because its header writes them, and what must
// change around them so that the lines left read as they did.
struct HeaderLineDrops {
  std::set<int> lines;  // field lines, written in the header instead
  // The last line of a dropped block (a list item, a table, a paragraph of fields): the lines on
  // either side of it were different blocks, and joined they could become one ("Notes" above a
  // `---` turns into a heading).
  std::set<int> keep_apart_after;
  // The first line left of a paragraph whose first lines were fields, rewritten so that it still
  // continues a paragraph and does not open a block of its own ("</pre>", "    text", "2. x").
  std::map<int, std::string> restarted;
};

// Header fields leave their lines: a Field | Value table goes as a whole, a bullet with the lines
// it continues on, and a field line of a paragraph alone.
HeaderLineDrops header_lines_to_drop(const DocumentView& view, const IncidentOutline& outline,
                                     const LineTable& lines);

}  // namespace pm
