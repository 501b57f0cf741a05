#include <algorithm>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "model/document_view.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "text/fold.h"

namespace pm {
namespace {

std::size_t at(int index) { return static_cast<std::size_t>(index); }

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

SectionMatches match_document(const RuleContext& ctx) {
  const DocumentView view(ctx.tree(), *ctx.document.lines);
  return match_sections(ctx.spec, ctx.tree(), view.incident_root());
}

// The heading's title on its line, so the range skips the `##` and any trailing comment.
Range heading_range(const RuleContext& ctx, int heading) {
  const HeadingSection& section = ctx.tree()[heading];
  return ctx.find_on_line(section.line, section.title);
}

Range title_range(const RuleContext& ctx) {
  const Incident& incident = ctx.incident();
  if (incident.title_line > 0) return ctx.find_on_line(incident.title_line, incident.title);
  return ctx.line_range(1);
}

const std::string& title_of(const RuleContext& ctx, int heading) {
  return ctx.tree()[heading].title;
}

// ---------------------------------------------------------------------------------------------
// PM001 missing-section

std::string where_expected(const RuleContext& ctx, const Placement& placement) {
  switch (placement.anchor) {
    case Placement::Anchor::after:
      return "after " + quoted(title_of(ctx, placement.heading));
    case Placement::Anchor::before:
      return "before " + quoted(title_of(ctx, placement.heading));
    case Placement::Anchor::inside:
      return "inside " + quoted(title_of(ctx, placement.heading));
    case Placement::Anchor::at_end:
      break;
  }
  return "at the end";
}

// On the heading the section should follow: its preceding sibling, else its parent, else the title.
Range missing_section_range(const RuleContext& ctx, const SectionMatches& matches,
                            const SectionSpec& section, const Placement& placement) {
  if (placement.anchor == Placement::Anchor::after ||
      placement.anchor == Placement::Anchor::inside) {
    return heading_range(ctx, placement.heading);
  }
  if (section.parent >= 0 && matches.found(section.parent))
    return heading_range(ctx, matches.heading_of(section.parent));
  return title_range(ctx);
}

// Inserts `stub` ("## Title\n\n") at the start of `line`. Past the last line it goes at the end of
// the text instead, after a blank line, keeping whatever the text ended with; several stubs
// inserted there in turn stay separated by blank lines.
Edit insertion_before_line(const RuleContext& ctx, int line, std::string stub) {
  const LineTable& lines = *ctx.document.lines;
  const int count = lines.line_count();
  if (line <= count) return Edit{{{line, 1}, {line, 1}}, std::move(stub)};
  stub.pop_back();  // "## Title\n"
  const std::string& text = ctx.document.decoded.text;
  if (text.empty()) return Edit{{{1, 1}, {1, 1}}, std::move(stub)};
  if (!text.ends_with('\n')) {
    stub.pop_back();  // the text did not end with a newline, so neither does the stub
    const int end_column = static_cast<int>(lines.line(count).size()) + 1;
    return Edit{{{count, end_column}, {count, end_column}}, "\n\n" + stub};
  }
  // A final blank line stays final: the stub goes before it.
  const bool ends_blank = count > 1 && trim(lines.line(count)).empty();
  const int at_line = ends_blank ? count : count + 1;
  return Edit{{{at_line, 1}, {at_line, 1}}, "\n" + stub};
}

std::string joined_titles(const std::vector<std::string>& titles) {
  std::string out;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    if (i > 0) out += i + 1 == titles.size() ? " and " : ", ";
    out += quoted(titles[i]);
  }
  return out;
}

std::vector<std::string> required_subsection_titles(const TemplateSpec& spec, int parent) {
  std::vector<std::string> titles;
  for (int child : subsections_of(spec, parent)) {
    if (!spec.sections[at(child)].optional) titles.push_back(spec.sections[at(child)].title);
  }
  return titles;
}

// Headings with the right title that did not count because they sit outside the parent's section.
std::vector<std::string> misplaced_heading_notes(const RuleContext& ctx,
                                                 const SectionMatches& matches,
                                                 const SectionSpec& section) {
  std::vector<std::string> notes;
  if (section.parent < 0 || !matches.found(section.parent)) return notes;
  const HeadingTree& tree = ctx.tree();
  const HeadingSection& root = tree[matches.incident_root];
  const HeadingSection& parent = tree[matches.heading_of(section.parent)];
  for (int heading = 1; heading < tree.size(); ++heading) {
    const HeadingSection& candidate = tree[heading];
    const bool in_incident = matches.incident_root == 0 ||
                             (candidate.line > root.line && candidate.line <= root.end_line);
    const bool in_parent = candidate.line > parent.line && candidate.line <= parent.end_line;
    if (in_incident && !in_parent && title_matches(section, candidate.title)) {
      notes.push_back(quoted(candidate.title) + " on line " + std::to_string(candidate.line) +
                      " is outside " + quoted(parent.title) + ", so it does not count");
    }
  }
  return notes;
}

void report_missing_section(const RuleContext& ctx, const SectionMatches& matches, int missing,
                            DiagnosticSink& sink) {
  const SectionSpec& section = ctx.spec.sections[at(missing)];
  const Placement placement = place_missing_section(ctx.spec, matches, ctx.tree(), missing);
  std::vector<std::string> notes = misplaced_heading_notes(ctx, matches, section);
  if (const auto subsections = required_subsection_titles(ctx.spec, missing);
      !subsections.empty()) {
    notes.push_back(quoted(section.title) + " needs the subsection" +
                    (subsections.size() > 1 ? "s " : " ") + joined_titles(subsections));
  }
  std::string message = "missing required section " + quoted(section.title) + "; expected " +
                        where_expected(ctx, placement);
  Edit stub =
      insertion_before_line(ctx, placement.insert_before_line,
                            missing_section_stub(ctx.spec, matches, missing, placement.level));
  sink.report(missing_section_range(ctx, matches, section, placement), std::move(message),
              {std::move(stub)}, std::move(notes));
}

void check_missing_sections(const RuleContext& ctx, DiagnosticSink& sink) {
  const SectionMatches matches = match_document(ctx);
  for (int index = 0; index < static_cast<int>(ctx.spec.sections.size()); ++index) {
    const SectionSpec& section = ctx.spec.sections[at(index)];
    if (section.optional || matches.found(index)) continue;
    // A missing parent's diagnostic covers its subsections; an optional parent's are optional too.
    if (section.parent >= 0 && !matches.found(section.parent)) continue;
    report_missing_section(ctx, matches, index, sink);
  }
}

// ---------------------------------------------------------------------------------------------
// PM002 empty-section

bool has_any_block(const HeadingTree& tree, int heading) {
  const std::vector<Node> blocks = tree.blocks_within(heading);
  return std::any_of(blocks.begin(), blocks.end(),
                     [](Node block) { return block.kind() != NodeKind::heading; });
}

void check_empty_sections(const RuleContext& ctx, DiagnosticSink& sink) {
  const SectionMatches matches = match_document(ctx);
  const HeadingTree& tree = ctx.tree();
  const std::vector<std::string> labels = reference_labels(*ctx.document.lines);
  std::vector<int> reported;
  // Template order puts parents first: an empty parent's empty subsections are not repeated.
  for (int index = 0; index < static_cast<int>(ctx.spec.sections.size()); ++index) {
    if (ctx.spec.sections[at(index)].optional || !matches.found(index)) continue;
    const int heading = matches.heading_of(index);
    const bool within_reported = std::any_of(reported.begin(), reported.end(), [&](int outer) {
      return tree[heading].line > tree[outer].line && tree[heading].line <= tree[outer].end_line;
    });
    if (within_reported || section_has_content(tree, heading, *ctx.document.lines, labels))
      continue;
    const std::string what = has_any_block(tree, heading)
                                 ? " holds only template guidance and placeholders"
                                 : " is empty";
    sink.report(heading_range(ctx, heading), "section " + quoted(tree[heading].title) + what);
    reported.push_back(heading);
  }
}

// ---------------------------------------------------------------------------------------------
// PM003 duplicate-section

void check_duplicate_sections(const RuleContext& ctx, DiagnosticSink& sink) {
  const SectionMatches matches = match_document(ctx);
  for (std::size_t index = 0; index < matches.specs.size(); ++index) {
    const SectionMatch& match = matches.specs[index];
    for (int repeat : match.repeats) {
      const HeadingSection& first = ctx.tree()[match.heading];
      const std::string& title = title_of(ctx, repeat);
      const std::string what =
          title == first.title ? "appears twice" : "repeats " + quoted(first.title);
      std::string note =
          "the first " + quoted(first.title) + " is on line " + std::to_string(first.line);
      if (title != first.title) {
        note +=
            "; both match the template's " + quoted(ctx.spec.sections[index].title) + " section";
      }
      sink.report(heading_range(ctx, repeat),
                  "section " + quoted(title) + " " + what + "; merge the two into one section", {},
                  {std::move(note)});
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PM004 section-order

struct Placed {
  int spec_index = 0;
  int heading = 0;
};

// Which of the sections, in document order, keep the template's order: a longest run whose template
// indices increase. Everything else is out of place. Siblings are few, so quadratic is fine.
std::vector<bool> in_order(const std::vector<Placed>& placed) {
  const std::size_t count = placed.size();
  std::vector<int> length(count, 1);
  std::vector<int> previous(count, -1);
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (placed[j].spec_index < placed[i].spec_index && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = static_cast<int>(j);
      }
    }
  }
  std::vector<bool> keep(count, false);
  int best =
      count == 0
          ? -1
          : static_cast<int>(std::max_element(length.begin(), length.end()) - length.begin());
  for (int i = best; i >= 0; i = previous[at(i)]) keep[at(i)] = true;
  return keep;
}

void report_out_of_order(const RuleContext& ctx, const std::vector<Placed>& placed,
                         std::size_t moved, const std::vector<bool>& keep, DiagnosticSink& sink) {
  const Placed& section = placed[moved];
  // Too late: an in-order section before it belongs after it.
  for (std::size_t i = 0; i < moved; ++i) {
    if (keep[i] && placed[i].spec_index > section.spec_index) {
      sink.report(heading_range(ctx, section.heading),
                  "section " + quoted(title_of(ctx, section.heading)) + " should come before " +
                      quoted(title_of(ctx, placed[i].heading)));
      return;
    }
  }
  // Too early: the last in-order section after it that belongs before it.
  for (std::size_t i = placed.size(); i-- > moved + 1;) {
    if (keep[i] && placed[i].spec_index < section.spec_index) {
      sink.report(heading_range(ctx, section.heading),
                  "section " + quoted(title_of(ctx, section.heading)) + " should come after " +
                      quoted(title_of(ctx, placed[i].heading)));
      return;
    }
  }
}

void check_sibling_order(const RuleContext& ctx, const SectionMatches& matches, int template_parent,
                         DiagnosticSink& sink) {
  std::vector<Placed> placed;
  for (int child : aligned_subsections(ctx.spec, matches, ctx.tree(), template_parent)) {
    placed.push_back({child, matches.heading_of(child)});
  }
  std::sort(placed.begin(), placed.end(),
            [](const Placed& a, const Placed& b) { return a.heading < b.heading; });
  const std::vector<bool> keep = in_order(placed);
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (!keep[i]) report_out_of_order(ctx, placed, i, keep, sink);
  }
}

void check_section_order(const RuleContext& ctx, DiagnosticSink& sink) {
  const SectionMatches matches = match_document(ctx);
  check_sibling_order(ctx, matches, -1, sink);
  for (int index = 0; index < static_cast<int>(ctx.spec.sections.size()); ++index) {
    check_sibling_order(ctx, matches, index, sink);
  }
}

}  // namespace

