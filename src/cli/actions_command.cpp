#include "cli/actions_command.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>

#include "cli/file_errors.h"
#include "config/did_you_mean.h"
#include "files/atomic_write.h"
#include "files/collect_files.h"
#include "model/parse_document.h"
#include "text/read_file.h"
#include "tracker/owner_names.h"
#include "tracker/tracker.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

enum class TrackerFormat { markdown, html, csv, json, ics };

constexpr std::array<std::pair<std::string_view, TrackerFormat>, 5> kFormats{{
    {"md", TrackerFormat::markdown},
    {"html", TrackerFormat::html},
    {"csv", TrackerFormat::csv},
    {"json", TrackerFormat::json},
    {"ics", TrackerFormat::ics},
}};

constexpr std::array<std::pair<std::string_view, StatusFilter>, 3> kStatuses{{
    {"open", StatusFilter::open},
    {"done", StatusFilter::done},
    {"all", StatusFilter::all},
}};

// `postmortem: unknown --format "htm"; did you mean "html"? (one of: md html csv json ics)`
std::string unknown_value(std::string_view option, const std::string& value,
                          const std::vector<std::string>& names) {
  std::string message = "postmortem: unknown " + std::string(option) + " \"" + value + "\"";
  const std::string suggestion = closest_match(value, names);
  if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
  message += " (one of:";
  for (const auto& name : names) message += " " + name;
  return message + ")";
}

template <typename Value, std::size_t N>
std::variant<Value, std::string> choice(
    std::string_view option, const std::string& value,
    const std::array<std::pair<std::string_view, Value>, N>& choices) {
  std::vector<std::string> names;
  for (const auto& [name, meaning] : choices) {
    if (name == value) return meaning;
    names.emplace_back(name);
  }
  return unknown_value(option, value, names);
}

std::variant<std::vector<std::string>, std::string> priority_levels(
    std::string_view option, const std::vector<std::string>& names,
    const std::map<std::string, std::string>& map) {
  std::vector<std::string> levels;
  for (const auto& name : names) {
    const auto level = priority_level(name, map);
    if (!level) {
      return "postmortem: " + std::string(option) + ": cannot read the priority \"" + name +
             "\"; use P0 to P4 (or a value of the configuration's priority_map)";
    }
    if (std::find(levels.begin(), levels.end(), *level) == levels.end()) levels.push_back(*level);
  }
  std::sort(levels.begin(), levels.end());
  return levels;
}

struct FailOn {
  std::vector<std::string> priorities;  // none: any priority
};

// "overdue" or "overdue:P0,P1".
std::variant<FailOn, std::string> parse_fail_on(const std::string& text,
                                                const std::map<std::string, std::string>& map) {
  const std::size_t colon = text.find(':');
  const std::string condition = text.substr(0, colon);
  if (condition != "overdue") return unknown_value("--fail-on", condition, {"overdue"});
  FailOn fail_on;
  if (colon == std::string::npos) return fail_on;
  std::vector<std::string> names;
  std::string rest = text.substr(colon + 1);
  for (std::size_t start = 0; start <= rest.size();) {
    const std::size_t comma = std::min(rest.find(',', start), rest.size());
    if (comma > start) names.push_back(rest.substr(start, comma - start));
    start = comma + 1;
  }
  if (names.empty())
    return "postmortem: --fail-on: name priorities after the colon, as in overdue:P0,P1";
  auto levels = priority_levels("--fail-on", names, map);
  if (auto* error = std::get_if<std::string>(&levels)) return *error;
  fail_on.priorities = std::get<std::vector<std::string>>(std::move(levels));
  return fail_on;
}

std::variant<int, std::string> parse_days(const std::string& text) {
  const bool digits =
      !text.empty() && text.size() <= 5 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    return "postmortem: --due-within: expected a number of days, such as 7; got \"" + text + "\"";
  return std::stoi(text);
}

struct ActionsPlan {
  TrackerFormat format = TrackerFormat::markdown;
  TrackerOptions tracker;
  std::optional<FailOn> fail_on;
};

