// Rendering any bytes that parse as HTML and as canonical Markdown.
#include "fuzz_entry.h"
#include "invariants/render_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pm::fuzz::RenderInvariants invariants;
  pm::fuzz::abort_on_problems(invariants.check(pm::fuzz::bytes_of(data, size)));
  return 0;
}