namespace rules {

const RuleInfo kMissingSection{
    "PM001",
    "missing-section",
    "A section the template requires is not in the document.",
    "Readers of a post-mortem look for the same sections in every report: what happened, the "
    "timeline, the cause, how it was resolved and what will change. A missing section usually "
    "means a question nobody answered yet, not one with no answer. Add the section where the "
    "template puts it (the fix inserts an empty heading there); write \"None\" in it if there is "
    "truly nothing to say.",
    "# Post-Mortem: Checkout errors\n\n## Executive Summary\n\nCheckout failed for 20 minutes.\n\n"
    "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:02 | Alert fired |\n",
    "# Post-Mortem: Checkout errors\n\n## Executive Summary\n\nCheckout failed for 20 minutes.\n\n"
    "## Impact\n\n### User Impact\n\nAbout 3% of checkouts failed.\n\n## Timeline\n\n"
    "| Time (UTC) | Event |\n|---|---|\n| 10:02 | Alert fired |\n",
    Severity::error,
    true,
    true,
    check_missing_sections,
};

const RuleInfo kEmptySection{
    "PM002",
    "empty-section",
    "A required section has a heading but nothing written under it.",
    "An empty section, or one that still holds only the template's italic guidance and "
    "placeholders, looks finished in an outline but answers nothing. Readers skim headings and "
    "assume the content exists. Write the section, or say explicitly why it does not apply (for "
    "example \"No data was lost.\").",
    "## Resolution\n\n"
    "*The steps that stopped the impact, then the steps that restored normal service.*\n\n"
    "1. [Step]\n",
    "## Resolution\n\n1. Rolled the config change back at 10:21 UTC.\n"
    "2. Drained the stuck queue.\n",
    Severity::error,
    false,
    true,
    check_empty_sections,
};

const RuleInfo kDuplicateSection{
    "PM003",
    "duplicate-section",
    "The same template section appears twice.",
    "Two headings for one section (\"Summary\" and \"Executive Summary\", or a timeline pasted "
    "twice) split the story: readers find half of it, tools read only the first. Merge the two "
    "sections into one under the first heading.",
    "## Timeline\n\n- 10:02 Alert fired\n\n## Resolution\n\nRolled back.\n\n## Timeline\n\n"
    "- 10:30 Error rate normal\n",
    "## Timeline\n\n- 10:02 Alert fired\n- 10:30 Error rate normal\n\n## Resolution\n\n"
    "Rolled back.\n",
    Severity::warning,
    false,
    false,
    check_duplicate_sections,
};

const RuleInfo kSectionOrder{
    "PM004",
    "section-order",
    "Sections are not in the template's order.",
    "Post-mortems are read side by side and in review meetings; a shared order lets readers find "
    "the timeline or the action items without searching, and tells the story from impact to cause "
    "to follow-up. Move the section to where the template puts it.",
    "## Executive Summary\n\nCheckout failed.\n\n## Root Cause Analysis\n\nA bad config.\n\n"
    "## Timeline\n\n- 10:02 Alert fired\n",
    "## Executive Summary\n\nCheckout failed.\n\n## Timeline\n\n- 10:02 Alert fired\n\n"
    "## Root Cause Analysis\n\nA bad config.\n",
    Severity::warning,
    false,
    false,
    check_section_order,
};

}  // namespace rules
}  // namespace pm
