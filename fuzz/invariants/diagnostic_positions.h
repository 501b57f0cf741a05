#pragma once

#include <string>
#include <vector>

#include "lint/diagnostic.h"

namespace pm::fuzz {

// Checks that every diagnostic and edit of a lint result points into the file it was made for:
// reporters draw carets and fixes splice text from these positions, so one past the end of a
// line (or at the start of the line after the last) is the furthest allowed. Also checks the
// order the reporters rely on and that each finding names its rule and says something.
std::vector<std::string> diagnostic_position_problems(const FileResult& result);

}  // namespace pm::fuzz
