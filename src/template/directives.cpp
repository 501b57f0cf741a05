#include "template/directives.h"

#include "text/fold.h"

namespace pm {
namespace {

constexpr std::string_view kOpen = "<!--";
constexpr std::string_view kClose = "-->";

int count_newlines(std::string_view text) {
  int count = 0;
  for (char c : text) count += c == '\n' ? 1 : 0;
  return count;
}

std::vector<std::string> split_aliases(std::string_view list) {
  // Commas only: titles such as "TL;DR" contain other punctuation.
  std::vector<std::string> aliases;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= list.size(); ++at) {
    if (at < list.size() && list[at] != ',') continue;
    const std::string_view alias = trim(list.substr(start, at - start));
    if (!alias.empty()) aliases.emplace_back(alias);
    start = at + 1;
  }
  return aliases;
}

}  // namespace

std::vector<HtmlComment> html_comments(std::string_view html) {
  std::vector<HtmlComment> comments;
  for (std::size_t open = html.find(kOpen); open != std::string_view::npos;) {
    const std::size_t body = open + kOpen.size();
    const std::size_t close = html.find(kClose, body);
    const int line_offset = count_newlines(html.substr(0, open));
    if (close == std::string_view::npos) {
      comments.push_back({trim(html.substr(body)), line_offset, false});
      break;
    }
    comments.push_back({trim(html.substr(body, close - body)), line_offset, true});
    open = html.find(kOpen, close + kClose.size());
  }
  return comments;
}

SectionDirective read_section_directive(std::string_view comment_text) {
  const std::size_t colon = comment_text.find(':');
  const std::string name = fold(comment_text.substr(0, colon));
  SectionDirective directive;
  // "optional", "optional: only for P0 incidents", "Optional." all mark the section optional.
  if (starts_with_folded(fold(comment_text), "optional")) {
    directive.kind = SectionDirective::Kind::optional;
  } else if (colon != std::string_view::npos && (name == "aliases" || name == "alias")) {
    directive.kind = SectionDirective::Kind::aliases;
    directive.aliases = split_aliases(comment_text.substr(colon + 1));
  }
  return directive;
}

}  // namespace pm
