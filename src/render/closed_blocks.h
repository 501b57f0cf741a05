#pragma once

#include <string>

namespace pm {

// `chunk` (a section's content, copied as written) with a closing line added when it ends inside
// a fenced code block or an HTML block that would run on past it: an HTML comment opened and never
// closed swallows every section after it, wherever the canonical order puts them.
std::string with_open_block_closed(std::string chunk);

// What goes between `first` and `then`, Markdown that was read apart (a heading or another block
// stood between them), so that each still reads as its own blocks: a blank line, or when a list
// in `first` would take in `then`'s indented lines across it, an empty HTML comment that ends the
// list as well. Empty when either is empty.
std::string separator_between(const std::string& first, const std::string& then);

// `first`, the separator and `then`.
std::string joined_apart(const std::string& first, const std::string& then);

}  // namespace pm
