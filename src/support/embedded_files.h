#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace pm {

// A data file from templates/ or schemas/ compiled into the binary.
struct EmbeddedFile {
  std::string_view path;  // relative to the project root, e.g. "templates/default.md"
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_files();

inline std::optional<std::string_view> find_embedded_file(std::string_view path) {
  for (const auto& file : embedded_files()) {
    if (file.path == path) return file.content;
  }
  return std::nullopt;
}

}  // namespace pm
