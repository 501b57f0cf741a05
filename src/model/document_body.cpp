#include "model/document_body.h"

#include <string_view>

namespace pm {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<MissingBody> missing_body(const ParsedDocument& document) {
  // The front matter is already blanked in the Markdown text.
  const std::string_view markdown = document.markdown_text;
  MissingBody found = MissingBody::blank;
  std::size_t at = 0;
  while (at < markdown.size()) {
    if (is_blank(markdown[at])) {
      ++at;
    } else if (markdown.substr(at).starts_with("<!--")) {
      const std::size_t end = markdown.find("-->", at + 4);
      if (end == std::string_view::npos) return std::nullopt;  // an open comment is text to Markdown
      at = end + 3;
      found = MissingBody::comments_only;
    } else {
      return std::nullopt;
    }
  }
  return found;
}

}  // namespace pm
