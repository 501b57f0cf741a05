#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "model/parse_document.h"
#include "rules/rule.h"
#include "template/template_spec.h"

namespace pm {

// Options a team sets for its own post-mortems (command line and .postmortem.yml).
struct LintOptions {
  CivilDate today;  // for overdue deadlines; the real date unless --today says otherwise
  int whys = 5;
  int overdue_grace_days = 0;
  std::map<std::string, std::string> severity_map;  // folded value -> "P0".."P4"
  std::map<std::string, std::string> status_map;    // folded value -> done | in_progress | not_started
  std::map<std::string, std::string> priority_map;  // folded value -> "P0".."P4"
};

// What a rule reads: the parsed document, its incident, the template and the options.
struct RuleContext {
  const ParsedDocument& document;
  const TemplateSpec& spec;
  const LintOptions& options;
  std::string file;

  const Incident& incident() const { return document.incident; }
  const HeadingTree& tree() const { return *document.tree; }
  std::string_view line(int number) const { return document.lines->line(number); }
  // The whole of a line, for diagnostics about a line as such.
  Range line_range(int number) const;
  // The first occurrence of `text` on the line, or the whole line when it is not there.
  Range find_on_line(int number, std::string_view text) const;
  bool is_draft() const;
};

// Collects the diagnostics of one rule; the runner fills in the rule's ID, name and severity.
class DiagnosticSink {
 public:
  DiagnosticSink(const RuleInfo& rule, Severity severity, std::vector<Diagnostic>& out)
      : rule_(rule), severity_(severity), out_(out) {}

  void report(Range range, std::string message, std::vector<Edit> edits = {},
              std::vector<std::string> notes = {});

 private:
  const RuleInfo& rule_;
  Severity severity_;
  std::vector<Diagnostic>& out_;
};

}  // namespace pm
