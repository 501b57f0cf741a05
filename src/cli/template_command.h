#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>

#include "cli/exit_code.h"

namespace pm {

struct TemplateOptions {
  std::string file;  // empty: the built-in template
  bool json = false;
};

void setup_template_command(CLI::App& app, TemplateOptions& options);
ExitCode run_template_command(const TemplateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace pm
