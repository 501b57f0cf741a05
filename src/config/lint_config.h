#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pm {

// How a rule's findings are reported; `off` disables the rule.
enum class RuleLevel { off, info, warning, error };

const char* to_string(RuleLevel level);  // "off", "info", "warning", "error"
std::optional<RuleLevel> parse_rule_level(std::string_view text);

// One entry under `rules:`. `PM008: off` sets `level`; the mapping form
// `PM012: {severity: warning, draft: info}` sets `level` and/or `draft_level`, the level used
// while the document's status is Draft. The rule is kept as written (ID or name); it is known to
// exist, since loading rejects unknown ones.
struct RuleSetting {
  std::string rule;
  std::optional<RuleLevel> level;
  std::optional<RuleLevel> draft_level;
  int line = 0;  // of the key in the configuration file
};

// The settings of `.postmortem.yml`. A default-constructed value is the configuration in force
// when no file was found.
struct LintConfig {
  std::string path;            // the configuration file as given, empty when none was found
  std::string base_directory;  // its directory ("." for a bare file name); paths resolve from here
  std::optional<std::string> template_path;  // already resolved against base_directory
  std::vector<RuleSetting> rules;            // in file order
  int whys = 5;                              // minimum number of whys
  int overdue_grace_days = 0;
  // Extra vocabulary, value as written in documents -> normalized value:
  std::map<std::string, std::string> severity_map;  // -> P0..P4
  std::map<std::string, std::string> status_map;    // -> done | in_progress | not_started
  std::map<std::string, std::string> priority_map;  // -> P0..P4
  std::optional<std::string> new_directory;         // where `postmortem new` writes; resolved
  // Globs as written: relative to base_directory, matched by the caller.
  std::vector<std::string> include, exclude;
  std::vector<std::string> internal_sections, internal_hosts;
  std::vector<std::string> secret_patterns;  // ECMAScript regular expressions, known to compile
};

// Why a configuration was rejected: the file, the 1-based line of the offending key (0 when no
// line applies, e.g. an unreadable file), the key as a dotted path ("options.whys",
// "include[0]"; empty for the file as a whole) and what is wrong.
struct ConfigError {
  std::string file;
  int line = 0;
  std::string key;
  std::string message;
};

using ConfigResult = std::variant<LintConfig, ConfigError>;

// Whether a rule ID or name exists, and the closest known ID or name to a misspelt one (empty
// when nothing is close), so that a typo is reported with "did you mean". Either may be empty:
// then every rule is taken to exist, or no suggestion is made.
using KnownRule = std::function<bool(std::string_view)>;
using SuggestRule = std::function<std::string(std::string_view)>;

// Reads and checks the configuration file at `path`. Never throws: every problem, from a missing
// file to a misspelt rule, comes back as a ConfigError. An empty file is a valid, empty config.
ConfigResult load_config(const std::string& path, const KnownRule& is_known_rule,
                         const SuggestRule& suggest);

// The same for text already in memory; `path` names the file in errors and fixes the base
// directory.
ConfigResult parse_config_text(std::string_view yaml_text, const std::string& path,
                               const KnownRule& is_known_rule, const SuggestRule& suggest);

// "file:line: key: message", leaving out the parts that are empty.
std::string format_config_error(const ConfigError& error);

}  // namespace pm
