#pragma once

#include <string>

namespace pm {

// `chunk` (a section's content, copied as written) with a closing line added when it ends inside
// a fenced code block or an HTML block that would run on past it: an HTML comment opened and never
// closed swallows every section after it, wherever the canonical order puts them.
std::string with_open_block_closed(std::string chunk);

}  // namespace pm
