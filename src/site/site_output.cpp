#include "site/site_output.h"

#include <filesystem>

#include "files/atomic_write.h"

namespace pm {
namespace {

namespace fs = std::filesystem;

bool is_plain_name(std::string_view name) {
  if (name.empty() || name == "." || name == "..") return false;
  return name.find('/') == std::string_view::npos && name.find('\\') == std::string_view::npos &&
         name.find('\0') == std::string_view::npos;
}

// Whether `path` is `root` or below it, both already made canonical.
bool is_within(const fs::path& root, const fs::path& path) {
  auto root_part = root.begin();
  auto path_part = path.begin();
  for (; root_part != root.end(); ++root_part, ++path_part) {
    if (path_part == path.end() || *root_part != *path_part) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> path_inside(const std::string& directory, std::string_view name) {
  if (!is_plain_name(name)) return std::nullopt;
  std::error_code error;
  const fs::path root = fs::weakly_canonical(fs::absolute(directory, error), error);
  if (error) return std::nullopt;
  const fs::path target = fs::weakly_canonical(root / fs::path(std::string(name)), error);
  if (error || target == root || !is_within(root, target)) return std::nullopt;
  return (fs::path(directory) / fs::path(std::string(name))).string();
}

std::optional<std::string> write_site_file(const std::string& directory, std::string_view name,
                                           std::string_view bytes) {
  const auto path = path_inside(directory, name);
  if (!path) return "refused: \"" + std::string(name) + "\" would be written outside " + directory;
  return write_file_atomically(*path, bytes);
}

}  // namespace pm
