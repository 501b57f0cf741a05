#pragma once

#include "markdown/document.h"
#include "text/line_table.h"

namespace pm {

// The last line of a heading block: the heading line itself (ATX), or the `===` / `---`
// underline (setext). cmark-gfm 0.29 ends a setext heading on the line after its underline when
// a paragraph follows directly, so its own end line would take that paragraph's first line.
int heading_last_line(Node heading, const LineTable& lines);

// Whether the heading is written with an underline rather than opening `#`s. A first line such as
// "#---" or "#5 of 7" is not an ATX heading (no space after the `#`s), so it can be setext text.
bool is_setext_heading(Node heading, const LineTable& lines);

}  // namespace pm
