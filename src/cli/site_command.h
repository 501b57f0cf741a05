#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

#include "cli/exit_code.h"
#include "cli/lint_setup.h"

namespace pm {

struct SiteOptionsCli {
  DocumentOptions documents;  // paths, --template, --config, --today, --max-bytes
  std::string output;         // the folder the site is written into
  bool include_drafts = false;
  bool make_public = false;  // --public: internal sections dropped, identifiers redacted
  std::string title = "Incident history";
};

void setup_site_command(CLI::App& app, SiteOptionsCli& options);

// 0 when the site is written; 1 when a document still holds a configured secret pattern (then
// nothing at all is written); 2 for usage, configuration, reading or writing problems (the other
// documents are still published).
ExitCode run_site_command(const SiteOptionsCli& options, std::ostream& out, std::ostream& err);

}  // namespace pm
