#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <set>

#include "lint/lint_document.h"
#include "rules/rule.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "template/template_reader.h"

// Every rule has a folder tests/rules/<ID>/ with documents that carry their expected
// diagnostics inline: `<!-- expect: PM001 -->` on the line a diagnostic of that rule must point
// at. A folder's documents are checked for that rule only; bad*.md must expect at least one
// diagnostic and good*.md none. A template.md in the folder replaces the built-in template.
namespace pm {
namespace {

using Expectation = std::pair<int, std::string>;  // line, rule ID

std::multiset<Expectation> expected_markers(const std::string& text, const std::string& rule) {
  std::multiset<Expectation> expected;
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view content(text.data() + start, end - start);
    for (std::size_t at = content.find("<!-- expect:"); at != std::string_view::npos;
         at = content.find("<!-- expect:", at + 1)) {
      const std::size_t close = content.find("-->", at);
      std::string ids(content.substr(at + 12, close - at - 12));
      std::replace(ids.begin(), ids.end(), ',', ' ');
      std::istringstream words(ids);
      for (std::string id; words >> id;) {
        if (id == rule) expected.emplace(line, id);
      }
    }
    ++line;
    start = end + 1;
  }
  return expected;
}

LintSettings fixture_settings(const std::filesystem::path& folder) {
  LintSettings settings;
  TemplateResult spec = std::filesystem::exists(folder / "template.md")
                            ? read_template(test::read_text((folder / "template.md").string()), "template.md")
                            : default_template();
  REQUIRE(std::holds_alternative<TemplateSpec>(spec));
  settings.spec = std::get<TemplateSpec>(spec);
  settings.options.today = CivilDate{2026, 7, 1};
  return settings;
}

TEST_CASE("every rule has fixtures, and each fixture gets exactly the diagnostics it expects") {
  const std::filesystem::path root = test::project_path("tests/rules");
  for (const auto& rule : all_rules()) {
    const std::filesystem::path folder = root / std::string(rule.id);
    CAPTURE(rule.id);
    REQUIRE_MESSAGE(std::filesystem::is_directory(folder), "no fixtures for ", rule.id);
    const LintSettings settings = fixture_settings(folder);
    int bad = 0, good = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() != ".md" || name == "template.md") continue;
      CAPTURE(name);
      const std::string text = test::read_text(entry.path().string());
      const auto expected = expected_markers(text, std::string(rule.id));
      // The path relative to the project root (the tests' working directory), so rules that
      // look at neighbouring files (relative links) find them.
      const std::string path = "tests/rules/" + std::string(rule.id) + "/" + name;
      const FileResult result = lint_file_bytes(text, path, settings);
      std::multiset<Expectation> actual;
      for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.rule == rule.id) actual.emplace(diagnostic.range.begin.line, diagnostic.rule);
      }
      std::string found;
      for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.rule == rule.id) {
          found += "\n  " + std::to_string(diagnostic.range.begin.line) + ": " + diagnostic.message;
        }
      }
      CHECK_MESSAGE(actual == expected, "diagnostics found:", found);
      if (name.rfind("bad", 0) == 0) {
        ++bad;
        CHECK_MESSAGE(!expected.empty(), name, " expects no diagnostic");
      }
      if (name.rfind("good", 0) == 0) {
        ++good;
        CHECK_MESSAGE(expected.empty(), name, " expects a diagnostic");
      }
    }
    CHECK_MESSAGE(bad > 0, "no bad*.md fixture for ", rule.id);
    CHECK_MESSAGE(good > 0, "no good*.md fixture for ", rule.id);
  }
}

}  // namespace
}  // namespace pm
