// What a mojibake repair is reported to have changed in a line.

#include "rules/repair_changes.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TEST_CASE("each repaired stretch is reported with its place in the repaired line") {
  const auto changes = repair_changes("It didnâ€™t â†’ fail", "It didn’t → fail");
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].before == "â€™");
  CHECK(changes[0].after == "’");
  CHECK(changes[0].at == 7);
  CHECK(changes[1].before == "â†’");
  CHECK(changes[1].after == "→");
  CHECK(changes[1].at == 12);
}

TEST_CASE("an unchanged line has no changes") {
  CHECK(repair_changes("plain text", "plain text").empty());
  CHECK(repair_changes("", "").empty());
}

TEST_CASE("a dropped misread byte order mark gives one change at the start") {
  const auto changes = repair_changes("ï»¿# Title â€\u201c draft", "# Title – draft");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].at == 0);
  CHECK(changes[0].after == "# Title –");
  CHECK(changes[0].before.starts_with("ï»¿"));
}

TEST_CASE("the fallback keeps whole characters at both ends") {
  // ASCII that does not line up forces the single-stretch comparison.
  const auto changes = repair_changes("xÃ©y", "xé");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].before == "Ã©y");
  CHECK(changes[0].after == "é");
  CHECK(changes[0].at == 1);
}

}  // namespace
}  // namespace pm
