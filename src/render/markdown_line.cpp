#include "render/markdown_line.h"

#include "text/fold.h"

namespace pm {

std::string one_line(std::string_view value) {
  std::string text(value);
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return std::string(trim(text));
}

std::string atx_heading_line(int level, std::string_view text) {
  std::string line = one_line(text);
  const std::size_t last_text = line.find_last_not_of('#');
  const bool closes = last_text == std::string::npos || line[last_text] == ' ' || line[last_text] == '\t';
  if (!line.empty() && closes) line.insert(last_text == std::string::npos ? 0 : last_text + 1, "\\");
  return std::string(static_cast<std::size_t>(level), '#') + (line.empty() ? "" : " " + line) + "\n";
}

}  // namespace pm
