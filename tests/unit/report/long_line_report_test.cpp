#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/reporter.h"

// One long line with many findings must not multiply into a report of gigabytes.
namespace pm {
namespace {

Diagnostic placeholder_at(int column) {
  Diagnostic diagnostic;
  diagnostic.rule = "PM009";
  diagnostic.name = "placeholder-text";
  diagnostic.severity = Severity::warning;
  diagnostic.range = Range{{3, column}, {3, column + 6}};
  diagnostic.message = "placeholder \"[Name]\" was left in";
  return diagnostic;
}

std::string text_report(const FileResult& result) {
  std::ostringstream out;
  write_report(ReportFormat::text, {result}, ReportOptions{}, out);
  return out.str();
}

TEST_CASE("a long line is shown around each finding, not whole") {
  FileResult result;
  result.file = "long.md";
  std::string line;
  for (int i = 0; i < 5'000; ++i) line += "[Name] ";  // 35,000 bytes
  result.source_lines = {"# Title", "", line};
  for (int i = 0; i < 5'000; ++i) result.diagnostics.push_back(placeholder_at(1 + 7 * i));
  const std::string report = text_report(result);
  CHECK(report.size() < 5'000u * 1'500u);

  FileResult one = result;
  one.diagnostics = {placeholder_at(1 + 7 * 2'500)};
  const std::string shown = text_report(one);
  const std::size_t source = shown.find('\n') + 1;
  const std::size_t caret = shown.find('\n', source) + 1;
  CHECK(shown.compare(source, 3, "…") == 0);                         // cut before
  CHECK(shown.find("…\n", source) == shown.find('\n', source) - 3);  // and after
  const std::string source_line = shown.substr(source, caret - 1 - source);
  const std::string caret_line = shown.substr(caret, shown.find('\n', caret) - caret);
  // The caret sits under "[Name]": one space stands for the leading "…", the rest count bytes.
  const std::size_t under = caret_line.find('^');
  CHECK(caret_line.substr(under) == "^~~~~~");
  CHECK(source_line.substr(under + 2, 6) == "[Name]");
}

// SARIF's UTF-16 columns and the line-hash fingerprints used to walk or hash the whole line
// once per finding, so their time grew with the line's length times its findings.
TEST_CASE("every format reports thousands of findings on one long line") {
  FileResult result;
  result.file = "long.md";
  std::string line;
  for (int i = 0; i < 5'000; ++i)
    line += "\xF0\x9F\x98\x80[Name] ";  // an emoji, then a placeholder
  result.source_lines = {"# Title", "", line};
  for (int i = 0; i < 5'000; ++i) result.diagnostics.push_back(placeholder_at(5 + 11 * i));
  for (const auto name : report_format_names()) {
    CAPTURE(name);
    std::ostringstream out;
    write_report(*parse_report_format(name), {result}, ReportOptions{}, out);
    CHECK_FALSE(out.str().empty());
  }
  std::ostringstream sarif;
  write_report(ReportFormat::sarif, {result}, ReportOptions{}, sarif);
  const auto results = nlohmann::json::parse(sarif.str()).at("runs").at(0).at("results");
  REQUIRE(results.size() == 5'000);
  // The emoji before each placeholder is two UTF-16 units: finding i starts at unit 3 + 9 * i.
  const auto& region = results.at(1000).at("locations").at(0).at("physicalLocation").at("region");
  CHECK(region.at("startColumn") == 3 + 9 * 1000);
  CHECK(region.at("endColumn") == 3 + 9 * 1000 + 6);
}

TEST_CASE("lines of ordinary length are shown whole") {
  FileResult result;
  result.file = "short.md";
  const std::string line(900, 'x');
  result.source_lines = {line};
  Diagnostic diagnostic = placeholder_at(800);
  diagnostic.range.begin.line = diagnostic.range.end.line = 1;
  result.diagnostics = {diagnostic};
  const std::string report = text_report(result);
  CHECK(report.find(line + "\n") != std::string::npos);
}

}  // namespace
}  // namespace pm
