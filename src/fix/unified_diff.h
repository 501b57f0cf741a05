#pragma once

#include <string>
#include <string_view>

namespace pm {

// A unified diff of two versions of a file (`diff -u` style, three lines of context), labelled
// `a/<path>` and `b/<path>` as `git apply` and `patch -p1` expect. Empty when they are equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace pm