// Fills `target` from a parse result, or keeps its error for the caller.
template <typename Value, typename Target>
bool take(std::variant<Value, std::string>&& parsed, Target& target, std::string& error) {
  if (auto* message = std::get_if<std::string>(&parsed)) {
    error = *message;
    return false;
  }
  target = std::get<Value>(std::move(parsed));
  return true;
}

std::variant<ActionsPlan, std::string> plan_actions(const ActionsOptionsCli& options,
                                                    const LintSetup& setup) {
  ActionsPlan plan;
  ItemFilter& filter = plan.tracker.filter;
  const auto& priority_map = setup.settings.options.priority_map;
  std::string error;
  if (!take(choice("--format", options.format, kFormats), plan.format, error)) return error;
  if (!take(choice("--status", options.status, kStatuses), filter.status, error)) return error;
  const auto order = parse_item_order(options.sort);
  if (!order) {
    std::vector<std::string> names;
    for (auto name : item_order_names()) names.emplace_back(name);
    return unknown_value("--sort", options.sort, names);
  }
  plan.tracker.order = *order;
  plan.tracker.today = setup.settings.options.today;
  filter.overdue_only = options.overdue;
  for (const auto& owner : options.owners) {
    if (owner_key(owner).empty())
      return "postmortem: --owner: \"" + owner + "\" names nobody; give a name or @handle";
    filter.owners.push_back(owner);
  }
  if (!take(priority_levels("--priority", options.priorities, priority_map), filter.priorities,
            error))
    return error;
  if (!options.due_within.empty()) {
    int days = 0;
    if (!take(parse_days(options.due_within), days, error)) return error;
    filter.due_within_days = days;
  }
  if (!options.since.empty()) {
    const auto since = parse_date(options.since);
    if (!since || since->year == 0)
      return "postmortem: --since: cannot read \"" + options.since + "\"; write it as YYYY-MM-DD";
    filter.since = *since;
  }
  if (!options.fail_on.empty()) {
    FailOn fail_on;
    if (!take(parse_fail_on(options.fail_on, priority_map), fail_on, error)) return error;
    plan.fail_on = std::move(fail_on);
  }
  return plan;
}

struct CollectedItems {
  std::vector<TrackedItem> items;
  int incidents = 0;
  bool failed = false;  // a file could not be read or decoded
};

CollectedItems read_items(const std::vector<std::string>& files, const TrackingRules& rules,
                          std::uintmax_t max_bytes, std::ostream& err) {
  CollectedItems collected;
  for (const auto& file : files) {
    ReadResult bytes = read_file(file, max_bytes);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
      report_read_failure(err, file, *failure);
      collected.failed = true;
      continue;
    }
    ParseResult parsed = parse_document(std::get<std::string>(bytes), file);
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
      report_decode_failure(err, file, failure->decode);
      collected.failed = true;
      continue;
    }
    const Incident& incident = std::get<std::unique_ptr<ParsedDocument>>(parsed)->incident;
    for (auto& item : track_incident_items(incident, rules))
      collected.items.push_back(std::move(item));
    ++collected.incidents;
  }
  return collected;
}

TrackingRules tracking_rules(const LintSetup& setup) {
  const LintOptions& options = setup.settings.options;
  return TrackingRules{options.today, options.overdue_grace_days, options.status_map,
                       options.priority_map};
}

// The folder a written Markdown tracker lives in, which its links to the post-mortems start from.
std::string links_folder(const std::string& output) {
  if (output.empty() || output == "-") return {};
  const std::filesystem::path parent = std::filesystem::path(output).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

std::variant<std::string, TemplateFailure> render(TrackerFormat format, const TrackerReport& report,
                                                  const std::string& output) {
  switch (format) {
    case TrackerFormat::markdown:
      return render_actions_markdown(report, links_folder(output));
    case TrackerFormat::html:
      return render_actions_html(report);
    case TrackerFormat::csv:
      return render_actions_csv(report);
    case TrackerFormat::json:
      return render_actions_json(report);
    case TrackerFormat::ics:
      break;
  }
  return render_actions_ics(report);
}

bool write_output(const std::string& text, const std::string& output, std::ostream& out,
                  std::ostream& err) {
  if (output.empty() || output == "-") {
    out << text;
    return true;
  }
  if (auto failure = write_file_atomically(output, text)) {
    err << "postmortem: " << output << ": not written: " << *failure << '\n';
    return false;
  }
  return true;
}

// The number of listed items that are overdue with one of the priorities (any, when none).
int overdue_matching(const TrackerReport& report, const FailOn& fail_on) {
  return static_cast<int>(
      std::count_if(report.items.begin(), report.items.end(), [&](const TrackedItem& item) {
        return item.overdue &&
               (fail_on.priorities.empty() || has_priority(item, fail_on.priorities));
      }));
}

std::string priority_list(const std::vector<std::string>& priorities) {
  std::string out;
  for (const auto& priority : priorities) out += (out.empty() ? "" : ", ") + priority;
  return out;
}

}  // namespace

