#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "rules/rule.h"

namespace pm {

enum class ReportFormat { text, json, sarif, github, rdjsonl, junit, checkstyle, codequality };

struct ReportOptions {
  bool color = false;                          // ANSI colour, text format only
  std::string tool_version = "0.1.0";
  const std::vector<RuleInfo>* rules = nullptr;  // rule metadata for SARIF and help links
};

std::optional<ReportFormat> parse_report_format(std::string_view name);
std::vector<std::string_view> report_format_names();

// Writes the diagnostics of one lint run in the chosen format. Every format is made from the
// same FileResult values; none of them parses another's output.
void write_report(ReportFormat format, const std::vector<FileResult>& results, const ReportOptions& options,
                  std::ostream& out);

}  // namespace pm
