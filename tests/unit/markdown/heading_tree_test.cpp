#include "markdown/heading_tree.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "markdown/document.h"

namespace pm {
namespace {

using Indices = std::vector<int>;

// "1, 2, 3": readable in a failed check.
std::string joined(const std::vector<int>& values) {
  std::string out;
  for (int value : values) out += (out.empty() ? "" : ", ") + std::to_string(value);
  return out;
}

// A parsed document and its tree; the tree's nodes point into the document.
struct Built {
  MarkdownDocument document;
  HeadingTree tree;
};

Built build(std::string_view markdown, int last_line) {
  MarkdownDocument document = MarkdownDocument::parse(markdown);
  HeadingTree tree = HeadingTree::build(document, last_line);
  return Built{std::move(document), std::move(tree)};
}

TEST_CASE("heading tree: levels, parents, children and end lines") {
  const Built built = build(R"md(Intro before any heading.

# Title

Text under the title.

## First

### First, detail

Detail text.

## Second

Second text.
)md",
                            15);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 5);

  CHECK(tree[0].level == 0);
  CHECK(tree[0].line == 0);
  CHECK(tree[0].end_line == 15);
  CHECK(tree[0].parent == -1);
  CHECK_FALSE(tree[0].heading);
  CHECK(joined(tree[0].children) == joined(Indices{1}));

  CHECK(tree[1].title == "Title");
  CHECK(tree[1].level == 1);
  CHECK(tree[1].line == 3);
  CHECK(tree[1].end_line == 15);
  CHECK(tree[1].parent == 0);
  CHECK(joined(tree[1].children) == joined(Indices{2, 4}));
  REQUIRE(tree[1].blocks.size() == 1);
  CHECK(tree[1].blocks[0].start_line() == 5);

  CHECK(tree[2].title == "First");
  CHECK(tree[2].level == 2);
  CHECK(tree[2].line == 7);
  CHECK(tree[2].end_line == 12);
  CHECK(tree[2].parent == 1);
  CHECK(joined(tree[2].children) == joined(Indices{3}));
  CHECK(tree[2].blocks.empty());

  CHECK(tree[3].title == "First, detail");
  CHECK(tree[3].level == 3);
  CHECK(tree[3].line == 9);
  CHECK(tree[3].end_line == 12);
  CHECK(tree[3].parent == 2);
  CHECK(tree[3].children.empty());

  CHECK(tree[4].title == "Second");
  CHECK(tree[4].line == 13);
  CHECK(tree[4].end_line == 15);
  CHECK(tree[4].parent == 1);

  CHECK(joined(tree.subtree(1)) == joined(Indices{1, 2, 3, 4}));
  CHECK(joined(tree.subtree(2)) == joined(Indices{2, 3}));
}

TEST_CASE("heading tree: blocks before the first heading belong to the document") {
  const Built built = build("Intro.\n\n- a list\n\n# Title\n\nBody.\n", 7);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 2);
  REQUIRE(tree[0].blocks.size() == 2);
  CHECK(tree[0].blocks[0].kind() == NodeKind::paragraph);
  CHECK(tree[0].blocks[0].start_line() == 1);
  CHECK(tree[0].blocks[1].kind() == NodeKind::list);
  CHECK(tree[0].blocks[1].start_line() == 3);
  REQUIRE(tree[1].blocks.size() == 1);
  CHECK(tree[1].blocks[0].plain_text() == "Body.");
}

TEST_CASE("heading tree: a deeper heading after a shallower sibling closes the right sections") {
  const Built built = build("## A\n\n### A1\n\n# B\n\n### B1\n", 7);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 5);
  CHECK(joined(tree[0].children) == joined(Indices{1, 3}));
  CHECK(tree[1].end_line == 4);
  CHECK(tree[2].end_line == 4);
  CHECK(tree[2].parent == 1);
  CHECK(tree[3].title == "B");
  CHECK(tree[3].end_line == 7);
  CHECK(tree[4].parent == 3);
  CHECK(tree[4].level == 3);
}

TEST_CASE("heading tree: headings inside lists and quotes are not sections") {
  const Built built = build(R"md(# Title

- # Not a section
- item

> ## Quoted, not a section

## Real
)md",
                            8);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 3);
  CHECK(tree[1].title == "Title");
  CHECK(tree[2].title == "Real");
  CHECK(tree[2].line == 8);
  REQUIRE(tree[1].blocks.size() == 2);
  CHECK(tree[1].blocks[0].kind() == NodeKind::list);
  CHECK(tree[1].blocks[1].kind() == NodeKind::block_quote);
}

TEST_CASE("heading tree: setext headings") {
  const Built built = build("Big Title\n=========\n\nText.\n\nSmaller\n-------\n\nMore.\n", 9);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 3);
  CHECK(tree[1].title == "Big Title");
  CHECK(tree[1].level == 1);
  CHECK(tree[1].line == 1);
  CHECK(tree[1].end_line == 9);
  CHECK(tree[2].title == "Smaller");
  CHECK(tree[2].level == 2);
  CHECK(tree[2].line == 6);
  CHECK(tree[2].parent == 1);
}

TEST_CASE("heading tree: titles are plain text without markup") {
  const Built built = build("## **Bold** and `code` in a [link](https://example.com) title\n", 1);
  REQUIRE(built.tree.size() == 2);
  CHECK(built.tree[1].title == "Bold and code in a link title");
}

TEST_CASE("heading tree: blocks_within gives the subtree's blocks and subheadings in order") {
  const Built built = build("## A\n\nfirst\n\n### A1\n\nsecond\n\n## B\n\nthird\n", 11);
  const HeadingTree& tree = built.tree;
  REQUIRE(tree.size() == 4);
  const std::vector<Node> blocks = tree.blocks_within(1);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].plain_text() == "first");
  CHECK(blocks[1].kind() == NodeKind::heading);
  CHECK(blocks[1].plain_text() == "A1");
  CHECK(blocks[2].plain_text() == "second");
}

}  // namespace
}  // namespace pm
