#pragma once

#include <string>
#include <vector>

namespace pm::test {

// Compares `actual` with the golden file at `golden_path` (relative to the project). With
// UPDATE_GOLDEN=1 in the environment the file is rewritten instead, for review as a diff.
// Returns an empty string when they match, else a description of the first difference.
std::string compare_with_golden(const std::string& actual, const std::string& golden_path);

// The sample post-mortems, as paths relative to the project, sorted.
std::vector<std::string> sample_files();

// "samples/2026-03-14-x.md" -> "2026-03-14-x"
std::string file_stem(const std::string& path);

}  // namespace pm::test
