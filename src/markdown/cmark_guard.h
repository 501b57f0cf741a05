#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pm {

// cmark-gfm 0.29's table extension appends each cell of a row to a list it walks from the start,
// so one line with many '|' costs time quadratic in their number: a two-column table followed by
// a row of 50,000 pipes keeps it busy for two minutes (bench/README.md). No table in a
// post-mortem is remotely this wide.
constexpr std::size_t kMaxPipesPerLine = 256;

// The text to hand cmark-gfm: nullopt when `text` is safe as it is, otherwise a copy in which
// every line holding more than kMaxPipesPerLine '|' has them turned into spaces, so it cannot be
// a table row. Lengths and line breaks are kept, so every source position stays valid.
std::optional<std::string> defuse_for_cmark(std::string_view text);

}  // namespace pm
