#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace pm {

struct ReadFailure {
  std::string message;  // e.g. "is a directory", "No such file or directory"
};

using ReadResult = std::variant<std::string, ReadFailure>;

constexpr std::uintmax_t kDefaultMaxBytes = 10u * 1024u * 1024u;

// Reads a regular file whole; anything else (a directory, a FIFO, a device) or a file larger than
// `max_bytes` is a failure, never a hang.
ReadResult read_file(const std::string& path, std::uintmax_t max_bytes = kDefaultMaxBytes);

}  // namespace pm
