// How section_match lines headings up with template sections, places missing ones, and tells
// placeholders and guidance from an author's text.

#include "rules/section_match.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lint/lint_document.h"
#include "model/document_view.h"
#include "model/parse_document.h"
#include "template/template_reader.h"

namespace pm {
namespace {

using Strings = std::vector<std::string>;

constexpr std::string_view kTemplate = R"md(# Post-Mortem: [Incident Title]

**Date**: [YYYY-MM-DD]

## Summary
<!-- aliases: TL;DR, Overview -->

[Summary]

## Impact

### User Impact

[Users]

### Business Impact
<!-- optional -->

[Money]

## Timeline

[Events]

## Root Cause Analysis
<!-- aliases: Root Cause -->

### What Happened

[Explanation]

### Five Whys

[Whys]

## Action Items

[Items]
)md";

TemplateSpec test_template(std::string_view text = kTemplate) {
  TemplateResult result = read_template(text, "inline.md");
  REQUIRE(std::holds_alternative<TemplateSpec>(result));
  return std::get<TemplateSpec>(result);
}

// Parses `markdown` and keeps the document alive for the rest of the run.
const ParsedDocument& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return *kept.back();
}

struct Matched {
  TemplateSpec spec;
  const ParsedDocument* document = nullptr;
  SectionMatches matches;

  // The title of the heading matched to the template section `title`, or "-" when none.
  std::string heading_for(std::string_view title) const {
    const int index = spec_index(title);
    return matches.found(index) ? (*document->tree)[matches.heading_of(index)].title : "-";
  }
  int spec_index(std::string_view title) const {
    for (std::size_t i = 0; i < spec.sections.size(); ++i) {
      if (spec.sections[i].title == title) return static_cast<int>(i);
    }
    FAIL("no template section " << std::string(title));
    return -1;
  }
  int line_of(std::string_view title) const {
    return (*document->tree)[matches.heading_of(spec_index(title))].line;
  }
};

Matched match(std::string_view markdown, std::string_view template_text = kTemplate) {
  Matched matched{test_template(template_text), &parse(markdown), {}};
  const DocumentView view(*matched.document->tree, *matched.document->lines);
  matched.matches = match_sections(matched.spec, *matched.document->tree, view.incident_root());
  return matched;
}

Strings placeholders_in(std::string_view line, const Strings& labels = {}) {
  ProseScanner scanner;
  Strings found;
  for (const TextSpan& segment : scanner.segments(line)) {
    if (segment.code) continue;
    for (const Placeholder& placeholder : find_placeholders(line, segment, labels)) {
      found.emplace_back(
          line.substr(placeholder.span.begin, placeholder.span.end - placeholder.span.begin));
    }
  }
  return found;
}

bool has_content(std::string_view markdown, int heading = 1) {
  const ParsedDocument& document = parse(markdown);
  return section_has_content(*document.tree, heading, *document.lines,
                             reference_labels(*document.lines));
}

TEST_CASE(
    "section_match: titles match through fold and aliases, whatever the case, emoji or level") {
  const Matched m = match(
      "# Post-Mortem: Outage\n\n## 📋 TL;DR\n\ntext\n\n## IMPACT:\n\n### User impact\n\ntext\n\n"
      "## Root Cause\n\n#### What happened\n\ntext\n\n## Action Items\n\n- a\n");
  CHECK(m.heading_for("Summary") == "📋 TL;DR");
  CHECK(m.heading_for("Impact") == "IMPACT:");
  CHECK(m.heading_for("User Impact") == "User impact");
  CHECK(m.heading_for("Root Cause Analysis") == "Root Cause");
  CHECK(m.heading_for("What Happened") == "What happened");
  CHECK(m.heading_for("Timeline") == "-");
  CHECK_FALSE(m.matches.specs[static_cast<std::size_t>(m.spec_index("Summary"))].by_key);
}

TEST_CASE(
    "section_match: the canonical key matches when no title does, but never takes a heading named "
    "for another section") {
  const Matched m = match(
      "# Post-Mortem: Outage\n\n## Incident Summary\n\ntext\n\n## Sequence of events\n\ntext\n\n"
      "## Corrective actions\n\n- a\n");
  CHECK(m.heading_for("Summary") == "Incident Summary");
  CHECK(m.matches.specs[static_cast<std::size_t>(m.spec_index("Summary"))].by_key);
  CHECK(m.heading_for("Timeline") == "Sequence of events");
  CHECK(m.heading_for("Action Items") == "Corrective actions");

  // "Overview" has the key of "Incident Summary", but the template names it as a section of its
  // own.
  const Matched claimed = match("# Post-Mortem: Outage\n\n## Overview\n\ntext\n",
                                "# T\n\n## Incident Summary\n\n[x]\n\n## Overview\n\n[y]\n");
  CHECK(claimed.heading_for("Incident Summary") == "-");
  CHECK(claimed.heading_for("Overview") == "Overview");
}

