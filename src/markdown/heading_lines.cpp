#include "markdown/heading_lines.h"

#include <string_view>

#include "text/fold.h"

namespace pm {
namespace {

// `===` or `---` indented by at most three spaces (a tab indents by four), spaces after.
bool is_setext_underline(std::string_view line) {
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3 || line[indent] == '\t') return false;
  const std::string_view text = trim(line);
  if (text.empty() || (text[0] != '=' && text[0] != '-')) return false;
  return text.find_first_not_of(text[0]) == std::string_view::npos;
}

std::string_view without_container_marks(std::string_view line, int container_width) {
  std::size_t marks = 0;
  while (marks < line.size() && static_cast<int>(marks) < container_width &&
         (line[marks] == '>' || line[marks] == ' ' || line[marks] == '\t')) {
    ++marks;
  }
  return line.substr(marks);
}

}  // namespace

int setext_underline_line(const LineTable& lines, int first, int last, int container_width) {
  for (int line = first + 1; line <= last; ++line) {
    if (is_setext_underline(without_container_marks(lines.line(line), container_width))) return line;
  }
  return last;
}

}  // namespace pm
