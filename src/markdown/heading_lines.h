#pragma once

#include "text/line_table.h"

namespace pm {

// The underline of the setext heading that starts on line `first`: the first `===` / `---` line
// after it, up to `last`, or `last` when none is found. cmark-gfm 0.29 ends a setext heading on
// the line after its underline whenever the input goes on, so its own end line cannot be used.
// In a block quote or list item, up to `container_width` leading `>`, spaces and tabs of each line
// are the container's, not the heading's.
int setext_underline_line(const LineTable& lines, int first, int last, int container_width);

}  // namespace pm
