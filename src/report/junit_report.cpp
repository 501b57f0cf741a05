// JUnit XML, which CI systems (GitLab, Jenkins, Azure, CircleCI) show as test results: each file
// is a test case, failed by its errors and warnings.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

struct SeverityCounts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;

  bool fails() const { return errors + warnings > 0; }
};

SeverityCounts count_severities(const FileResult& result) {
  SeverityCounts counts;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::error:
        ++counts.errors;
        break;
      case Severity::warning:
        ++counts.warnings;
        break;
      case Severity::info:
        ++counts.infos;
        break;
    }
  }
  return counts;
}

void append_count(std::string& text, int count, std::string_view singular,
                  std::string_view plural) {
  if (count == 0) return;
  if (!text.empty()) text += ", ";
  text += std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

// "1 error, 2 warnings": what failed, in the failure's one-line message.
std::string failure_message(const SeverityCounts& counts) {
  std::string message;
  append_count(message, counts.errors, "error", "errors");
  append_count(message, counts.warnings, "warning", "warnings");
  append_count(message, counts.infos, "info", "infos");
  return message;
}

// Every diagnostic of the file as the text format shows it, one per line.
std::string failure_body(const FileResult& result) {
  std::string body;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    if (!body.empty()) body += '\n';
    body += diagnostic_headline(result.file, diagnostic);
  }
  return body;
}

void write_test_case(const FileResult& result, std::ostream& out) {
  out << "    <testcase classname=\"postmortem\" name=\"" << xml_attribute_text(result.file)
      << "\"";
  const SeverityCounts counts = count_severities(result);
  if (!counts.fails()) {
    out << "/>\n";
    return;
  }
  out << ">\n"
      << "      <failure message=\"" << xml_attribute_text(failure_message(counts)) << "\" type=\""
      << (counts.errors > 0 ? "error" : "warning") << "\">"
      << xml_element_text(failure_body(result)) << "</failure>\n"
      << "    </testcase>\n";
}

int failed_files(const std::vector<FileResult>& results) {
  int failed = 0;
  for (const FileResult& result : results) failed += count_severities(result).fails() ? 1 : 0;
  return failed;
}

}  // namespace

void write_junit_report(const std::vector<FileResult>& results, const ReportOptions& /*options*/,
                        std::ostream& out) {
  const std::string counts = "tests=\"" + std::to_string(results.size()) + "\" failures=\"" +
                             std::to_string(failed_files(results)) + "\"";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"postmortem\" " << counts << ">\n"
      << "  <testsuite name=\"postmortem\" " << counts << ">\n";
  for (const FileResult& result : results) write_test_case(result, out);
  out << "  </testsuite>\n"
      << "</testsuites>\n";
}

}  // namespace pm::reporters
