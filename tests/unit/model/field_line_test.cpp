#include <doctest/doctest.h>

#include "model/field_line.h"

namespace pm {
namespace {

std::string name_of(std::string_view line, bool allow_plain_key = true) {
  const auto field = parse_field_line(line, allow_plain_key);
  return field ? field->name + " = " + field->value : "(none)";
}

TEST_CASE("field lines: bold keys with the colon inside or after, bullets and hard breaks") {
  CHECK(name_of("**Severity**: P2") == "Severity = P2");
  CHECK(name_of("**Severity:** P2") == "Severity = P2");
  CHECK(name_of("__Status__: Draft\\") == "Status = Draft");
  CHECK(name_of("- **Authors**: Ana, Ben<br>") == "Authors = Ana, Ben");
  CHECK(name_of("**Severity**: P2", false) == "Severity = P2");
  CHECK(name_of("**1st Responder**: Ana") == "1st Responder = Ana");
  CHECK(name_of("**\xF0\x9F\x94\xA5 Severity**: P1") == "\xF0\x9F\x94\xA5 Severity = P1");
  CHECK(name_of("1st Responder: Ana") == "(none)");  // a plain key starts with a letter
}

TEST_CASE("field lines: plain keys only where allowed, and only plausible names") {
  CHECK(name_of("Date: 2026-03-09") == "Date = 2026-03-09");
  CHECK(name_of("Date: 2026-03-09", false) == "(none)");
  CHECK(name_of("date: 2026-03-09") == "(none)");  // lower case: prose, not a field
  CHECK(name_of("The gateway failed because of this: a bad config") == "(none)");
  CHECK(name_of("[Runbook]: https://example.com") == "(none)");
}

// A name holding emphasis markers does not survive being written back as **Name**: it is text.
TEST_CASE("field lines: markup inside a name means the line is not a field") {
  CHECK(name_of("Action Items**Services**: webhook-dispatcher") == "(none)");
  CHECK(name_of("Owner *(primary)*: Ana") == "(none)");
  CHECK(name_of("`Severity`: P2") == "(none)");
}

}  // namespace
}  // namespace pm
