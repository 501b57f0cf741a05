#include <doctest/doctest.h>

#include "render/markdown_line.h"

namespace pm {
namespace {

TEST_CASE("a value over several lines is written on one") {
  CHECK(one_line("Checkout\noutage\r\nin EU \n") == "Checkout outage  in EU");
  CHECK(one_line("  plain  ") == "plain");
}

TEST_CASE("a heading line keeps the text it is given") {
  CHECK(atx_heading_line(1, "Post-Mortem: Outage") == "# Post-Mortem: Outage\n");
  CHECK(atx_heading_line(2, "Summary\nof the day") == "## Summary of the day\n");
  CHECK(atx_heading_line(3, "Outage #5") == "### Outage #5\n");
  CHECK(atx_heading_line(2, "Issue#") == "## Issue#\n");
  CHECK(atx_heading_line(2, "Outage \\#") == "## Outage \\#\n");
}

// Markdown drops a run of `#` after a space at the end of an ATX heading: "## Notes on #" reads
// as "Notes on".
TEST_CASE("a trailing run of # is escaped so that it stays text") {
  CHECK(atx_heading_line(2, "Notes on #") == "## Notes on \\#\n");
  CHECK(atx_heading_line(2, "Notes on ##") == "## Notes on \\##\n");
  CHECK(atx_heading_line(1, "###") == "# \\###\n");
  CHECK(atx_heading_line(1, "") == "#\n");
}

}  // namespace
}  // namespace pm
