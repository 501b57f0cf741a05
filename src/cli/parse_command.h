#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/exit_code.h"

namespace pm {

struct ParseOptions {
  std::vector<std::string> files;
  bool pretty = false;
  bool summary = false;
  std::uintmax_t max_bytes = 0;
};

void setup_parse_command(CLI::App& app, ParseOptions& options);
ExitCode run_parse_command(const ParseOptions& options, std::ostream& out, std::ostream& err);

}  // namespace pm
