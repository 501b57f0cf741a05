// reviewdog's rdjsonl: one Diagnostic message of its rdf format per line, for
// `reviewdog -f=rdjsonl`. Its columns are UTF-8 byte columns, as ours are.

#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

using nlohmann::ordered_json;

std::string_view rdf_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "ERROR";
    case Severity::warning:
      return "WARNING";
    case Severity::info:
      break;
  }
  return "INFO";
}

ordered_json rdf_position(Position position) {
  return {{"line", position.line}, {"column", position.column}};
}

ordered_json rdf_range(const Range& range) {
  return {{"start", rdf_position(range.begin)}, {"end", rdf_position(range.end)}};
}

ordered_json suggestions(const Diagnostic& diagnostic) {
  ordered_json list = ordered_json::array();
  for (const Edit& edit : diagnostic.edits) {
    list.push_back({{"range", rdf_range(edit.range)}, {"text", edit.replacement}});
  }
  return list;
}

ordered_json rdf_diagnostic(const std::string& file, const Diagnostic& diagnostic) {
  ordered_json line = {
      {"message", diagnostic.message},
      {"location", {{"path", file}, {"range", rdf_range(diagnostic.range)}}},
      {"severity", rdf_severity(diagnostic.severity)},
      {"source", {{"name", "postmortem"}}},
      {"code", {{"value", diagnostic.rule}}},
  };
  if (diagnostic.fixable()) line["suggestions"] = suggestions(diagnostic);
  return line;
}

}  // namespace

void write_rdjsonl_report(const std::vector<FileResult>& results, const ReportOptions& /*options*/,
                          std::ostream& out) {
  for (const FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics) {
      // dump() without indentation keeps each object on one line: newlines in strings are escaped.
      out << rdf_diagnostic(result.file, diagnostic)
                 .dump(-1, ' ', false, ordered_json::error_handler_t::replace)
          << '\n';
    }
  }
}

}  // namespace pm::reporters
