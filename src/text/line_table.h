#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/position.h"

namespace pm {

// Maps byte offsets of a text to lines and back; the text must outlive the table.
class LineTable {
 public:
  explicit LineTable(std::string_view text);

  int line_count() const { return static_cast<int>(starts_.size()); }
  // The line's text without its '\n'; empty for a line number out of range.
  std::string_view line(int number) const;
  Position position_of(std::size_t offset) const;
  std::size_t offset_of(Position position) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace pm
