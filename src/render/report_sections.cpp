#include "render/report_sections.h"

#include <set>

#include "author/slug.h"

namespace pm {
namespace {

using Kind = ReportPart::Kind;

// The lines each model view was read from, and the answers of the whys, which the model keeps
// without their lines when they stand in a block of their own.
struct Claims {
  std::set<int> timeline, whys, actions;
  std::set<std::string> why_answers;
};

Claims claims_of(const Incident& incident) {
  Claims claims;
  for (const TimelineEntry& entry : incident.timeline) claims.timeline.insert(entry.line);
  for (const WhyStep& step : incident.five_whys) {
    claims.whys.insert(step.line);
    if (!step.answer.empty()) claims.why_answers.insert(step.answer);
  }
  // The root cause ends the chain of whys; without whys it stays in its section.
  if (!incident.five_whys.empty() && incident.root_cause_line > 0)
    claims.whys.insert(incident.root_cause_line);
  for (const ActionItem& item : incident.action_items) claims.actions.insert(item.line);
  return claims;
}

bool claims_within(const std::set<int>& lines, int first, int last) {
  const auto at = lines.lower_bound(first);
  return at != lines.end() && *at <= last;
}

// "**Why did jobs stay in Pending?**" followed by its answer as the next paragraph, or as the
// first item of a list under it.
bool is_why_answer(const Claims& claims, Node block) {
  if (claims.why_answers.empty()) return false;
  std::string text;
  if (block.kind() == NodeKind::paragraph) text = block.plain_text();
  if (block.kind() == NodeKind::block_quote) text = block.first_paragraph_text();
  if (block.kind() == NodeKind::list && block.first_child())
    text = block.first_child().first_paragraph_text();
  return !text.empty() && claims.why_answers.count(text) > 0;
}

// "**March 3, 2026**" over a list of times dates the entries; the table shows those dates.
bool is_day_line(Node block) {
  if (block.kind() != NodeKind::paragraph) return false;
  const auto moment = parse_moment(block.plain_text());
  return moment && moment->date && !moment->time;
}

struct Builder {
  const DocumentView& view;
  const IncidentOutline& outline;
  Claims claims;
  std::set<std::string> used_ids;
  std::set<Kind> placed;

  std::string unique_id(const std::string& title) {
    const std::string base = slug_of(title);
    std::string id = base;
    for (int suffix = 2; used_ids.count(id); ++suffix) id = base + "-" + std::to_string(suffix);
    used_ids.insert(id);
    return id;
  }

  void place(Kind kind, std::vector<ReportPart>& parts) {
    if (placed.insert(kind).second) parts.push_back(ReportPart{kind, {}});
  }

  // Adds the block, or the views read from it the first time one of them is met.
  void add_block(Node block, bool in_timeline, std::vector<ReportPart>& parts) {
    if (block.kind() == NodeKind::html_block || holds_header_field(outline, block)) return;
    const int first = block.start_line(), last = block.end_line();
    bool claimed = false;
    for (auto [lines, kind] :
         {std::pair{&claims.timeline, Kind::timeline}, std::pair{&claims.whys, Kind::whys},
          std::pair{&claims.actions, Kind::actions}}) {
      if (!claims_within(*lines, first, last)) continue;
      claimed = true;
      place(kind, parts);
    }
    if (in_timeline && is_day_line(block)) claimed = true;
    if (!claimed && is_why_answer(claims, block)) {
      claimed = true;
      place(Kind::whys, parts);
    }
    if (!claimed) parts.push_back(ReportPart{Kind::markdown, MarkdownHtml::block_html(block)});
  }

  // A heading that is itself a timeline entry ("### 14:29 Alert fires") brings its whole section.
  bool is_entry_heading(int section) const {
    const HeadingSection& heading = view.tree()[section];
    return heading.heading && claims.timeline.count(heading.line);
  }

  void add_section(int section, int level, bool in_timeline, std::vector<ReportSection>& out) {
    in_timeline = in_timeline || view.key(section) == "timeline";
    const HeadingSection& heading = view.tree()[section];
    ReportSection report{unique_id(heading.title), heading.title, std::min(level, 6), {}, {}};
    if (is_entry_heading(section)) {
      place(Kind::timeline, report.parts);
    } else {
      for (Node block : heading.blocks) add_block(block, in_timeline, report.parts);
      std::vector<ReportSection> children;
      for (int child : heading.children) add_section(child, level + 1, in_timeline, children);
      for (ReportSection& child : children) {
        std::vector<ReportSection> deeper = std::move(child.subsections);
        child.subsections.clear();
        report.subsections.push_back(std::move(child));
        for (ReportSection& below : deeper) report.subsections.push_back(std::move(below));
      }
    }
    if (!report.parts.empty() || !report.subsections.empty()) out.push_back(std::move(report));
  }
};

// A view whose blocks were all in the preamble (a "**Root Cause**:" line under the title, say)
// still gets shown, in a section of its own at the end.
void add_missing_views(Builder& builder, const Incident& incident,
                       std::vector<ReportSection>& sections) {
  const std::pair<Kind, const char*> views[] = {
      {Kind::timeline, "Timeline"}, {Kind::whys, "Five Whys"}, {Kind::actions, "Action Items"}};
  const bool has_data[] = {!incident.timeline.empty(), !incident.five_whys.empty(),
                           !incident.action_items.empty()};
  for (std::size_t index = 0; index < std::size(views); ++index) {
    const auto& [kind, title] = views[index];
    if (!has_data[index] || builder.placed.count(kind)) continue;
    ReportSection section{builder.unique_id(title), title, 2, {}, {}};
    builder.place(kind, section.parts);
    sections.push_back(std::move(section));
  }
}

}  // namespace

ReportBody report_body(const DocumentView& view, const IncidentOutline& outline,
                       const Incident& incident, const std::vector<std::string>& reserved_ids) {
  Builder builder{
      view, outline, claims_of(incident), {reserved_ids.begin(), reserved_ids.end()}, {}};
  ReportBody body;
  for (Node block : outline.preamble) builder.add_block(block, false, body.preamble);
  // The preamble holds notes; a view read from it is shown in a section of its own below.
  std::erase_if(body.preamble, [](const ReportPart& part) { return part.kind != Kind::markdown; });
  builder.placed.clear();
  for (int section : outline.sections) builder.add_section(section, 2, false, body.sections);
  add_missing_views(builder, incident, body.sections);
  return body;
}

}  // namespace pm
