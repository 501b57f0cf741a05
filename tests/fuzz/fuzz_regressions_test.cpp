#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "invariants/config_invariants.h"
#include "invariants/fix_invariants.h"
#include "invariants/lint_invariants.h"
#include "invariants/parse_invariants.h"
#include "invariants/render_invariants.h"
#include "invariants/template_invariants.h"
#include "support/run_command.h"
#include "support/schema_check.h"

// Every input a fuzz target once failed on is kept under fuzz/regressions/TARGET/ and goes through
// the same invariants here, so `make test` guards the fixes without clang or libFuzzer.
namespace pm {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> kept_inputs(const std::string& target) {
  std::vector<std::string> files;
  const fs::path folder = test::project_path("fuzz/regressions/" + target);
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string described(const std::vector<std::string>& problems) {
  std::string text;
  for (const auto& problem : problems) text += "\n  " + problem;
  return text;
}

template <typename Invariants>
void check_kept_inputs(const std::string& target, const Invariants& invariants) {
  for (const auto& file : kept_inputs(target)) {
    CAPTURE(file);
    const auto problems = invariants.check(test::read_text(file));
    CHECK_MESSAGE(problems.empty(), described(problems));
  }
}

TEST_CASE("fuzz regressions: parse") { check_kept_inputs("parse", fuzz::ParseInvariants()); }
TEST_CASE("fuzz regressions: lint") { check_kept_inputs("lint", fuzz::LintInvariants()); }
TEST_CASE("fuzz regressions: fix") { check_kept_inputs("fix", fuzz::FixInvariants()); }
TEST_CASE("fuzz regressions: render") { check_kept_inputs("render", fuzz::RenderInvariants()); }
TEST_CASE("fuzz regressions: config") { check_kept_inputs("config", fuzz::ConfigInvariants()); }
TEST_CASE("fuzz regressions: template") {
  check_kept_inputs("template", fuzz::TemplateInvariants());
}

// The invariants themselves must accept what the project ships, or every finding would be noise.
TEST_CASE(
    "the fuzz invariants hold for the samples, the built-in template and a full configuration") {
  const fuzz::ParseInvariants parse;
  const fuzz::LintInvariants lint;
  const fuzz::FixInvariants fix;
  const fuzz::RenderInvariants render;
  std::vector<std::string> samples;
  for (const auto& entry : fs::directory_iterator(test::project_path("samples")))
    samples.push_back(entry.path().string());
  std::sort(samples.begin(), samples.end());
  for (const auto& sample : samples) {
    CAPTURE(sample);
    const std::string bytes = test::read_text(sample);
    for (const auto& problems :
         {parse.check(bytes), lint.check(bytes), fix.check(bytes), render.check(bytes)}) {
      CHECK_MESSAGE(problems.empty(), described(problems));
    }
  }
  const auto template_problems =
      fuzz::TemplateInvariants().check(test::read_text(test::project_path("templates/default.md")));
  CHECK_MESSAGE(template_problems.empty(), described(template_problems));
  const auto config_problems = fuzz::ConfigInvariants().check(
      test::read_text(test::project_path("fuzz/seeds/config/full.yml")));
  CHECK_MESSAGE(config_problems.empty(), described(config_problems));
}

}  // namespace
}  // namespace pm
