#include "cli/lint_setup.h"

#include <ctime>
#include <filesystem>

#include "config/config_discovery.h"
#include "config/did_you_mean.h"
#include "model/time_parse.h"
#include "rules/rule.h"
#include "template/template_reader.h"
#include "text/fold.h"
#include "text/read_file.h"

namespace pm {
namespace {

std::vector<std::string> rule_names() {
  std::vector<std::string> names;
  for (const auto& rule : all_rules()) {
    names.emplace_back(rule.id);
    names.emplace_back(rule.name);
  }
  return names;
}

std::variant<LintConfig, std::string> load_lint_config(const DocumentOptions& options) {
  std::string path = options.config_path;
  if (path.empty()) {
    auto found = find_config(std::filesystem::current_path().string());
    if (!found) return LintConfig{};
    path = *found;
  }
  auto known = [](std::string_view name) { return find_rule(name) != nullptr; };
  auto suggest = [](std::string_view name) { return closest_match(name, rule_names()); };
  ConfigResult result = load_config(path, known, suggest);
  if (auto* error = std::get_if<ConfigError>(&result)) return "postmortem: " + format_config_error(*error);
  return std::get<LintConfig>(std::move(result));
}

std::variant<TemplateSpec, std::string> load_template(const std::string& path) {
  if (path.empty()) {
    TemplateResult spec = default_template();
    if (auto* error = std::get_if<TemplateError>(&spec)) return "postmortem: built-in template: " + error->message;
    return std::get<TemplateSpec>(std::move(spec));
  }
  ReadResult bytes = read_file(path);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) return "postmortem: " + path + ": " + failure->message;
  TemplateResult spec = read_template(std::get<std::string>(bytes), path);
  if (auto* error = std::get_if<TemplateError>(&spec)) {
    return "postmortem: " + path + (error->line > 0 ? ":" + std::to_string(error->line) : "") + ": " + error->message;
  }
  return std::get<TemplateSpec>(std::move(spec));
}

std::optional<Severity> severity_of(const std::optional<RuleLevel>& level, bool& off) {
  off = level && *level == RuleLevel::off;
  if (!level || off) return std::nullopt;
  if (*level == RuleLevel::info) return Severity::info;
  if (*level == RuleLevel::warning) return Severity::warning;
  return Severity::error;
}

std::vector<RuleOverride> rule_overrides(const LintConfig& config) {
  std::vector<RuleOverride> overrides;
  for (const auto& setting : config.rules) {
    const RuleInfo* rule = find_rule(setting.rule);
    if (!rule) continue;  // the loader has already refused unknown rules
    RuleOverride override{std::string(rule->id), std::nullopt, false, std::nullopt, false};
    override.severity = severity_of(setting.level, override.off);
    override.draft_severity = severity_of(setting.draft_level, override.draft_off);
    overrides.push_back(std::move(override));
  }
  return overrides;
}

std::map<std::string, std::string> folded_keys(const std::map<std::string, std::string>& map) {
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : map) out[fold(key)] = value;
  return out;
}

// Globs in the configuration are relative to its folder; walked paths are relative to here.
std::vector<std::string> patterns_from_here(const std::vector<std::string>& patterns, const std::string& base) {
  if (base.empty()) return patterns;
  std::error_code error;
  const auto prefix = std::filesystem::relative(base, std::filesystem::current_path(), error);
  if (error || prefix.empty() || prefix == ".") return patterns;
  std::vector<std::string> out;
  for (const auto& pattern : patterns) {
    out.push_back(pattern.rfind("**", 0) == 0 ? pattern : (prefix / pattern).lexically_normal().string());
  }
  return out;
}

}  // namespace

void add_document_options(CLI::App& command, DocumentOptions& options) {
  command.add_option("--template", options.template_path, "Post-mortem template to check against (default: built in)");
  command.add_option("--config", options.config_path, "Configuration file (default: .postmortem.yml found upwards)");
  command.add_option("--today", options.today, "Date to judge deadlines against, YYYY-MM-DD (default: today)");
  command.add_option("--max-bytes", options.max_bytes, "Refuse files larger than this many bytes (default 10 MiB)");
}

std::vector<std::string> paths_to_check(const std::vector<std::string>& given, const LintSetup& setup) {
  if (!given.empty() || setup.collect.include.empty()) return given;
  std::error_code error;
  const auto folder = std::filesystem::relative(setup.config.base_directory, std::filesystem::current_path(), error);
  return {error || folder.empty() ? std::string(".") : folder.string()};
}

std::optional<CollectedFiles> collect_documents(const DocumentOptions& options, const LintSetup& setup,
                                                std::string_view nothing_to_do, std::ostream& err) {
  const auto paths = paths_to_check(options.paths, setup);
  if (paths.empty()) {
    err << nothing_to_do << "; name files, folders or globs, or set `include` in .postmortem.yml\n";
    return std::nullopt;
  }
  CollectedFiles collected = collect_files(paths, setup.collect);
  for (const auto& problem : collected.problems) err << "postmortem: " << problem.path << ": " << problem.message << '\n';
  return collected;
}

std::uintmax_t max_bytes_of(const DocumentOptions& options) {
  return options.max_bytes ? options.max_bytes : kDefaultMaxBytes;
}

CivilDate local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::variant<LintSetup, std::string> prepare_lint(const DocumentOptions& options) {
  LintSetup setup;
  auto config = load_lint_config(options);
  if (auto* error = std::get_if<std::string>(&config)) return *error;
  setup.config = std::get<LintConfig>(std::move(config));
  const std::string template_path =
      !options.template_path.empty() ? options.template_path : setup.config.template_path.value_or("");
  auto spec = load_template(template_path);
  if (auto* error = std::get_if<std::string>(&spec)) return *error;
  setup.settings.spec = std::get<TemplateSpec>(std::move(spec));
  if (options.today.empty()) {
    setup.settings.options.today = local_today();
  } else {
    auto today = parse_date(options.today);
    if (!today || today->year == 0) return "postmortem: --today: cannot read \"" + options.today + "\"; write it as YYYY-MM-DD";
    setup.settings.options.today = *today;
  }
  setup.settings.options.whys = setup.config.whys;
  setup.settings.options.overdue_grace_days = setup.config.overdue_grace_days;
  setup.settings.options.severity_map = folded_keys(setup.config.severity_map);
  setup.settings.options.status_map = folded_keys(setup.config.status_map);
  setup.settings.options.priority_map = folded_keys(setup.config.priority_map);
  setup.settings.overrides = rule_overrides(setup.config);
  setup.collect.include = patterns_from_here(setup.config.include, setup.config.base_directory);
  setup.collect.exclude = patterns_from_here(setup.config.exclude, setup.config.base_directory);
  return setup;
}

}  // namespace pm
