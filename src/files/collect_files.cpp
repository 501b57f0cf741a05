#include "files/collect_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "files/glob.h"

namespace fs = std::filesystem;

namespace pm {
namespace {

bool is_markdown_name(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".md" || extension == ".markdown";
}

bool is_skipped_directory(const fs::path& path) {
  const std::string name = path.filename().string();
  return name == ".git" || name == "node_modules";
}

bool matches_any(const std::vector<std::string>& patterns, const std::string& path) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& pattern) { return glob_match(pattern, path); });
}

class Walker {
 public:
  Walker(const CollectOptions& options, CollectedFiles& out) : options_(options), out_(out) {}

  void add_file(const std::string& path) {
    if (seen_.insert(path).second) out_.files.push_back(path);
  }

  // Directories are listed and sorted before descending, so the order is the same on every run.
  void walk(const fs::path& directory, const std::string& glob) {
    std::error_code error;
    fs::directory_iterator it(directory, error);
    if (error) {
      out_.problems.push_back({directory.string(), error.message()});
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(error)) {
      if (error) break;
      entries.push_back(*it);
    }
    if (error) out_.problems.push_back({directory.string(), error.message()});
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    for (const auto& entry : entries) visit(entry, glob);
  }

 private:
  void visit(const fs::directory_entry& entry, const std::string& glob) {
    std::error_code error;
    const std::string path = entry.path().lexically_normal().string();
    if (entry.is_symlink(error) && fs::is_directory(entry.path(), error)) return;  // no link loops
    if (entry.is_directory(error)) {
      if (!is_skipped_directory(entry.path())) walk(entry.path(), glob);
      return;
    }
    if (!glob.empty()) {
      if (glob_match(glob, path)) add_file(path);
      return;
    }
    if (!is_markdown_name(entry.path())) return;
    if (!options_.include.empty() && !matches_any(options_.include, path)) return;
    if (matches_any(options_.exclude, path)) return;
    add_file(path);
  }

  const CollectOptions& options_;
  CollectedFiles& out_;
  std::set<std::string> seen_;
};

// "docs/**/*.md" is walked from "docs".
fs::path fixed_prefix(const std::string& glob) {
  fs::path prefix;
  for (const auto& part : fs::path(glob)) {
    if (has_glob_characters(part.string())) break;
    prefix /= part;
  }
  return prefix.empty() ? fs::path(".") : prefix;
}

}  // namespace

CollectedFiles collect_files(const std::vector<std::string>& paths, const CollectOptions& options) {
  CollectedFiles out;
  Walker walker(options, out);
  for (const auto& path : paths) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
      if (S_ISDIR(info.st_mode)) {
        walker.walk(path, "");
      } else {
        walker.add_file(path);  // named explicitly: taken whatever it is; reading reports the rest
      }
      continue;
    }
    const int stat_error = errno;
    if (has_glob_characters(path)) {
      const std::size_t before = out.files.size();
      std::error_code error;
      const fs::path prefix = fixed_prefix(path);
      if (fs::is_directory(prefix, error)) walker.walk(prefix, fs::path(path).lexically_normal().string());
      if (out.files.size() == before) out.problems.push_back({path, "no files match this pattern"});
      continue;
    }
    out.problems.push_back({path, std::strerror(stat_error)});
  }
  return out;
}

}  // namespace pm
