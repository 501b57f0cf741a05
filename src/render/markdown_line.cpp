#include "render/markdown_line.h"

#include <algorithm>

#include "markdown/document.h"
#include "text/fold.h"

namespace pm {
namespace {

bool reads_as_one_paragraph(const std::string& line) {
  const MarkdownDocument document = MarkdownDocument::parse(line);
  const Node first = document.root().first_child();
  return first.kind() == NodeKind::paragraph && !first.next();
}

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

}  // namespace

std::string one_line(std::string_view value) {
  std::string text(value);
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return std::string(trim(text));
}

std::string opening_a_paragraph(std::string_view line) {
  std::string text(line.substr(std::min(line.find_first_not_of(" \t"), line.size())));
  if (text.empty() || reads_as_one_paragraph(text)) return text;
  const std::size_t digits = text.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string::npos) {
    text.insert(digits, "\\");  // "2. step": the list marker's dot or parenthesis
  } else if (is_ascii_punctuation(text[0])) {
    text.insert(0, "\\");
  }
  return text;
}

std::string atx_heading_line(int level, std::string_view text) {
  std::string line = one_line(text);
  const std::size_t last_text = line.find_last_not_of('#');
  const bool closes = last_text == std::string::npos || line[last_text] == ' ' || line[last_text] == '\t';
  if (!line.empty() && closes) line.insert(last_text == std::string::npos ? 0 : last_text + 1, "\\");
  return std::string(static_cast<std::size_t>(level), '#') + (line.empty() ? "" : " " + line) + "\n";
}

}  // namespace pm
