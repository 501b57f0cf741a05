// Sign-off entries as parse_document extracts them from task lists and tables.

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/incident.h"
#include "model/parse_document.h"

namespace pm {
namespace {

const Incident& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return kept.back()->incident;
}

TEST_CASE("sign-off: a task list with bold roles") {
  const Incident& incident = parse(R"md(# Outage

## Sign-Off

- [ ] **Incident Commander**: [Name] - [Date]
- [x] **CTO**: Ana Ruiz - 2026-03-16
)md");
  REQUIRE(incident.signoff.size() == 2);
  const SignoffEntry& open = incident.signoff[0];
  CHECK(open.role == "Incident Commander");
  CHECK(open.name == "[Name]");
  CHECK(open.date == "[Date]");
  CHECK_FALSE(open.is_signed);
  CHECK(open.line == 5);
  const SignoffEntry& signed_entry = incident.signoff[1];
  CHECK(signed_entry.role == "CTO");
  CHECK(signed_entry.name == "Ana Ruiz");
  CHECK(signed_entry.date == "2026-03-16");
  CHECK(signed_entry.is_signed);
  CHECK(signed_entry.line == 6);
}

TEST_CASE("sign-off: a Role | Name | Date table") {
  const Incident& incident = parse(R"md(# Outage

## Approvals

| Role | Name | Date |
| --- | --- | --- |
| Incident Commander | Ana Ruiz | 2026-03-16 |
| Engineering Lead | [Name] | [Date] |
)md");
  REQUIRE(incident.signoff.size() == 2);
  CHECK(incident.signoff[0].role == "Incident Commander");
  CHECK(incident.signoff[0].name == "Ana Ruiz");
  CHECK(incident.signoff[0].date == "2026-03-16");
  CHECK(incident.signoff[0].is_signed);
  CHECK(incident.signoff[0].line == 7);
  CHECK(incident.signoff[1].role == "Engineering Lead");
  CHECK(incident.signoff[1].name == "[Name]");
  CHECK(incident.signoff[1].date == "[Date]");
  CHECK_FALSE(incident.signoff[1].is_signed);
  CHECK(incident.signoff[1].line == 8);
}

TEST_CASE("sign-off: lists outside a sign-off section are not sign-offs") {
  const Incident& incident = parse(R"md(# Outage

## Lessons Learned

- [x] **Team**: Payments - 2026-03-16
)md");
  CHECK(incident.signoff.empty());
}

}  // namespace
}  // namespace pm
