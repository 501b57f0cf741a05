#include "markdown/cmark_guard.h"

#include <algorithm>
#include <vector>

namespace pm {
namespace {

struct LineSpan {
  std::size_t begin;
  std::size_t end;
};

std::vector<LineSpan> lines_with_many_pipes(std::string_view text) {
  std::vector<LineSpan> found;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const auto pipes =
        static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                            text.begin() + static_cast<std::ptrdiff_t>(end), '|'));
    if (pipes > kMaxPipesPerLine) found.push_back({begin, end});
    begin = end + 1;
  }
  return found;
}

}  // namespace

std::optional<std::string> defuse_for_cmark(std::string_view text) {
  const std::vector<LineSpan> lines = lines_with_many_pipes(text);
  if (lines.empty()) return std::nullopt;
  std::string defused(text);
  for (const LineSpan& line : lines) {
    std::replace(defused.begin() + static_cast<std::ptrdiff_t>(line.begin),
                 defused.begin() + static_cast<std::ptrdiff_t>(line.end), '|', ' ');
  }
  return defused;
}

}  // namespace pm
