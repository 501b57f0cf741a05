#include "config/lint_config.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <limits>
#include <regex>

#include "config/did_you_mean.h"
#include "config/json_schema.h"
#include "config/schema_messages.h"
#include "config/yaml_to_json.h"
#include "support/embedded_files.h"
#include "text/read_file.h"

namespace pm {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view schema_path = "schemas/config.schema.json";

// A problem found in a well-formed YAML document, before lines are attached.
struct Problem {
  std::string pointer;
  std::string message;
};

// Everything a check needs to know about the document being loaded.
struct ConfigDocument {
  const std::string& path;
  const YamlJson& yaml;
  const Json& schema;
};

// Where the value at `pointer` is written. Every pointer checked names a value the YAML
// produced; walking up to an enclosing value is only a safety net.
YamlPlace place_of(const ConfigDocument& document, std::string pointer) {
  auto found = document.yaml.places.find(pointer);
  while (found == document.yaml.places.end() && !pointer.empty()) {
    pointer.erase(pointer.rfind('/'));
    found = document.yaml.places.find(pointer);
  }
  return found == document.yaml.places.end() ? YamlPlace{} : found->second;
}

ConfigError error_at(const ConfigDocument& document, const std::string& pointer,
                     std::string message) {
  const YamlPlace place = place_of(document, pointer);
  return ConfigError{document.path, place.line, place.key, std::move(message)};
}

const Json* value_at(const Json& document, const std::string& pointer) {
  try {
    return &document.at(Json::json_pointer(pointer));
  } catch (const Json::exception&) {
    return nullptr;
  }
}

std::string with_suggestion(std::string message, const std::string& suggestion) {
  if (!suggestion.empty()) message += "; did you mean " + suggestion + "?";
  return message;
}

// A "did you mean" for a value is only worth adding when one allowed value stands out: for "P9"
// every one of P0..P4 is a single edit away, and the message lists them all already.
std::string unambiguous_match(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string best = closest_match(word, candidates);
  if (best.empty()) return best;
  const std::size_t distance = edit_distance(word, best);
  const auto equally_close = std::count_if(
      candidates.begin(), candidates.end(),
      [&](const std::string& candidate) { return edit_distance(word, candidate) == distance; });
  return equally_close == 1 ? best : std::string();
}

std::string unknown_rule_message(const std::string& rule, const SuggestRule& suggest) {
  return with_suggestion("unknown rule " + key_label(rule),
                         suggest ? suggest(rule) : std::string());
}

std::string unknown_key_message(const std::string& key, const std::vector<std::string>& allowed) {
  // A map keyed by free text lists no names; its keys were refused by a pattern instead.
  if (allowed.empty()) return "key " + key_label(key) + " is not allowed here";
  const std::string unknown = "unknown key " + key_label(key);
  const std::string suggestion = closest_match(key, allowed);
  if (!suggestion.empty()) return with_suggestion(unknown, suggestion);
  return unknown + "; expected " + join_alternatives(allowed);
}

bool is_rules_table(const std::vector<std::string>& key_tokens) {
  return key_tokens.size() == 2 && key_tokens.front() == "rules";
}

// Keys the schema does not allow. Under `rules:` any key is a rule name, so a key there gets the
// registry's suggestion instead of the schema's list.
void add_unknown_keys(const ConfigDocument& document, const SuggestRule& suggest,
                      std::vector<Problem>& problems) {
  for (const UnknownKey& unknown : find_unknown_keys(document.schema, document.yaml.value)) {
    const std::string& key = unknown.tokens.back();
    problems.push_back(
        {to_json_pointer(unknown.tokens), is_rules_table(unknown.tokens)
                                              ? unknown_rule_message(key, suggest)
                                              : unknown_key_message(key, unknown.allowed)});
  }
}

bool has_problem_at(const std::vector<Problem>& problems, const std::string& pointer) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& problem) { return problem.pointer == pointer; });
}

void add_unknown_rules(const ConfigDocument& document, const KnownRule& is_known_rule,
                       const SuggestRule& suggest, std::vector<Problem>& problems) {
  const auto rules = document.yaml.value.find("rules");
  if (!is_known_rule || rules == document.yaml.value.end() || !rules->is_object()) return;
  for (const auto& [rule, setting] : rules->items()) {
    const std::string pointer = to_json_pointer({"rules", rule});
    if (!is_known_rule(rule) && !has_problem_at(problems, pointer)) {
      problems.push_back({pointer, unknown_rule_message(rule, suggest)});
    }
  }
}

