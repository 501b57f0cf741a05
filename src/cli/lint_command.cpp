#include "cli/lint_command.h"

#include <unistd.h>

#include <cstdlib>
#include <ostream>
#include <thread>

#include "cli/fix_command.h"
#include "config/did_you_mean.h"
#include "lint/lint_files.h"
#include "report/reporter.h"
#include "text/read_file.h"

namespace pm {
namespace {

bool use_color(const std::string& choice, ReportFormat format) {
  if (format != ReportFormat::text || choice == "never") return false;
  if (choice == "always") return true;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

int job_count(int requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores ? static_cast<int>(cores) : 1;
}

std::string unknown_format_message(const std::string& name) {
  std::vector<std::string> names;
  for (auto known : report_format_names()) names.emplace_back(known);
  std::string message = "postmortem: unknown --format \"" + name + "\"";
  const std::string suggestion = closest_match(name, names);
  if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
  message += " (one of:";
  for (const auto& known : names) message += " " + known;
  return message + ")";
}

void keep_errors_only(std::vector<FileResult>& results) {
  for (auto& result : results) {
    std::erase_if(result.diagnostics, [](const Diagnostic& d) { return d.severity != Severity::error; });
  }
}

}  // namespace

void setup_lint_command(CLI::App& app, LintOptionsCli& options) {
  CLI::App* command = app.add_subcommand("lint", "Check post-mortems against the template and the incident's own logic");
  command->add_option("paths", options.documents.paths,
                      "Files, directories (searched for *.md) or globs (default: the config's include globs)");
  add_document_options(*command, options.documents);
  command->add_option("--format,-f", options.format,
                      "Output: text, json, sarif, github, rdjsonl, junit, checkstyle, codequality");
  command->add_option("--color", options.color, "Colour the text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("-j,--jobs", options.jobs, "Files linted in parallel (default: one per core)");
  command->add_option("--max-warnings", options.max_warnings, "Fail when there are more warnings than this");
  command->add_flag("--quiet,-q", options.quiet, "Report errors only");
  command->add_flag("--fix", options.fix, "Apply the safe fixes first (as `postmortem fix`), then lint");
}

ExitCode run_lint_command(const LintOptionsCli& options, std::ostream& out, std::ostream& err) {
  const auto format = parse_report_format(options.format);
  if (!format) {
    err << unknown_format_message(options.format) << '\n';
    return ExitCode::failure;
  }
  auto prepared = prepare_lint(options.documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const LintSetup& setup = std::get<LintSetup>(prepared);
  const auto collected = collect_documents(options.documents, setup, "postmortem lint: no files to lint", err);
  if (!collected) return ExitCode::failure;
  const std::uintmax_t max_bytes = max_bytes_of(options.documents);
  // What was fixed goes to stderr, so stdout stays one report in the chosen format.
  if (options.fix) fix_files(collected->files, setup.settings, max_bytes, FixMode::write, err, err);
  std::vector<FileResult> results = lint_files(collected->files, setup.settings, job_count(options.jobs), max_bytes);
  if (options.quiet) keep_errors_only(results);
  ReportOptions report;
  report.color = use_color(options.color, *format);
  report.rules = &all_rules();
  write_report(*format, results, report, out);

  const Summary summary = summarize(results);
  bool unreadable = !collected->problems.empty();
  for (const auto& result : results) unreadable = unreadable || result.failure.has_value();
  if (unreadable) return ExitCode::failure;
  if (summary.errors > 0) return ExitCode::findings;
  if (options.max_warnings >= 0 && summary.warnings > options.max_warnings) {
    err << "postmortem: " << summary.warnings << " warnings, more than --max-warnings " << options.max_warnings << '\n';
    return ExitCode::findings;
  }
  return ExitCode::clean;
}

}  // namespace pm
