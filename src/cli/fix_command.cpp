#include "cli/fix_command.h"

#include "files/atomic_write.h"
#include "files/collect_files.h"
#include "fix/fix_document.h"
#include "fix/unified_diff.h"
#include "rules/rule.h"
#include "text/read_file.h"

namespace pm {
namespace {

// "PM001 missing-section x2, tables aligned": what was (or would be) fixed in one file.
std::string describe_fixes(const std::map<std::string, int>& fixes) {
  std::string text;
  for (const auto& [rule_id, count] : fixes) {
    if (!text.empty()) text += ", ";
    if (rule_id == "tables") {
      text += std::to_string(count) + (count == 1 ? " table aligned" : " tables aligned");
      continue;
    }
    const RuleInfo* rule = find_rule(rule_id);
    text += rule_id + (rule ? " " + std::string(rule->name) : "");
    if (count > 1) text += " x" + std::to_string(count);
  }
  return text;
}

enum class FileFix { changed, unchanged, failed };

FileFix fix_one(const std::string& file, const LintSettings& settings, std::uintmax_t max_bytes, FixMode mode,
                std::ostream& out, std::ostream& err) {
  ReadResult bytes = read_file(file, max_bytes);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
    err << "postmortem: " << file << ": " << failure->message << '\n';
    return FileFix::failed;
  }
  const std::string& original = std::get<std::string>(bytes);
  FixOutcome outcome = fix_file_bytes(original, file, settings);
  if (outcome.failure) {
    err << "postmortem: " << file << ": " << *outcome.failure << '\n';
    return FileFix::failed;
  }
  if (!outcome.changed) return FileFix::unchanged;
  const std::string what = describe_fixes(outcome.fixes);
  switch (mode) {
    case FixMode::diff:
      out << unified_diff(original, outcome.bytes, file);
      break;
    case FixMode::check:
      out << file << ": would fix " << what << '\n';
      break;
    case FixMode::write:
      if (auto failure = replace_file_if_unchanged(file, original, outcome.bytes)) {
        err << "postmortem: " << file << ": not fixed: " << *failure << "; the file is unchanged\n";
        return FileFix::failed;
      }
      out << file << ": fixed " << what << '\n';
      break;
  }
  return FileFix::changed;
}

}  // namespace

FixRun fix_files(const std::vector<std::string>& files, const LintSettings& settings, std::uintmax_t max_bytes,
                 FixMode mode, std::ostream& out, std::ostream& err) {
  FixRun run;
  for (const auto& file : files) {
    switch (fix_one(file, settings, max_bytes, mode, out, err)) {
      case FileFix::changed: ++run.changed; break;
      case FileFix::unchanged: ++run.unchanged; break;
      case FileFix::failed: ++run.failed; break;
    }
  }
  return run;
}

void setup_fix_command(CLI::App& app, FixOptionsCli& options) {
  CLI::App* command = app.add_subcommand("fix", "Apply the fixes the rules declare safe, in place");
  command->add_option("paths", options.documents.paths,
                      "Files, directories (searched for *.md) or globs (default: the config's include globs)");
  add_document_options(*command, options.documents);
  command->add_flag("--check", options.check, "Change nothing; exit 1 when a fix would apply");
  command->add_flag("--diff", options.diff, "Print a unified diff of the fixes instead of writing them");
}

ExitCode run_fix_command(const FixOptionsCli& options, std::ostream& out, std::ostream& err) {
  auto prepared = prepare_lint(options.documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const LintSetup& setup = std::get<LintSetup>(prepared);
  const auto collected = collect_documents(options.documents, setup, "postmortem fix: no files to fix", err);
  if (!collected) return ExitCode::failure;
  const FixMode mode = options.diff ? FixMode::diff : options.check ? FixMode::check : FixMode::write;
  const std::uintmax_t max_bytes = max_bytes_of(options.documents);
  const FixRun run = fix_files(collected->files, setup.settings, max_bytes, mode, out, err);
  if (mode != FixMode::diff) {
    const char* verb = mode == FixMode::check ? " would be fixed, " : " fixed, ";
    err << run.changed << (run.changed == 1 ? " file" : " files") << verb << run.unchanged << " unchanged";
    if (run.failed > 0) err << ", " << run.failed << " not fixed";
    err << '\n';
  }
  if (run.failed > 0 || !collected->problems.empty()) return ExitCode::failure;
  if (options.check && run.changed > 0) return ExitCode::findings;
  return ExitCode::clean;
}

}  // namespace pm
