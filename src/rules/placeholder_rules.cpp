#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "markdown/document.h"
#include "model/document_view.h"
#include "model/guidance.h"
#include "model/normalize.h"
#include "model/time_parse.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "rules/timeline_window.h"
#include "support/embedded_files.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

struct LineSpan {
  int first = 1;
  int last = 0;
};

// The incident's own lines: the whole document, or the section of a nested incident report.
LineSpan incident_lines(const RuleContext& ctx, int incident_root) {
  if (incident_root == 0) return {1, ctx.document.lines->line_count()};
  const HeadingSection& root = ctx.tree()[incident_root];
  return {root.line, root.end_line};
}

int incident_root_of(const RuleContext& ctx) {
  return DocumentView(ctx.tree(), *ctx.document.lines).incident_root();
}

// ---------------------------------------------------------------------------------------------
// PM009 placeholder-text

// Code blocks hold logs and commands, where brackets and TODOs are the system's, not the
// template's.
void mark_code_blocks(Node container, std::vector<bool>& in_code) {
  for (Node block = container.first_child(); block; block = block.next()) {
    const NodeKind kind = block.kind();
    if (kind == NodeKind::code_block) {
      const int last = std::min(block.end_line(), static_cast<int>(in_code.size()) - 1);
      for (int line = std::max(block.start_line(), 0); line <= last; ++line)
        in_code[static_cast<std::size_t>(line)] = true;
    } else if (kind == NodeKind::list || kind == NodeKind::item || kind == NodeKind::block_quote) {
      mark_code_blocks(block, in_code);
    }
  }
}

std::vector<bool> code_block_lines(const RuleContext& ctx) {
  std::vector<bool> in_code(static_cast<std::size_t>(ctx.document.lines->line_count()) + 1, false);
  mark_code_blocks(ctx.document.markdown.root(), in_code);
  return in_code;
}

bool is_front_matter_line(const RuleContext& ctx, int line) {
  const FrontMatter& front_matter = ctx.document.front_matter;
  return front_matter.format != FrontMatter::Format::none && line >= front_matter.first_line &&
         line <= front_matter.last_line;
}

// YAML writes lists in brackets, so in front matter a bracket is a placeholder only where the
// value is a quoted string that is one: `severity: "[P0 / P1]"`, not `reviewers: [Ana, Bo]`.
bool front_matter_holds_bracketed_placeholder(const RuleContext& ctx, int line) {
  for (const FrontMatterField& field : ctx.document.front_matter.fields) {
    if (field.line == line && field.items.size() <= 1 && trim(field.value).starts_with('[') &&
        is_placeholder(field.value))
      return true;
  }
  return false;
}

std::string placeholder_message(const Placeholder& placeholder, std::string_view text) {
  switch (placeholder.kind) {
    case Placeholder::Kind::bracketed:
      return "placeholder " + quoted(text) + " was left in; replace it with the real text";
    case Placeholder::Kind::variable:
      return "template variable " + quoted(text) + " was never filled in";
    case Placeholder::Kind::marker:
      break;
  }
  const std::string folded = fold(text);
  if (folded == "tbd" || folded == "tba" || folded == "tbc" || folded == "todo" ||
      folded == "fixme") {
    return quoted(text) + " marks text still to be written; write it or remove the line";
  }
  return "placeholder " + quoted(text) + " was left in; replace it with the real value";
}

// A Duration still holding its placeholder can be filled from the timeline: from the stated start
// and end of impact when the document gives them, else from its first to its last timed entry.
std::vector<Edit> duration_fill(const RuleContext& ctx, int line, const Range& range) {
  const Metadata& metadata = ctx.incident().metadata;
  if (line != metadata.duration_line || metadata.duration_minutes) return {};
  const auto estimate = estimate_impact(ctx.incident().moments, ctx.incident().timeline);
  if (!estimate) return {};
  const int minutes = estimate->exact ? estimate->shortest_minutes : estimate->longest_minutes;
  if (minutes <= 0) return {};
  return {Edit{range, human_duration(minutes)}};
}

