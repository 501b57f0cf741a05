#include "fix/fix_document.h"

#include <set>

#include "fix/apply_edits.h"
#include "fix/encode_text.h"
#include "fix/table_alignment.h"
#include "model/parse_document.h"
#include "rules/rule_list.h"
#include "text/line_table.h"

namespace pm {
namespace {

// Each pass lets fixes that overlapped an earlier one apply; real documents settle in one or two.
constexpr int kMaxPasses = 4;

// The decoded text with the repaired lines put back as they were, for teams that turned PM024 off.
std::string text_without_repairs(const DecodedText& decoded) {
  if (decoded.repairs.empty()) return decoded.text;
  const LineTable lines(decoded.text);
  std::string text;
  std::size_t next = 0;
  for (int line = 1; line <= lines.line_count(); ++line) {
    if (line > 1) text += '\n';
    if (next < decoded.repairs.size() && decoded.repairs[next].line == line) {
      text += decoded.repairs[next++].original;
    } else {
      text += lines.line(line);
    }
  }
  if (decoded.ends_with_newline && !decoded.text.empty()) text += '\n';
  return text;
}

// The edits of every diagnostic whose rule is not skipped, with the rules they came from.
struct OfferedFixes {
  std::vector<Edit> edits;
  std::map<std::string, int> counts;  // rule ID -> diagnostics fixed
};

OfferedFixes fixes_of(const std::vector<Diagnostic>& diagnostics, const std::set<std::string>& skipped) {
  OfferedFixes offered;
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.edits.empty() || skipped.count(diagnostic.rule) > 0) continue;
    ++offered.counts[diagnostic.rule];
    offered.edits.insert(offered.edits.end(), diagnostic.edits.begin(), diagnostic.edits.end());
  }
  return offered;
}

void add_counts(std::map<std::string, int>& total, const std::map<std::string, int>& more) {
  for (const auto& [rule, count] : more) total[rule] += count;
}

struct FixPasses {
  std::string text;
  std::map<std::string, int> fixes;
  // Rules still offering changes after the last pass: their fixes do not remove what they
  // report (a section added inside an unclosed HTML comment is still missing), so every run
  // of `fix` would add them again.
  std::set<std::string> unsettled;
};

// Fixes and aligns tables, pass after pass, until a pass changes nothing.
FixPasses run_passes(std::string text, const std::string& file, const LintSettings& settings,
                     const std::set<std::string>& skipped) {
  FixPasses result;
  for (int pass = 0; pass <= kMaxPasses; ++pass) {
    ParseResult current = parse_document(text, file);
    if (std::holds_alternative<ParseFailure>(current)) break;
    const auto& document = *std::get<std::unique_ptr<ParsedDocument>>(current);
    OfferedFixes offered = fixes_of(lint_parsed_document(document, file, settings), skipped);
    AppliedEdits applied = apply_edits(text, std::move(offered.edits));
    AlignedTables aligned = align_tables(applied.text);
    if (aligned.text == text) break;
    if (pass == kMaxPasses) {
      for (const auto& [rule, count] : offered.counts) result.unsettled.insert(rule);
      if (aligned.tables > 0) result.unsettled.insert("tables");
      break;
    }
    if (applied.text != text) add_counts(result.fixes, offered.counts);
    if (aligned.tables > 0) result.fixes["tables"] += aligned.tables;
    text = std::move(aligned.text);
  }
  result.text = std::move(text);
  return result;
}

std::optional<std::string> parse_failure(std::string_view text, const std::string& file) {
  ParseResult parsed = parse_document(text, file);
  if (auto* failure = std::get_if<ParseFailure>(&parsed)) return failure->decode.message;
  return std::nullopt;
}

}  // namespace

FixOutcome fix_file_bytes(std::string_view bytes, const std::string& file, const LintSettings& settings) {
  FixOutcome outcome;
  outcome.bytes = std::string(bytes);
  ParseResult parsed = parse_document(bytes, file);
  if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
    outcome.failure = failure->decode.message + "; the file was not changed";
    return outcome;
  }
  const DecodedText original = std::get<std::unique_ptr<ParsedDocument>>(parsed)->decoded;
  const bool repair_mojibake = effective_severity(rules::kMojibake, settings, false).has_value();
  if (repair_mojibake && !original.repairs.empty()) outcome.fixes["PM024"] = static_cast<int>(original.repairs.size());
  std::string text = repair_mojibake ? original.text : text_without_repairs(original);

  // A rule whose fixes never settle is left out and the text fixed again from the start;
  // its findings stay for `lint`. Each round leaves out at least one more rule.
  std::set<std::string> skipped;
  FixPasses passes = run_passes(text, file, settings, skipped);
  while (!passes.unsettled.empty() && passes.unsettled.count("tables") == 0) {
    skipped.insert(passes.unsettled.begin(), passes.unsettled.end());
    passes = run_passes(text, file, settings, skipped);
  }
  if (!passes.unsettled.empty()) {
    outcome.failure = "its fixes do not settle (fixing again would change it again); the file was not changed";
    outcome.fixes.clear();
    return outcome;
  }
  add_counts(outcome.fixes, passes.fixes);
  text = std::move(passes.text);

  if (auto failure = parse_failure(text, file)) {
    outcome.failure = "the fixed text could not be read back (" + *failure + "); the file was not changed";
    outcome.fixes.clear();
    return outcome;
  }
  std::string fixed = encode_like(text, original);
  outcome.changed = fixed != bytes;
  if (outcome.changed) outcome.bytes = std::move(fixed);
  if (!outcome.changed) outcome.fixes.clear();
  return outcome;
}

}  // namespace pm
