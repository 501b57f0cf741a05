#include <doctest/doctest.h>

#include "markdown/document.h"

namespace pm {
namespace {

Node first_heading(const MarkdownDocument& document) {
  for (const Node& block : document.root().children()) {
    if (block.kind() == NodeKind::heading) return block;
  }
  return Node();
}

int last_line_of_first_heading(const std::string& text) {
  return first_heading(MarkdownDocument::parse(text)).end_line();
}

bool first_heading_is_setext(const std::string& text) {
  return first_heading(MarkdownDocument::parse(text)).is_setext_heading();
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

TEST_CASE("a setext heading at the end of the input ends on its underline") {
  CHECK(last_line_of_first_heading("Title\n=====") == 2);
  CHECK(last_line_of_first_heading("Title\n=====\n") == 2);
  CHECK(last_line_of_first_heading("Title\nmore\n=====\n") == 3);
}

TEST_CASE("the block after a setext heading starts after the heading ends") {
  const MarkdownDocument document = MarkdownDocument::parse("> Title\n> ---\n> Body\n");
  const Node quote = document.root().first_child();
  const Node heading = quote.first_child();
  CHECK(heading.end_line() == 2);
  CHECK(heading.next().start_line() == 3);
}

TEST_CASE("a setext heading in a list item or block quote ends on its underline") {
  const MarkdownDocument document = MarkdownDocument::parse("- Title\n  ===\n  Body\n\n>Quote\n>---\n>Body\n");
  const Node item = document.root().first_child().first_child();
  CHECK(item.first_child().end_line() == 2);
  const Node quote = document.root().first_child().next();
  CHECK(quote.first_child().end_line() == 6);
}

TEST_CASE("a top-level underline indented four spaces is heading text, not the underline") {
  CHECK(last_line_of_first_heading("  Title\n    ---\n---\nBody\n") == 3);
}

// "[ref]: url" alone is no paragraph, so the `---` below it is heading text, not an underline.
TEST_CASE("a setext heading whose text holds a line of dashes ends on its real underline") {
  CHECK(last_line_of_first_heading("[ref]: http://example.com\n---\nseverity: P1\n---\n") == 4);
  CHECK(last_line_of_first_heading("[ref]: http://example.com\n---\nseverity: P1\n---\nBody\n") == 4);
  CHECK(last_line_of_first_heading("[ref]: http://example.com\n---\n---\n") == 3);
}

TEST_CASE("a setext heading followed by a break or a blank line ends on its underline") {
  CHECK(last_line_of_first_heading("Title\n---\n---\n") == 2);
  CHECK(last_line_of_first_heading("Title\n===\n   \n") == 2);
  CHECK(last_line_of_first_heading("Title\n===\n\n\n") == 2);
  CHECK(last_line_of_first_heading("Title\r\n===\r\nBody\r\n") == 2);
}

TEST_CASE("a heading knows whether it is setext") {
  CHECK(first_heading_is_setext("#---\ntitle: Outage\n---\nBody\n"));
  CHECK(first_heading_is_setext("Title\n===\n"));
  CHECK_FALSE(first_heading_is_setext("# Title\n===\n"));
  CHECK_FALSE(first_heading_is_setext("#\n"));
}

TEST_CASE("an ATX heading is one line") {
  CHECK(last_line_of_first_heading("#\nText right below\n") == 1);
  CHECK(last_line_of_first_heading("#\tTabbed\nText\n") == 1);
  CHECK(last_line_of_first_heading("# Title\nText right below\n") == 1);
  CHECK(last_line_of_first_heading("para\n\n  ## Indented ##\nmore\n") == 3);
}

}  // namespace
}  // namespace pm
