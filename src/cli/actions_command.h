#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "cli/lint_setup.h"

namespace pm {

struct ActionsOptionsCli {
  DocumentOptions documents;
  std::string format = "md";            // md | html | csv | json | ics
  std::string status = "open";          // open | done | all
  bool overdue = false;                 // overdue items only
  std::vector<std::string> owners;      // "@ana", "Ana Ruiz"; any of them
  std::vector<std::string> priorities;  // "P0", "P1"
  std::string due_within;               // days; empty for no limit
  std::string since;                    // YYYY-MM-DD; empty for every incident
  std::string sort = "overdue";         // overdue | deadline | priority | owner | incident
  std::string fail_on;                  // "overdue" or "overdue:P0,P1"; empty never fails
  std::string output;                   // file to write instead of stdout
};

void setup_actions_command(CLI::App& app, ActionsOptionsCli& options);
ExitCode run_actions_command(const ActionsOptionsCli& options, std::ostream& out,
                             std::ostream& err);

}  // namespace pm
