#include "lint/diagnostic.h"

namespace pm {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: break;
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "info") return Severity::info;
  if (text == "warning") return Severity::warning;
  if (text == "error") return Severity::error;
  return std::nullopt;
}

Summary summarize(const std::vector<FileResult>& results) {
  Summary summary;
  summary.files = static_cast<int>(results.size());
  for (const auto& result : results) {
    if (result.failure) ++summary.errors;
    for (const auto& diagnostic : result.diagnostics) {
      switch (diagnostic.severity) {
        case Severity::error: ++summary.errors; break;
        case Severity::warning: ++summary.warnings; break;
        case Severity::info: ++summary.infos; break;
      }
    }
  }
  return summary;
}

}  // namespace pm
