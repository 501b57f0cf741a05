#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

#include "cli/actions_command.h"
#include "cli/exit_code.h"
#include "cli/fix_command.h"
#include "cli/lint_command.h"
#include "cli/new_command.h"
#include "cli/parse_command.h"
#include "cli/render_command.h"
#include "cli/rules_command.h"
#include "cli/site_command.h"
#include "cli/template_command.h"
#include "config/did_you_mean.h"

namespace {

// A misspelt subcommand gets a suggestion instead of CLI11's generic complaint.
bool report_unknown_subcommand(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
  for (const auto& name : names) {
    if (name == argv[1]) return false;
  }
  std::cerr << "postmortem: unknown command \"" << argv[1] << "\"";
  const std::string suggestion = pm::closest_match(argv[1], names);
  if (!suggestion.empty()) std::cerr << "; did you mean \"" << suggestion << "\"?";
  std::cerr << "\nRun 'postmortem --help' for the commands.\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  // Output cut short by a closed pipe (postmortem lint | head) ends quietly.
  std::signal(SIGPIPE, SIG_DFL);
  // Over a file-size limit a write fails with EFBIG, which `fix` reports, keeping the original.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"postmortem: parse, lint and render incident post-mortems written in Markdown", "postmortem"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "postmortem 0.1.0");
  pm::ParseOptions parse_options;
  pm::LintOptionsCli lint_options;
  pm::FixOptionsCli fix_options;
  pm::NewOptionsCli new_options;
  pm::RulesOptions rules_options;
  pm::TemplateOptions template_options;
  pm::ActionsOptionsCli actions_options;
  pm::RenderOptionsCli render_options;
  pm::SiteOptionsCli site_options;
  pm::setup_parse_command(app, parse_options);
  pm::setup_lint_command(app, lint_options);
  pm::setup_fix_command(app, fix_options);
  pm::setup_new_command(app, new_options);
  pm::setup_rules_command(app, rules_options);
  pm::setup_template_command(app, template_options);
  pm::setup_actions_command(app, actions_options);
  pm::setup_render_command(app, render_options);
  pm::setup_site_command(app, site_options);
  if (report_unknown_subcommand(app, argc, argv)) return static_cast<int>(pm::ExitCode::failure);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "postmortem: " << error.what() << "\nRun 'postmortem --help' for usage.\n";
    return static_cast<int>(pm::ExitCode::failure);
  }
  pm::ExitCode code = pm::ExitCode::clean;
  if (app.got_subcommand("parse")) code = pm::run_parse_command(parse_options, std::cout, std::cerr);
  if (app.got_subcommand("lint")) code = pm::run_lint_command(lint_options, std::cout, std::cerr);
  if (app.got_subcommand("new")) code = pm::run_new_command(new_options, std::cout, std::cerr);
  if (app.got_subcommand("fix")) code = pm::run_fix_command(fix_options, std::cout, std::cerr);
  if (app.got_subcommand("rules")) code = pm::run_rules_command(rules_options, std::cout, std::cerr);
  if (app.got_subcommand("template")) code = pm::run_template_command(template_options, std::cout, std::cerr);
  if (app.got_subcommand("actions")) code = pm::run_actions_command(actions_options, std::cout, std::cerr);
  if (app.got_subcommand("render")) code = pm::run_render_command(render_options, std::cout, std::cerr);
  if (app.got_subcommand("site")) code = pm::run_site_command(site_options, std::cout, std::cerr);
  std::cout.flush();
  return static_cast<int>(code);
}
