#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/exit_code.h"
#include "cli/parse_command.h"

int main(int argc, char** argv) {
  CLI::App app{"postmortem: parse, lint and render incident post-mortems written in Markdown", "postmortem"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "postmortem 0.1.0");
  pm::ParseOptions parse_options;
  pm::setup_parse_command(app, parse_options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "postmortem: " << error.what() << "\nRun 'postmortem --help' for usage.\n";
    return static_cast<int>(pm::ExitCode::failure);
  }
  pm::ExitCode code = pm::ExitCode::clean;
  if (app.got_subcommand("parse")) code = pm::run_parse_command(parse_options, std::cout, std::cerr);
  return static_cast<int>(code);
}
