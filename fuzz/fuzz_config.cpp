// Loading any bytes as .postmortem.yml.
#include "fuzz_entry.h"
#include "invariants/config_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pm::fuzz::ConfigInvariants invariants;
  pm::fuzz::abort_on_problems(invariants.check(pm::fuzz::bytes_of(data, size)));
  return 0;
}
