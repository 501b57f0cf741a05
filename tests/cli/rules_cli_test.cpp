#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli/rules_command.h"
#include "rules/rule.h"
#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

TEST_CASE("docs/rules.md is the registry's own Markdown") {
  const std::string committed = test::read_text(test::project_path("docs/rules.md"));
  CHECK_MESSAGE(committed == rules_markdown(),
                "docs/rules.md is stale: run build/postmortem rules --format markdown > docs/rules.md");
}

TEST_CASE("every rule is documented: summary, explanation and both examples") {
  for (const auto& rule : all_rules()) {
    CAPTURE(rule.id);
    CHECK(rule.id.size() == 5);
    CHECK_FALSE(rule.name.empty());
    CHECK_FALSE(rule.summary.empty());
    CHECK_FALSE(rule.explanation.empty());
    CHECK_FALSE(rule.bad_example.empty());
    CHECK_FALSE(rule.good_example.empty());
    CHECK(find_rule(rule.id) == &rule);
    CHECK(find_rule(rule.name) == &rule);
  }
}

TEST_CASE("postmortem rules lists every rule; rules ID explains one; a misspelt rule gets a suggestion") {
  auto listing = test::run_postmortem({"rules"});
  CHECK(listing.exit_code == 0);
  for (const auto& rule : all_rules()) CHECK(listing.out.find(std::string(rule.id) + "  " + std::string(rule.name)) != std::string::npos);

  auto explained = test::run_postmortem({"rules", "PM016"});
  CHECK(explained.exit_code == 0);
  CHECK(explained.out.rfind("PM016 action-overdue\n", 0) == 0);
  CHECK(explained.out.find(std::string(find_rule("PM016")->explanation)) != std::string::npos);

  auto by_name = test::run_postmortem({"rules", "missing-section"});
  CHECK(by_name.out.rfind("PM001 missing-section\n", 0) == 0);

  auto unknown = test::run_postmortem({"rules", "action-overdeu"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "postmortem: unknown rule \"action-overdeu\"; did you mean \"action-overdue\"?\n");

  auto json = test::run_postmortem({"rules", "--format", "json"});
  CHECK(nlohmann::json::parse(json.out).size() == all_rules().size());
}

TEST_CASE("a misspelt command gets a suggestion and exit code 2") {
  auto result = test::run_postmortem({"lnit", "samples"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.rfind("postmortem: unknown command \"lnit\"; did you mean \"lint\"?\n", 0) == 0);
}

TEST_CASE("template show describes the built-in template, and --json matches the schema") {
  auto text = test::run_postmortem({"template", "show"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Executive Summary") != std::string::npos);
  auto json = test::run_postmortem({"template", "show", "--json"});
  CHECK(json.exit_code == 0);
  CHECK(test::schema_errors(nlohmann::json::parse(json.out), test::project_path("schemas/template.schema.json")).empty());
  auto missing = test::run_postmortem({"template", "show", "/nonexistent/template.md"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "postmortem: /nonexistent/template.md: No such file or directory\n");
}

}  // namespace
}  // namespace pm
