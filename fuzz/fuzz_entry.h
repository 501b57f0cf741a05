#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace pm::fuzz {

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant is a finding like a crash: libFuzzer keeps the input when the process aborts.
inline void abort_on_problems(const std::vector<std::string>& problems) {
  if (problems.empty()) return;
  for (const auto& problem : problems)
    std::fprintf(stderr, "invariant broken: %s\n", problem.c_str());
  std::abort();
}

}  // namespace pm::fuzz
