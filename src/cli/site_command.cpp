#include "cli/site_command.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/file_errors.h"
#include "model/parse_document.h"
#include "render/html_report.h"
#include "site/atom_feed.h"
#include "site/public_copy.h"
#include "site/script_policy.h"
#include "site/secret_scan.h"
#include "site/site_index.h"
#include "site/site_output.h"
#include "site/site_plan.h"
#include "text/read_file.h"
#include "tracker/tracker.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

// The documents going out, as they will be published, and whether any step failed on the way.
struct SiteDocuments {
  std::vector<std::unique_ptr<ParsedDocument>> documents;
  bool failed = false;        // a file could not be read or decoded
  bool holds_secret = false;  // a document still matches a secret pattern
};

void report_public_copy(const std::string& file, const PublicCopy& copy, std::ostream& err) {
  for (const auto& section : copy.dropped)
    err << "postmortem: " << file << ':' << section.line << ": left out internal section \""
        << section.title << "\"\n";
  for (const auto& redaction : copy.redactions)
    err << "postmortem: " << file << ':' << redaction.line << ": redacted " << redaction.kind
        << " \"" << redaction.original << "\"\n";
}

// The document as it will be published: itself, or with --public its public copy.
std::unique_ptr<ParsedDocument> published_form(std::unique_ptr<ParsedDocument> document,
                                               const SiteOptionsCli& options,
                                               const LintConfig& config, std::ostream& err) {
  if (!options.make_public) return document;
  const std::string& file = document->incident.file;
  auto copy =
      make_public_copy(*document, PublicRules{config.internal_sections, config.internal_hosts});
  if (auto* failure = std::get_if<ParseFailure>(&copy)) {
    report_decode_failure(err, file, failure->decode);
    return nullptr;
  }
  report_public_copy(file, std::get<PublicCopy>(copy), err);
  return std::move(std::get<PublicCopy>(copy).document);
}

bool holds_secret(const ParsedDocument& document, const LintConfig& config, std::ostream& err) {
  const auto findings = find_secrets(document.decoded.text, config.secret_patterns);
  for (const auto& finding : findings)
    err << "postmortem: " << document.incident.file << ':' << finding.line
        << ": holds text matching the secret pattern \"" << finding.pattern << "\"\n";
  return !findings.empty();
}

SiteDocuments read_documents(const std::vector<std::string>& files, const SiteOptionsCli& options,
                             const LintSetup& setup, std::ostream& err) {
  const std::uintmax_t max_bytes =
      options.documents.max_bytes ? options.documents.max_bytes : kDefaultMaxBytes;
  SiteDocuments site;
  for (const auto& file : files) {
    ReadResult bytes = read_file(file, max_bytes);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
      report_read_failure(err, file, *failure);
      site.failed = true;
      continue;
    }
    ParseResult parsed = parse_document(std::get<std::string>(bytes), file);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
      report_decode_failure(err, file, failure->decode);
      site.failed = true;
      continue;
    }
    auto document = std::get<std::unique_ptr<ParsedDocument>>(std::move(parsed));
    if (!options.include_drafts && !is_published(document->incident)) continue;
    document = published_form(std::move(document), options, setup.config, err);
    if (!document) {
      site.failed = true;
      continue;
    }
    if (holds_secret(*document, setup.config, err)) site.holds_secret = true;
    site.documents.push_back(std::move(document));
  }
  return site;
}

struct SiteFile {
  std::string name;
  std::string bytes;
};

RenderOptions page_options(const LintSetup& setup) {
  RenderOptions options;
  options.today = setup.settings.options.today;
  options.overdue_grace_days = setup.settings.options.overdue_grace_days;
  options.status_map = setup.settings.options.status_map;
  return options;
}

std::variant<std::string, TemplateFailure> actions_page(const SiteDocuments& site,
                                                        const LintSetup& setup) {
  const LintOptions& lint = setup.settings.options;
  const TrackingRules rules{lint.today, lint.overdue_grace_days, lint.status_map,
                            lint.priority_map};
  std::vector<TrackedItem> items;
  for (const auto& document : site.documents) {
    for (auto& item : track_incident_items(document->incident, rules))
      items.push_back(std::move(item));
  }
  TrackerOptions tracker;
  tracker.today = lint.today;
  const auto count = static_cast<int>(site.documents.size());
  return render_actions_html(build_tracker(std::move(items), count, tracker));
}

