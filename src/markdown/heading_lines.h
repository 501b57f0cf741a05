#pragma once

#include "text/line_table.h"

namespace pm {

// What cmark-gfm 0.29 reported for a setext heading, with what is needed to correct it.
struct SetextHeadingReport {
  int first_line = 0;
  int reported_last_line = 0;  // the underline, or the line read after it
  int input_lines = 0;         // lines cmark-gfm read: the last one is where the input ended
  int next_block_line = 0;     // where the block after the heading starts; 0 when none does
  int container_width = 0;     // leading `>` and spaces of a block quote or list item
};

// The underline of a setext heading. cmark-gfm 0.29 ends a setext heading on the line it was
// reading when the heading closed: the line after the underline whenever the input goes on, the
// underline itself when the input ends there.
int setext_heading_last_line(const SetextHeadingReport& report, const LineTable& lines);

}  // namespace pm
