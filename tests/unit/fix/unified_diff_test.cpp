#include <doctest/doctest.h>

#include "fix/unified_diff.h"

namespace pm {
namespace {

TEST_CASE("unified_diff shows the changed lines with context, labelled for git apply") {
  const std::string diff = unified_diff("a\nb\nc\n", "a\nB\nc\n", "pm/x.md");
  CHECK(diff ==
        "--- a/pm/x.md\n"
        "+++ b/pm/x.md\n"
        "@@ -1,3 +1,3 @@\n"
        " a\n"
        "-b\n"
        "+B\n"
        " c\n");
}

TEST_CASE("equal texts have no diff, and a missing final newline is marked") {
  CHECK(unified_diff("same\n", "same\n", "x.md").empty());
  const std::string diff = unified_diff("a\n", "a\nb", "x.md");
  CHECK(diff.find("+b\n\\ No newline at end of file\n") != std::string::npos);
}

}  // namespace
}  // namespace pm
