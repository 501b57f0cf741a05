#include <doctest/doctest.h>

#include "fix/fix_document.h"
#include "invariants/fuzz_settings.h"

// A fix whose result still has the problem it fixed would be made again by every run of `fix`.
namespace pm {
namespace {

TEST_CASE("sections are not appended inside an HTML comment that never closes") {
  const LintSettings settings = fuzz::default_lint_settings();
  const std::string text =
      "# Post-Mortem: Queue backlog\n\n**Status**: Draft\n\n## Executive Summary\n\nWorkers "
      "stalled.\n\n"
      "<!-- notes for the review, never closed\n";
  const FixOutcome first = fix_file_bytes(text, "pm.md", settings);
  REQUIRE_FALSE(first.failure.has_value());
  CHECK(first.bytes.find("## Timeline") == std::string::npos);  // it would sit inside the comment
  CHECK(first.fixes.count("PM001") == 0);
  const FixOutcome second = fix_file_bytes(first.bytes, "pm.md", settings);
  CHECK_FALSE(second.failure.has_value());
  CHECK_FALSE(second.changed);
}

TEST_CASE("missing sections are still added where they can be") {
  const LintSettings settings = fuzz::default_lint_settings();
  const std::string text =
      "# Post-Mortem: Queue backlog\n\n**Status**: Draft\n\n## Executive Summary\n\nWorkers "
      "stalled.\n";
  const FixOutcome first = fix_file_bytes(text, "pm.md", settings);
  REQUIRE(first.changed);
  CHECK(first.bytes.find("## Timeline") != std::string::npos);
  CHECK(first.fixes.at("PM001") > 0);
  CHECK_FALSE(fix_file_bytes(first.bytes, "pm.md", settings).changed);
}

}  // namespace
}  // namespace pm
