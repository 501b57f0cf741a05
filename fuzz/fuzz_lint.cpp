// Linting any bytes against the built-in template, and every report format.
#include "fuzz_entry.h"
#include "invariants/lint_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pm::fuzz::LintInvariants invariants;
  pm::fuzz::abort_on_problems(invariants.check(pm::fuzz::bytes_of(data, size)));
  return 0;
}
