#pragma once

#include <string_view>

namespace pm {

// Matches a path against a glob: `*` and `?` within one path segment, `**` across segments
// ("docs/**/*.md" matches "docs/a.md" and "docs/x/y/a.md"), `[abc]` and `[!abc]` classes.
bool glob_match(std::string_view pattern, std::string_view path);

bool has_glob_characters(std::string_view text);

}  // namespace pm
