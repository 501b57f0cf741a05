#include "fix/apply_edits.h"

#include <algorithm>

#include "text/line_table.h"

namespace pm {
namespace {

struct ByteEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
};

std::vector<ByteEdit> to_byte_edits(const LineTable& lines, std::vector<Edit> edits) {
  std::vector<ByteEdit> out;
  out.reserve(edits.size());
  for (auto& edit : edits) {
    const std::size_t begin = lines.offset_of(edit.range.begin);
    const std::size_t end = std::max(begin, lines.offset_of(edit.range.end));
    out.push_back(ByteEdit{begin, end, std::move(edit.replacement)});
  }
  std::stable_sort(out.begin(), out.end(), [](const ByteEdit& a, const ByteEdit& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

AppliedEdits apply_edits(std::string_view text, std::vector<Edit> edits) {
  const LineTable lines(text);
  AppliedEdits result;
  result.text.reserve(text.size());
  std::size_t copied = 0;  // bytes of `text` already copied or replaced
  bool replaced_at_copied = false;
  for (const ByteEdit& edit : to_byte_edits(lines, std::move(edits))) {
    // An edit starting inside text another edit replaced would have to guess what it meant.
    const bool overlaps = edit.begin < copied || (edit.begin == copied && replaced_at_copied && edit.end > edit.begin);
    if (overlaps) {
      ++result.skipped;
      continue;
    }
    result.text.append(text.substr(copied, edit.begin - copied));
    result.text += edit.replacement;
    replaced_at_copied = edit.end > edit.begin;
    copied = edit.end;
    ++result.applied;
  }
  result.text.append(text.substr(copied));
  return result;
}

}  // namespace pm
