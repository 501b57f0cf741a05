#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "lint/rule_context.h"
#include "template/template_spec.h"

namespace pm {

// A rule's level as a team set it; draft_* apply while the document's status is Draft.
struct RuleOverride {
  std::string rule_id;
  std::optional<Severity> severity;  // nullopt with off = false: keep the default
  bool off = false;
  std::optional<Severity> draft_severity;
  bool draft_off = false;
};

struct LintSettings {
  TemplateSpec spec;
  LintOptions options;
  std::vector<RuleOverride> overrides;
};

// The severity a rule reports with for this document, or nullopt when it is turned off.
std::optional<Severity> effective_severity(const RuleInfo& rule, const LintSettings& settings, bool draft);

// Lints one parsed document: every enabled rule, then inline suppressions, sorted by position.
std::vector<Diagnostic> lint_parsed_document(const ParsedDocument& document, const std::string& file,
                                             const LintSettings& settings);

// Decodes, parses and lints one file's bytes. Invalid UTF-8 is a diagnostic (PM025); a file that
// is not text at all (binary, UTF-16) is a failure.
FileResult lint_file_bytes(std::string_view bytes, const std::string& file, const LintSettings& settings);

}  // namespace pm
