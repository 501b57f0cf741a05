#include "markdown/heading_lines.h"

#include <string_view>

#include "text/fold.h"

namespace pm {
namespace {

std::string_view without_container_marks(std::string_view line, int container_width) {
  std::size_t marks = 0;
  while (marks < line.size() && static_cast<int>(marks) < container_width &&
         (line[marks] == '>' || line[marks] == ' ' || line[marks] == '\t')) {
    ++marks;
  }
  return line.substr(marks);
}

// `===` or `---` indented by at most three spaces (a tab indents by four), spaces after.
bool is_setext_underline(std::string_view line) {
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3 || line[indent] == '\t') return false;
  const std::string_view text = trim(line);
  if (text.empty() || (text[0] != '=' && text[0] != '-')) return false;
  return text.find_first_not_of(text[0]) == std::string_view::npos;
}

}  // namespace

int setext_heading_last_line(const SetextHeadingReport& report, const LineTable& lines) {
  const int last = report.reported_last_line;
  // Closed while reading a later line: the underline is the line before it.
  if (last < report.input_lines) return last - 1;
  // The heading reaches the end of the input: the last line is its underline, unless the line
  // before is one and the last line was read after the heading closed.
  if (last - 1 <= report.first_line) return last;
  const auto content = [&](int line) { return without_container_marks(lines.line(line), report.container_width); };
  if (!is_setext_underline(content(last - 1))) return last;
  if (report.next_block_line == last || trim(content(last)).empty()) return last - 1;
  return is_setext_underline(content(last)) ? last : last - 1;
}

}  // namespace pm
