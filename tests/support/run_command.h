#pragma once

#include <string>
#include <vector>

namespace pm::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built postmortem binary with `arguments` (no shell involved), optionally feeding
// `input` on stdin, and captures both streams.
CommandResult run_postmortem(const std::vector<std::string>& arguments, const std::string& working_directory = "",
                             const std::vector<std::string>& environment = {});

// A fresh empty directory under the system temporary directory, removed by the caller.
std::string make_temp_directory();

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& content);

}  // namespace pm::test
