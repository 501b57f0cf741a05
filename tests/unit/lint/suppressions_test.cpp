#include <doctest/doctest.h>

#include "lint/lint_document.h"
#include "lint/suppressions.h"
#include "rules/rule_list.h"

namespace pm {
namespace {

Diagnostic at(int line, const char* rule) {
  Diagnostic diagnostic;
  diagnostic.rule = rule;
  diagnostic.range = Range{{line, 1}, {line, 2}};
  return diagnostic;
}

TEST_CASE("disable and enable comments suppress a rule on the lines between them") {
  const std::string text =
      "line one\n"
      "<!-- postmortem-disable PM013 -->\n"
      "three\n"
      "<!-- postmortem-enable PM013 -->\n"
      "five\n";
  LineTable lines(text);
  Suppressions suppressions = Suppressions::read(lines);
  CHECK_FALSE(suppressions.suppresses(at(1, "PM013")));
  CHECK(suppressions.suppresses(at(3, "PM013")));
  CHECK_FALSE(suppressions.suppresses(at(3, "PM014")));
  CHECK_FALSE(suppressions.suppresses(at(5, "PM013")));
}

TEST_CASE("disable-next-line takes IDs and names; a disable without names covers every rule to the end") {
  const std::string text =
      "<!-- postmortem-disable-next-line PM003, action-without-owner -->\n"
      "two\n"
      "three\n"
      "<!-- postmortem-disable -->\n"
      "five\n";
  LineTable lines(text);
  Suppressions suppressions = Suppressions::read(lines);
  CHECK(suppressions.suppresses(at(2, "PM003")));
  CHECK(suppressions.suppresses(at(2, "PM014")));
  CHECK_FALSE(suppressions.suppresses(at(3, "PM003")));
  CHECK(suppressions.suppresses(at(5, "PM020")));
  CHECK(suppressions.suppresses(at(900, "PM001")));
}

TEST_CASE("other comments are not directives") {
  const std::string text = "<!-- TODO(ana): postmortem-disable later -->\ntwo\n";
  LineTable lines(text);
  CHECK_FALSE(Suppressions::read(lines).suppresses(at(2, "PM001")));
}

TEST_CASE("severity follows the document's status and the configuration") {
  LintSettings settings;
  RuleInfo lenient{"PM900", "lenient", "", "", "", "", Severity::error, false, true, nullptr};
  RuleInfo strict{"PM901", "strict", "", "", "", "", Severity::warning, false, false, nullptr};
  CHECK(effective_severity(lenient, settings, true) == Severity::warning);
  CHECK(effective_severity(lenient, settings, false) == Severity::error);
  CHECK(effective_severity(strict, settings, true) == Severity::warning);
  settings.overrides.push_back({"PM901", Severity::error, false, Severity::info, false});
  CHECK(effective_severity(strict, settings, false) == Severity::error);
  CHECK(effective_severity(strict, settings, true) == Severity::info);
  settings.overrides.push_back({"PM900", std::nullopt, true, std::nullopt, false});
  CHECK_FALSE(effective_severity(lenient, settings, false).has_value());
}

}  // namespace
}  // namespace pm
