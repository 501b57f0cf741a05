#include "config/config_discovery.h"

#include <filesystem>
#include <system_error>

namespace pm {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> config_in(const fs::path& directory) {
  for (const std::string_view name : config_file_names) {
    const fs::path candidate = directory / name;
    std::error_code error;
    // A directory of that name is not a configuration; a symbolic link to a file is.
    if (fs::is_regular_file(candidate, error)) return candidate;
  }
  return std::nullopt;
}

bool is_repository_root(const fs::path& directory) {
  std::error_code error;
  return fs::exists(directory / ".git", error);
}

}  // namespace

std::optional<std::string> find_config(const std::string& start_directory) {
  std::error_code error;
  const fs::path start = start_directory.empty() ? fs::path(".") : fs::path(start_directory);
  fs::path directory = fs::absolute(start, error).lexically_normal();
  if (error) return std::nullopt;
  // lexically_normal keeps a trailing separator ("/a/b/"), whose parent would be "/a/b" again.
  if (!directory.has_filename() && directory != directory.root_path()) {
    directory = directory.parent_path();
  }
  while (true) {
    if (auto found = config_in(directory)) return found->string();
    if (is_repository_root(directory)) return std::nullopt;
    const fs::path parent = directory.parent_path();
    if (parent == directory) return std::nullopt;
    directory = parent;
  }
}

}  // namespace pm
