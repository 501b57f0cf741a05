#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "cli/exit_code.h"
#include "cli/lint_setup.h"

namespace pm {

struct RenderOptionsCli {
  std::string file;
  std::string format = "html";  // html | md
  std::string output;           // empty or "-" for stdout
  std::string html_template;    // a Mustache file replacing the built-in report template
  DocumentOptions documents;    // --template, --config, --today, --max-bytes
};

void setup_render_command(CLI::App& app, RenderOptionsCli& options);
ExitCode run_render_command(const RenderOptionsCli& options, std::ostream& out, std::ostream& err);

}  // namespace pm
