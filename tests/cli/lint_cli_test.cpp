#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "report/reporter.h"
#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

namespace pm {
namespace {

const char* kToday = "2026-07-01";

test::CommandResult lint(std::vector<std::string> arguments, const std::vector<std::string>& environment = {}) {
  arguments.insert(arguments.begin(), {"lint", "--today", kToday});
  return test::run_postmortem(arguments, PM_SOURCE_DIR, environment);
}

std::string extension_of(std::string_view format) {
  if (format == "text" || format == "github") return "txt";
  if (format == "junit" || format == "checkstyle") return "xml";
  if (format == "rdjsonl") return "jsonl";
  if (format == "sarif") return "sarif";
  return "json";
}

TEST_CASE("lint output of the samples in every format matches its golden file") {
  for (auto format : report_format_names()) {
    CAPTURE(format);
    auto result = lint({"samples", "--format", std::string(format), "--color", "never"});
    CHECK(result.exit_code == 1);  // the unfinished draft has error-level findings
    CHECK(result.err.empty());
    const std::string golden = "tests/golden/lint/samples-" + std::string(format) + "." + extension_of(format);
    const std::string difference = test::compare_with_golden(result.out, golden);
    CHECK_MESSAGE(difference.empty(), difference);
  }
}

TEST_CASE("the JSON format counts what it lists, and SARIF passes the official schema") {
  auto json = lint({"samples", "--format", "json"});
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report.at("summary").at("files") == 8);
  int errors = 0;
  for (const auto& diagnostic : report.at("diagnostics")) errors += diagnostic.at("severity") == "error";
  CHECK(report.at("summary").at("errors") == errors);
  CHECK(errors > 0);

