#pragma once

#include <string>
#include <string_view>

namespace pm {

struct AlignedTables {
  std::string text;
  int tables = 0;  // tables whose layout changed
};

// Pads the cells of each top-level GFM table so its pipes line up. Only spaces around cells
// change; a table whose rows do not all have the header's number of cells is left as it is.
AlignedTables align_tables(std::string_view text);

// Columns a terminal or editor gives the text: wide characters and emoji count two, joiners
// and variation selectors none.
int display_width(std::string_view text);

}  // namespace pm
