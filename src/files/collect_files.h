#pragma once

#include <string>
#include <vector>

namespace pm {

struct PathProblem {
  std::string path;
  std::string message;
};

struct CollectedFiles {
  std::vector<std::string> files;  // in a stable order: as given, each directory's files sorted
  std::vector<PathProblem> problems;  // paths that do not exist, unreadable folders, loops
};

struct CollectOptions {
  std::vector<std::string> include;  // globs a walked file must match (none: every *.md, *.markdown)
  std::vector<std::string> exclude;  // globs that drop a walked file
};

// Turns command-line paths into files: a file is taken as it is (any extension); a directory is
// walked for *.md and *.markdown, skipping .git and node_modules and never following a link to
// a folder; a glob is matched against the files under its fixed prefix.
CollectedFiles collect_files(const std::vector<std::string>& paths, const CollectOptions& options);

}  // namespace pm
