#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pm::bench {

// A generated Markdown input known to stress Markdown parsers, at a chosen size.
struct PathologicalInput {
  std::string name;         // "nested block quotes"
  std::string description;  // "50000 levels"
  std::string text;
};

// The inputs the robustness issue names (nested block quotes and list items, a wide table,
// emphasis markers, one very long line) and a few from cmark-gfm's own pathological tests.
// `scale` multiplies the sizes: 1.0 gives the sizes (50,000 levels, 5,000 columns,
// 100,000 markers, 1 MB); the unit tests use a tenth.
std::vector<PathologicalInput> pathological_inputs(double scale = 1.0);

}  // namespace pm::bench
