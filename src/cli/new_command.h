#pragma once

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>

#include "cli/exit_code.h"

namespace pm {

struct NewOptionsCli {
  std::string title;
  std::string date;      // YYYY-MM-DD; empty for today
  std::string severity;  // empty: left as the template's placeholder
  std::string template_path;
  std::string config_path;
  std::string directory;  // where the file goes; default: the config's, else here
  std::string output;     // the exact file to write, instead of directory + name
  std::string author;     // default: git config user.name
};

void setup_new_command(CLI::App& app, NewOptionsCli& options);
ExitCode run_new_command(const NewOptionsCli& options, std::ostream& out, std::ostream& err);

}  // namespace pm
