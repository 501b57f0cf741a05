#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "model/document_view.h"
#include "model/normalize.h"
#include "rules/blame_words.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

DocumentView view_of(const RuleContext& ctx) {
  return DocumentView(ctx.tree(), *ctx.document.lines);
}

Range heading_range(const RuleContext& ctx, int section) {
  const HeadingSection& heading = ctx.tree()[section];
  return ctx.find_on_line(heading.line, heading.title);
}

// A section holding nothing but the template's guidance and placeholders is PM002's to report.
bool has_content(const RuleContext& ctx, int section) {
  return section_has_content(ctx.tree(), section, *ctx.document.lines,
                             reference_labels(*ctx.document.lines));
}

std::optional<int> first_section(const RuleContext& ctx, std::string_view key) {
  const std::vector<int> sections = view_of(ctx).sections_with_key(key);
  if (sections.empty()) return std::nullopt;
  return sections.front();
}

// ---------------------------------------------------------------------------------------------
// PM018 too-few-whys

std::string steps(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " step" : " steps");
}

void check_too_few_whys(const RuleContext& ctx, DiagnosticSink& sink) {
  const int required = ctx.options.whys;
  const std::vector<WhyStep>& whys = ctx.incident().five_whys;
  if (required <= 0 || static_cast<int>(whys.size()) >= required) return;
  const std::optional<int> section = first_section(ctx, "five_whys");
  const std::string wanted = "at least " + std::to_string(required);
  if (whys.empty()) {
    // No section is PM001's to report, an unwritten one PM002's.
    if (!section || !has_content(ctx, *section)) return;
    sink.report(heading_range(ctx, *section),
                "section " + quoted(ctx.tree()[*section].title) + " asks no why questions; write " +
                    wanted +
                    " steps as \"**Why ...?** → answer\", each asking why the previous answer "
                    "happened");
    return;
  }
  // Why questions in prose, in a document whose template asks for no analysis, are not one.
  if (!section && ctx.spec.whys == 0) return;
  const WhyStep& last = whys.back();
  sink.report(ctx.find_on_line(last.line, last.question),
              "the five whys stop after " + steps(whys.size()) + "; " + wanted +
                  " are expected: keep asking why until the answer is a condition the team "
                  "can change");
}

// ---------------------------------------------------------------------------------------------
// PM019 missing-root-cause

