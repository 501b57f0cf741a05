#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/position.h"

namespace pm {

enum class Severity { info, warning, error };

const char* to_string(Severity severity);  // "info", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);

// A replacement of the text in `range` (end exclusive; columns are 1-based bytes).
struct Edit {
  Range range;
  std::string replacement;
};

struct Diagnostic {
  std::string rule;  // "PM003"
  std::string name;  // "missing-section"
  Severity severity = Severity::warning;
  Range range;       // 1-based; end column exclusive
  std::string message;
  std::vector<std::string> notes;
  std::vector<Edit> edits;  // the fix, when the rule can make one safely

  bool fixable() const { return !edits.empty(); }
};

// Everything a reporter needs about one linted file.
struct FileResult {
  std::string file;
  std::vector<Diagnostic> diagnostics;  // sorted by position, then rule
  std::vector<std::string> source_lines;  // decoded lines, for the text format's excerpts
  std::optional<std::string> failure;     // the file could not be read or decoded: why
};

struct Summary {
  int files = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
};

Summary summarize(const std::vector<FileResult>& results);

}  // namespace pm
