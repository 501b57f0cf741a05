#include "invariants/diagnostic_positions.h"

#include <algorithm>

namespace pm::fuzz {
namespace {

std::string describe(const Position& position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

// A position a caret or an edit can use: on a line of the file, at most one past its last byte,
// or column 1 of the line just after the last.
bool is_inside(const Position& position, const std::vector<std::string>& lines) {
  const auto line_count = static_cast<int>(lines.size());
  if (position.line < 1 || position.column < 1) return false;
  if (position.line == line_count + 1) return position.column == 1;
  if (position.line > line_count) return false;
  const auto& line = lines[static_cast<std::size_t>(position.line - 1)];
  return position.column <= static_cast<int>(line.size()) + 1;
}

void check_range(const std::string& what, const Range& range, const std::vector<std::string>& lines,
                 std::vector<std::string>& problems) {
  if (!is_inside(range.begin, lines) || !is_inside(range.end, lines)) {
    problems.push_back(what + " " + describe(range.begin) + "-" + describe(range.end) +
                       " is outside the file (" + std::to_string(lines.size()) + " lines)");
  } else if (range.end < range.begin) {
    problems.push_back(what + " ends (" + describe(range.end) + ") before it begins (" +
                       describe(range.begin) + ")");
  }
}

}  // namespace

std::vector<std::string> diagnostic_position_problems(const FileResult& result) {
  std::vector<std::string> problems;
  for (const auto& diagnostic : result.diagnostics) {
    const std::string what = diagnostic.rule + " \"" + diagnostic.message + "\"";
    if (diagnostic.rule.empty() || diagnostic.name.empty())
      problems.push_back("a diagnostic without a rule: " + what);
    if (diagnostic.message.empty()) problems.push_back(diagnostic.rule + " without a message");
    check_range(what, diagnostic.range, result.source_lines, problems);
    for (const auto& edit : diagnostic.edits)
      check_range("an edit of " + what, edit.range, result.source_lines, problems);
  }
  const bool sorted = std::is_sorted(
      result.diagnostics.begin(), result.diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
  if (!sorted) problems.emplace_back("diagnostics are not sorted by position");
  return problems;
}

}  // namespace pm::fuzz
