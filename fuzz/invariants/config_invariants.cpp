#include "invariants/config_invariants.h"

#include <algorithm>
#include <exception>

#include "config/did_you_mean.h"
#include "config/lint_config.h"
#include "rules/rule.h"

namespace pm::fuzz {
namespace {

constexpr const char* kPath = "docs/.postmortem.yml";

std::vector<std::string> rule_names() {
  std::vector<std::string> names;
  for (const auto& rule : all_rules()) {
    names.emplace_back(rule.id);
    names.emplace_back(rule.name);
  }
  return names;
}

int line_count(std::string_view text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
}

void check_error(const ConfigError& error, std::string_view bytes,
                 std::vector<std::string>& problems) {
  const std::string message = format_config_error(error);
  if (error.file != kPath) problems.push_back("the error does not name the file: " + message);
  if (error.message.empty()) problems.emplace_back("an error without a message");
  if (error.message.rfind("internal error", 0) == 0)
    problems.push_back("an internal error: " + message);
  if (error.line < 0 || error.line > line_count(bytes))
    problems.push_back("the error's line is not in the file: " + message);
}

void check_config(const LintConfig& config, std::vector<std::string>& problems) {
  if (config.path != kPath) problems.emplace_back("the configuration forgot its path");
  if (config.whys < 1) problems.push_back("whys " + std::to_string(config.whys) + " was accepted");
  if (config.overdue_grace_days < 0)
    problems.emplace_back("a negative overdue_grace_days was accepted");
  for (const auto& setting : config.rules) {
    if (!find_rule(setting.rule))
      problems.push_back("an unknown rule was accepted: " + setting.rule);
  }
}

}  // namespace

std::vector<std::string> ConfigInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  const std::vector<std::string> names = rule_names();
  const KnownRule known = [](std::string_view name) { return find_rule(name) != nullptr; };
  const SuggestRule suggest = [&names](std::string_view name) {
    return closest_match(name, names);
  };
  try {
    ConfigResult result = parse_config_text(bytes, kPath, known, suggest);
    if (auto* error = std::get_if<ConfigError>(&result)) {
      check_error(*error, bytes, problems);
    } else {
      check_config(std::get<LintConfig>(result), problems);
    }
  } catch (const std::exception& error) {
    problems.push_back(std::string("loading threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
