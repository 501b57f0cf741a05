#include <doctest/doctest.h>

#include <filesystem>

#include "fix/fix_document.h"
#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "template/template_reader.h"

// Each folder under tests/fix/ holds before.md and after.md: what `postmortem fix` makes of the
// document with the built-in template on 2026-07-01. after.md is compared byte for byte (BOM,
// line endings and final newline included), and fixing it again must change nothing.
namespace pm {
namespace {

LintSettings fix_settings() {
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(default_template());
  settings.options.today = CivilDate{2026, 7, 1};
  return settings;
}

TEST_CASE("every fix case turns before.md into after.md, and fixing after.md changes nothing") {
  const std::filesystem::path root = test::project_path("tests/fix");
  const LintSettings settings = fix_settings();
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    ++cases;
    const std::string before = test::read_text((entry.path() / "before.md").string());
    const FixOutcome fixed = fix_file_bytes(before, name + "/before.md", settings);
    REQUIRE_FALSE(fixed.failure.has_value());
    CHECK(fixed.changed == (name != "clean"));
    const std::string difference = test::compare_with_golden(fixed.bytes, "tests/fix/" + name + "/after.md");
    CHECK_MESSAGE(difference.empty(), difference);

    const FixOutcome again = fix_file_bytes(fixed.bytes, name + "/after.md", settings);
    CHECK_FALSE(again.changed);
    CHECK(again.bytes == fixed.bytes);
  }
  CHECK(cases >= 8);
}

TEST_CASE("a file that cannot be parsed is not fixed, and its bytes are given back untouched") {
  const std::string utf16("\xFF\xFE#\0 \0T\0\n\0", 10);
  const FixOutcome fixed = fix_file_bytes(utf16, "utf16.md", fix_settings());
  REQUIRE(fixed.failure.has_value());
  CHECK(fixed.failure->find("not changed") != std::string::npos);
  CHECK_FALSE(fixed.changed);
  CHECK(fixed.bytes == utf16);

  const std::string invalid = "# Title\n\n**Status**: done \xFF\n";
  const FixOutcome not_utf8 = fix_file_bytes(invalid, "bad.md", fix_settings());
  CHECK(not_utf8.failure.has_value());
  CHECK(not_utf8.bytes == invalid);
}

TEST_CASE("with PM024 off, mojibake is kept as written while other fixes still apply") {
  LintSettings settings = fix_settings();
  settings.overrides.push_back(RuleOverride{"PM024", std::nullopt, true, std::nullopt, false});
  const std::string before = test::read_text(test::project_path("tests/fix/mojibake/before.md"));
  const FixOutcome fixed = fix_file_bytes(before, "mojibake.md", settings);
  CHECK(fixed.bytes.find("\xC3\xA2\xE2\x80\xA0\xE2\x80\x99") != std::string::npos);  // "â†’" as written
  CHECK(fixed.fixes.count("PM024") == 0);
}

}  // namespace
}  // namespace pm
