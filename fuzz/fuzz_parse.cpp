// Decoding and parsing any bytes into the model.
#include "fuzz_entry.h"
#include "invariants/parse_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pm::fuzz::ParseInvariants invariants;
  pm::fuzz::abort_on_problems(invariants.check(pm::fuzz::bytes_of(data, size)));
  return 0;
}