  if (!test::shared_directory_available("SARIF validation of lint output")) return;
  auto sarif = lint({"samples", "--format", "sarif"});
  const auto problems = test::schema_errors(nlohmann::json::parse(sarif.out),
                                            test::shared_path("vendor-data/sarif-schema-2.1.0.json"));
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
}

TEST_CASE("parallel linting gives the same output as one job") {
  auto one = lint({"samples", "-j", "1", "--format", "json"});
  auto four = lint({"samples", "-j", "4", "--format", "json"});
  CHECK(one.out == four.out);
}

TEST_CASE("colour only when asked or on a terminal, never with NO_COLOR") {
  auto never = lint({"samples"});
  CHECK(never.out.find("\x1b[") == std::string::npos);  // not a terminal
  auto always = lint({"samples", "--color", "always"});
  CHECK(always.out.find("\x1b[") != std::string::npos);
  auto no_color = lint({"samples", "--color", "auto"}, {"NO_COLOR=1"});
  CHECK(no_color.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("exit codes: clean, findings, --max-warnings, unreadable paths") {
  const std::string finished = "samples/2026-03-14-ledgerline-authorization-outage.md";
  auto clean = lint({finished});
  CHECK(clean.exit_code == 0);
  auto strict = lint({"samples/2026-06-02-draft-queue-backlog.md", "--max-warnings", "0", "--format", "json"});
  CHECK(strict.exit_code == 1);
  auto missing = lint({finished, "no/such/file.md"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "postmortem: no/such/file.md: No such file or directory\n");
  CHECK(missing.out.find("1 file checked") != std::string::npos);
  auto bad_format = lint({finished, "--format", "sarf"});
  CHECK(bad_format.exit_code == 2);
  CHECK(bad_format.err.rfind("postmortem: unknown --format \"sarf\"; did you mean \"sarif\"?", 0) == 0);
  auto bad_today = lint({finished, "--today", "tomorrow"});
  CHECK(bad_today.exit_code == 2);
}

TEST_CASE("a configuration file is found upwards, applied, and refused with its line when wrong") {
  const std::string root = test::make_temp_directory();
  std::filesystem::create_directories(root + "/docs/postmortems");
  std::filesystem::copy_file(test::project_path("samples/2026-06-02-draft-queue-backlog.md"),
                             root + "/docs/postmortems/draft.md");
  test::write_text(root + "/.postmortem.yml", "rules:\n  PM012: off\n");
  auto configured = test::run_postmortem({"lint", "--today", kToday, "--format", "json", "docs"}, root);
  const auto report = nlohmann::json::parse(configured.out);
  for (const auto& diagnostic : report.at("diagnostics")) CHECK(diagnostic.at("rule") != "PM012");

  test::write_text(root + "/.postmortem.yml", "rules:\n  PM999: off\n");
  auto unknown_rule = test::run_postmortem({"lint", "docs"}, root);
  CHECK(unknown_rule.exit_code == 2);
  CHECK(unknown_rule.err.find(".postmortem.yml:2") != std::string::npos);
  CHECK(unknown_rule.err.find("PM999") != std::string::npos);

  test::write_text(root + "/.postmortem.yml", "options:\n  whys: [1\n");
  auto not_yaml = test::run_postmortem({"lint", "docs"}, root);
  CHECK(not_yaml.exit_code == 2);
  CHECK(not_yaml.err.rfind("postmortem: ", 0) == 0);
  std::filesystem::remove_all(root);
}

TEST_CASE("without paths, the configuration's include and exclude globs choose the files") {
  const std::string root = test::make_temp_directory();
  for (const char* folder : {"/docs/postmortems", "/docs/postmortems/old", "/notes"}) {
    std::filesystem::create_directories(root + folder);
  }
  const std::string sample = test::project_path("samples/2026-03-14-ledgerline-authorization-outage.md");
  for (const char* file : {"/docs/postmortems/a.md", "/docs/postmortems/old/b.md", "/notes/c.md"}) {
    std::filesystem::copy_file(sample, root + file);
  }
  test::write_text(root + "/.postmortem.yml",
                   "include:\n  - \"docs/**/*.md\"\nexclude:\n  - \"docs/postmortems/old/**\"\n");
  auto from_root = test::run_postmortem({"lint", "--today", kToday, "--format", "json"}, root);
  CHECK(nlohmann::json::parse(from_root.out).at("summary").at("files") == 1);
  // From a folder below, the globs still count from the configuration's folder.
  auto from_below = test::run_postmortem({"lint", "--today", kToday, "--format", "json"}, root + "/notes");
  CHECK(nlohmann::json::parse(from_below.out).at("summary").at("files") == 1);

  std::filesystem::remove(root + "/.postmortem.yml");
  auto nothing = test::run_postmortem({"lint"}, root);
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err.find("no files to lint") != std::string::npos);
  std::filesystem::remove_all(root);
}

TEST_CASE("inline comments suppress diagnostics") {
  const std::string root = test::make_temp_directory();
  std::string text = test::read_text(test::project_path("samples/2026-06-02-draft-queue-backlog.md"));
  test::write_text(root + "/doc.md", text);
  auto with_findings = test::run_postmortem({"lint", "--today", kToday, "--format", "json", root + "/doc.md"});
  test::write_text(root + "/doc.md", "<!-- postmortem-disable -->\n" + text);
  auto silenced = test::run_postmortem({"lint", "--today", kToday, "--format", "json", root + "/doc.md"});
  CHECK_FALSE(nlohmann::json::parse(with_findings.out).at("diagnostics").empty());
  CHECK(nlohmann::json::parse(silenced.out).at("diagnostics").empty());
  std::filesystem::remove_all(root);
}

TEST_CASE("the team's real template works unmodified as --template") {
  if (!test::shared_directory_available("linting with seed 004 as the template")) return;
  auto result = lint({"samples", "--template", test::shared_path("seeds/004_9d2cc0b81c121779.txt"), "--format", "json"});
  CHECK(result.err.empty());
  CHECK((result.exit_code == 0 || result.exit_code == 1));
  CHECK(nlohmann::json::parse(result.out).at("summary").at("files") == 8);
}

}  // namespace
}  // namespace pm
