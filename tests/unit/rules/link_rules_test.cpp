// PM026 only judges links of documents that come from a file it can see.

#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "lint/lint_document.h"
#include "template/template_reader.h"

namespace pm {
namespace {

int broken_links(const std::string& text, const std::string& file) {
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(default_template());
  int count = 0;
  for (const Diagnostic& diagnostic : lint_file_bytes(text, file, settings).diagnostics)
    count += diagnostic.rule == "PM026" ? 1 : 0;
  return count;
}

TEST_CASE("PM026 skips text that does not come from an existing file") {
  const std::string text = "# Outage\n\nSee [the runbook](runbooks/none-such.md).\n";
  CHECK(broken_links(text, "<stdin>") == 0);
  CHECK(broken_links(text, "-") == 0);
  CHECK(broken_links(text, "") == 0);
  CHECK(broken_links(text, "tests/rules/PM026/not-a-file.md") == 0);
  // The same text under the name of a real file is checked against its folder.
  CHECK(broken_links(text, "tests/rules/PM026/good.md") == 1);
}

TEST_CASE("PM026 finds each target of a line in turn") {
  const std::string text =
      "# Outage\n\n[a](missing-one.md) and [b](diagram.txt) and [c](missing-one.md)\n";
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(default_template());
  std::vector<Range> ranges;
  for (const Diagnostic& diagnostic :
       lint_file_bytes(text, "tests/rules/PM026/good.md", settings).diagnostics) {
    if (diagnostic.rule == "PM026") ranges.push_back(diagnostic.range);
  }
  REQUIRE(ranges.size() == 2);
  CHECK(ranges[0] == Range{{3, 5}, {3, 19}});
  CHECK(ranges[1] == Range{{3, 50}, {3, 64}});
}

}  // namespace
}  // namespace pm
