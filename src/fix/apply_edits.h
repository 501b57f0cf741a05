#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"

namespace pm {

struct AppliedEdits {
  std::string text;
  int applied = 0;
  int skipped = 0;  // overlapped an edit already taken; a later pass may apply them
};

// Applies edits given in line/column positions of `text`. Edits are taken in position order;
// insertions at the same position keep the order they were given in, and an edit that overlaps
// one already taken is skipped rather than guessed at.
AppliedEdits apply_edits(std::string_view text, std::vector<Edit> edits);

}  // namespace pm
