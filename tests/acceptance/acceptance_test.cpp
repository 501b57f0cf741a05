#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "model/incident_json.h"
#include "model/parse_document.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

// The real documents in ../shared/ against counts a person wrote down by reading them
// (tests/acceptance/expected_counts.json, conventions in LABELLING.md).
namespace pm {
namespace {

TEST_CASE("acceptance: seeds and corpus parse to the hand-labelled counts") {
  if (!test::shared_directory_available("the seeds and corpus acceptance test")) return;
  const auto expected = nlohmann::json::parse(test::read_text(test::project_path("tests/acceptance/expected_counts.json")));
  for (const auto& document : expected.at("documents")) {
    const std::string path = document.at("path");
    CAPTURE(path);
    ParseResult parsed = parse_document(test::read_text(test::shared_path(path)), path);
    REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
    const Incident& incident = std::get<std::unique_ptr<ParsedDocument>>(parsed)->incident;
    const auto json = to_json(incident);
    const auto errors = test::schema_errors(nlohmann::json::parse(json.dump()),
                                            test::project_path("schemas/postmortem.schema.json"));
    CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors.front()));
    CHECK(incident.timeline.size() == document.at("timeline").get<std::size_t>());
    CHECK(incident.five_whys.size() == document.at("whys").get<std::size_t>());
    CHECK(incident.action_items.size() == document.at("action_items").get<std::size_t>());
    CHECK(incident.signoff.size() == document.at("signoff").get<std::size_t>());
    CHECK(!incident.root_cause.empty() == document.at("has_root_cause").get<bool>());
    CHECK(json.at("metadata").at("date").dump() == document.at("date").dump());
  }
}

}  // namespace
}  // namespace pm
