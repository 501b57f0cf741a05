#include "cli/new_command.h"

#include <cstdio>
#include <filesystem>

#include "author/new_document.h"
#include "cli/lint_setup.h"
#include "files/atomic_write.h"
#include "support/embedded_files.h"
#include "text/decode.h"
#include "text/fold.h"
#include "text/read_file.h"

namespace pm {
namespace {

// The user's name as git knows it, so the Authors field starts right; nothing without git.
std::optional<std::string> git_user_name() {
  FILE* pipe = ::popen("git config user.name 2>/dev/null", "r");
  if (!pipe) return std::nullopt;
  std::string name;
  char buffer[256];
  while (std::fgets(buffer, sizeof buffer, pipe)) name += buffer;
  ::pclose(pipe);
  const std::string_view trimmed = trim(name);
  if (trimmed.empty()) return std::nullopt;
  return std::string(trimmed);
}

struct TemplateText {
  std::string text;  // decoded: UTF-8, '\n' line ends, mojibake repaired
  std::string path;  // empty for the built-in template
};

std::variant<TemplateText, std::string> template_text(const std::string& path) {
  if (path.empty()) {
    auto text = find_embedded_file("templates/default.md");
    return TemplateText{std::string(text.value_or("")), ""};
  }
  ReadResult bytes = read_file(path);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) return "postmortem: " + path + ": " + failure->message;
  DecodeResult decoded = decode(std::get<std::string>(bytes));
  if (auto* failure = std::get_if<DecodeFailure>(&decoded)) return "postmortem: " + path + ": " + failure->message;
  return TemplateText{std::get<DecodedText>(decoded).text, path};
}

std::string target_path(const NewOptionsCli& options, const LintSetup& setup, const NewDocumentFacts& facts) {
  if (!options.output.empty()) return options.output;
  std::string folder = options.directory;
  if (folder.empty()) folder = setup.config.new_directory.value_or("");
  if (folder.empty()) return new_document_file_name(facts);
  std::error_code error;
  const auto relative = std::filesystem::relative(folder, std::filesystem::current_path(), error);
  const std::filesystem::path base = error || relative.empty() ? std::filesystem::path(folder) : relative;
  return (base / new_document_file_name(facts)).string();
}

}  // namespace

void setup_new_command(CLI::App& app, NewOptionsCli& options) {
  CLI::App* command = app.add_subcommand("new", "Start a post-mortem from the template");
  command->add_option("--title", options.title, "The incident's title")->required();
  command->add_option("--date", options.date, "The incident's date, YYYY-MM-DD (default: today)");
  command->add_option("--severity", options.severity, "The severity, one of the template's values (P1, ...)");
  command->add_option("--template", options.template_path, "Post-mortem template (default: the config's, else built in)");
  command->add_option("--config", options.config_path, "Configuration file (default: .postmortem.yml found upwards)");
  command->add_option("--dir", options.directory, "Folder for the new file (default: the config's directory, else here)");
  command->add_option("-o,--output", options.output, "Write exactly this file instead");
  command->add_option("--author", options.author, "The author (default: git config user.name)");
}

ExitCode run_new_command(const NewOptionsCli& options, std::ostream& out, std::ostream& err) {
  DocumentOptions documents;
  documents.template_path = options.template_path;
  documents.config_path = options.config_path;
  auto prepared = prepare_lint(documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const LintSetup& setup = std::get<LintSetup>(prepared);
  NewDocumentFacts facts;
  facts.title = std::string(trim(options.title));
  if (facts.title.empty()) {
    err << "postmortem new: --title is empty\n";
    return ExitCode::failure;
  }
  facts.date = setup.settings.options.today;
  if (!options.date.empty()) {
    auto date = parse_date(options.date);
    if (!date || date->year == 0) {
      err << "postmortem new: --date: cannot read \"" << options.date << "\"; write it as YYYY-MM-DD\n";
      return ExitCode::failure;
    }
    facts.date = *date;
  }
  if (!options.severity.empty()) {
    // A team's own words for severities (HIGH, SEV-A) are mapped as lint maps them.
    const auto mapped = setup.settings.options.severity_map.find(fold(options.severity));
    facts.severity = mapped != setup.settings.options.severity_map.end() ? mapped->second : options.severity;
  }
  facts.author = options.author.empty() ? git_user_name() : std::optional<std::string>(options.author);

  const std::string template_path = !options.template_path.empty() ? options.template_path
                                                                    : setup.config.template_path.value_or("");
  auto text = template_text(template_path);
  if (auto* error = std::get_if<std::string>(&text)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  auto filled = fill_template(std::get<TemplateText>(text).text, setup.settings.spec, facts);
  if (auto* error = std::get_if<NewDocumentError>(&filled)) {
    err << "postmortem new: " << error->message << '\n';
    return ExitCode::failure;
  }
  const std::string path = target_path(options, setup, facts);
  const auto parent = std::filesystem::path(path).parent_path();
  std::error_code error;
  if (!parent.empty()) std::filesystem::create_directories(parent, error);
  if (error) {
    err << "postmortem: " << parent.string() << ": cannot create the folder: " << error.message() << '\n';
    return ExitCode::failure;
  }
  if (auto failure = write_new_file_atomically(path, std::get<std::string>(filled))) {
    err << "postmortem: " << path << ": " << *failure << '\n';
    return ExitCode::failure;
  }
  out << path << '\n';
  return ExitCode::clean;
}

}  // namespace pm