// True when `pointer` is `other` or contains it: "" and "/options" contain "/options/whys".
bool contains_pointer(const std::string& pointer, const std::string& other) {
  return other == pointer ||
         (other.size() > pointer.size() && other.compare(0, pointer.size(), pointer) == 0 &&
          other[pointer.size()] == '/');
}

// valijson reports a failure at the value and again at every enclosing value. Only the innermost
// says what is wrong, and a value already reported (an unknown key or rule) needs no second
// message.
std::vector<std::string> innermost_pointers(const std::vector<SchemaViolation>& violations,
                                            const std::vector<Problem>& reported) {
  std::vector<std::string> pointers;
  for (const SchemaViolation& violation : violations) {
    const auto encloses = [&](const std::string& other) {
      return contains_pointer(violation.pointer, other);
    };
    const bool inner_violation =
        std::any_of(violations.begin(), violations.end(), [&](const SchemaViolation& other) {
          return other.pointer != violation.pointer && encloses(other.pointer);
        });
    const bool already_reported = std::any_of(
        reported.begin(), reported.end(), [&](const Problem& p) { return encloses(p.pointer); });
    const bool seen =
        std::find(pointers.begin(), pointers.end(), violation.pointer) != pointers.end();
    if (!inner_violation && !already_reported && !seen) pointers.push_back(violation.pointer);
  }
  return pointers;
}

// "must be an integer ≥ 1, got \"five\"", worded from the schema rather than valijson's text.
std::string wrong_value_message(const ConfigDocument& document, const std::string& pointer) {
  const Json* value = value_at(document.yaml.value, pointer);
  const Json* schema =
      value ? schema_for_value(document.schema, document.yaml.value, json_pointer_tokens(pointer))
            : nullptr;
  if (!value || !schema) return "is not allowed here";
  std::string message = "must be " + describe_expected(document.schema, *schema, *value) +
                        ", got " + describe_value(*value);
  if (value->is_string()) {
    const std::vector<std::string> words = expected_words(document.schema, *schema, *value);
    message = with_suggestion(message, unambiguous_match(value->get<std::string>(), words));
  }
  return message;
}

// All problems the schema and the rule registry find, or the reason the schema is unusable.
std::variant<std::vector<Problem>, ConfigError> find_problems(const ConfigDocument& document,
                                                              std::string_view schema_text,
                                                              const KnownRule& is_known_rule,
                                                              const SuggestRule& suggest) {
  std::vector<Problem> problems;
  add_unknown_keys(document, suggest, problems);
  add_unknown_rules(document, is_known_rule, suggest, problems);
  const std::vector<SchemaViolation> violations =
      validate_against_schema(nlohmann::json(document.yaml.value), schema_text);
  for (const SchemaViolation& violation : violations) {
    if (violation.message.rfind(invalid_schema_prefix, 0) == 0) {
      return ConfigError{document.path, 0, "", "internal error: " + violation.message};
    }
  }
  for (const std::string& pointer : innermost_pointers(violations, problems)) {
    problems.push_back({pointer, wrong_value_message(document, pointer)});
  }
  return problems;
}

// The problem a person meets first reading the file, so that fixing errors top-down works.
ConfigError first_in_file(const ConfigDocument& document, const std::vector<Problem>& problems) {
  const auto earliest =
      std::min_element(problems.begin(), problems.end(), [&](const Problem& a, const Problem& b) {
        const YamlPlace first = place_of(document, a.pointer);
        const YamlPlace second = place_of(document, b.pointer);
        return std::pair(first.line, first.column) < std::pair(second.line, second.column);
      });
  return error_at(document, earliest->pointer, earliest->message);
}

std::string resolve_path(const std::string& base_directory, const std::string& path) {
  const std::filesystem::path given(path);
  if (given.is_absolute()) return given.lexically_normal().string();
  return (std::filesystem::path(base_directory) / given).lexically_normal().string();
}

