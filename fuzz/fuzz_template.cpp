// Reading any bytes as a template, and starting a post-mortem from it.
#include "fuzz_entry.h"
#include "invariants/template_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pm::fuzz::TemplateInvariants invariants;
  pm::fuzz::abort_on_problems(invariants.check(pm::fuzz::bytes_of(data, size)));
  return 0;
}
