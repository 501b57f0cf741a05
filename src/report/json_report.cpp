// The json format: every diagnostic with its file, and the run's totals, for scripts.

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

using nlohmann::ordered_json;

ordered_json diagnostic_json(const std::string& file, const Diagnostic& diagnostic) {
  return {
      {"file", file},
      {"line", diagnostic.range.begin.line},
      {"column", diagnostic.range.begin.column},
      {"end_line", diagnostic.range.end.line},
      {"end_column", diagnostic.range.end.column},
      {"rule", diagnostic.rule},
      {"name", diagnostic.name},
      {"severity", to_string(diagnostic.severity)},
      {"message", diagnostic.message},
      {"fixable", diagnostic.fixable()},
  };
}

ordered_json summary_json(const Summary& summary) {
  return {
      {"files", summary.files},
      {"errors", summary.errors},
      {"warnings", summary.warnings},
      {"infos", summary.infos},
  };
}

}  // namespace

void write_json_report(const std::vector<FileResult>& results, const ReportOptions& /*options*/,
                       std::ostream& out) {
  ordered_json diagnostics = ordered_json::array();
  for (const FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics) {
      diagnostics.push_back(diagnostic_json(result.file, diagnostic));
    }
  }
  const ordered_json report = {{"diagnostics", std::move(diagnostics)},
                               {"summary", summary_json(summarize(results))}};
  // Text that is not UTF-8 (a file name, say) becomes U+FFFD instead of an exception.
  out << report.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace pm::reporters