void check_missing_root_cause(const RuleContext& ctx, DiagnosticSink& sink) {
  // A placeholder statement ("TBD") is PM009's to report.
  if (!trim(ctx.incident().root_cause).empty()) return;
  for (int section : view_of(ctx).sections_with_key("root_cause")) {
    if (!has_content(ctx, section)) continue;
    sink.report(heading_range(ctx, section),
                "section " + quoted(ctx.tree()[section].title) +
                    " has no root-cause statement; add one sentence naming the condition that "
                    "made the failure possible, as \"**Root Cause**: ...\"");
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// PM020 root-cause-names-person

struct Statement {
  std::string_view label;  // "root cause"
  std::string_view text;
  int line = 0;
  std::size_t skip = 0;  // bytes of the first line before the statement begins
};

// Statements span a few lines at most; a name further away belongs to something else.
constexpr int kStatementLines = 12;

bool inside_code_span(std::string_view line, std::size_t at) {
  return std::count(line.begin(), line.begin() + static_cast<long>(at), '`') % 2 == 1;
}

struct Located {
  Range range;
  bool in_code = false;
};

// Where `text` first appears in the statement's source lines; null when the rendering moved it
// (markup, a line break inside a phrase).
std::optional<Located> locate(const RuleContext& ctx, const Statement& statement,
                              std::string_view text) {
  const int last = std::min(statement.line + kStatementLines, ctx.document.lines->line_count());
  for (int number = statement.line; number <= last; ++number) {
    const std::string_view line = ctx.line(number);
    const std::size_t from = number == statement.line ? std::min(statement.skip, line.size()) : 0;
    const std::size_t at = line.find(text, from);
    if (at == std::string_view::npos) continue;
    const int column = static_cast<int>(at) + 1;
    return Located{Range{{number, column}, {number, column + static_cast<int>(text.size())}},
                   inside_code_span(line, at)};
  }
  return std::nullopt;
}

std::string blame_message(const Statement& statement, const BlameFinding& finding) {
  const std::string what = finding.kind == BlameFinding::Kind::phrase
                               ? " puts the failure on a person: " + quoted(finding.text)
                               : " names " + finding.text;
  return "the " + std::string(statement.label) + what +
         "; post-mortems are blameless: describe the condition that let the failure happen (a "
         "missing check, an unsafe default, an unclear runbook) rather than who was involved";
}

// The first finding outside code; code spans hold annotations and identifiers ("@Transactional").
void report_first_blame(const RuleContext& ctx, const Statement& statement,
                        const std::vector<std::string>& people, std::vector<int>& reported_lines,
                        DiagnosticSink& sink) {
  for (const BlameFinding& finding : find_blame(statement.text, people)) {
    const std::optional<Located> located = locate(ctx, statement, finding.text);
    if (located && located->in_code) continue;
    const Range range = located ? located->range : ctx.line_range(statement.line);
    if (std::find(reported_lines.begin(), reported_lines.end(), range.begin.line) !=
        reported_lines.end())
      return;
    reported_lines.push_back(range.begin.line);
    sink.report(range, blame_message(statement, finding));
    return;
  }
}

// The answer of a why step begins after its question mark when both share the line.
std::size_t answer_offset(std::string_view line) {
  const std::size_t mark = line.find('?');
  return mark == std::string_view::npos ? 0 : mark + 1;
}

void check_blaming_root_cause(const RuleContext& ctx, DiagnosticSink& sink) {
  const Incident& incident = ctx.incident();
  std::vector<Statement> statements;
  if (!incident.root_cause.empty() && incident.root_cause_line > 0 &&
      !is_placeholder(incident.root_cause))
    statements.push_back({"root cause", incident.root_cause, incident.root_cause_line, 0});
  // The last why's answer is where an analysis that stops at a person usually says so.
  if (!incident.five_whys.empty()) {
    const WhyStep& last = incident.five_whys.back();
    if (!last.answer.empty() && last.line > 0 && !is_placeholder(last.answer) &&
        last.answer != incident.root_cause)
      statements.push_back(
          {"answer to the last why", last.answer, last.line, answer_offset(ctx.line(last.line))});
  }
  if (statements.empty()) return;
  const std::vector<std::string> people = people_named_in(incident);
  std::vector<int> reported_lines;
  for (const Statement& statement : statements)
    report_first_blame(ctx, statement, people, reported_lines, sink);
}

}  // namespace

namespace rules {

const RuleInfo kTooFewWhys{
    "PM018",
    "too-few-whys",
    "The five-whys analysis has fewer steps than the team asks for (5 unless configured).",
    "Stopping the whys early tends to land on the first plausible answer, often the trigger or a "
    "person's action, instead of the condition that allowed it; the later whys are where the "
    "fixable causes are found. Keep asking why the previous answer happened until the answer is "
    "something the team can change. The number is set with `options.whys` in .postmortem.yml. A "
    "document with neither whys nor a section for them is left to missing-section (PM001).",
    "### Five Whys\n\n1. **Why could warehouses not print labels?** → Jobs were stuck in the "
    "queue.\n2. **Why were jobs stuck?** → The workers were eight times slower than usual.\n",
    "### Five Whys\n\n1. **Why could warehouses not print labels?** → Jobs were stuck in the "
    "queue.\n2. **Why were jobs stuck?** → The workers were eight times slower than usual.\n"
    "3. **Why were the workers slower?** → Each label embedded a 2 MB font.\n"
    "4. **Why did each label embed the font?** → The new carrier template inlines its fonts.\n"
    "5. **Why was that not caught?** → Template changes skip the rendering benchmark.\n",
    Severity::error,
    false,
    true,
    check_too_few_whys,
};

const RuleInfo kMissingRootCause{
    "PM019",
    "missing-root-cause",
    "The root-cause section gives no root-cause statement.",
    "The root-cause statement is the sentence the rest of the post-mortem, and every action "
    "item, hangs on; readers skimming a list of incidents read little else. A Root Cause "
    "section whose subsections explain what happened but never state the cause leaves them to "
    "work it out. Add a line such as `**Root Cause**: ...` naming the condition that made the "
    "failure possible. A missing section is reported by missing-section (PM001), an empty one by "
    "empty-section (PM002) and a placeholder such as TBD by placeholder-text (PM009).",
    "## Root Cause Analysis\n\n### What Happened\n\nThe export locked rows the API writes.\n",
    "## Root Cause Analysis\n\n### What Happened\n\nThe export locked rows the API writes.\n\n"
    "**Root Cause**: The nightly export and the API share one database primary with no lock "
    "timeout.\n",
    Severity::error,
    false,
    true,
    check_missing_root_cause,
};

const RuleInfo kBlamingRootCause{
    "PM020",
    "root-cause-names-person",
    "The root cause (or the last why) names a person instead of a condition.",
    "Post-mortems are blameless: people act sensibly on what they know, and a cause such as "
    "\"Sam forgot to update the config\" ends the analysis at the one point nobody can fix, and "
    "makes the next person less willing to speak up. Describe the condition instead: the missing "
    "check, the unsafe default, the step that depended on memory. The rule looks for the names "
    "of people the document lists (authors, reviewers, owners, timeline actors, sign-offs), "
    "@handles outside code, \"engineer Sam\", and phrases such as \"human error\" or \"the "
    "engineer forgot\".",
    "**Root Cause**: The on-call engineer forgot to add the index back after the schema "
    "cleanup.\n",
    "**Root Cause**: Index removals were approved without checking which batch jobs read the "
    "index, and nothing re-checks the schema after a cleanup.\n",
    Severity::warning,
    false,
    false,
    check_blaming_root_cause,
};

}  // namespace rules
}  // namespace pm
