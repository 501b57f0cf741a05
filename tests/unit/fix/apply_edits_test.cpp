#include <doctest/doctest.h>

#include "fix/apply_edits.h"

namespace pm {
namespace {

Edit edit(int line, int column, int end_line, int end_column, std::string replacement) {
  return Edit{{{line, column}, {end_line, end_column}}, std::move(replacement)};
}

TEST_CASE("apply_edits replaces ranges given in lines and byte columns") {
  const auto result = apply_edits("Status: draft\nSeverity: high\n", {edit(2, 11, 2, 15, "P1"), edit(1, 9, 1, 14, "Draft")});
  CHECK(result.text == "Status: Draft\nSeverity: P1\n");
  CHECK(result.applied == 2);
  CHECK(result.skipped == 0);
}

TEST_CASE("insertions at one position keep the order they were given in") {
  const auto result = apply_edits("# T\n## End\n", {edit(2, 1, 2, 1, "## A\n"), edit(2, 1, 2, 1, "## B\n")});
  CHECK(result.text == "# T\n## A\n## B\n## End\n");
}

TEST_CASE("an edit overlapping one already taken is skipped, not merged") {
  const auto result = apply_edits("abcdef", {edit(1, 2, 1, 5, "X"), edit(1, 3, 1, 4, "Y")});
  CHECK(result.text == "aXef");
  CHECK(result.applied == 1);
  CHECK(result.skipped == 1);
}

TEST_CASE("an insertion right after a replaced range still applies") {
  const auto result = apply_edits("abc", {edit(1, 1, 1, 2, "X"), edit(1, 2, 1, 2, "+")});
  CHECK(result.text == "X+bc");
}

TEST_CASE("no edits give the text back unchanged") {
  CHECK(apply_edits("same\n", {}).text == "same\n");
}

}  // namespace
}  // namespace pm
