// The details of single formats, each on the smallest input that shows it.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report/reporter.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

namespace pm {
namespace {

using nlohmann::json;

FileResult one_diagnostic_file(std::string line, Range range, Severity severity = Severity::warning,
                               std::string message = "message") {
  Diagnostic diagnostic;
  diagnostic.rule = "PM009";
  diagnostic.name = "some-rule";
  diagnostic.severity = severity;
  diagnostic.range = range;
  diagnostic.message = std::move(message);
  FileResult result;
  result.file = "a.md";
  result.source_lines = {std::move(line)};
  result.diagnostics = {diagnostic};
  return result;
}

std::string report(ReportFormat format, const std::vector<FileResult>& results) {
  std::ostringstream out;
  write_report(format, results, ReportOptions{}, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

json sarif_region(const FileResult& result) {
  return json::parse(
      report(ReportFormat::sarif,
             {result}))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
}

TEST_CASE("report formats: every name parses to its format and back") {
  const std::vector<std::string_view> expected = {"text",    "json",  "sarif",      "github",
                                                  "rdjsonl", "junit", "checkstyle", "codequality"};
  CHECK(report_format_names() == expected);
  for (const std::string_view name : expected) CHECK(parse_report_format(name).has_value());
  CHECK(parse_report_format("github") == ReportFormat::github);
  CHECK_FALSE(parse_report_format("").has_value());
  CHECK_FALSE(parse_report_format("JSON").has_value());
  CHECK_FALSE(parse_report_format("xml").has_value());
}

TEST_CASE("sarif: byte columns become UTF-16 columns") {
  // é is 2 bytes and € 3, each one UTF-16 unit; 😀 is 4 bytes and a surrogate pair.
  const std::string line = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x!";
  CHECK(sarif_region(one_diagnostic_file(line, {{1, 10}, {1, 11}})) ==
        json{{"startLine", 1}, {"startColumn", 5}, {"endLine", 1}, {"endColumn", 6}});
  CHECK(sarif_region(one_diagnostic_file(line, {{1, 1}, {1, 3}})) ==
        json{{"startLine", 1}, {"startColumn", 1}, {"endLine", 1}, {"endColumn", 2}});
  // Byte column 12 is just after "x!"; past the end of the line each byte counts one unit.
  CHECK(sarif_region(one_diagnostic_file(line, {{1, 6}, {1, 12}})) ==
        json{{"startLine", 1}, {"startColumn", 3}, {"endLine", 1}, {"endColumn", 7}});
  CHECK(sarif_region(one_diagnostic_file(line, {{1, 6}, {1, 14}})) ==
        json{{"startLine", 1}, {"startColumn", 3}, {"endLine", 1}, {"endColumn", 9}});
}

TEST_CASE("sarif: without the line's text the byte columns are kept") {
  FileResult result = one_diagnostic_file("", {{3, 4}, {3, 9}});
  result.source_lines.clear();
  CHECK(sarif_region(result) ==
        json{{"startLine", 3}, {"startColumn", 4}, {"endLine", 3}, {"endColumn", 9}});
}

TEST_CASE("sarif: a rule missing from the rules given is described by its diagnostic") {
  const json sarif =
      json::parse(report(ReportFormat::sarif, {one_diagnostic_file("x", {{1, 1}, {1, 2}})}));
  const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 1);
  CHECK(rules[0]["id"] == "PM009");
  CHECK(rules[0]["name"] == "some-rule");
  CHECK(sarif["runs"][0]["results"][0]["ruleIndex"] == 0);
  if (!pm::test::shared_directory_available("SARIF schema validation")) return;
  CHECK(pm::test::schema_errors(sarif, pm::test::shared_path("vendor-data/sarif-schema-2.1.0.json"))
            .empty());
}

TEST_CASE(
    "sarif and codequality: the same finding on the same text gets a new fingerprint per "
    "occurrence") {
  FileResult result = one_diagnostic_file("- [ ] fix it", {{1, 1}, {1, 2}});
  result.source_lines.push_back("  - [ ] fix it  ");  // the same once trimmed
  result.diagnostics.push_back(result.diagnostics[0]);
  result.diagnostics[1].range = {{2, 3}, {2, 4}};
  const json sarif_results =
      json::parse(report(ReportFormat::sarif, {result}))["runs"][0]["results"];
  const std::string first = sarif_results[0]["partialFingerprints"]["primaryLocationLineHash"];
  const std::string second = sarif_results[1]["partialFingerprints"]["primaryLocationLineHash"];
  CHECK(first != second);
  CHECK(first.size() == 16);
  CHECK(first.find_first_not_of("0123456789abcdef") == std::string::npos);

  // A line inserted above moves the finding but keeps its fingerprint.
  FileResult moved = result;
  moved.source_lines.insert(moved.source_lines.begin(), "# Title");
  for (Diagnostic& diagnostic : moved.diagnostics)
    ++diagnostic.range.begin.line, ++diagnostic.range.end.line;
  const json codequality = json::parse(report(ReportFormat::codequality, {moved}));
  CHECK(codequality[0]["fingerprint"] == first);
  CHECK(codequality[1]["fingerprint"] == second);
  CHECK(codequality[1]["location"]["lines"]["begin"] == 3);
}

TEST_CASE("github: '%', CR and LF are escaped in the message, ':' and ',' too in properties") {
  FileResult result =
      one_diagnostic_file("x", {{1, 1}, {1, 2}}, Severity::error, "50%\r\nof: a, b");
  result.file = "dir:1/a,b%.md";
  const auto lines = lines_of(report(ReportFormat::github, {result}));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] ==
        "::error file=dir%3A1/a%2Cb%25.md,line=1,col=1,endLine=1,endColumn=2,"
        "title=PM009 some-rule::50%25%0D%0Aof: a, b");
  CHECK(lines[1] == "1 file checked: 1 error, 0 warnings, 0 infos");
}

TEST_CASE("text: the summary line in singular, plural and clean forms") {
  CHECK(report(ReportFormat::text, {}) == "0 files checked: no problems\n");
  FileResult clean;
  clean.file = "a.md";
  CHECK(report(ReportFormat::text, {clean, clean}) == "2 files checked: no problems\n");
  const FileResult info = one_diagnostic_file("x", {{1, 1}, {1, 2}}, Severity::info);
  CHECK(lines_of(report(ReportFormat::text, {info})).back() ==
        "1 file checked: 0 errors, 0 warnings, 1 info");
  CHECK(lines_of(report(ReportFormat::text, {info, info})).back() ==
        "2 files checked: 0 errors, 0 warnings, 2 infos");
}

TEST_CASE("text: carets for empty ranges, ranges past the line end and ranges over several lines") {
  CHECK(lines_of(report(ReportFormat::text, {one_diagnostic_file("abc", {{1, 2}, {1, 2}})}))[2] ==
        " ^");
  CHECK(lines_of(report(ReportFormat::text, {one_diagnostic_file("abc", {{1, 4}, {1, 4}})}))[2] ==
        "   ^");
  CHECK(lines_of(report(ReportFormat::text, {one_diagnostic_file("abc", {{1, 2}, {3, 1}})}))[2] ==
        " ^~");
  // A wide character in the range takes two cells of underline; a combining mark none.
  CHECK(lines_of(report(ReportFormat::text, {one_diagnostic_file("a\xE6\x97\xA5"
                                                                 "e\xCC\x81z",
                                                                 {{1, 1}, {1, 8}})}))[2] == "^~~~");
}

TEST_CASE("text: control characters are shown escaped, so a diagnostic keeps to its line") {
  const FileResult result =
      one_diagnostic_file("a\x1b[31mb", {{1, 7}, {1, 8}}, Severity::warning, "one\ntwo\x07");
  const auto lines = lines_of(report(ReportFormat::text, {result}));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "a.md:1:7: warning: one\\ntwo\\x07 [PM009 some-rule]");
  CHECK(lines[1] == "a\\x1b[31mb");
  CHECK(lines[2] == "         ^");  // under the 'b', after the four cells of "\x1b"
}

