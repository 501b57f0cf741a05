#include "cli/render_command.h"

#include <algorithm>
#include <memory>
#include <variant>

#include "cli/file_errors.h"
#include "config/did_you_mean.h"
#include "files/atomic_write.h"
#include "model/parse_document.h"
#include "render/html_report.h"
#include "render/markdown_writer.h"
#include "text/read_file.h"

namespace pm {
namespace {

const std::vector<std::string> kFormats{"html", "md", "markdown"};

// A complete message for stderr, or nothing when the options fit together.
std::optional<std::string> check_options(const RenderOptionsCli& options) {
  if (std::find(kFormats.begin(), kFormats.end(), options.format) == kFormats.end()) {
    std::string message = "postmortem render: unknown --format \"" + options.format + "\"";
    const std::string suggestion = closest_match(options.format, kFormats);
    if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
    return message + " (expected html or md)";
  }
  if (options.format != "html" && !options.html_template.empty()) {
    return std::string("postmortem render: --html-template applies to --format html only");
  }
  return std::nullopt;
}

RenderOptions html_options(const LintSetup& setup) {
  RenderOptions options;
  options.today = setup.settings.options.today;
  options.overdue_grace_days = setup.settings.options.overdue_grace_days;
  options.status_map = setup.settings.options.status_map;
  return options;
}

// The rendered text, or nothing once the reason is reported on `err`.
std::optional<std::string> render(const RenderOptionsCli& options, const LintSetup& setup,
                                  const ParsedDocument& document, std::ostream& err) {
  if (options.format != "html") return render_markdown(document, setup.settings.spec);
  RenderOptions html = html_options(setup);
  if (!options.html_template.empty()) {
    ReadResult text = read_file(options.html_template);
    if (auto* failure = std::get_if<ReadFailure>(&text)) {
      report_read_failure(err, options.html_template, *failure);
      return std::nullopt;
    }
    html.html_template = std::get<std::string>(std::move(text));
  }
  HtmlReport report = render_html_report(document, html);
  if (auto* error = std::get_if<HtmlTemplateError>(&report)) {
    const std::string name =
        options.html_template.empty() ? "built-in report template" : options.html_template;
    err << "postmortem: " << name << ": " << error->message << '\n';
    return std::nullopt;
  }
  return std::get<std::string>(std::move(report));
}

}  // namespace

void setup_render_command(CLI::App& app, RenderOptionsCli& options) {
  CLI::App* command = app.add_subcommand(
      "render", "Render a post-mortem as an HTML report or as canonical Markdown");
  command->add_option("file", options.file, "The post-mortem Markdown file")->required();
  command
      ->add_option("--format", options.format,
                   "html (a self-contained report page) or md (canonical Markdown)")
      ->capture_default_str();
  command->add_option("-o,--output", options.output,
                      "Write to this file, atomically, instead of stdout");
  command->add_option("--html-template", options.html_template,
                      "Mustache template replacing the built-in report page (default: "
                      "templates/report.html.mustache)");
  add_document_options(*command, options.documents);
}

ExitCode run_render_command(const RenderOptionsCli& options, std::ostream& out, std::ostream& err) {
  if (auto problem = check_options(options)) {
    err << *problem << '\n';
    return ExitCode::failure;
  }
  auto prepared = prepare_lint(options.documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const std::uintmax_t max_bytes =
      options.documents.max_bytes ? options.documents.max_bytes : kDefaultMaxBytes;
  ReadResult bytes = read_file(options.file, max_bytes);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
    report_read_failure(err, options.file, *failure);
    return ExitCode::failure;
  }
  ParseResult parsed = parse_document(std::get<std::string>(bytes), options.file);
  if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
    report_decode_failure(err, options.file, failure->decode);
    return ExitCode::failure;
  }
  const auto& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
  const auto text = render(options, std::get<LintSetup>(prepared), document, err);
  if (!text) return ExitCode::failure;
  if (options.output.empty() || options.output == "-") {
    out << *text;
    return ExitCode::clean;
  }
  if (auto failure = write_file_atomically(options.output, *text)) {
    err << "postmortem: " << options.output << ": not written: " << *failure << '\n';
    return ExitCode::failure;
  }
  return ExitCode::clean;
}

}  // namespace pm
