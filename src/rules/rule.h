#pragma once

#include <string_view>
#include <vector>

#include "lint/diagnostic.h"

namespace pm {

struct RuleContext;
class DiagnosticSink;

using RuleCheck = void (*)(const RuleContext&, DiagnosticSink&);

// A rule is data plus a plain function. IDs are never reused once published.
struct RuleInfo {
  std::string_view id;       // "PM001"
  std::string_view name;     // "missing-section"
  std::string_view summary;  // one line
  std::string_view explanation;
  std::string_view bad_example;   // Markdown that triggers the rule
  std::string_view good_example;  // Markdown that does not
  Severity default_severity = Severity::warning;
  bool fixable = false;
  // Completeness rules are warnings while the document's status is Draft and errors after.
  bool lenient_in_draft = false;
  RuleCheck check = nullptr;
};

// The registry: one explicit list, in ID order.
const std::vector<RuleInfo>& all_rules();
const RuleInfo* find_rule(std::string_view id_or_name);

}  // namespace pm
