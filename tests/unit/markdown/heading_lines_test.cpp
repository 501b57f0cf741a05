#include <doctest/doctest.h>

#include "markdown/heading_lines.h"

namespace pm {
namespace {

int last_line_of_first_heading(const std::string& text) {
  const MarkdownDocument document = MarkdownDocument::parse(text);
  const LineTable lines(text);
  for (const Node& block : document.root().children()) {
    if (block.kind() == NodeKind::heading) return heading_last_line(block, lines);
  }
  return 0;
}

TEST_CASE("a setext heading ends on its underline, even with a paragraph right below it") {
  CHECK(last_line_of_first_heading("Notes here\nsecond line\n---\nSummary\n") == 3);
  CHECK(last_line_of_first_heading("Title\n=====\nText\n") == 2);
  CHECK(last_line_of_first_heading("Title\n  ---  \n\nText\n") == 2);
}

TEST_CASE("an indented --- inside a setext heading's text is not its underline") {
  CHECK(last_line_of_first_heading("First\n\t---\nthird\n---\nBody\n") == 4);
  CHECK(last_line_of_first_heading("First\n    ===\nthird\n===\nBody\n") == 4);
  CHECK(last_line_of_first_heading("First\n   ---\nBody\n") == 2);
}

TEST_CASE("a setext heading whose text starts with # is still setext") {
  CHECK(last_line_of_first_heading("#---\ntitle: Outage\n---\nBody\n") == 3);
  CHECK(last_line_of_first_heading("#5 of 7\n===\n") == 2);
  CHECK(last_line_of_first_heading("####### seven\n---\n") == 2);
}

TEST_CASE("an ATX heading is one line") {
  CHECK(last_line_of_first_heading("#\nText right below\n") == 1);
  CHECK(last_line_of_first_heading("#\tTabbed\nText\n") == 1);
  CHECK(last_line_of_first_heading("# Title\nText right below\n") == 1);
  CHECK(last_line_of_first_heading("para\n\n  ## Indented ##\nmore\n") == 3);
}

}  // namespace
}  // namespace pm
