#include "text/line_table.h"

#include <algorithm>
#include <string_view>

namespace pm {

// A final '\n' ends the last line rather than starting an empty one, so "a\n" has one line,
// like "a"; the offset just past that '\n' is reported as column 1 of the line after the last,
// which is where an editor puts the cursor at the end of such a file.
LineTable::LineTable(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t at = 0; at < text_.size(); ++at) {
    if (text_[at] == '\n' && at + 1 < text_.size()) starts_.push_back(at + 1);
  }
}

std::string_view LineTable::line(int number) const {
  if (number < 1 || number > line_count()) return {};
  const auto index = static_cast<std::size_t>(number - 1);
  const std::size_t start = starts_[index];
  std::size_t end = index + 1 < starts_.size() ? starts_[index + 1] : text_.size();
  if (end > start && text_[end - 1] == '\n') --end;
  return text_.substr(start, end - start);
}

// Offsets past the end count as the end.
Position LineTable::position_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  if (offset == text_.size() && text_.ends_with('\n')) return {line_count() + 1, 1};
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto index = static_cast<std::size_t>(after - starts_.begin()) - 1;
  return {static_cast<int>(index) + 1, static_cast<int>(offset - starts_[index]) + 1};
}

// Positions outside the text are clamped to it: a line before the first gives offset 0, one
// after the last gives the end, and a column past the end of its line gives the line's end.
std::size_t LineTable::offset_of(Position position) const {
  if (position.line < 1) return 0;
  if (position.line > line_count()) return text_.size();
  const std::size_t start = starts_[static_cast<std::size_t>(position.line - 1)];
  const auto line_length = static_cast<int>(line(position.line).size());
  const int column = std::clamp(position.column, 1, line_length + 1);
  return start + static_cast<std::size_t>(column - 1);
}

}  // namespace pm
