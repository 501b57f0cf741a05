// GitLab Code Quality: a JSON array of issues (a subset of Code Climate's format) that merge
// requests show inline and compare between branches by fingerprint.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

using nlohmann::ordered_json;

// GitLab's scale is info, minor, major, critical, blocker.
std::string_view gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "major";
    case Severity::warning:
      return "minor";
    case Severity::info:
      break;
  }
  return "info";
}

ordered_json issue(const FileResult& result, const Diagnostic& diagnostic,
                   const std::string& fingerprint) {
  return {
      {"description", diagnostic.message},
      {"check_name", diagnostic.name},
      {"fingerprint", fingerprint},
      {"severity", gitlab_severity(diagnostic.severity)},
      {"location", {{"path", result.file}, {"lines", {{"begin", diagnostic.range.begin.line}}}}},
  };
}

}  // namespace

void write_codequality_report(const std::vector<FileResult>& results,
                              const ReportOptions& /*options*/, std::ostream& out) {
  const auto fingerprints = line_hash_fingerprints(results);
  ordered_json issues = ordered_json::array();
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& diagnostics = results[file].diagnostics;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
      issues.push_back(issue(results[file], diagnostics[i], fingerprints[file][i]));
    }
  }
  out << issues.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace pm::reporters
