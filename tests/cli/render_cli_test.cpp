// `postmortem render`: golden pages and Markdown for the samples, output files, and errors.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

const char* kToday = "2026-07-01";

struct TempFolder {
  std::string path = test::make_temp_directory();
  ~TempFolder() { std::filesystem::remove_all(path); }
};

test::CommandResult render(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"render", "--today", kToday});
  return test::run_postmortem(arguments, test::project_path(""));
}

TEST_CASE("render --format html of every sample matches its golden page") {
  for (const auto& sample : test::sample_files()) {
    CAPTURE(sample);
    const auto result = render({"--format", "html", sample});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    const std::string difference = test::compare_with_golden(
        result.out, "tests/golden/render/" + test::file_stem(sample) + ".html");
    CHECK_MESSAGE(difference.empty(), difference);
  }
}

TEST_CASE("render --format md of every sample matches its golden Markdown") {
  for (const auto& sample : test::sample_files()) {
    CAPTURE(sample);
    const auto result = render({"--format", "md", sample});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    const std::string difference = test::compare_with_golden(
        result.out, "tests/golden/render/" + test::file_stem(sample) + ".md");
    CHECK_MESSAGE(difference.empty(), difference);
  }
}

TEST_CASE("render writes the page atomically with -o, and HTML is the default format") {
  TempFolder folder;
  const std::string output = folder.path + "/report.html";
  const std::string sample = "samples/2026-03-14-ledgerline-authorization-outage.md";
  const auto result = render({sample, "-o", output});
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
  CHECK(test::read_text(output) == render({sample}).out);
  CHECK(test::read_text(output).starts_with("<!DOCTYPE html>"));
  const auto into_missing_folder = render({sample, "-o", folder.path + "/missing/report.html"});
  CHECK(into_missing_folder.exit_code == 2);
  CHECK(into_missing_folder.err.starts_with("postmortem: " + folder.path +
                                            "/missing/report.html: not written: "));
}

TEST_CASE("render --html-template uses the given Mustache file and reports a broken one") {
  TempFolder folder;
  const std::string page = folder.path + "/page.mustache";
  test::write_text(page,
                   "<h1>{{title}}</h1>{{#facts}}<p>{{fact_name}}={{fact_value}}</p>{{/facts}}\n");
  const auto result =
      render({"samples/2026-05-06-mailvane-duplicate-webhooks-cp1252.md", "--html-template", page});
  CHECK(result.exit_code == 0);
  CHECK(result.out.starts_with(
      "<h1>Post-Mortem: Mailvane bounce webhooks delivered twice</h1><p>Date=2026-05-06</p>"));
  test::write_text(page, "{{#facts}}unclosed\n");
  const auto broken =
      render({"samples/2026-05-06-mailvane-duplicate-webhooks-cp1252.md", "--html-template", page});
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.empty());
  CHECK(broken.err.starts_with("postmortem: " + page + ": "));
  const auto missing = render({"samples/2026-05-06-mailvane-duplicate-webhooks-cp1252.md",
                               "--html-template", folder.path + "/none.mustache"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "postmortem: " + folder.path + "/none.mustache: No such file or directory\n");
}

TEST_CASE("render refuses an unknown format with a suggestion, and options that do not fit") {
  const auto typo =
      render({"--format", "htm", "samples/2026-03-14-ledgerline-authorization-outage.md"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err ==
        "postmortem render: unknown --format \"htm\"; did you mean \"html\"? (expected html or "
        "md)\n");
  const auto mixed = render({"--format", "md", "--html-template", "x.mustache",
                             "samples/2026-03-14-ledgerline-authorization-outage.md"});
  CHECK(mixed.exit_code == 2);
  CHECK(mixed.err == "postmortem render: --html-template applies to --format html only\n");
}

TEST_CASE("render reports a file it cannot read or decode, and writes nothing") {
  TempFolder folder;
  const auto missing = render({folder.path + "/none.md"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.empty());
  CHECK(missing.err == "postmortem: " + folder.path + "/none.md: No such file or directory\n");
  const std::string broken = folder.path + "/broken.md";
  test::write_text(broken, "# Title\n\n**Severity**: SEV2 \xFF\n");
  const auto undecodable = render({"--format", "md", broken});
  CHECK(undecodable.exit_code == 2);
  CHECK(undecodable.out.empty());
  CHECK(undecodable.err.starts_with("postmortem: " + broken + ":3:20: invalid UTF-8 byte 0xff"));
}

// "file: title | ... | 4 sign-offs, 2 lines repaired" without the file and the repairs, which the
// canonical form, written as clean UTF-8, no longer needs.
std::string summary_of(const std::string& file) {
  std::string line = test::run_postmortem({"parse", "--summary", file}, test::project_path("")).out;
  line = std::regex_replace(line, std::regex(", \\d+ lines? repaired"), "");
  return line.substr(line.find(": "));
}

TEST_CASE("render --format md writes what parses back to the same summary") {
  TempFolder folder;
  for (const auto& sample : test::sample_files()) {
    CAPTURE(sample);
    const std::string output = folder.path + "/" + test::file_stem(sample) + ".md";
    REQUIRE(render({"--format", "md", sample, "-o", output}).exit_code == 0);
    CHECK(summary_of(output) == summary_of(sample));
  }
}

}  // namespace
}  // namespace pm
