#include "model/section_keys.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "model/parse_document.h"

namespace pm {
namespace {

struct Example {
  std::string_view title;
  std::string_view key;
};

TEST_CASE("canonical_section_key names known sections and their aliases") {
  for (const Example& example : {
           Example{"📊 INCIDENT SUMMARY", "summary"},
           Example{"TL;DR", "summary"},
           Example{"Executive Summary", "summary"},
           Example{"Timeline of events", "timeline"},
           Example{"Timeline (UTC)", "timeline"},
           Example{"Chronology", "timeline"},
           Example{"Root cause identification: The Five Whys", "five_whys"},
           Example{"Why Did It Happen?", "five_whys"},
           Example{"Root Cause Analysis", "root_cause"},
           Example{"Contributing Factors", "contributing_factors"},
           Example{"Action Items & Followups", "action_items"},
           Example{"Follow-ups", "action_items"},
           Example{"Corrective Actions", "action_items"},
           Example{"Lessons learnt", "lessons_learned"},
           Example{"Sign-Off", "signoff"},
           Example{"Approvals", "signoff"},
           Example{"What went poorly", "what_went_wrong"},
           Example{"What Went Well", "what_went_well"},
       }) {
    CAPTURE(example.title);
    CHECK(canonical_section_key(example.title) == example.key);
  }
}

TEST_CASE("canonical_section_key is empty for titles that name no known section") {
  for (std::string_view title : {"Follow-Up Review", "Random heading", "", "🔥", "Summary of costs per team"}) {
    CAPTURE(title);
    CHECK(canonical_section_key(title) == "");
  }
}

TEST_CASE("section keys reach the model's sections") {
  ParseResult result = parse_document("# Outage\n\n## 📊 INCIDENT SUMMARY\n\nText.\n\n## Follow-Up Review\n", "x.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  const Incident& incident = std::get<std::unique_ptr<ParsedDocument>>(result)->incident;
  REQUIRE(incident.sections.size() == 1);
  REQUIRE(incident.sections[0].sections.size() == 2);
  CHECK(incident.sections[0].sections[0].title == "📊 INCIDENT SUMMARY");
  CHECK(incident.sections[0].sections[0].key == "summary");
  CHECK(incident.sections[0].sections[0].level == 2);
  CHECK(incident.sections[0].sections[0].line == 3);
  CHECK(incident.sections[0].sections[0].end_line == 6);
  CHECK(incident.sections[0].sections[1].key == "");
  CHECK(incident.sections[0].sections[1].line == 7);
  CHECK(incident.sections[0].sections[1].end_line == 7);
  CHECK(incident.sections[0].end_line == 7);
}

}  // namespace
}  // namespace pm
