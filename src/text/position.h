#pragma once

namespace pm {

// 1-based line and column; columns count bytes of the decoded UTF-8 text.
struct Position {
  int line = 0;
  int column = 0;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Range {
  Position begin;
  Position end;
  friend auto operator<=>(const Range&, const Range&) = default;
};

}  // namespace pm