std::string base_directory_of(const std::string& path) {
  const std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// A section such as `options:`; nullptr when absent or left empty.
const Json* section(const Json& parent, std::string_view key) {
  const auto found = parent.find(key);
  return found == parent.end() || found->is_null() ? nullptr : &*found;
}

std::optional<std::string> string_value(const Json& parent, std::string_view key) {
  const Json* value = section(parent, key);
  return value ? std::optional<std::string>(value->get<std::string>()) : std::nullopt;
}

std::vector<std::string> string_list(const Json& parent, std::string_view key) {
  const Json* list = section(parent, key);
  return list ? list->get<std::vector<std::string>>() : std::vector<std::string>();
}

std::map<std::string, std::string> string_map(const Json& parent, std::string_view key) {
  std::map<std::string, std::string> entries;
  if (const Json* map = section(parent, key)) {
    for (const auto& [name, value] : map->items()) entries[name] = value.get<std::string>();
  }
  return entries;
}

std::optional<RuleLevel> level(const Json& setting, std::string_view key) {
  const std::optional<std::string> written = string_value(setting, key);
  return written ? parse_rule_level(*written) : std::nullopt;
}

RuleSetting rule_setting(const ConfigDocument& document, const std::string& rule,
                         const Json& setting) {
  RuleSetting result;
  result.rule = rule;
  result.line = place_of(document, to_json_pointer({"rules", rule})).line;
  if (setting.is_string()) {
    result.level = parse_rule_level(setting.get<std::string>());
  } else {
    result.level = level(setting, "severity");
    result.draft_level = level(setting, "draft");
  }
  return result;
}

std::vector<RuleSetting> rule_settings(const ConfigDocument& document) {
  std::vector<RuleSetting> settings;
  if (const Json* rules = section(document.yaml.value, "rules")) {
    for (const auto& [rule, setting] : rules->items()) {
      settings.push_back(rule_setting(document, rule, setting));
    }
  }
  return settings;
}

// The schema has checked the type and lower bound; `int` still needs an upper one.
std::variant<int, ConfigError> small_integer(const ConfigDocument& document, const Json& options,
                                             std::string_view key, int fallback) {
  const Json* value = section(options, key);
  if (!value) return fallback;
  constexpr int largest = std::numeric_limits<int>::max();
  const auto number = value->get<std::int64_t>();
  if (number > largest) {
    return error_at(
        document, to_json_pointer({"options", std::string(key)}),
        "is too large: " + std::to_string(number) + " (at most " + std::to_string(largest) + ")");
  }
  return static_cast<int>(number);
}

std::optional<ConfigError> read_options(const ConfigDocument& document, LintConfig& config) {
  const Json* options = section(document.yaml.value, "options");
  if (!options) return std::nullopt;
  const auto whys = small_integer(document, *options, "whys", config.whys);
  if (const auto* error = std::get_if<ConfigError>(&whys)) return *error;
  const auto grace =
      small_integer(document, *options, "overdue_grace_days", config.overdue_grace_days);
  if (const auto* error = std::get_if<ConfigError>(&grace)) return *error;
  config.whys = std::get<int>(whys);
  config.overdue_grace_days = std::get<int>(grace);
  config.severity_map = string_map(*options, "severity_map");
  config.status_map = string_map(*options, "status_map");
  config.priority_map = string_map(*options, "priority_map");
  if (auto directory = string_value(*options, "directory")) {
    config.new_directory = resolve_path(config.base_directory, *directory);
  }
  return std::nullopt;
}

// Checked here, with the pattern's line, rather than by the rule that uses it, where a typo would
// surface once per linted file with no pointer back to the configuration.
std::optional<ConfigError> check_secret_patterns(const ConfigDocument& document,
                                                 const LintConfig& config) {
  for (std::size_t index = 0; index < config.secret_patterns.size(); ++index) {
    try {
      std::regex compiled(config.secret_patterns[index], std::regex::ECMAScript);
    } catch (const std::regex_error& error) {
      return error_at(document, to_json_pointer({"site", "secret_patterns", std::to_string(index)}),
                      std::string("is not a valid regular expression: ") + error.what());
    }
  }
  return std::nullopt;
}

std::variant<LintConfig, ConfigError> read_config(const ConfigDocument& document) {
  const Json& root = document.yaml.value;
  LintConfig config;
  config.path = document.path;
  config.base_directory = base_directory_of(document.path);
  if (auto template_path = string_value(root, "template")) {
    config.template_path = resolve_path(config.base_directory, *template_path);
  }
  config.rules = rule_settings(document);
  if (auto error = read_options(document, config)) return *error;
  config.include = string_list(root, "include");
  config.exclude = string_list(root, "exclude");
  if (const Json* site = section(root, "site")) {
    config.internal_sections = string_list(*site, "internal_sections");
    config.internal_hosts = string_list(*site, "internal_hosts");
    config.secret_patterns = string_list(*site, "secret_patterns");
  }
  if (auto error = check_secret_patterns(document, config)) return *error;
  return config;
}

LintConfig empty_config(const std::string& path) {
  LintConfig config;
  config.path = path;
  config.base_directory = base_directory_of(path);
  return config;
}

ConfigResult check_and_read(const std::string& path, const YamlJson& yaml,
                            std::string_view schema_text, const KnownRule& is_known_rule,
                            const SuggestRule& suggest) {
  const Json schema = Json::parse(schema_text, nullptr, false);
  if (schema.is_discarded()) {
    return ConfigError{path, 0, "", "internal error: the configuration schema is not JSON"};
  }
  const ConfigDocument document{path, yaml, schema};
  auto problems = find_problems(document, schema_text, is_known_rule, suggest);
  if (auto* error = std::get_if<ConfigError>(&problems)) return *error;
  const auto& found = std::get<std::vector<Problem>>(problems);
  if (!found.empty()) return first_in_file(document, found);
  return read_config(document);
}

ConfigResult parse_yaml_config(std::string_view yaml_text, const std::string& path,
                               const KnownRule& is_known_rule, const SuggestRule& suggest) {
  auto converted = yaml_to_json(yaml_text);
  if (const auto* problem = std::get_if<YamlProblem>(&converted)) {
    return ConfigError{path, problem->line, problem->key, problem->message};
  }
  const YamlJson& yaml = std::get<YamlJson>(converted);
  if (yaml.value.is_null()) return empty_config(path);
  if (!yaml.value.is_object()) {
    return ConfigError{path, yaml.places.at("").line, "",
                       "the configuration must be a mapping of settings (such as `rules:` and "
                       "`options:`), got " +
                           describe_value(yaml.value)};
  }
  const std::optional<std::string_view> schema_text = find_embedded_file(schema_path);
  if (!schema_text) {
    return ConfigError{
        path, 0, "",
        "internal error: " + std::string(schema_path) + " is not built into this program"};
  }
  return check_and_read(path, yaml, *schema_text, is_known_rule, suggest);
}

// A configuration is a few lines; anything far larger is not one. The limit also keeps
// `--config /dev/zero` from filling memory.
constexpr std::uintmax_t kMaxConfigBytes = 1024 * 1024;

std::variant<std::string, ConfigError> read_config_file(const std::string& path) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    return ConfigError{path, 0, "", "cannot read the configuration: it is a directory"};
  }
  const auto size = std::filesystem::file_size(path, ignored);
  if (!ignored && size > kMaxConfigBytes) {
    return ConfigError{path, 0, "",
                       "cannot read the configuration: it is " + std::to_string(size) +
                           " bytes; a configuration file is at most 1 MiB"};
  }
  // read_file refuses a FIFO or a device instead of waiting on it for ever.
  ReadResult content = read_file(path, kMaxConfigBytes);
  if (auto* failure = std::get_if<ReadFailure>(&content)) {
    return ConfigError{path, 0, "", "cannot read the configuration: " + failure->message};
  }
  return std::get<std::string>(std::move(content));
}

}  // namespace

