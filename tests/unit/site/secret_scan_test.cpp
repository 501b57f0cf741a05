#include "site/secret_scan.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TEST_CASE("configured secret patterns are found line by line, without repeating the secret") {
  const auto findings = find_secrets("clean\nkey AKIAABCDEFGHIJKLMNOP here\ntoken=ghp_abc\n",
                                     {"AKIA[0-9A-Z]{16}", "ghp_[a-z]+"});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].line == 2);
  CHECK(findings[0].pattern == "AKIA[0-9A-Z]{16}");
  CHECK(findings[1].line == 3);
  CHECK(find_secrets("nothing here\n", {"AKIA[0-9A-Z]{16}"}).empty());
  CHECK(find_secrets("AKIAABCDEFGHIJKLMNOP\n", {}).empty());
}

TEST_CASE("[redacted] itself never looks like a secret to a typical pattern") {
  CHECK(find_secrets("[redacted] and [redacted]", {"[0-9a-f]{32}", "AKIA[0-9A-Z]{16}"}).empty());
}

}  // namespace
}  // namespace pm
