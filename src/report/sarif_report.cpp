// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
//
// Positions are converted here, at the boundary: the diagnostics count columns in UTF-8 bytes,
// SARIF in UTF-16 code units (declared with `columnKind`).

#include <algorithm>
#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

using nlohmann::ordered_json;

constexpr std::string_view sarif_schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view information_uri = "https://postmortem.dev";

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      break;
  }
  return "note";
}

// ---- rules ----------------------------------------------------------------------------------

std::size_t longest_backtick_run(std::string_view text) {
  std::size_t longest = 0, current = 0;
  for (const char c : text) {
    current = c == '`' ? current + 1 : 0;
    longest = std::max(longest, current);
  }
  return longest;
}

std::string_view without_final_newlines(std::string_view text) {
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  return text;
}

// A fenced block longer than any backtick run in the example, which is Markdown itself and may
// hold fences of its own.
std::string markdown_code_block(std::string_view example) {
  const std::string fence(std::max<std::size_t>(3, longest_backtick_run(example) + 1), '`');
  return fence + "markdown\n" + std::string(without_final_newlines(example)) + "\n" + fence;
}

std::string help_text(const RuleInfo& rule) {
  std::string text(rule.explanation);
  if (!rule.bad_example.empty())
    text += "\n\nBad:\n" + std::string(without_final_newlines(rule.bad_example));
  if (!rule.good_example.empty())
    text += "\n\nGood:\n" + std::string(without_final_newlines(rule.good_example));
  return text;
}

std::string help_markdown(const RuleInfo& rule) {
  std::string markdown(rule.explanation);
  if (!rule.bad_example.empty()) markdown += "\n\nBad:\n\n" + markdown_code_block(rule.bad_example);
  if (!rule.good_example.empty())
    markdown += "\n\nGood:\n\n" + markdown_code_block(rule.good_example);
  return markdown;
}

ordered_json rule_tags(const RuleInfo& rule) {
  ordered_json tags = {"post-mortem"};
  if (rule.fixable) tags.push_back("fixable");
  return tags;
}

ordered_json rule_descriptor(const RuleInfo& rule) {
  return {
      {"id", rule.id},
      {"name", rule.name},
      {"shortDescription", {{"text", rule.summary}}},
      {"fullDescription", {{"text", rule.explanation}}},
      {"help", {{"text", help_text(rule)}, {"markdown", help_markdown(rule)}}},
      {"defaultConfiguration", {{"level", sarif_level(rule.default_severity)}}},
      {"properties", {{"tags", rule_tags(rule)}}},
  };
}

// For a finding whose rule is missing from the rules given: what the diagnostic says about it.
ordered_json minimal_rule_descriptor(const Diagnostic& diagnostic) {
  return {
      {"id", diagnostic.rule},
      {"name", diagnostic.name},
      {"shortDescription", {{"text", diagnostic.name}}},
      {"defaultConfiguration", {{"level", sarif_level(diagnostic.severity)}}},
  };
}

// The driver's rules and each rule's index among them, for the results' `ruleIndex`.
struct RuleTable {
  ordered_json descriptors = ordered_json::array();
  std::map<std::string, std::size_t, std::less<>> index_of;

  void add(std::string_view id, ordered_json descriptor) {
    if (index_of.contains(id)) return;
    index_of.emplace(std::string(id), descriptors.size());
    descriptors.push_back(std::move(descriptor));
  }
};

RuleTable rule_table(const std::vector<FileResult>& results, const std::vector<RuleInfo>* rules) {
  RuleTable table;
  if (rules) {
    for (const RuleInfo& rule : *rules) table.add(rule.id, rule_descriptor(rule));
  }
  for (const FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics) {
      table.add(diagnostic.rule, minimal_rule_descriptor(diagnostic));
    }
  }
  return table;
}

// ---- locations ------------------------------------------------------------------------------

// UTF-16 units before each byte offset of `line`: a 4-byte UTF-8 sequence is a surrogate pair,
// any shorter one (or a stray byte, which decodes to U+FFFD) a single unit. An offset inside a
// sequence counts the whole sequence.
std::vector<int> utf16_units_before(std::string_view line) {
  std::vector<int> units(line.size() + 1, 0);
  std::size_t offset = 0;
  while (offset < line.size()) {
    const std::size_t length = std::max<std::size_t>(utf8_sequence_length(line, offset), 1);
    const int after = units[offset] + (length == 4 ? 2 : 1);
    for (std::size_t inside = offset + 1; inside <= std::min(offset + length, line.size()); ++inside) {
      units[inside] = after;
    }
    offset += length;
  }
  return units;
}

