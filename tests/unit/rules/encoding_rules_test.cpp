// PM024's fix: one edit per repaired line that is right for the decoded text and for the bytes
// the file had.

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "fix/apply_edits.h"
#include "lint/lint_document.h"
#include "model/parse_document.h"
#include "template/template_reader.h"

namespace pm {
namespace {

std::vector<Diagnostic> mojibake_diagnostics(std::string_view bytes) {
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(default_template());
  ParseResult parsed = parse_document(bytes, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  const auto& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
  std::vector<Diagnostic> found;
  for (Diagnostic& diagnostic : lint_parsed_document(document, "incident.md", settings)) {
    if (diagnostic.rule == "PM024") found.push_back(std::move(diagnostic));
  }
  return found;
}

TEST_CASE("PM024 replaces the whole line, with its end, by the repaired text") {
  const std::string original = "# Outage\n\nThe queue didnâ€™t drain.\nLast line\n";
  const auto found = mojibake_diagnostics(original);
  REQUIRE(found.size() == 1);
  const Diagnostic& diagnostic = found.front();
  CHECK(diagnostic.range == Range{{3, 15}, {3, 18}});
  CHECK(diagnostic.message.find("\"â€™\" should be \"’\"") != std::string::npos);
  REQUIRE(diagnostic.edits.size() == 1);
  CHECK(diagnostic.edits.front().range == Range{{3, 1}, {4, 1}});
  // Applied to the file's own bytes, the edit writes the line back in clean UTF-8.
  CHECK(apply_edits(original, diagnostic.edits).text ==
        "# Outage\n\nThe queue didn’t drain.\nLast line\n");
}

TEST_CASE("PM024 adds no line end to a last line that had none") {
  const std::string original = "# Outage\n\nStatus: ðŸŸ¢ resolved";
  const auto found = mojibake_diagnostics(original);
  REQUIRE(found.size() == 1);
  REQUIRE(found.front().edits.size() == 1);
  CHECK(found.front().edits.front().replacement == "Status: 🟢 resolved");
  CHECK(apply_edits(original, found.front().edits).text == "# Outage\n\nStatus: 🟢 resolved");
}

}  // namespace
}  // namespace pm
