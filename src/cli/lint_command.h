#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>

#include "cli/exit_code.h"
#include "cli/lint_setup.h"

namespace pm {

struct LintOptionsCli {
  DocumentOptions documents;
  std::string format = "text";
  std::string color = "auto";  // auto | always | never
  int jobs = 0;                // 0: one per core
  int max_warnings = -1;       // -1: no limit
  bool quiet = false;          // errors only
  bool fix = false;            // apply safe fixes first, as `postmortem fix` does
};

void setup_lint_command(CLI::App& app, LintOptionsCli& options);
ExitCode run_lint_command(const LintOptionsCli& options, std::ostream& out, std::ostream& err);

}  // namespace pm
