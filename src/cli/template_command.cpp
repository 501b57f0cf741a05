#include "cli/template_command.h"

#include <ostream>

#include "template/template_reader.h"
#include "text/read_file.h"

namespace pm {

void setup_template_command(CLI::App& app, TemplateOptions& options) {
  CLI::App* command = app.add_subcommand("template", "Show what a post-mortem template requires");
  command->require_subcommand(1);
  CLI::App* show = command->add_subcommand("show", "Print the sections, fields and vocabularies a template declares");
  show->add_option("file", options.file, "Template file (default: the built-in template)");
  show->add_flag("--json", options.json, "Print JSON (schemas/template.schema.json)");
}

ExitCode run_template_command(const TemplateOptions& options, std::ostream& out, std::ostream& err) {
  TemplateResult spec = default_template();
  if (!options.file.empty()) {
    ReadResult bytes = read_file(options.file);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
      err << "postmortem: " << options.file << ": " << failure->message << '\n';
      return ExitCode::failure;
    }
    spec = read_template(std::get<std::string>(bytes), options.file);
  }
  if (auto* error = std::get_if<TemplateError>(&spec)) {
    err << "postmortem: " << (options.file.empty() ? "built-in template" : options.file);
    if (error->line > 0) err << ':' << error->line;
    err << ": " << error->message << '\n';
    return ExitCode::failure;
  }
  const TemplateSpec& template_spec = std::get<TemplateSpec>(spec);
  if (options.json) {
    out << to_json(template_spec).dump(2) << '\n';
  } else {
    out << describe_template(template_spec);
  }
  return ExitCode::clean;
}

}  // namespace pm
