#include "report/reporter.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <ostream>
#include <utility>
#include "report/report_parts.h"

namespace pm {
namespace reporters {

namespace {

struct NamedFormat {
  std::string_view name;
  ReportFormat format;
};

// The order `report_format_names` lists them in: the default first.
constexpr std::array<NamedFormat, 8> named_formats{{
    {"text", ReportFormat::text},
    {"json", ReportFormat::json},
    {"sarif", ReportFormat::sarif},
    {"github", ReportFormat::github},
    {"rdjsonl", ReportFormat::rdjsonl},
    {"junit", ReportFormat::junit},
    {"checkstyle", ReportFormat::checkstyle},
    {"codequality", ReportFormat::codequality},
}};

// A file that could not be read is still an error CI must see, so it becomes a finding of this
// rule at its first line. `summarize` counts it the same either way.
constexpr RuleInfo unreadable_file_rule{
    .id = "PM000",
    .name = "unreadable-file",
    .summary = "Every file given can be read as UTF-8 text.",
    .explanation =
        "A file that cannot be read (missing, a directory, too large) or that is not "
        "UTF-8 text cannot be checked. It is reported as an error so that a CI run "
        "does not pass it silently.",
    .bad_example = "",  // no Markdown shows it: the file is not read as far as that
    .good_example = "",
    .default_severity = Severity::error,
};

Diagnostic unreadable_file_diagnostic(const std::string& why) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(unreadable_file_rule.id);
  diagnostic.name = std::string(unreadable_file_rule.name);
  diagnostic.severity = unreadable_file_rule.default_severity;
  diagnostic.range = {{1, 1}, {1, 1}};
  diagnostic.message = why;
  return diagnostic;
}

bool any_failed(const std::vector<FileResult>& results) {
  return std::any_of(results.begin(), results.end(),
                     [](const FileResult& result) { return result.failure.has_value(); });
}

std::vector<FileResult> with_failures_as_diagnostics(const std::vector<FileResult>& results) {
  std::vector<FileResult> reported = results;
  for (FileResult& result : reported) {
    if (!result.failure) continue;
    std::vector<Diagnostic> diagnostics{unreadable_file_diagnostic(*result.failure)};
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(result.diagnostics.begin()),
                       std::make_move_iterator(result.diagnostics.end()));
    result.diagnostics = std::move(diagnostics);
    result.failure.reset();
  }
  return reported;
}

void write_with_format(ReportFormat format, const std::vector<FileResult>& results,
                       const ReportOptions& options, std::ostream& out) {
  switch (format) {
    case ReportFormat::text:
      return write_text_report(results, options, out);
    case ReportFormat::json:
      return write_json_report(results, options, out);
    case ReportFormat::sarif:
      return write_sarif_report(results, options, out);
    case ReportFormat::github:
      return write_github_report(results, options, out);
    case ReportFormat::rdjsonl:
      return write_rdjsonl_report(results, options, out);
    case ReportFormat::junit:
      return write_junit_report(results, options, out);
    case ReportFormat::checkstyle:
      return write_checkstyle_report(results, options, out);
    case ReportFormat::codequality:
      return write_codequality_report(results, options, out);
  }
}

}  // namespace
}  // namespace reporters

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (const auto& named : reporters::named_formats) {
    if (named.name == name) return named.format;
  }
  return std::nullopt;
}

std::vector<std::string_view> report_format_names() {
  std::vector<std::string_view> names;
  for (const auto& named : reporters::named_formats) names.push_back(named.name);
  return names;
}

void write_report(ReportFormat format, const std::vector<FileResult>& results,
                  const ReportOptions& options, std::ostream& out) {
  // Copy only when there is something to rewrite; results may carry every source line.
  if (!reporters::any_failed(results))
    return reporters::write_with_format(format, results, options, out);
  // The rule of the failures' diagnostics joins the others, for the formats that describe rules.
  std::vector<RuleInfo> rules = options.rules ? *options.rules : std::vector<RuleInfo>{};
  rules.push_back(reporters::unreadable_file_rule);
  ReportOptions options_with_rule = options;
  options_with_rule.rules = &rules;
  reporters::write_with_format(format, reporters::with_failures_as_diagnostics(results),
                               options_with_rule, out);
}

}  // namespace pm
