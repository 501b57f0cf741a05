// GitHub Actions workflow commands, which become annotations on the pull request:
//
//   ::error file=notes/db.md,line=1,col=8,endLine=1,endColumn=16,title=PM001 title-date::message

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

std::string_view command_for(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      break;
  }
  return "notice";
}

// The escaping of the runner's command parser (actions/toolkit, command.ts).
std::string escaped_data(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '%':
        escaped += "%25";
        break;
      case '\r':
        escaped += "%0D";
        break;
      case '\n':
        escaped += "%0A";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

// A property value also ends at ',' and the properties at "::".
std::string escaped_property(std::string_view text) {
  std::string escaped;
  for (const char c : escaped_data(text)) {
    switch (c) {
      case ':':
        escaped += "%3A";
        break;
      case ',':
        escaped += "%2C";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string properties(const std::string& file, const Diagnostic& diagnostic) {
  const Range& range = diagnostic.range;
  std::string text = "file=" + escaped_property(file);
  text += ",line=" + std::to_string(range.begin.line);
  // GitHub takes columns only for an annotation on a single line.
  const bool single_line = range.end.line == range.begin.line;
  if (single_line) text += ",col=" + std::to_string(range.begin.column);
  text += ",endLine=" + std::to_string(std::max(range.end.line, range.begin.line));
  if (single_line) text += ",endColumn=" + std::to_string(range.end.column);
  text += ",title=" + escaped_property(diagnostic.rule + " " + diagnostic.name);
  return text;
}

struct Annotation {
  const std::string* file;
  const Diagnostic* diagnostic;
};

// GitHub shows only the first few annotations of a step, so errors come first, then warnings,
// then notices; within a severity the diagnostics keep their order.
std::vector<Annotation> annotations_by_severity(const std::vector<FileResult>& results) {
  std::vector<Annotation> annotations;
  for (const FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics)
      annotations.push_back({&result.file, &diagnostic});
  }
  std::stable_sort(annotations.begin(), annotations.end(),
                   [](const Annotation& a, const Annotation& b) {
                     return a.diagnostic->severity > b.diagnostic->severity;
                   });
  return annotations;
}

}  // namespace

void write_github_report(const std::vector<FileResult>& results, const ReportOptions& /*options*/,
                         std::ostream& out) {
  for (const Annotation& annotation : annotations_by_severity(results)) {
    out << "::" << command_for(annotation.diagnostic->severity) << ' '
        << properties(*annotation.file, *annotation.diagnostic)
        << "::" << escaped_data(annotation.diagnostic->message) << '\n';
  }
  out << summary_line(summarize(results)) << '\n';
}

}  // namespace pm::reporters
