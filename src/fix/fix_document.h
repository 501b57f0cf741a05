#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "lint/lint_document.h"

namespace pm {

struct FixOutcome {
  std::string bytes;                  // the fixed file; the input when nothing changed
  bool changed = false;
  std::map<std::string, int> fixes;   // rule ID (or "tables") -> fixes made
  std::optional<std::string> failure; // why the file was left alone
};

// Applies every fix that enabled rules offer, pass after pass until none is left, then aligns
// table pipes. The result keeps the file's BOM, dominant line ending and final newline; mojibake
// is repaired unless PM024 is off. A file that cannot be parsed, before or after, is not changed.
FixOutcome fix_file_bytes(std::string_view bytes, const std::string& file, const LintSettings& settings);

}  // namespace pm
