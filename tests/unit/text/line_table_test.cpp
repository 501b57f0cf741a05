#include "text/line_table.h"

#include <doctest/doctest.h>

#include <string_view>

namespace pm {
namespace {

TEST_CASE("LineTable: an empty text has one empty line") {
  const LineTable table("");
  CHECK(table.line_count() == 1);
  CHECK(table.line(1) == "");
  CHECK(table.position_of(0) == Position{1, 1});
  CHECK(table.offset_of({1, 1}) == 0);
}

TEST_CASE("LineTable: a final newline ends the last line instead of starting another") {
  const LineTable with_newline("a\nbc\n");
  CHECK(with_newline.line_count() == 2);
  CHECK(with_newline.line(1) == "a");
  CHECK(with_newline.line(2) == "bc");

  const LineTable without_newline("a\nbc");
  CHECK(without_newline.line_count() == 2);
  CHECK(without_newline.line(1) == "a");
  CHECK(without_newline.line(2) == "bc");

  const LineTable only_newline("\n");
  CHECK(only_newline.line_count() == 1);
  CHECK(only_newline.line(1) == "");
}

TEST_CASE("LineTable: empty lines in the middle and at the end are kept") {
  const LineTable table("a\n\nb\n\n");
  CHECK(table.line_count() == 4);
  CHECK(table.line(1) == "a");
  CHECK(table.line(2) == "");
  CHECK(table.line(3) == "b");
  CHECK(table.line(4) == "");
}

TEST_CASE("LineTable: line numbers out of range give an empty line") {
  const LineTable table("a\nb");
  CHECK(table.line(0) == "");
  CHECK(table.line(-1) == "");
  CHECK(table.line(3) == "");
  CHECK(table.line(2) == "b");
}

TEST_CASE("LineTable: offsets map to 1-based line and byte column") {
  const LineTable table("ab\ncd");
  CHECK(table.position_of(0) == Position{1, 1});
  CHECK(table.position_of(1) == Position{1, 2});
  CHECK(table.position_of(2) == Position{1, 3});  // the '\n'
  CHECK(table.position_of(3) == Position{2, 1});
  CHECK(table.position_of(4) == Position{2, 2});
  CHECK(table.position_of(5) == Position{2, 3});   // end of text
  CHECK(table.position_of(99) == Position{2, 3});  // clamped to the end
}

TEST_CASE("LineTable: the end of a text with a final newline is column 1 of the next line") {
  const LineTable table("ab\n");
  CHECK(table.position_of(2) == Position{1, 3});
  CHECK(table.position_of(3) == Position{2, 1});
  CHECK(table.offset_of({2, 1}) == 3);
}

TEST_CASE("LineTable: columns count bytes, not characters") {
  const LineTable table("\xC3\xA9!\n\xE2\x9C\x85x");  // "é!" and "✅x"
  CHECK(table.position_of(2) == Position{1, 3});
  CHECK(table.position_of(7) == Position{2, 4});
  CHECK(table.offset_of({2, 4}) == 7);
}

TEST_CASE("LineTable: offset_of inverts position_of for every offset") {
  for (const std::string_view text : {"", "\n", "a", "ab\ncd", "ab\ncd\n", "\n\nx\n\n", "a\n\n"}) {
    CAPTURE(text);
    const LineTable table(text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      CAPTURE(offset);
      CHECK(table.offset_of(table.position_of(offset)) == offset);
    }
  }
}

TEST_CASE("LineTable: offset_of clamps positions outside the text") {
  const LineTable table("ab\ncd\n");
  CHECK(table.offset_of({0, 5}) == 0);
  CHECK(table.offset_of({9, 1}) == 6);
  CHECK(table.offset_of({1, 99}) == 2);  // end of line 1, the '\n'
  CHECK(table.offset_of({2, 0}) == 3);   // column clamped to 1
  CHECK(table.offset_of({2, 2}) == 4);
}

}  // namespace
}  // namespace pm
