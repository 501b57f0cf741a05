#include "lint/lint_document.h"

#include <algorithm>

#include "lint/suppressions.h"
#include "rules/rule_list.h"

namespace pm {
namespace {

std::vector<std::string> lines_of(const LineTable& lines) {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(lines.line_count()));
  for (int number = 1; number <= lines.line_count(); ++number) out.emplace_back(lines.line(number));
  return out;
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule < b.rule;
  });
}

// Invalid UTF-8 cannot be parsed, but it is the author's text: report it where it is and keep
// every line we can show.
FileResult invalid_utf8_result(std::string_view bytes, const std::string& file, const DecodeFailure& failure,
                               const LintSettings& settings) {
  FileResult result;
  result.file = file;
  const auto severity = effective_severity(rules::kInvalidUtf8, settings, false);
  if (!severity) return result;
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rules::kInvalidUtf8.id);
  diagnostic.name = std::string(rules::kInvalidUtf8.name);
  diagnostic.severity = *severity;
  diagnostic.range = Range{{failure.line, failure.column}, {failure.line, failure.column + 1}};
  diagnostic.message = failure.message + "; the rest of the file was not checked";
  result.diagnostics.push_back(std::move(diagnostic));
  // Lines end as the decoder counts them (LF, CRLF or a lone CR), so the position it gave
  // points at the same line here.
  std::string line;
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    const char c = bytes[at];
    if (c == '\r' && at + 1 < bytes.size() && bytes[at + 1] == '\n') continue;
    if (c == '\n' || c == '\r') {
      result.source_lines.push_back(std::move(line));
      line.clear();
    } else {
      line += c;
    }
  }
  result.source_lines.push_back(std::move(line));
  return result;
}

// An empty document lacks every section and field; PM030 says so once, and these rules, which
// would list each missing part, are left out for it.
void drop_what_an_empty_document_implies(std::vector<Diagnostic>& diagnostics) {
  const bool empty = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& diagnostic) {
    return diagnostic.rule == rules::kEmptyDocument.id;
  });
  if (!empty) return;
  std::erase_if(diagnostics, [](const Diagnostic& diagnostic) {
    for (const RuleInfo* implied : {&rules::kMissingSection, &rules::kMissingField, &rules::kTooFewWhys,
                                    &rules::kMissingRootCause, &rules::kPublishedUnsigned}) {
      if (diagnostic.rule == implied->id) return true;
    }
    return false;
  });
}

}  // namespace

std::optional<Severity> effective_severity(const RuleInfo& rule, const LintSettings& settings, bool draft) {
  std::optional<Severity> severity = rule.default_severity;
  if (rule.lenient_in_draft) severity = draft ? Severity::warning : Severity::error;
  for (const auto& override : settings.overrides) {
    if (override.rule_id != rule.id) continue;
    if (override.off) severity.reset();
    if (override.severity) severity = override.severity;
    if (draft && override.draft_off) severity.reset();
    if (draft && override.draft_severity) severity = override.draft_severity;
  }
  return severity;
}

std::vector<Diagnostic> lint_parsed_document(const ParsedDocument& document, const std::string& file,
                                             const LintSettings& settings) {
  RuleContext context{document, settings.spec, settings.options, file};
  const bool draft = context.is_draft();
  std::vector<Diagnostic> diagnostics;
  for (const auto& rule : all_rules()) {
    const auto severity = effective_severity(rule, settings, draft);
    if (!severity || !rule.check) continue;
    DiagnosticSink sink(rule, *severity, diagnostics);
    rule.check(context, sink);
  }
  const Suppressions suppressions = Suppressions::read(*document.lines);
  std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) { return suppressions.suppresses(diagnostic); });
  drop_what_an_empty_document_implies(diagnostics);
  sort_by_position(diagnostics);
  return diagnostics;
}

FileResult lint_file_bytes(std::string_view bytes, const std::string& file, const LintSettings& settings) {
  ParseResult parsed = parse_document(bytes, file);
  if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
    if (failure->decode.kind == DecodeFailure::Kind::invalid_utf8) {
      return invalid_utf8_result(bytes, file, failure->decode, settings);
    }
    FileResult result;
    result.file = file;
    result.failure = failure->decode.message;
    return result;
  }
  const auto& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
  FileResult result;
  result.file = file;
  result.diagnostics = lint_parsed_document(document, file, settings);
  result.source_lines = lines_of(*document.lines);
  return result;
}

}  // namespace pm
