#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/lint_document.h"

namespace pm::fuzz {

// What must hold when `fix` runs on any bytes: a file it refuses is handed back untouched, and
// text it produced is text it accepts and has nothing more to do to (fix is idempotent).
class FixInvariants {
 public:
  FixInvariants();
  std::vector<std::string> check(std::string_view bytes) const;

 private:
  LintSettings settings_;
};

}  // namespace pm::fuzz
