#include "markdown/cmark_guard.h"

#include <doctest/doctest.h>

#include "markdown/document.h"

namespace pm {
namespace {

TEST_CASE("text without very wide lines goes to cmark-gfm as it is") {
  const std::string table = "| a | b |\n|---|---|\n" + std::string(kMaxPipesPerLine, '|') + "\n";
  CHECK_FALSE(defuse_for_cmark(table).has_value());
  CHECK_FALSE(defuse_for_cmark("").has_value());
}

TEST_CASE("a line with more pipes than any table has loses them, and nothing else changes") {
  const std::string wide = std::string(kMaxPipesPerLine + 1, '|') + "x";
  const std::string text = "| a | b |\n|---|---|\n| 1 | 2 |\n" + wide + "\n## Next\n";
  const auto defused = defuse_for_cmark(text);
  REQUIRE(defused.has_value());
  CHECK(defused->size() == text.size());
  CHECK(defused->substr(0, 30) == text.substr(0, 30));
  CHECK(defused->substr(30, wide.size()) == std::string(kMaxPipesPerLine + 1, ' ') + "x");
  CHECK(defused->substr(30 + wide.size()) == "\n## Next\n");
}

TEST_CASE("after a defused row the table before it and the positions after it stay") {
  const std::string text =
      "| a | b |\n|---|---|\n| 1 | 2 |\n" + std::string(50'000, '|') + "\n\n## Next\n";
  const MarkdownDocument document = MarkdownDocument::parse(text);
  const Node table = document.root().first_child();
  CHECK(table.kind() == NodeKind::table);
  CHECK(table.children().size() >= 2);
  const Node heading = document.root().children().back();
  CHECK(heading.kind() == NodeKind::heading);
  CHECK(heading.start_line() == 6);
}

}  // namespace
}  // namespace pm
