#pragma once

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "cli/lint_setup.h"

namespace pm {

struct FixOptionsCli {
  DocumentOptions documents;
  bool check = false;  // change nothing; exit 1 when a fix would apply
  bool diff = false;   // print a unified diff instead of writing
};

void setup_fix_command(CLI::App& app, FixOptionsCli& options);
ExitCode run_fix_command(const FixOptionsCli& options, std::ostream& out, std::ostream& err);

enum class FixMode { write, check, diff };

struct FixRun {
  int changed = 0;    // files fixed, or that a fix would change
  int unchanged = 0;
  int failed = 0;     // unreadable, unparseable or not written
};

// Fixes each file in place (or checks, or prints diffs), reporting each changed file on `out`
// and each failure on `err`. Used by `fix` and by `lint --fix`.
FixRun fix_files(const std::vector<std::string>& files, const LintSettings& settings, std::uintmax_t max_bytes,
                 FixMode mode, std::ostream& out, std::ostream& err);

}  // namespace pm