const std::string* source_line(const FileResult& result, int line) {
  if (line < 1 || static_cast<std::size_t>(line) > result.source_lines.size()) return nullptr;
  return &result.source_lines[static_cast<std::size_t>(line - 1)];
}

// The UTF-16 columns of one file's findings. Each line is measured once, however many findings
// it has: walking a long line from its start for each of thousands of findings took minutes.
class Utf16Columns {
 public:
  explicit Utf16Columns(const FileResult& result) : result_(result) {}

  // Without the line's text the byte column is the best there is. Bytes past the end of the
  // line count one unit each.
  int column(Position position) {
    const std::string* line = source_line(result_, position.line);
    if (!line) return std::max(position.column, 1);
    if (position.column <= 1) return 1;
    auto table = units_before_.find(position.line);
    if (table == units_before_.end()) table = units_before_.emplace(position.line, utf16_units_before(*line)).first;
    const auto byte_offset = static_cast<std::size_t>(position.column - 1);
    if (byte_offset <= line->size()) return table->second[byte_offset] + 1;
    return table->second.back() + static_cast<int>(byte_offset - line->size()) + 1;
  }

 private:
  const FileResult& result_;
  std::map<int, std::vector<int>> units_before_;  // by line number
};

// Characters outside RFC 3986's unreserved set are percent-encoded, ':' included so that a
// first path segment is never read as a scheme. '\' becomes '/', the only separator URIs know.
std::string relative_uri(std::string_view path) {
  constexpr std::string_view hex_digits = "0123456789ABCDEF";
  std::string uri;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else if (c == '\\') {
      uri += '/';
    } else {
      uri += '%';
      uri += hex_digits[byte >> 4];
      uri += hex_digits[byte & 0xF];
    }
  }
  return uri;
}

ordered_json region(Utf16Columns& columns, const Range& range) {
  const int start_line = std::max(range.begin.line, 1);
  const int start_column = columns.column(range.begin);
  const int end_line = std::max(range.end.line, start_line);
  int end_column = columns.column(range.end);
  if (end_line == start_line) end_column = std::max(end_column, start_column);
  return {
      {"startLine", start_line},
      {"startColumn", start_column},
      {"endLine", end_line},
      {"endColumn", end_column},
  };
}

ordered_json physical_location(const FileResult& result, Utf16Columns& columns, const Range& range) {
  return {
      {"artifactLocation", {{"uri", relative_uri(result.file)}, {"uriBaseId", "%SRCROOT%"}}},
      {"region", region(columns, range)},
  };
}

// ---- results --------------------------------------------------------------------------------

ordered_json sarif_result(const FileResult& result, Utf16Columns& columns, const Diagnostic& diagnostic,
                          const RuleTable& rules, const std::string& fingerprint) {
  return {
      {"ruleId", diagnostic.rule},
      {"ruleIndex", rules.index_of.find(diagnostic.rule)->second},
      {"level", sarif_level(diagnostic.severity)},
      {"message", {{"text", diagnostic.message}}},
      {"locations",
       ordered_json::array({{{"physicalLocation", physical_location(result, columns, diagnostic.range)}}})},
      {"partialFingerprints", {{"primaryLocationLineHash", fingerprint}}},
  };
}

ordered_json sarif_results(const std::vector<FileResult>& results, const RuleTable& rules) {
  const auto fingerprints = line_hash_fingerprints(results);
  ordered_json sarif = ordered_json::array();
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& diagnostics = results[file].diagnostics;
    Utf16Columns columns(results[file]);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
      sarif.push_back(sarif_result(results[file], columns, diagnostics[i], rules, fingerprints[file][i]));
    }
  }
  return sarif;
}

ordered_json tool_driver(const ReportOptions& options, const RuleTable& rules) {
  return {
      {"name", "postmortem"},
      {"version", options.tool_version},
      {"informationUri", information_uri},
      {"rules", rules.descriptors},
  };
}

}  // namespace

void write_sarif_report(const std::vector<FileResult>& results, const ReportOptions& options,
                        std::ostream& out) {
  const RuleTable rules = rule_table(results, options.rules);
  const ordered_json run = {
      {"tool", {{"driver", tool_driver(options, rules)}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", sarif_results(results, rules)},
  };
  const ordered_json log = {
      {"$schema", sarif_schema_uri},
      {"version", "2.1.0"},
      {"runs", ordered_json::array({run})},
  };
  out << log.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace pm::reporters
