#include "site/internal_sections.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "model/parse_document.h"
#include "site/public_copy.h"

namespace pm {
namespace {

const char* kDocument =
    "# Post-Mortem: Cache outage\n"      // 1
    "\n"                                 // 2
    "## Summary\n"                       // 3
    "Caches failed.\n"                   // 4
    "\n"                                 // 5
    "## Responders <!-- internal -->\n"  // 6
    "Paged ana@example.com.\n"           // 7
    "### Pager log\n"                    // 8
    "Escalated twice.\n"                 // 9
    "\n"                                 // 10
    "## Root Cause\n"                    // 11
    "<!-- internal -->\n"                // 12
    "The intern's script.\n"             // 13
    "\n"                                 // 14
    "## Internal Notes\n"                // 15
    "Budget talk.\n"                     // 16
    "\n"                                 // 17
    "## Lessons Learned\n"               // 18
    "Check caches.\n";                   // 19

std::unique_ptr<ParsedDocument> parsed(std::string_view text) {
  auto result = parse_document(text, "doc.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::get<std::unique_ptr<ParsedDocument>>(std::move(result));
}

TEST_CASE("sections marked internal are dropped with their subsections, lines kept empty") {
  const auto document = parsed(kDocument);
  const PublicSections sections = drop_internal_sections(*document, {});
  REQUIRE(sections.dropped.size() == 2);
  CHECK(sections.dropped[0].title == "Responders");
  CHECK(sections.dropped[0].line == 6);
  CHECK(sections.dropped[1].title == "Root Cause");
  CHECK(sections.text.find("Pager log") == std::string::npos);
  CHECK(sections.text.find("intern's script") == std::string::npos);
  CHECK(sections.text.find("Caches failed.") != std::string::npos);
  CHECK(sections.text.find("Budget talk.") != std::string::npos);
  CHECK(std::count(sections.text.begin(), sections.text.end(), '\n') == 19);
}

TEST_CASE("sections named in the configuration are dropped whatever their case and markup") {
  const auto document = parsed(kDocument);
  const PublicSections sections = drop_internal_sections(*document, {"internal notes"});
  REQUIRE(sections.dropped.size() == 3);
  CHECK(sections.dropped[2].title == "Internal Notes");
  CHECK(sections.text.find("Budget talk.") == std::string::npos);
  CHECK(sections.text.find("Check caches.") != std::string::npos);
}

TEST_CASE("the public copy is parsed again from the redacted text") {
  const auto document = parsed(std::string(kDocument) + "\nContact ops@example.com at 10.0.0.1.\n");
  auto copy = make_public_copy(*document, PublicRules{{"Internal Notes"}, {}});
  REQUIRE(std::holds_alternative<PublicCopy>(copy));
  const PublicCopy& result = std::get<PublicCopy>(copy);
  CHECK(result.dropped.size() == 3);
  REQUIRE(result.redactions.size() == 2);
  CHECK(result.redactions[0].line == 21);
  const auto& sections = result.document->incident.sections;
  std::vector<std::string> titles;
  for (const auto& top : sections) {
    titles.push_back(top.title);
    for (const auto& section : top.sections) titles.push_back(section.title);
  }
  CHECK(std::find(titles.begin(), titles.end(), "Responders") == titles.end());
  CHECK(std::find(titles.begin(), titles.end(), "Lessons Learned") != titles.end());
  CHECK(result.document->decoded.text.find("ops@example.com") == std::string::npos);
}

}  // namespace
}  // namespace pm
