#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>

#include "cli/exit_code.h"

namespace pm {

struct RulesOptions {
  std::string rule;             // an ID or name to explain; empty lists them all
  std::string format = "text";  // text | markdown | json
};

void setup_rules_command(CLI::App& app, RulesOptions& options);
ExitCode run_rules_command(const RulesOptions& options, std::ostream& out, std::ostream& err);

// docs/rules.md: generated from the registry so the two never disagree.
std::string rules_markdown();

}  // namespace pm
