#include "invariants/fix_invariants.h"

#include <exception>

#include "fix/fix_document.h"
#include "invariants/fuzz_settings.h"

namespace pm::fuzz {

FixInvariants::FixInvariants() : settings_(default_lint_settings()) {}

std::vector<std::string> FixInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  try {
    const FixOutcome first = fix_file_bytes(bytes, "fuzz.md", settings_);
    if (first.failure) {
      if (first.changed || first.bytes != bytes)
        problems.emplace_back("a file fix refused was changed anyway");
      return problems;
    }
    if (!first.changed) {
      if (first.bytes != bytes)
        problems.emplace_back("fix reported no change but changed the bytes");
      return problems;
    }
    const FixOutcome second = fix_file_bytes(first.bytes, "fuzz.md", settings_);
    if (second.failure) problems.push_back("fix refused the text it produced: " + *second.failure);
    if (second.changed) {
      std::string rules;
      for (const auto& [rule, count] : second.fixes) rules += " " + rule;
      problems.push_back("a second fix changed the text again:" + rules);
    }
  } catch (const std::exception& error) {
    problems.push_back(std::string("fixing threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
