// Time to detect, mitigate and resolve, from the incident's moments.

#include "render/key_figures.h"

#include <doctest/doctest.h>

#include <memory>
#include <variant>

#include "model/parse_document.h"

namespace pm {
namespace {

std::vector<KeyFigure> figures_of(std::string_view markdown) {
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return key_figures(std::get<std::unique_ptr<ParsedDocument>>(result)->incident.moments);
}

TEST_CASE("stated moments give every figure, across midnight") {
  const auto figures = figures_of(R"md(---
started: 2026-03-14T23:40:00Z
detected: 2026-03-14T23:43:00Z
mitigated: 2026-03-15T00:08:00Z
resolved: 2026-03-15T00:25:00Z
---
# Outage
)md");
  REQUIRE(figures.size() == 3);
  CHECK(figures[0].name == "Time to detect");
  CHECK(figures[0].minutes == 3);
  CHECK(figures[1].name == "Time to mitigate");
  CHECK(figures[1].minutes == 28);
  CHECK(figures[2].name == "Time to resolve");
  CHECK(figures[2].minutes == 45);
  CHECK(figures[2].stated);
}

TEST_CASE(
    "moments recognised in the timeline give the figures they can, and say where they came from") {
  const auto figures = figures_of(R"md(# Outage

**Date**: 2026-05-06

## Timeline

| Time (UTC) | Event |
|------------|-------|
| 09:05 | Config change deployed |
| 09:31 | Alert fires for duplicate events |
| 10:25 | Incident resolved |
)md");
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].name == "Time to detect");
  CHECK(figures[0].minutes == 26);
  CHECK_FALSE(figures[0].stated);
  CHECK(figures[1].name == "Time to resolve");
  CHECK(figures[1].minutes == 80);
}

TEST_CASE("a moment before the start, or no start at all, gives no figure") {
  CHECK(
      figures_of("---\ndetected: 2026-01-01T10:00:00Z\nresolved: 2026-01-01T11:00:00Z\n---\n# X\n")
          .empty());
  const auto figures =
      figures_of("---\nstarted: 2026-01-01T10:00:00Z\ndetected: 2026-01-01T09:00:00Z\n---\n# X\n");
  CHECK(figures.empty());
}

}  // namespace
}  // namespace pm
