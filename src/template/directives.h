#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// An HTML comment in a block or on a heading line: "<!-- optional -->".
struct HtmlComment {
  std::string_view text;  // between "<!--" and "-->", trimmed
  int line_offset = 0;    // lines between the start of the HTML and the comment's start
  bool closed = true;     // false when "-->" never comes
};

std::vector<HtmlComment> html_comments(std::string_view html);

// What a comment after a template heading says about its section. Comments that are neither
// `<!-- optional -->` nor `<!-- aliases: A, B -->` are ordinary comments.
struct SectionDirective {
  enum class Kind { none, optional, aliases };
  Kind kind = Kind::none;
  std::vector<std::string> aliases;  // as written; may be empty, which the reader reports
};

SectionDirective read_section_directive(std::string_view comment_text);

}  // namespace pm
