#include <doctest/doctest.h>

#include "fix/table_alignment.h"

namespace pm {
namespace {

TEST_CASE("table pipes are lined up, alignment colons kept") {
  const auto result = align_tables("Intro\n\n| Time | Event |\n|:--|--:|\n| 09:00 | Paged on-call |\n\nAfter\n");
  CHECK(result.tables == 1);
  CHECK(result.text ==
        "Intro\n\n"
        "| Time  | Event         |\n"
        "| :---- | ------------: |\n"
        "| 09:00 | Paged on-call |\n"
        "\nAfter\n");
}

TEST_CASE("an aligned table is left as it is, so alignment is idempotent") {
  const std::string aligned = "| A   | B   |\n| --- | --- |\n| x   | y   |\n";
  const auto result = align_tables(aligned);
  CHECK(result.tables == 0);
  CHECK(result.text == aligned);
  const auto twice = align_tables(align_tables("|a|b|\n|-|-|\n|long cell|y|").text);
  CHECK(twice.tables == 0);
}

TEST_CASE("emoji count two columns and escaped pipes stay inside their cell") {
  const auto result = align_tables("| Status | Note |\n|---|---|\n| 🟢 Done | a \\| b |\n| Open | c |\n");
  CHECK(result.text ==
        "| Status  | Note   |\n"
        "| ------- | ------ |\n"
        "| 🟢 Done | a \\| b |\n"
        "| Open    | c      |\n");
}

TEST_CASE("tables with ragged rows, without outer pipes, in lists or in code are left alone") {
  const std::string ragged = "| A | B |\n|---|---|\n| only one |\n";
  CHECK(align_tables(ragged).text == ragged);
  const std::string bare = "A | B\n--|--\nx | y\n";
  CHECK(align_tables(bare).text == bare);
  const std::string in_code = "```\n| A | B |\n|---|---|\n| x | y |\n```\n";
  CHECK(align_tables(in_code).text == in_code);
  const std::string in_list = "- item\n\n  | A | B |\n  |---|---|\n  | x | y |\n";
  CHECK(align_tables(in_list).text == in_list);
}

TEST_CASE("a table on the last line of a file without a final newline keeps it that way") {
  CHECK(align_tables("|a|b|\n|-|-|\n|x|y|").text == "| a   | b   |\n| --- | --- |\n| x   | y   |");
}

TEST_CASE("display width counts terminal columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("é") == 1);
  CHECK(display_width("✅") == 2);
  CHECK(display_width("🟢") == 2);
  CHECK(display_width("❤️") == 1);  // U+2764 is narrow; the variation selector adds nothing
}

}  // namespace
}  // namespace pm