// Every file of the site, or the message for why it cannot be made.
std::variant<std::vector<SiteFile>, std::string> build_site(const SiteDocuments& site,
                                                            const SiteOptionsCli& options,
                                                            const LintSetup& setup) {
  std::vector<const Incident*> incidents;
  for (const auto& document : site.documents) incidents.push_back(&document->incident);
  std::vector<SiteFile> files;
  std::vector<SiteEntry> entries;
  for (const SitePage& page : plan_site_pages(incidents)) {
    const auto& document =
        *std::find_if(site.documents.begin(), site.documents.end(),
                      [&](const auto& each) { return &each->incident == page.incident; });
    HtmlReport html = render_html_report(*document, page_options(setup));
    if (auto* error = std::get_if<HtmlTemplateError>(&html))
      return "postmortem: built-in report template: " + error->message;
    files.push_back(SiteFile{page.file_name, std::get<std::string>(std::move(html))});
    entries.push_back(site_entry(page));
  }
  auto index = render_site_index(options.title, entries);
  if (auto* error = std::get_if<HtmlTemplateError>(&index))
    return "postmortem: built-in site index template: " + error->message;
  files.push_back(SiteFile{"index.html", std::get<std::string>(std::move(index))});
  files.push_back(
      SiteFile{"feed.xml", render_atom_feed(options.title, entries, setup.settings.options.today)});
  auto actions = actions_page(site, setup);
  if (auto* failure = std::get_if<TemplateFailure>(&actions))
    return "postmortem: built-in tracker template: " + failure->message;
  files.push_back(
      SiteFile{"actions.html", with_script_policy(std::get<std::string>(std::move(actions)))});
  return files;
}

// Writes every file, going on past a failure; false when any was not written.
bool write_site(const std::vector<SiteFile>& files, const std::string& directory,
                std::ostream& err) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    err << "postmortem: " << directory << ": cannot create the output folder: " << error.message()
        << '\n';
    return false;
  }
  bool written = true;
  for (const SiteFile& file : files) {
    if (auto failure = write_site_file(directory, file.name, file.bytes)) {
      err << "postmortem: " << (std::filesystem::path(directory) / file.name).string()
          << ": not written: " << *failure << '\n';
      written = false;
    }
  }
  return written;
}

}  // namespace

void setup_site_command(CLI::App& app, SiteOptionsCli& options) {
  CLI::App* command = app.add_subcommand(
      "site",
      "Write the published incident pages: an index, one page per incident, an Atom feed and the "
      "action-item tracker");
  command->add_option(
      "paths", options.documents.paths,
      "Files, directories (searched for *.md) or globs (default: the config's include globs)");
  command
      ->add_option("-o,--output", options.output,
                   "The folder to write the site into (created if missing)")
      ->required();
  command->add_flag("--include-drafts", options.include_drafts,
                    "Publish every document, not only those whose status is Published");
  command->add_flag(
      "--public", options.make_public,
      "A copy for outside readers: internal sections left out, email and IP addresses, UUIDs, "
      "long hex ids and links to internal hosts replaced by [redacted]");
  command->add_option("--title", options.title, "The site's title")->capture_default_str();
  add_document_options(*command, options.documents);
}

ExitCode run_site_command(const SiteOptionsCli& options, std::ostream& out, std::ostream& err) {
  auto prepared = prepare_lint(options.documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const LintSetup& setup = std::get<LintSetup>(prepared);
  const auto files = collect_documents(options.documents, setup,
                                       "postmortem site: no post-mortems to publish", err);
  if (!files) return ExitCode::failure;
  const SiteDocuments site = read_documents(files->files, options, setup, err);
  if (site.holds_secret) {
    err << "postmortem site: nothing written: remove the secrets above from the documents (or "
           "redact them) "
           "and build again\n";
    return ExitCode::findings;
  }
  auto built = build_site(site, options, setup);
  if (auto* error = std::get_if<std::string>(&built)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const bool written = write_site(std::get<std::vector<SiteFile>>(built), options.output, err);
  if (written) {
    const std::size_t pages = site.documents.size();
    out << "postmortem site: " << pages << (pages == 1 ? " incident" : " incidents")
        << " written to " << options.output << "; open "
        << (std::filesystem::path(options.output) / "index.html").string() << '\n';
  }
  return written && !site.failed && files->problems.empty() ? ExitCode::clean : ExitCode::failure;
}

}  // namespace pm
