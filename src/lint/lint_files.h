#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lint/lint_document.h"

namespace pm {

// Reads and lints files on `jobs` threads; the results keep the order of `files`, so the output
// is the same however the work was shared. A file that cannot be read gets a `failure`.
std::vector<FileResult> lint_files(const std::vector<std::string>& files, const LintSettings& settings, int jobs,
                                   std::uintmax_t max_bytes);

}  // namespace pm
