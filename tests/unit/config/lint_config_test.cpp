#include "config/lint_config.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config/did_you_mean.h"
#include "support/run_command.h"

namespace {

using pm::ConfigError;
using pm::ConfigResult;
using pm::LintConfig;
using pm::RuleLevel;

// A stand-in for the rule registry: IDs PM001..PM012 and a few names.
std::vector<std::string> known_rule_names() {
  std::vector<std::string> names;
  for (int id = 1; id <= 12; ++id) names.push_back((id < 10 ? "PM00" : "PM0") + std::to_string(id));
  for (const char* name : {"missing-section", "missing-owner", "too-few-whys"})
    names.emplace_back(name);
  return names;
}

bool is_known_rule(std::string_view rule) {
  const std::vector<std::string> names = known_rule_names();
  return std::find(names.begin(), names.end(), rule) != names.end();
}

std::string suggest_rule(std::string_view rule) {
  return pm::closest_match(rule, known_rule_names());
}

ConfigResult parse(std::string_view text, const std::string& path = "/repo/.postmortem.yml") {
  return pm::parse_config_text(text, path, is_known_rule, suggest_rule);
}

LintConfig config_of(const ConfigResult& result) {
  if (const auto* error = std::get_if<ConfigError>(&result)) {
    FAIL("expected a configuration, got: " << pm::format_config_error(*error));
  }
  return std::get<LintConfig>(result);
}

ConfigError error_of(const ConfigResult& result) {
  REQUIRE_MESSAGE(std::holds_alternative<ConfigError>(result), "expected an error");
  return std::get<ConfigError>(result);
}

void check_error(const ConfigResult& result, int line, const std::string& key,
                 const std::string& message) {
  const ConfigError error = error_of(result);
  CHECK(error.file == "/repo/.postmortem.yml");
  CHECK(error.line == line);
  CHECK(error.key == key);
  CHECK(error.message == message);
}

// A fresh directory, removed at the end of the test.
struct TempDirectory {
  std::string path = pm::test::make_temp_directory();
  TempDirectory() = default;
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  ~TempDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

constexpr std::string_view full_config =
    R"yaml(template: docs/postmortem-template.md   # path relative to the config file's directory
rules:
  PM008: off              # off | info | warning | error, keyed by rule ID or kebab-case name
  missing-owner: error
  PM012: { severity: warning, draft: warning }   # object form
options:
  whys: 5
  overdue_grace_days: 0
  severity_map: { HIGH: P1, SEV-A: P0 }
  status_map: { shipped: done }
  priority_map: { must: P0 }
  directory: docs/postmortems
include: ["docs/postmortems/**/*.md"]
exclude: ["**/templates/**", "**/README.md"]
site:
  internal_sections: ["Internal Notes"]
  internal_hosts: ["grafana.internal.example.com", "*.corp.example.com"]
  secret_patterns: ["AKIA[0-9A-Z]{16}"]
)yaml";

TEST_CASE("a full configuration is read into every field") {
  const LintConfig config = config_of(parse(full_config));
  CHECK(config.path == "/repo/.postmortem.yml");
  CHECK(config.base_directory == "/repo");
  CHECK(config.template_path == "/repo/docs/postmortem-template.md");

  REQUIRE(config.rules.size() == 3);
  CHECK(config.rules[0].rule == "PM008");
  CHECK(config.rules[0].level == RuleLevel::off);  // YAML 1.1 would have read `off` as false
  CHECK_FALSE(config.rules[0].draft_level.has_value());
  CHECK(config.rules[0].line == 3);
  CHECK(config.rules[1].rule == "missing-owner");
  CHECK(config.rules[1].level == RuleLevel::error);
  CHECK(config.rules[1].line == 4);
  CHECK(config.rules[2].rule == "PM012");
  CHECK(config.rules[2].level == RuleLevel::warning);
  CHECK(config.rules[2].draft_level == RuleLevel::warning);
  CHECK(config.rules[2].line == 5);

  CHECK(config.whys == 5);
  CHECK(config.overdue_grace_days == 0);
  CHECK(config.severity_map == std::map<std::string, std::string>{{"HIGH", "P1"}, {"SEV-A", "P0"}});
  CHECK(config.status_map == std::map<std::string, std::string>{{"shipped", "done"}});
  CHECK(config.priority_map == std::map<std::string, std::string>{{"must", "P0"}});
  CHECK(config.new_directory == "/repo/docs/postmortems");
  CHECK(config.include == std::vector<std::string>{"docs/postmortems/**/*.md"});
  CHECK(config.exclude == std::vector<std::string>{"**/templates/**", "**/README.md"});
  CHECK(config.internal_sections == std::vector<std::string>{"Internal Notes"});
  CHECK(config.internal_hosts ==
        std::vector<std::string>{"grafana.internal.example.com", "*.corp.example.com"});
  CHECK(config.secret_patterns == std::vector<std::string>{"AKIA[0-9A-Z]{16}"});
}

TEST_CASE("rule settings keep file order and accept every level and form") {
  const LintConfig config =
      config_of(parse("rules:\n  too-few-whys: info\n  PM001: warning\n  PM002: {draft: off}\n  "
                      "PM003: {severity: error}\n"));
  REQUIRE(config.rules.size() == 4);
  CHECK(config.rules[0].rule == "too-few-whys");
  CHECK(config.rules[0].level == RuleLevel::info);
  CHECK(config.rules[1].level == RuleLevel::warning);
  CHECK_FALSE(config.rules[2].level.has_value());
  CHECK(config.rules[2].draft_level == RuleLevel::off);
  CHECK(config.rules[3].level == RuleLevel::error);
  CHECK_FALSE(config.rules[3].draft_level.has_value());
}

TEST_CASE("an empty file is a valid empty configuration") {
  for (const char* text : {"", "\n\n", "# nothing configured yet\n", "---\n", "~\n"}) {
    INFO(text);
    const LintConfig config = config_of(parse(text));
    CHECK(config.path == "/repo/.postmortem.yml");
    CHECK(config.base_directory == "/repo");
    CHECK_FALSE(config.template_path.has_value());
    CHECK(config.rules.empty());
    CHECK(config.whys == 5);
    CHECK(config.overdue_grace_days == 0);
    CHECK(config.include.empty());
  }
}

TEST_CASE("sections left empty mean the same as absent ones") {
  const LintConfig config =
      config_of(parse("rules:\n  # PM008: off\noptions:\ninclude:\nsite:\n  secret_patterns:\n"));
  CHECK(config.rules.empty());
  CHECK(config.whys == 5);
  CHECK(config.include.empty());
  CHECK(config.secret_patterns.empty());
}

TEST_CASE("the template path resolves against the configuration's directory") {
  CHECK(config_of(parse("template: t.md\n", "/repo/.postmortem.yml")).template_path ==
        "/repo/t.md");
  CHECK(config_of(parse("template: ../shared/t.md\n", "/repo/sub/.postmortem.yml")).template_path ==
        "/repo/shared/t.md");
  CHECK(config_of(parse("template: /etc/t.md\n", "/repo/.postmortem.yml")).template_path ==
        "/etc/t.md");
  CHECK(config_of(parse("template: docs/t.md\n", "project/.postmortem.yml")).template_path ==
        "project/docs/t.md");

  const LintConfig bare = config_of(parse("template: docs/t.md\n", ".postmortem.yml"));
  CHECK(bare.base_directory == ".");
  CHECK(bare.template_path == "docs/t.md");
}

TEST_CASE("not YAML: the parser's line and message") {
  check_error(parse("rules:\n  PM008: off\n  PM009: [error\n"), 4, "",
              "malformed YAML: end of sequence flow not found");
  check_error(parse("options:\n  whys: 5\n overdue_grace_days: 1\n"), 3, "",
              "malformed YAML: end of map not found");
}

TEST_CASE("a stray comma is an error, not an endless parse") {
  // yaml-cpp 0.7 loops forever on these when asked for all documents.
  check_error(parse(","), 1, "", "malformed YAML: unexpected ','");
  check_error(parse("\n,template: docs/t.md\nrules: {}\n"), 2, "",
              "malformed YAML: unexpected ','");
}

TEST_CASE("a tab in the indentation is named as the likely cause") {
  check_error(parse("rules:\n\tPM008: off\n"), 2, "",
              "malformed YAML: illegal map value (YAML indentation must use spaces, not tabs)");
}

TEST_CASE("keys that would be invisible in a message are quoted") {
  check_error(parse("options:\n  severity_map: {\" \": P1}\n"), 2, "options.severity_map.\" \"",
              "key \" \" is not allowed here");
  check_error(parse("rules:\n  \" PM008\": off\n"), 2, "rules.\" PM008\"",
              "unknown rule \" PM008\"; did you mean PM008?");
}

TEST_CASE("a wrong type names the key, its line and what was expected") {
  check_error(parse("# settings\noptions:\n  whys: \"five\"\n"), 3, "options.whys",
              "must be an integer ≥ 1, got \"five\"");
  check_error(parse("options:\n  whys: 0\n"), 2, "options.whys", "must be an integer ≥ 1, got 0");
  check_error(parse("options:\n  whys: 2.5\n"), 2, "options.whys",
              "must be an integer ≥ 1, got 2.5");
  check_error(parse("options:\n  whys: '5'\n"), 2, "options.whys",
              "must be an integer ≥ 1, got \"5\"");
  check_error(parse("options:\n  whys:\n"), 2, "options.whys",
              "must be an integer ≥ 1, got nothing");
  check_error(parse("options:\n  overdue_grace_days: -1\n"), 2, "options.overdue_grace_days",
              "must be an integer ≥ 0, got -1");
  check_error(parse("template: [a, b]\n"), 1, "template", "must be a non-empty string, got a list");
  check_error(parse("options: 5\n"), 1, "options",
              "must be a mapping with keys among whys, overdue_grace_days, severity_map, "
              "status_map, priority_map and directory, got 5");
  check_error(parse("include: docs/*.md\n"), 1, "include",
              "must be a list of non-empty strings, got \"docs/*.md\"");
  check_error(parse("exclude:\n  - a.md\n  - ''\n"), 3, "exclude[1]",
              "must be a non-empty string, got \"\"");
  // No "did you mean" here: every one of P0..P4 is one edit from P9.
  check_error(parse("options:\n  severity_map: {HIGH: P9}\n"), 2, "options.severity_map.HIGH",
              "must be P0, P1, P2, P3 or P4, got \"P9\"");
  check_error(parse("options:\n  status_map:\n    shipped: finished\n"), 3,
              "options.status_map.shipped",
              "must be done, in_progress or not_started, got \"finished\"");
  check_error(parse("options:\n  severity_map: [HIGH]\n"), 2, "options.severity_map",
              "must be a mapping of names to P0, P1, P2, P3 or P4, got a list");
}

TEST_CASE("an integer too large for the program is rejected") {
  check_error(parse("options:\n  whys: 3000000000\n"), 2, "options.whys",
              "is too large: 3000000000 (at most 2147483647)");
}

TEST_CASE("an unknown top-level key is reported, with a suggestion when one is close") {
  check_error(parse("rule:\n  PM008: off\n"), 1, "rule", "unknown key rule; did you mean rules?");
  check_error(parse("options:\n  whys: 5\nRules: {}\n"), 3, "Rules",
              "unknown key Rules; did you mean rules?");
  check_error(parse("colour: red\n"), 1, "colour",
              "unknown key colour; expected template, rules, options, include, exclude or site");
}

TEST_CASE("unknown keys inside sections are reported too") {
  check_error(parse("options:\n  why: 3\n"), 2, "options.why",
              "unknown key why; did you mean whys?");
  check_error(parse("site:\n  internal_host: [a]\n"), 2, "site.internal_host",
              "unknown key internal_host; did you mean internal_hosts?");
  check_error(parse("rules:\n  PM012: {severity: warning, drfat: info}\n"), 2, "rules.PM012.drfat",
              "unknown key drfat; did you mean draft?");
}

TEST_CASE("an unknown rule is reported with the registry's suggestion") {
  check_error(parse("rules:\n  PM008: off\n  PM999: off\n"), 3, "rules.PM999",
              "unknown rule PM999; did you mean PM009?");
  check_error(parse("rules:\n  missing-ownr: error\n"), 2, "rules.missing-ownr",
              "unknown rule missing-ownr; did you mean missing-owner?");
  check_error(parse("rules:\n  no-such-rule-at-all: error\n"), 2, "rules.no-such-rule-at-all",
              "unknown rule no-such-rule-at-all");
  // A key no rule could have is still "an unknown rule", not a schema complaint.
  check_error(parse("rules:\n  Missing Owner: error\n"), 2, "rules.Missing Owner",
              "unknown rule Missing Owner; did you mean missing-owner?");
}

TEST_CASE("an unknown rule with a bad level is reported as unknown") {
  check_error(parse("rules:\n  PM999: maybe\n"), 2, "rules.PM999",
              "unknown rule PM999; did you mean PM009?");
}

TEST_CASE("a bad level lists the levels") {
  check_error(parse("rules:\n  PM008: maybe\n"), 2, "rules.PM008",
              "must be off, info, warning or error, got \"maybe\"");
  check_error(parse("rules:\n  PM008: eror\n"), 2, "rules.PM008",
              "must be off, info, warning or error, got \"eror\"; did you mean error?");
  check_error(parse("rules:\n  PM008: ino\n"), 2, "rules.PM008",
              "must be off, info, warning or error, got \"ino\"; did you mean info?");
  check_error(parse("rules:\n  PM008: false\n"), 2, "rules.PM008",
              "must be off, info, warning or error, or a mapping with keys among severity and "
              "draft, got false");
  check_error(parse("rules:\n  PM012:\n    severity: loud\n"), 3, "rules.PM012.severity",
              "must be off, info, warning or error, got \"loud\"");
  check_error(parse("rules:\n  PM012: {}\n"), 2, "rules.PM012",
              "must be a mapping with keys among severity and draft, got an empty mapping");
}

TEST_CASE("the first problem in the file is the one reported") {
  check_error(parse("options:\n  whys: none\nrules:\n  PM999: off\ncolour: red\n"), 2,
              "options.whys", "must be an integer ≥ 1, got \"none\"");
  check_error(parse("colour: red\noptions:\n  whys: none\n"), 1, "colour",
              "unknown key colour; expected template, rules, options, include, exclude or site");
}

TEST_CASE("YAML that is not a mapping at the top is rejected") {
  check_error(parse("- rules\n- options\n"), 1, "",
              "the configuration must be a mapping of settings (such as `rules:` and `options:`), "
              "got a list");
  check_error(parse("\n\njust some words\n"), 3, "",
              "the configuration must be a mapping of settings (such as `rules:` and `options:`), "
              "got \"just some words\"");
}

TEST_CASE("binary or non-UTF-8 content is rejected before YAML parsing") {
  const std::string elf(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0",
      12);
  check_error(parse(elf), 1, "",
              "not a text file: it contains the control byte 0x7F; the configuration must be YAML");
  check_error(parse(std::string("rules:\n  PM008: off\n\0\0", 22)), 3, "",
              "not a text file: it contains the control byte 0x00; the configuration must be YAML");
  check_error(parse("rules:\n  PM008: \xff\xfeoff\n"), 2, "",
              "not UTF-8 text: invalid byte 0xFF; save the configuration as UTF-8");
  // Well-formed UTF-8, a byte-order mark included, is fine.
  const LintConfig config = config_of(
      parse("\xef\xbb\xbfsite:\n  internal_sections: [\"Notes \xe2\x80\x94 internal\"]\n"));
  CHECK(config.internal_sections == std::vector<std::string>{"Notes \xe2\x80\x94 internal"});
}

TEST_CASE("duplicate keys and extra documents are rejected") {
  check_error(parse("options:\n  whys: 3\n  whys: 4\n"), 3, "options.whys",
              "duplicate key whys (first written on line 2)");
  check_error(parse("rules:\n  PM008: off\n---\nrules:\n  PM009: off\n"), 3, "",
              "the configuration must be a single YAML document; another one starts here");
  // A trailing separator or document-end marker adds no document.
  CHECK(config_of(parse("---\nrules:\n  PM008: off\n---\n")).rules.size() == 1);
  CHECK(config_of(parse("rules:\n  PM008: off\n...\n")).rules.size() == 1);
}

TEST_CASE("a secret pattern must be a valid regular expression") {
  const ConfigError error =
      error_of(parse("site:\n  secret_patterns:\n    - 'AKIA[0-9A-Z]{16}'\n    - 'key=(['\n"));
  CHECK(error.line == 4);
  CHECK(error.key == "site.secret_patterns[1]");
  CHECK(error.message.rfind("is not a valid regular expression: ", 0) == 0);
}

TEST_CASE("without a registry every rule is accepted") {
  const ConfigResult result = pm::parse_config_text("rules:\n  PM999: off\n", "c.yml", {}, {});
  CHECK(config_of(result).rules.size() == 1);
}

TEST_CASE("load_config reads the file and resolves paths from its directory") {
  const TempDirectory directory;
  const std::string path = directory.path + "/.postmortem.yml";
  pm::test::write_text(path, full_config.data());
  const LintConfig config = config_of(pm::load_config(path, is_known_rule, suggest_rule));
  CHECK(config.path == path);
  CHECK(config.base_directory == directory.path);
  CHECK(config.template_path == directory.path + "/docs/postmortem-template.md");
  CHECK(config.new_directory == directory.path + "/docs/postmortems");
  CHECK(config.rules.size() == 3);
}

TEST_CASE("load_config reports files it cannot read") {
  const TempDirectory directory;
  const std::string missing = directory.path + "/.postmortem.yml";
  const ConfigError absent = error_of(pm::load_config(missing, is_known_rule, suggest_rule));
  CHECK(absent.file == missing);
  CHECK(absent.line == 0);
  CHECK(absent.message == "cannot read the configuration: No such file or directory");

  const ConfigError folder = error_of(pm::load_config(directory.path, is_known_rule, suggest_rule));
  CHECK(folder.message == "cannot read the configuration: it is a directory");
}

TEST_CASE("load_config reports errors with the file's name") {
  const TempDirectory directory;
  const std::string path = directory.path + "/.postmortem.yaml";
  pm::test::write_text(path, "options:\n  whys: \"five\"\n");
  const ConfigError error = error_of(pm::load_config(path, is_known_rule, suggest_rule));
  CHECK(error.file == path);
  CHECK(error.line == 2);
  CHECK(pm::format_config_error(error) ==
        path + ":2: options.whys: must be an integer ≥ 1, got \"five\"");
}

TEST_CASE("format_config_error leaves out what is missing") {
  CHECK(pm::format_config_error({"c.yml", 3, "", "malformed YAML: x"}) ==
        "c.yml:3: malformed YAML: x");
  CHECK(pm::format_config_error({"c.yml", 0, "", "cannot read"}) == "c.yml: cannot read");
  CHECK(pm::format_config_error({"", 0, "", "oops"}) == "oops");
}

TEST_CASE("rule levels convert to and from text") {
  for (const RuleLevel level :
       {RuleLevel::off, RuleLevel::info, RuleLevel::warning, RuleLevel::error}) {
    CHECK(pm::parse_rule_level(pm::to_string(level)) == level);
  }
  CHECK_FALSE(pm::parse_rule_level("Warning").has_value());
  CHECK_FALSE(pm::parse_rule_level("").has_value());
}

}  // namespace
