#include "support/golden.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm::test {

std::string compare_with_golden(const std::string& actual, const std::string& golden_path) {
  const std::string path = project_path(golden_path);
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    write_text(path, actual);
    return {};
  }
  if (!std::filesystem::exists(path)) return golden_path + " is missing (run the tests with UPDATE_GOLDEN=1)";
  const std::string expected = read_text(path);
  if (expected == actual) return {};
  std::istringstream expected_lines(expected), actual_lines(actual);
  std::string want, got;
  for (int line = 1;; ++line) {
    const bool has_want = static_cast<bool>(std::getline(expected_lines, want));
    const bool has_got = static_cast<bool>(std::getline(actual_lines, got));
    if (!has_want && !has_got) break;
    if (want != got || has_want != has_got) {
      return golden_path + ":" + std::to_string(line) + ": expected\n  " + (has_want ? want : "<end>") +
             "\nbut got\n  " + (has_got ? got : "<end>");
    }
  }
  return golden_path + ": differs";
}

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(project_path("samples"))) {
    if (entry.path().extension() == ".md") files.push_back("samples/" + entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string file_stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

}  // namespace pm::test