TEST_CASE("section_match: the document title is never a section, even when its words name one") {
  const Matched m = match("# Post-Mortem: Timeline drift in billing\n\n## Summary\n\ntext\n");
  CHECK(m.heading_for("Timeline") == "-");
  CHECK(m.matches.title_heading == 1);
}

TEST_CASE(
    "section_match: a subsection counts only inside its parent's heading when the parent is "
    "there") {
  const Matched m = match(
      "# Post-Mortem: Outage\n\n## Root Cause Analysis\n\n### What Happened\n\ntext\n\n"
      "## Five Whys\n\n1. Why?\n");
  CHECK(m.heading_for("What Happened") == "What Happened");
  CHECK(m.heading_for("Five Whys") == "-");

  // Without the parent, the subsection is found wherever it is in the incident.
  const Matched orphan =
      match("# Post-Mortem: Outage\n\n## Summary\n\ntext\n\n## Five Whys\n\n1. Why?\n");
  CHECK(orphan.heading_for("Root Cause Analysis") == "-");
  CHECK(orphan.heading_for("Five Whys") == "Five Whys");
}

TEST_CASE(
    "section_match: the shallowest heading wins; repeats under the same parent are duplicates") {
  const Matched m = match(
      "# Post-Mortem: Outage\n\n## Impact\n\n### Timeline\n\n- a\n\n## Timeline\n\n- b\n\n## "
      "Summary\n\ntext\n\n"
      "## TL;DR\n\ntext\n");
  CHECK(m.heading_for("Timeline") == "Timeline");
  CHECK(m.line_of("Timeline") == 9);
  const SectionMatch& timeline =
      m.matches.specs[static_cast<std::size_t>(m.spec_index("Timeline"))];
  CHECK(timeline.repeats.empty());  // the other one is under Impact
  const SectionMatch& summary = m.matches.specs[static_cast<std::size_t>(m.spec_index("Summary"))];
  REQUIRE(summary.repeats.size() == 1);
  CHECK((*m.document->tree)[summary.repeats.front()].title == "TL;DR");
}

TEST_CASE("section_match: only the nested incident's headings count") {
  const Matched m = match(
      "# Platform Status\n\n## Summary\n\nMonth in review.\n\n## Incident Report: Search lag\n\n"
      "### Impact\n\ntext\n\n### Timeline\n\n- a\n\n## Next month\n\n### Action Items\n\n- b\n");
  CHECK(m.heading_for("Summary") == "-");
  CHECK(m.heading_for("Impact") == "Impact");
  CHECK(m.heading_for("Timeline") == "Timeline");
  CHECK(m.heading_for("Action Items") == "-");
}

TEST_CASE(
    "section_match: a missing section goes after its last sibling present, else before the next, "
    "else inside its parent") {
  const Matched m = match(
      "# Post-Mortem: Outage\n\n## Summary\n\ntext\n\n## Impact\n\ntext\n\n## Root Cause "
      "Analysis\n\n"
      "### Five Whys\n\n1. Why?\n");
  const HeadingTree& tree = *m.document->tree;

  const Placement timeline =
      place_missing_section(m.spec, m.matches, tree, m.spec_index("Timeline"));
  CHECK(timeline.anchor == Placement::Anchor::after);
  CHECK(tree[timeline.heading].title == "Impact");
  CHECK(timeline.insert_before_line == 11);  // the Root Cause Analysis heading
  CHECK(timeline.level == 2);

  const Placement what =
      place_missing_section(m.spec, m.matches, tree, m.spec_index("What Happened"));
  CHECK(what.anchor == Placement::Anchor::before);
  CHECK(tree[what.heading].title == "Five Whys");
  CHECK(what.insert_before_line == 13);
  CHECK(what.level == 3);

  const Placement user =
      place_missing_section(m.spec, m.matches, tree, m.spec_index("User Impact"));
  CHECK(user.anchor == Placement::Anchor::inside);
  CHECK(tree[user.heading].title == "Impact");
  CHECK(user.insert_before_line == 11);
  CHECK(user.level == 3);

  const Placement actions =
      place_missing_section(m.spec, m.matches, tree, m.spec_index("Action Items"));
  CHECK(actions.anchor == Placement::Anchor::after);
  CHECK(actions.insert_before_line == tree[0].end_line + 1);  // the end of the text
}