void check_placeholders(const RuleContext& ctx, DiagnosticSink& sink) {
  const int root = incident_root_of(ctx);
  const LineSpan span = incident_lines(ctx, root);
  const std::vector<bool> in_code = code_block_lines(ctx);
  const std::vector<std::string> labels = reference_labels(*ctx.document.lines);
  ProseScanner scanner;
  for (int number = span.first; number <= span.last; ++number) {
    if (in_code[static_cast<std::size_t>(number)]) continue;
    const std::string_view line = ctx.line(number);
    const bool skip_brackets = root == 0 && is_front_matter_line(ctx, number) &&
                               !front_matter_holds_bracketed_placeholder(ctx, number);
    for (const TextSpan& segment : scanner.segments(line)) {
      if (segment.code) continue;
      for (const Placeholder& placeholder : find_placeholders(line, segment, labels)) {
        if (skip_brackets && placeholder.kind == Placeholder::Kind::bracketed) continue;
        const std::string_view text =
            line.substr(placeholder.span.begin, placeholder.span.end - placeholder.span.begin);
        const Range range{{number, static_cast<int>(placeholder.span.begin) + 1},
                          {number, static_cast<int>(placeholder.span.end) + 1}};
        sink.report(range, placeholder_message(placeholder, text), duration_fill(ctx, number, range));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PM010 template-guidance

constexpr std::string_view kDefaultTemplatePath = "templates/default.md";

// The italic guidance paragraphs of the built-in template, folded. TemplateSpec keeps no guidance
// of its own, so a team template's guidance is only caught through its `**Example**:` labels.
std::vector<std::string> built_in_guidance() {
  std::vector<std::string> guidance;
  const std::optional<std::string_view> text = find_embedded_file(kDefaultTemplatePath);
  if (!text) return guidance;
  const MarkdownDocument markdown = MarkdownDocument::parse(*text);
  for (Node block = markdown.root().first_child(); block; block = block.next()) {
    if (is_italic_guidance(block)) guidance.push_back(fold(block.plain_text()));
  }
  return guidance;
}

Range block_range(const RuleContext& ctx, Node block) {
  const int last = block.end_line();
  return Range{{block.start_line(), 1}, {last, static_cast<int>(ctx.line(last).size()) + 1}};
}

std::string excerpt(std::string_view text) {
  constexpr std::size_t kLength = 60;
  if (text.size() <= kLength) return std::string(text);
  std::size_t cut = text.rfind(' ', kLength);
  if (cut == std::string_view::npos || cut < kLength / 2) cut = kLength;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

// "*All times in UTC.*" is guidance in the template and a true statement in a post-mortem.
bool is_template_guidance(Node block, const std::vector<std::string>& guidance) {
  if (!is_italic_guidance(block)) return false;
  const std::string text = block.plain_text();
  if (find_zone_declaration(text)) return false;
  return std::find(guidance.begin(), guidance.end(), fold(text)) != guidance.end();
}

void check_template_guidance(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::vector<std::string> guidance = built_in_guidance();
  for (Node block : ctx.tree().blocks_within(incident_root_of(ctx))) {
    if (is_example_label(block)) {
      sink.report(block_range(ctx, block),
                  "template example left in; replace the \"Example\" block with this incident's "
                  "own details");
    } else if (is_template_guidance(block, guidance)) {
      sink.report(block_range(ctx, block),
                  "template guidance left in: " + quoted(excerpt(block.plain_text())) +
                      "; remove it once the section is written");
    }
  }
}

}  // namespace

namespace rules {

const RuleInfo kPlaceholderText{
    "PM009",
    "placeholder-text",
    "Template placeholder text such as [Name], TBD or {{ owner }} is still in the document.",
    "A placeholder left in a post-mortem is a fact nobody filled in: an owner, a date, a number "
    "of affected users. Readers cannot tell it from a deliberate gap, and tools read it as a real "
    "value. Replace each placeholder with the actual text, or remove the line if it does not "
    "apply. Links, task boxes and text in code are never counted. A Duration left as a placeholder "
    "is filled in by the fix when the timeline shows when the impact started and ended.",
    "**Date**: [YYYY-MM-DD]\n\n- **Users affected**: TBD\n",
    "**Date**: 2026-03-14\n\n- **Users affected**: about 4,100 (3% of checkouts)\n",
    Severity::error,
    true,
    true,
    check_placeholders,
};

const RuleInfo kTemplateGuidance{
    "PM010",
    "template-guidance",
    "The template's guidance or example text is still in the document.",
    "Italic guidance (\"*Two or three sentences: what broke...*\") and `**Example**:` blocks tell "
    "authors what to write; left in a finished post-mortem they read as part of the report, and "
    "an example can be mistaken for this incident's facts. Delete them once the section holds the "
    "real content.",
    "## Executive Summary\n\n"
    "*Two or three sentences: what broke, who noticed, how long it lasted and how it was fixed.*\n"
    "\nCheckout failed for 20 minutes after a config push.\n",
    "## Executive Summary\n\nCheckout failed for 20 minutes after a config push.\n",
    Severity::warning,
    false,
    true,
    check_template_guidance,
};

}  // namespace rules
}  // namespace pm