void setup_actions_command(CLI::App& app, ActionsOptionsCli& options) {
  CLI::App* command = app.add_subcommand(
      "actions", "List the action items of every post-mortem: a tracker of the open follow-ups");
  command->add_option(
      "paths", options.documents.paths,
      "Files, directories (searched for *.md) or globs (default: the config's include globs)");
  add_document_options(*command, options.documents);
  command->add_option("--format,-f", options.format, "Output: md (default), html, csv, json, ics");
  command->add_option("--status", options.status,
                      "Items listed by status: open (default), done, all");
  command->add_flag("--overdue", options.overdue, "Only overdue items");
  // One value per flag, so that `--owner @ana docs/` leaves docs/ a path.
  command
      ->add_option("--owner", options.owners,
                   "Only items owned by NAME (a name or @handle; repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--priority", options.priorities, "Only items with these priorities, e.g. P0,P1")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("--due-within", options.due_within,
                      "Only open items due within DAYS (overdue ones included)");
  command->add_option("--since", options.since, "Only incidents on or after DATE (YYYY-MM-DD)");
  command->add_option(
      "--sort", options.sort,
      "Order: overdue (default: overdue first, then deadline, then priority), deadline, priority, "
      "owner, incident");
  command->add_option(
      "--fail-on", options.fail_on,
      "Exit 1 when a listed item is overdue: overdue, or overdue:P0,P1 for those priorities only");
  command->add_option("-o,--output", options.output,
                      "Write to FILE (replaced atomically) instead of stdout");
}

ExitCode run_actions_command(const ActionsOptionsCli& options, std::ostream& out,
                             std::ostream& err) {
  auto prepared = prepare_lint(options.documents);
  if (auto* error = std::get_if<std::string>(&prepared)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const LintSetup& setup = std::get<LintSetup>(prepared);
  auto planned = plan_actions(options, setup);
  if (auto* error = std::get_if<std::string>(&planned)) {
    err << *error << '\n';
    return ExitCode::failure;
  }
  const ActionsPlan& plan = std::get<ActionsPlan>(planned);
  const auto files = collect_documents(options.documents, setup,
                                       "postmortem actions: no post-mortems to read", err);
  if (!files) return ExitCode::failure;
  const std::uintmax_t max_bytes = max_bytes_of(options.documents);
  CollectedItems collected = read_items(files->files, tracking_rules(setup), max_bytes, err);
  const TrackerReport report =
      build_tracker(std::move(collected.items), collected.incidents, plan.tracker);

  auto rendered = render(plan.format, report, options.output);
  if (auto* failure = std::get_if<TemplateFailure>(&rendered)) {
    err << "postmortem: internal error: " << failure->message << '\n';
    return ExitCode::failure;
  }
  if (!write_output(std::get<std::string>(rendered), options.output, out, err))
    return ExitCode::failure;
  if (collected.failed || !files->problems.empty()) return ExitCode::failure;
  if (plan.fail_on) {
    const int late = overdue_matching(report, *plan.fail_on);
    if (late > 0) {
      err << "postmortem actions: " << late << (late == 1 ? " action item is" : " action items are")
          << " overdue";
      if (!plan.fail_on->priorities.empty())
        err << " with priority " << priority_list(plan.fail_on->priorities);
      err << " (--fail-on " << options.fail_on << ")\n";
      return ExitCode::findings;
    }
  }
  return ExitCode::clean;
}

}  // namespace pm