const char* to_string(RuleLevel level) {
  switch (level) {
    case RuleLevel::off:
      return "off";
    case RuleLevel::info:
      return "info";
    case RuleLevel::warning:
      return "warning";
    case RuleLevel::error:
      return "error";
  }
  return "off";
}

std::optional<RuleLevel> parse_rule_level(std::string_view text) {
  for (const RuleLevel level :
       {RuleLevel::off, RuleLevel::info, RuleLevel::warning, RuleLevel::error}) {
    if (text == to_string(level)) return level;
  }
  return std::nullopt;
}

ConfigResult parse_config_text(std::string_view yaml_text, const std::string& path,
                               const KnownRule& is_known_rule, const SuggestRule& suggest) {
  // The contract is "errors as values"; a stray exception from a library must not escape.
  try {
    return parse_yaml_config(yaml_text, path, is_known_rule, suggest);
  } catch (const std::exception& error) {
    return ConfigError{path, 0, "", std::string("internal error: ") + error.what()};
  }
}

ConfigResult load_config(const std::string& path, const KnownRule& is_known_rule,
                         const SuggestRule& suggest) {
  try {
    auto content = read_config_file(path);
    if (auto* error = std::get_if<ConfigError>(&content)) return *error;
    return parse_config_text(std::get<std::string>(content), path, is_known_rule, suggest);
  } catch (const std::exception& error) {
    return ConfigError{path, 0, "", std::string("internal error: ") + error.what()};
  }
}

std::string format_config_error(const ConfigError& error) {
  std::string text = error.file;
  if (error.line > 0) text += ":" + std::to_string(error.line);
  if (!text.empty()) text += ": ";
  if (!error.key.empty()) text += error.key + ": ";
  return text + error.message;
}

}  // namespace pm