TEST_CASE(
    "section_match: stubs take the nested incident's levels and bring their required subsections") {
  const Matched m = match("# Status\n\n## Incident Report: Search lag\n\n### Timeline\n\n- a\n");
  const HeadingTree& tree = *m.document->tree;
  const Placement impact = place_missing_section(m.spec, m.matches, tree, m.spec_index("Impact"));
  CHECK(impact.anchor == Placement::Anchor::before);
  CHECK(impact.level == 3);
  CHECK(missing_section_stub(m.spec, m.matches, m.spec_index("Impact"), impact.level) ==
        "### Impact\n\n#### User Impact\n\n");

  const Matched empty =
      match("# Status\n\n## Incident Report: Search lag\n\nNothing yet.\n\n## Other\n");
  const Placement first =
      place_missing_section(empty.spec, empty.matches, *empty.document->tree, 0);
  CHECK(first.anchor == Placement::Anchor::at_end);
  CHECK(first.level == 3);
  CHECK(first.insert_before_line == 7);  // before "## Other", the end of the incident
}

TEST_CASE(
    "section_match: prose segments leave out HTML comments, across lines too, and mark code "
    "spans") {
  ProseScanner scanner;
  const std::string_view first = "a <!-- note --> b `[x]` c <!-- open";
  const std::vector<TextSpan> segments = scanner.segments(first);
  REQUIRE(segments.size() == 4);
  CHECK(first.substr(segments[0].begin, segments[0].end - segments[0].begin) == "a ");
  CHECK(first.substr(segments[1].begin, segments[1].end - segments[1].begin) == " b ");
  CHECK(segments[2].code);
  CHECK(first.substr(segments[3].begin, segments[3].end - segments[3].begin) == " c ");
  CHECK(scanner.segments("still inside").empty());
  const std::string_view last = "end --> after";
  const std::vector<TextSpan> after = scanner.segments(last);
  REQUIRE(after.size() == 1);
  CHECK(last.substr(after[0].begin) == " after");
}

TEST_CASE(
    "section_match: placeholders are template brackets, markers and variables, not links or "
    "editorial brackets") {
  CHECK(placeholders_in("**Owner**: [Name] - [YYYY-MM-DD]") == Strings{"[Name]", "[YYYY-MM-DD]"});
  CHECK(placeholders_in("Severity: [P0 / P1 / P2]") == Strings{"[P0 / P1 / P2]"});
  CHECK(placeholders_in("Lasted XX hours YY minutes, TBD and TODO: {{ owner }}") ==
        Strings{"XX hours YY minutes", "TBD", "TODO", "{{ owner }}"});
  CHECK(placeholders_in("From HH:MM to [HH:MM]") == Strings{"HH:MM", "[HH:MM]"});
  CHECK(placeholders_in("See [the runbook](https://x.example/a_(b)) and [docs][ref].").empty());
  CHECK(
      placeholders_in("- [ ] open, [x] done, note[^1], [redacted], [1], [PAY-812], [...]").empty());
  CHECK(placeholders_in("[13:20] deploy; [2019-02-08] thread in [#testing-ops], asked [@ana]")
            .empty());
  CHECK(placeholders_in("![diagram](img.png) and `[Name]` in code").empty());
  CHECK(placeholders_in("[label]: https://example.com").empty());
  CHECK(placeholders_in("Per [the guide], yes", {"the guide"}).empty());
  CHECK(placeholders_in("TODO-123 and TBDs and todo list, xx, [:fire: ongoing]").empty());
  CHECK(placeholders_in("## IMMEDIATE TODO LIST").empty());
  CHECK(placeholders_in("\\[not a placeholder\\]").empty());
  CHECK(placeholders_in("Fixed <!-- TODO [Name] --> today").empty());
}

