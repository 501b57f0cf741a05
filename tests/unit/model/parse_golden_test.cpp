#include <doctest/doctest.h>

#include "model/incident_json.h"
#include "model/parse_document.h"
#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

nlohmann::ordered_json parse_sample(const std::string& relative_path) {
  ParseResult parsed = parse_document(test::read_text(test::project_path(relative_path)), relative_path);
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  return to_json(std::get<std::unique_ptr<ParsedDocument>>(parsed)->incident);
}

TEST_CASE("parse output of every sample matches its golden JSON and the schema") {
  const auto samples = test::sample_files();
  REQUIRE(samples.size() >= 5);
  for (const auto& sample : samples) {
    CAPTURE(sample);
    const auto json = parse_sample(sample);
    const auto errors = test::schema_errors(nlohmann::json::parse(json.dump()),
                                            test::project_path("schemas/postmortem.schema.json"));
    CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors.front()));
    const std::string difference =
        test::compare_with_golden(json.dump(2) + "\n", "tests/golden/parse/" + test::file_stem(sample) + ".json");
    CHECK_MESSAGE(difference.empty(), difference);
  }
}

}  // namespace
}  // namespace pm
