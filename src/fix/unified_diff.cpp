#include "fix/unified_diff.h"

#include <dtl/dtl.hpp>

#include <sstream>
#include <vector>

namespace pm {
namespace {

// Lines with their ending kept, so a change of line ending or final newline shows in the diff.
std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.emplace_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// The text of a diff line: without its newline, or with the marker diff uses for a missing one.
std::string shown(const std::string& line) {
  if (!line.empty() && line.back() == '\n') {
    std::string text = line.substr(0, line.size() - 1);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text + "\n";
  }
  return line + "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return {};
  dtl::Diff<std::string> diff(lines_of(before), lines_of(after));
  diff.onHuge();
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- a/" << path << "\n+++ b/" << path << "\n";
  for (const auto& hunk : diff.getUniHunks()) {
    out << "@@ -" << hunk.a << "," << hunk.b << " +" << hunk.c << "," << hunk.d << " @@\n";
    for (const auto& element : hunk.common[0]) out << ' ' << shown(element.first);
    for (const auto& element : hunk.change) {
      const char mark = element.second.type == dtl::SES_ADD ? '+' : element.second.type == dtl::SES_DELETE ? '-' : ' ';
      out << mark << shown(element.first);
    }
    for (const auto& element : hunk.common[1]) out << ' ' << shown(element.first);
  }
  return out.str();
}

}  // namespace pm
