#include "support/shared_corpus.h"

#include <filesystem>
#include <iostream>

namespace pm::test {

bool shared_directory_available(const std::string& what) {
  if (std::filesystem::is_directory(PM_SHARED_DIR)) return true;
  std::cout << "SKIPPED: " << what << " needs " << PM_SHARED_DIR << ", which is absent\n";
  return false;
}

std::string shared_path(const std::string& relative) { return std::string(PM_SHARED_DIR) + "/" + relative; }

}  // namespace pm::test
