#include "markdown/heading_lines.h"

#include <string_view>

namespace pm {
namespace {

std::string_view trimmed(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const std::size_t last = line.find_last_not_of(" \t\r");
  return line.substr(first, last - first + 1);
}

// `===` or `---` indented by at most three spaces (a tab indents by four), spaces after.
bool is_setext_underline(std::string_view line) {
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3 || line[indent] == '\t') return false;
  const std::string_view text = trimmed(line);
  if (text.empty() || (text[0] != '=' && text[0] != '-')) return false;
  return text.find_first_not_of(text[0]) == std::string_view::npos;
}

// An ATX opening: up to three spaces, one to six `#`, then a space, a tab or the end of the line.
bool opens_atx_heading(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && at < 3 && line[at] == ' ') ++at;
  const std::size_t hashes = line.find_first_not_of('#', at);
  const std::size_t count = (hashes == std::string_view::npos ? line.size() : hashes) - at;
  if (count < 1 || count > 6) return false;
  return hashes == std::string_view::npos || line[hashes] == ' ' || line[hashes] == '\t' ||
         line[hashes] == '\r';
}

}  // namespace

bool is_setext_heading(Node heading, const LineTable& lines) {
  return !opens_atx_heading(lines.line(heading.start_line()));
}

int heading_last_line(Node heading, const LineTable& lines) {
  const int first = heading.start_line();
  const int last = heading.end_line();
  if (!is_setext_heading(heading, lines)) return first;
  for (int line = first + 1; line <= last; ++line) {
    if (is_setext_underline(lines.line(line))) return line;
  }
  return last;
}

}  // namespace pm
