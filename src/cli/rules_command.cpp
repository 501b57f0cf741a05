#include "cli/rules_command.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <ostream>
#include <sstream>

#include "config/did_you_mean.h"
#include "rules/rule.h"

namespace pm {
namespace {

std::string severity_text(const RuleInfo& rule) {
  if (rule.lenient_in_draft) return "error (warning in Draft)";
  return to_string(rule.default_severity);
}

void list_rules(std::ostream& out) {
  for (const auto& rule : all_rules()) {
    out << rule.id << "  " << std::left << std::setw(26) << rule.name << std::setw(25) << severity_text(rule)
        << (rule.fixable ? "fixable  " : "         ") << rule.summary << '\n';
  }
}

void explain_rule(const RuleInfo& rule, std::ostream& out) {
  out << rule.id << " " << rule.name << "\n\n"
      << rule.summary << "\n\n"
      << "Severity: " << severity_text(rule) << (rule.fixable ? "; postmortem fix can repair it" : "") << "\n\n"
      << rule.explanation << "\n\n"
      << "Triggers it:\n\n" << rule.bad_example << "\n\n"
      << "Does not:\n\n" << rule.good_example << '\n';
}

nlohmann::ordered_json rules_json() {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const auto& rule : all_rules()) {
    rules.push_back({{"id", rule.id},
                     {"name", rule.name},
                     {"summary", rule.summary},
                     {"explanation", rule.explanation},
                     {"severity", to_string(rule.default_severity)},
                     {"lenient_in_draft", rule.lenient_in_draft},
                     {"fixable", rule.fixable},
                     {"bad_example", rule.bad_example},
                     {"good_example", rule.good_example}});
  }
  return rules;
}

std::string fenced(std::string_view markdown) {
  return "```markdown\n" + std::string(markdown) + (markdown.empty() || markdown.back() != '\n' ? "\n" : "") + "```\n";
}

}  // namespace

std::string rules_markdown() {
  std::ostringstream out;
  out << "# Rules\n\n"
      << "Generated from the rule registry by `postmortem rules --format markdown`; a test keeps this file\n"
      << "equal to that output. Change a rule's text in `src/rules/`, then regenerate.\n\n"
      << "| ID | Name | Severity | Fixable | Summary |\n| --- | --- | --- | --- | --- |\n";
  for (const auto& rule : all_rules()) {
    out << "| [" << rule.id << "](#" << rule.id << ") | `" << rule.name << "` | " << severity_text(rule) << " | "
        << (rule.fixable ? "yes" : "no") << " | " << rule.summary << " |\n";
  }
  for (const auto& rule : all_rules()) {
    out << "\n## " << rule.id << "\n\n`" << rule.name << "`: " << rule.summary << "\n\n"
        << "Severity: " << severity_text(rule) << ". Fixable: " << (rule.fixable ? "yes" : "no") << ".\n\n"
        << rule.explanation << "\n\nTriggers it:\n\n" << fenced(rule.bad_example) << "\nDoes not:\n\n"
        << fenced(rule.good_example);
  }
  return out.str();
}

void setup_rules_command(CLI::App& app, RulesOptions& options) {
  CLI::App* command = app.add_subcommand("rules", "List the rules, or explain one");
  command->add_option("rule", options.rule, "A rule ID (PM008) or name (action-overdue) to explain");
  command->add_option("--format,-f", options.format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
}

ExitCode run_rules_command(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.rule.empty()) {
    const RuleInfo* rule = find_rule(options.rule);
    if (!rule) {
      std::vector<std::string> names;
      for (const auto& known : all_rules()) names.emplace_back(known.id), names.emplace_back(known.name);
      err << "postmortem: unknown rule \"" << options.rule << "\"";
      const std::string suggestion = closest_match(options.rule, names);
      if (!suggestion.empty()) err << "; did you mean \"" << suggestion << "\"?";
      err << '\n';
      return ExitCode::failure;
    }
    explain_rule(*rule, out);
    return ExitCode::clean;
  }
  if (options.format == "markdown") {
    out << rules_markdown();
  } else if (options.format == "json") {
    out << rules_json().dump(2) << '\n';
  } else {
    list_rules(out);
  }
  return ExitCode::clean;
}

}  // namespace pm
