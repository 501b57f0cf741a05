#include <doctest/doctest.h>

#include "render/closed_blocks.h"

namespace pm {
namespace {

TEST_CASE("content that closes its blocks is left as it is") {
  CHECK(with_open_block_closed("") == "");
  CHECK(with_open_block_closed("Text.\n") == "Text.\n");
  CHECK(with_open_block_closed("<!-- note -->\n\n- item\n") == "<!-- note -->\n\n- item\n");
  CHECK(with_open_block_closed("```\ncode\n```\n") == "```\ncode\n```\n");
  CHECK(with_open_block_closed("<div>\nopen div ends at a blank line\n") ==
        "<div>\nopen div ends at a blank line\n");
}

TEST_CASE("an HTML comment, fence or raw block left open is closed after the content") {
  CHECK(with_open_block_closed("Text.\n\n<!-- never closed\nmore\n") ==
        "Text.\n\n<!-- never closed\nmore\n-->\n");
  CHECK(with_open_block_closed("````sh\necho hi\n```\n") == "````sh\necho hi\n```\n````\n");
  CHECK(with_open_block_closed("~~~\nlog") == "~~~\nlog\n~~~\n");
  CHECK(with_open_block_closed("<pre>\nraw\n") == "<pre>\nraw\n</pre>\n");
  CHECK(with_open_block_closed("<?php\nx\n") == "<?php\nx\n?>\n");
  CHECK(with_open_block_closed("<SCRIPT>\nx\n") == "<SCRIPT>\nx\n</script>\n");
}

TEST_CASE("Markdown read apart is joined by a blank line when that keeps it apart") {
  CHECK(joined_apart("", "Text.\n") == "Text.\n");
  CHECK(joined_apart("Text.\n", "") == "Text.\n");
  CHECK(joined_apart("Notes\n", "---\n") == "Notes\n\n---\n");
  CHECK(joined_apart("> ```\n", "> quoted\n") == "> ```\n\n> quoted\n");
  CHECK(joined_apart("- item\n", "Text.\n") == "- item\n\nText.\n");
}

// After a blank line a list item still takes in lines indented to its content.
TEST_CASE("a list is ended by an empty comment before indented Markdown that it would take in") {
  CHECK(joined_apart("1. first\n", "   <pre>\nraw\n</pre>\n") == "1. first\n\n<!-- -->\n\n   <pre>\nraw\n</pre>\n");
  CHECK(joined_apart("- item\n", "  more\n") == "- item\n\n<!-- -->\n\n  more\n");
}

}  // namespace
}  // namespace pm
