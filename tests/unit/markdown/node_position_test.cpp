#include <doctest/doctest.h>

#include "markdown/document.h"

namespace pm {
namespace {

// cmark-gfm reports line 0 for the paragraph it keeps when a table starts inside it; findings
// anchored on that paragraph pointed at a line the file does not have.
TEST_CASE("a paragraph a table interrupted still has its lines") {
  const std::string text =
      "# Action Items\n\nintro line one\n*Each item needs an owner.*\n| # | Item |\n|---|---|\n"
      "| 1 | x |\n\nafter\n";
  const MarkdownDocument document = MarkdownDocument::parse(text);
  const std::vector<Node> blocks = document.root().children();
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[1].kind() == NodeKind::paragraph);
  CHECK(blocks[1].start_line() == 3);
  CHECK(blocks[1].end_line() == 4);
  CHECK(blocks[2].kind() == NodeKind::table);
  CHECK(blocks[3].start_line() == 9);
}

}  // namespace
}  // namespace pm