TEST_CASE(
    "xml formats: characters XML 1.0 forbids are dropped, bytes that are not UTF-8 replaced") {
  const FileResult result = one_diagnostic_file("x", {{1, 1}, {1, 2}}, Severity::error,
                                                "bell\x07 form\x0c nul-free \xFF end");
  const std::string checkstyle = report(ReportFormat::checkstyle, {result});
  CHECK(checkstyle.find("message=\"bell form nul-free \xEF\xBF\xBD end\"") != std::string::npos);
  const std::string junit = report(ReportFormat::junit, {result});
  CHECK(junit.find('\x07') == std::string::npos);
  CHECK(junit.find("bell\\x07") != std::string::npos);  // the text line escapes it first
}

TEST_CASE("json formats: bytes that are not UTF-8 become U+FFFD instead of an exception") {
  const FileResult result =
      one_diagnostic_file("x", {{1, 1}, {1, 2}}, Severity::error, "bad \xFF byte");
  for (const ReportFormat format : {ReportFormat::json, ReportFormat::sarif, ReportFormat::rdjsonl,
                                    ReportFormat::codequality}) {
    std::string output;
    REQUIRE_NOTHROW(output = report(format, {result}));
    CHECK(output.find("bad \xEF\xBF\xBD byte") != std::string::npos);
  }
}

}  // namespace
}  // namespace pm
