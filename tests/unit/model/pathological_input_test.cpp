#include <doctest/doctest.h>

#include "fix/fix_document.h"
#include "invariants/diagnostic_positions.h"
#include "invariants/fuzz_settings.h"
#include "model/parse_document.h"
#include "pathological_inputs.h"

// The benchmark's pathological Markdown at a tenth of its size (5,000 levels, 500 columns,
// 10,000 markers, 100 KB on one line): each must be parsed, linted and fixed to a result. How
// long that takes is measured by bench/pathological_bench, not asserted here.
namespace pm {
namespace {

TEST_CASE("pathological Markdown parses, lints and fixes to a result") {
  const LintSettings settings = fuzz::default_lint_settings();
  for (const auto& input : bench::pathological_inputs(0.1)) {
    CAPTURE(input.name);
    ParseResult parsed = parse_document(input.text, "pathological.md");
    REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
    const FileResult linted = lint_file_bytes(input.text, "pathological.md", settings);
    CHECK_FALSE(linted.failure.has_value());
    for (const auto& problem : fuzz::diagnostic_position_problems(linted))
      CHECK_MESSAGE(false, problem);
    const FixOutcome fixed = fix_file_bytes(input.text, "pathological.md", settings);
    CHECK_FALSE(fixed.failure.has_value());
  }
}

}  // namespace
}  // namespace pm
