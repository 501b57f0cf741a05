#include <doctest/doctest.h>

#include "model/document_body.h"

namespace pm {
namespace {

bool no_body(std::string_view bytes) {
  ParseResult parsed = parse_document(bytes, "doc.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  return has_no_body(*std::get<std::unique_ptr<ParsedDocument>>(parsed));
}

TEST_CASE("a document without a body: empty, blank, front matter or closed comments only") {
  CHECK(no_body(""));
  CHECK(no_body("\n \n\t\r\n"));
  CHECK(no_body("---\ntitle: Outage\n---\n"));
  CHECK(no_body("+++\ntitle = \"Outage\"\n+++\n\n"));
  CHECK(no_body("<!-- draft -->\n\n<!-- a note\nover lines -->\n"));
  CHECK(no_body("\xEF\xBB\xBF\n"));  // a byte order mark alone
}

TEST_CASE("any text, heading or open comment is a body") {
  CHECK_FALSE(no_body("# Post-Mortem: Outage\n"));
  CHECK_FALSE(no_body("---\ntitle: Outage\n---\nOne line.\n"));
  CHECK_FALSE(no_body("<!-- draft -->x\n"));
  CHECK_FALSE(no_body("<!-- never closed\n"));
  CHECK_FALSE(no_body("---\n"));  // a thematic break, not front matter
}

}  // namespace
}  // namespace pm
