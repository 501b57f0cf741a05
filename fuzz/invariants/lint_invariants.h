#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/lint_document.h"

namespace pm::fuzz {

// What must hold when any bytes are linted against the built-in template: a result or a failure
// (never an exception), findings that point into the file, the same findings on a second run
// (nothing carried over from one document to the next), and a report in every format that its
// consumers can read: JSON that parses, XML without control characters.
class LintInvariants {
 public:
  LintInvariants();
  std::vector<std::string> check(std::string_view bytes) const;

 private:
  LintSettings settings_;
};

}  // namespace pm::fuzz