TEST_CASE(
    "section_match: a section has content unless it holds only guidance, examples and "
    "placeholders") {
  CHECK_FALSE(has_content("## Resolution\n"));
  CHECK_FALSE(has_content(
      "## Resolution\n\n*Describe the steps.*\n\n1. [Step]\n\n---\n\n<!-- later -->\n"));
  CHECK_FALSE(has_content("## Summary\n\n**Example**:\n> An old incident.\n\nTBD\n"));
  CHECK_FALSE(
      has_content("## Impact\n\n- **Window**: [HH:MM] to [HH:MM] UTC ([XX hours YY minutes])\n"));
  CHECK_FALSE(
      has_content("## Actions\n\n| # | Item | Status |\n|---|---|---|\n| 1 | [Completed action] | "
                  "🟢 Done |\n"));
  CHECK_FALSE(has_content("## Impact\n\n### User Impact\n\n[Users]\n"));
  CHECK(has_content("## Resolution\n\nRolled back.\n"));
  CHECK(has_content("## Timeline\n\n_All times in EEST_\n"));
  CHECK(has_content("## Resolution\n\n```\nkubectl rollout undo\n```\n"));
  CHECK(has_content("## Sign-Off\n\n- [x] **Lead**: Ana Ruiz - [YYYY-MM-DD]\n"));
  CHECK(has_content("## Impact\n\n### User Impact\n\nNone.\n"));
  CHECK(has_content(
      "## Actions\n\n| # | Item | Status |\n|---|---|---|\n| 1 | Add an alert | Done |\n"));
}

TEST_CASE("section_match: italic guidance may carry an inline comment; comments leave values") {
  const ParsedDocument& document =
      parse("*Describe the impact.* <!-- lint: keep -->\n\n*Text* and more\n");
  const HeadingTree& tree = *document.tree;
  REQUIRE(tree[0].blocks.size() == 2);
  CHECK(is_italic_guidance(tree[0].blocks[0]));
  CHECK_FALSE(is_italic_guidance(tree[0].blocks[1]));
  CHECK(without_comments("P1 <!-- was P2 --> (high)") == "P1  (high)");
  CHECK(without_comments("P1 <!-- open") == "P1 ");
}

// Lints `text` with the test template and applies the missing-section stubs, back to front; of two
// stubs at one place the later section goes in first, so the earlier one ends up before it.
std::string with_missing_sections_added(const std::string& text) {
  LintSettings settings;
  settings.spec = test_template();
  const FileResult result = lint_file_bytes(text, "incident.md", settings);
  std::vector<std::pair<std::size_t, std::string>> insertions;
  const LineTable lines(text);
  for (const Diagnostic& diagnostic : result.diagnostics) {
    if (diagnostic.rule != "PM001") continue;
    REQUIRE(diagnostic.edits.size() == 1);
    CHECK(diagnostic.edits[0].range.begin == diagnostic.edits[0].range.end);
    insertions.emplace_back(lines.offset_of(diagnostic.edits[0].range.begin),
                            diagnostic.edits[0].replacement);
  }
  std::string fixed = text;
  for (auto it = insertions.rbegin(); it != insertions.rend(); ++it)
    fixed.insert(it->first, it->second);
  return fixed;
}

int missing_sections(const std::string& text) {
  LintSettings settings;
  settings.spec = test_template();
  const FileResult result = lint_file_bytes(text, "incident.md", settings);
  return static_cast<int>(
      std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                    [](const Diagnostic& diagnostic) { return diagnostic.rule == "PM001"; }));
}

TEST_CASE(
    "section_match: the missing-section stubs put every section in its place, and nothing is "
    "missing after") {
  const std::string text =
      "# Post-Mortem: Outage\n\n**Date**: 2026-01-02\n\n## Summary\n\nShort.\n\n## Root Cause "
      "Analysis\n\n"
      "### Five Whys\n\n1. Why?\n";
  const std::string fixed = with_missing_sections_added(text);
  CHECK(fixed ==
        "# Post-Mortem: Outage\n\n**Date**: 2026-01-02\n\n## Summary\n\nShort.\n\n## Impact\n\n### "
        "User Impact\n\n"
        "## Timeline\n\n## Root Cause Analysis\n\n### What Happened\n\n### Five Whys\n\n1. Why?\n\n"
        "## Action Items\n");
  CHECK(missing_sections(text) == 4);
  CHECK(missing_sections(fixed) == 0);

  // Without a final newline the text still gets its blank line before the stub, and no newline
  // after.
  const std::string unterminated = "# Post-Mortem: Outage\n\n## Summary\n\nShort.";
  const std::string completed = with_missing_sections_added(unterminated);
  CHECK(completed.find("Short.\n\n## Impact\n\n### User Impact\n\n## Timeline\n\n") !=
        std::string::npos);
  CHECK(completed.ends_with("### Five Whys\n\n## Action Items"));
  CHECK(missing_sections(with_missing_sections_added(unterminated)) == 0);
}

}  // namespace
}  // namespace pm
