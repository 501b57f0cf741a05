#include "cli/parse_command.h"

#include <ostream>

#include "cli/file_errors.h"
#include "model/document_body.h"
#include "model/incident_json.h"
#include "model/parse_document.h"
#include "text/read_file.h"

namespace pm {

namespace {

std::string summary_line(const Incident& incident) {
  const Metadata& metadata = incident.metadata;
  std::string line = incident.file + ": " + (incident.title.empty() ? "(no title)" : incident.title);
  line += " | date " + (metadata.date ? format_iso_date(*metadata.date) : std::string("?"));
  line += " | severity " + metadata.severity.value_or("?");
  line += " | " + std::to_string(incident.timeline.size()) + " timeline entries";
  line += ", " + std::to_string(incident.five_whys.size()) + " whys";
  line += ", " + std::to_string(incident.action_items.size()) + " action items";
  line += ", " + std::to_string(incident.signoff.size()) + " sign-offs";
  if (!incident.repairs.empty()) line += ", " + std::to_string(incident.repairs.size()) + " lines repaired";
  return line;
}

}  // namespace

void setup_parse_command(CLI::App& app, ParseOptions& options) {
  CLI::App* command = app.add_subcommand("parse", "Print the incident model of each file as JSON");
  command->add_option("files", options.files, "Post-mortem Markdown files")->required();
  command->add_flag("--pretty", options.pretty, "Indent the JSON");
  command->add_flag("--summary", options.summary, "Print one line per file instead of JSON");
  command->add_option("--max-bytes", options.max_bytes, "Refuse files larger than this (default 10 MiB)");
}

ExitCode run_parse_command(const ParseOptions& options, std::ostream& out, std::ostream& err) {
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  bool failed = false;
  for (const auto& file : options.files) {
    ReadResult bytes = read_file(file, options.max_bytes ? options.max_bytes : kDefaultMaxBytes);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
      report_read_failure(err, file, *failure);
      failed = true;
      continue;
    }
    ParseResult parsed = parse_document(std::get<std::string>(bytes), file);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
      report_decode_failure(err, file, failure->decode);
      failed = true;
      continue;
    }
    const ParsedDocument& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
    // The model is still printed; the fields the front matter held are missing from it.
    for (const auto& error : document.front_matter.errors) {
      err << "postmortem: " << file << ':' << error.line << ": warning: " << error.message
          << "; its fields were not read\n";
    }
    if (has_no_body(document)) {
      err << "postmortem: " << file
          << ":1: warning: the file holds no post-mortem, only front matter, comments or blank lines\n";
    }
    const Incident& incident = document.incident;
    if (options.summary) {
      out << summary_line(incident) << '\n';
    } else {
      documents.push_back(to_json(incident));
    }
  }
  if (options.summary) return failed ? ExitCode::failure : ExitCode::clean;
  const int indent = options.pretty ? 2 : -1;
  if (options.files.size() == 1) {
    if (!documents.empty()) out << documents.front().dump(indent) << '\n';
  } else {
    out << documents.dump(indent) << '\n';
  }
  return failed ? ExitCode::failure : ExitCode::clean;
}

}  // namespace pm
