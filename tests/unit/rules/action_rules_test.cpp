// The action item rules with settings the fixtures cannot vary: the team's options and templates.

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lint/lint_document.h"
#include "model/parse_document.h"
#include "template/template_reader.h"

namespace pm {
namespace {

constexpr std::string_view kDocument = R"md(# Post-Mortem: Queue backlog

**Date**: 2026-06-01
**Status**: In Review

## Action Items

| # | Action Item | Owner | Deadline | Status |
|---|-------------|-------|----------|--------|
| 1 | Add a queue depth alert | Ana Ruiz | 2026-06-20 | Shipping |
| 2 | Autoscale the workers | Bo Chen | 2026-06-28 | Parked |
| 3 | Document the drain procedure | Bo Chen | 2026-06-29 | 🟡 In Progress |
)md";

LintSettings settings_with(TemplateResult spec) {
  REQUIRE(std::holds_alternative<TemplateSpec>(spec));
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(spec);
  settings.options.today = CivilDate{2026, 7, 1};
  return settings;
}

std::vector<Diagnostic> diagnostics_of(std::string_view text, const LintSettings& settings,
                                       std::string_view rule) {
  ParseResult parsed = parse_document(text, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  const auto& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
  std::vector<Diagnostic> found;
  for (Diagnostic& diagnostic : lint_parsed_document(document, "incident.md", settings)) {
    if (diagnostic.rule == rule) found.push_back(std::move(diagnostic));
  }
  return found;
}

TEST_CASE("PM017 accepts statuses the team mapped and skips templates without a status column") {
  LintSettings settings = settings_with(default_template());
  CHECK(diagnostics_of(kDocument, settings, "PM017").size() == 2);

  settings.options.status_map = {{"shipping", "in_progress"}, {"parked", "not_started"}};
  CHECK(diagnostics_of(kDocument, settings, "PM017").empty());

  constexpr std::string_view kNoStatusColumn =
      "# Post-Mortem: [Title]\n\n## Action Items\n\n"
      "| Action | Owner |\n|---|---|\n| [Do] | [Who] |\n";
  const LintSettings bare = settings_with(read_template(kNoStatusColumn, "bare.md"));
  CHECK(diagnostics_of(kDocument, bare, "PM017").empty());
}

TEST_CASE("PM016 allows the grace days and reads statuses through the status map") {
  LintSettings settings = settings_with(default_template());
  // "Shipping" and "Parked" mean nothing to the built-in words, so only row 3 counts as open.
  const auto by_default = diagnostics_of(kDocument, settings, "PM016");
  REQUIRE(by_default.size() == 1);
  CHECK(by_default.front().range.begin.line == 12);
  CHECK(by_default.front().message.find("2 days overdue") != std::string::npos);

  settings.options.overdue_grace_days = 2;
  CHECK(diagnostics_of(kDocument, settings, "PM016").empty());

  settings.options.overdue_grace_days = 0;
  settings.options.status_map = {{"shipping", "in_progress"}, {"parked", "done"}};
  const auto mapped = diagnostics_of(kDocument, settings, "PM016");
  REQUIRE(mapped.size() == 2);
  CHECK(mapped[0].range.begin.line == 10);
  CHECK(mapped[0].message.find("11 days overdue") != std::string::npos);
  CHECK(mapped[1].range.begin.line == 12);
}

TEST_CASE("PM014 and PM015 are warnings in a draft and errors once it is in review") {
  constexpr std::string_view kUnowned = R"md(# Post-Mortem: Queue backlog

**Date**: 2026-06-01
**Status**: Draft

## Action Items

| # | Action Item | Owner | Deadline | Status |
|---|-------------|-------|----------|--------|
| 1 | Add a queue depth alert | - | soon | 🔴 Not Started |
)md";
  const LintSettings settings = settings_with(default_template());
  for (std::string_view rule : {"PM014", "PM015"}) {
    CAPTURE(rule);
    const auto draft = diagnostics_of(kUnowned, settings, rule);
    REQUIRE(draft.size() == 1);
    CHECK(draft.front().severity == Severity::warning);
    std::string in_review(kUnowned);
    in_review.replace(in_review.find("Draft"), 5, "In Review");
    const auto reviewed = diagnostics_of(in_review, settings, rule);
    REQUIRE(reviewed.size() == 1);
    CHECK(reviewed.front().severity == Severity::error);
  }
}

}  // namespace
}  // namespace pm
