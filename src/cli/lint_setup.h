#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <string>
#include <variant>
#include <vector>

#include "config/lint_config.h"
#include "files/collect_files.h"
#include "lint/lint_document.h"

namespace pm {

// The options every command that reads post-mortems the way `lint` does shares.
struct DocumentOptions {
  std::vector<std::string> paths;
  std::string template_path;
  std::string config_path;
  std::string today;  // YYYY-MM-DD; empty for the real date
  std::uintmax_t max_bytes = 0;
};

void add_document_options(CLI::App& command, DocumentOptions& options);

struct LintSetup {
  LintConfig config;
  LintSettings settings;
  CollectOptions collect;
};

// Loads the configuration (--config, or .postmortem.yml found upwards), the template and today's
// date. The error is a complete message for stderr.
std::variant<LintSetup, std::string> prepare_lint(const DocumentOptions& options);

// The paths given, or without any, the configuration's folder when its include globs choose files.
std::vector<std::string> paths_to_check(const std::vector<std::string>& given, const LintSetup& setup);

// The files a command works on: its paths (or the configuration's include globs) walked, each
// path problem reported on `err`. Null, after `nothing_to_do` is reported, when no path is given.
std::optional<CollectedFiles> collect_documents(const DocumentOptions& options, const LintSetup& setup,
                                                std::string_view nothing_to_do, std::ostream& err);

// --max-bytes, or the default limit when it is not given.
std::uintmax_t max_bytes_of(const DocumentOptions& options);

// Today's date on this machine, in its local time zone.
CivilDate local_today();

}  // namespace pm
