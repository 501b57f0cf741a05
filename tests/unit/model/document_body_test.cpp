#include <doctest/doctest.h>

#include "model/document_body.h"

namespace pm {
namespace {

std::optional<MissingBody> missing(std::string_view bytes) {
  ParseResult parsed = parse_document(bytes, "doc.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  return missing_body(*std::get<std::unique_ptr<ParsedDocument>>(parsed));
}

bool no_body(std::string_view bytes) { return missing(bytes).has_value(); }

TEST_CASE("a document without a body: empty, blank, front matter or closed comments only") {
  CHECK(no_body(""));
  CHECK(no_body("\n \n\t\r\n"));
  CHECK(no_body("---\ntitle: Outage\n---\n"));
  CHECK(no_body("+++\ntitle = \"Outage\"\n+++\n\n"));
  CHECK(no_body("<!-- draft -->\n\n<!-- a note\nover lines -->\n"));
  CHECK(no_body("\xEF\xBB\xBF\n"));  // a byte order mark alone
}

TEST_CASE("a document without a body says whether comments stand in it") {
  CHECK(missing("\n \n") == MissingBody::blank);
  CHECK(missing("---\ntitle: Outage\n---\n") == MissingBody::blank);
  CHECK(missing("\n<!-- draft -->\n") == MissingBody::comments_only);
  CHECK(missing("# Outage\n") == std::nullopt);
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
