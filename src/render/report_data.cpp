#include "render/report_data.h"

#include <filesystem>

#include "model/normalize.h"
#include "render/action_rows.h"
#include "render/field_kind.h"
#include "render/incident_outline.h"
#include "render/key_figures.h"
#include "render/markdown_html.h"
#include "render/report_sections.h"
#include "render/timeline_svg.h"
#include "rules/timeline_window.h"
#include "text/fold.h"

namespace pm {

using kainjow::mustache::data;

const std::vector<std::string> kReportPageIds{"report-title",
                                              "key-figures",
                                              "timeline-chart-title",
                                              "timeline-chart-desc",
                                              "timeline-close-up-title",
                                              "timeline-close-up-desc"};

namespace {

data list() { return data(data::type::list); }

// Optional text: left out when empty, so that {{#name}} skips it.
void set_text(data& object, const std::string& name, std::string_view text) {
  if (!trim(text).empty()) object.set(name, std::string(trim(text)));
}

// A field value as text: its Markdown markup dropped, placeholders such as "[Names]" left out.
std::string field_text(std::string_view value) {
  if (is_placeholder(value)) return {};
  return MarkdownDocument::parse(value).root().plain_text();
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (is_placeholder(name)) continue;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

std::string severity_class(const Metadata& metadata) {
  if (!metadata.severity) return "neutral";
  if (*metadata.severity == "P0" || *metadata.severity == "P1") return "critical";
  if (*metadata.severity == "P2") return "major";
  return "minor";
}

std::string status_class(std::string_view status) {
  const std::string folded = fold(status);
  if (folded.starts_with("draft")) return "draft";
  if (folded.find("review") != std::string::npos) return "review";
  for (std::string_view word : {"published", "final", "complete", "closed", "approved"}) {
    if (folded.starts_with(word)) return "published";
  }
  return "neutral";
}

void add_fact(data& facts, std::string name, const std::string& value) {
  if (trim(value).empty()) return;
  data fact;
  fact.set("fact_name", std::move(name));
  fact.set("fact_value", std::string(trim(value)));
  facts.push_back(fact);
}

// A field that states a moment ("started: 2026-04-22T13:48:00Z") is shown by the key figures and
// the timeline chart, in words a reader takes in faster.
bool states_a_moment(const IncidentMoments& moments, int line) {
  for (const auto* moment :
       {&moments.started, &moments.detected, &moments.mitigated, &moments.resolved}) {
    if (*moment && (*moment)->source == IncidentMoment::Source::metadata && (*moment)->line == line)
      return true;
  }
  return false;
}

data header_facts(const ParsedDocument& document, const IncidentOutline& outline) {
  const Metadata& metadata = document.incident.metadata;
  data facts = list();
  add_fact(facts, "Date",
           metadata.date ? format_iso_date(*metadata.date) : field_text(metadata.date_text));
  add_fact(facts, "Duration", field_text(metadata.duration_text));
  add_fact(facts, "Authors", joined(metadata.authors));
  add_fact(facts, "Reviewers", joined(metadata.reviewers));
  add_fact(facts, "Services", joined(metadata.services));
  for (const MetadataField& field : metadata.fields) {
    if (!is_header_line(outline, field.line) || field_kind(field.name) != FieldKind::other)
      continue;
    if (states_a_moment(document.incident.moments, field.line)) continue;
    add_fact(facts, field.name, field_text(field.value));
  }
  return facts;
}

void set_header(const ParsedDocument& document, const IncidentOutline& outline, data& page) {
  const Incident& incident = document.incident;
  const Metadata& metadata = incident.metadata;
  const std::string title = incident.title.empty() ? "Untitled post-mortem" : incident.title;
  page.set("title", title);
  page.set("source_name", std::filesystem::path(incident.file).filename().string());
  const std::string severity =
      metadata.severity.value_or(field_text(strip_symbols(metadata.severity_text)));
  if (!severity.empty()) {
    page.set("severity_label", severity);
    page.set("severity_class", severity_class(metadata));
  }
  const std::string status = field_text(metadata.status);
  if (!status.empty()) {
    page.set("status_label", status);
    page.set("status_class", status_class(metadata.status));
  }
  page.set("has_badges", !severity.empty() || !status.empty());
  data facts = header_facts(document, outline);
  page.set("has_facts", !facts.is_empty_list());
  page.set("facts", facts);
}

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string clock_of(const Timestamp& timestamp) {
  return two_digits(timestamp.time.hour) + ":" + two_digits(timestamp.time.minute);
}

std::string figure_detail(const KeyFigure& figure) {
  std::string from = clock_of(figure.from), to = clock_of(figure.to);
  if (figure.from.date != figure.to.date) {
    from = format_iso_date(figure.from.date) + " " + from;
    to = format_iso_date(figure.to.date) + " " + to;
  }
  return from + " to " + to + (figure.stated ? ", as stated in the header" : ", from the timeline");
}

void set_figures(const Incident& incident, data& page) {
  data figures = list();
  for (const KeyFigure& figure : key_figures(incident.moments)) {
    data item;
    item.set("figure_name", figure.name);
    item.set("figure_value", human_duration(figure.minutes));
    item.set("figure_detail", figure_detail(figure));
    figures.push_back(item);
  }
  page.set("has_figures", !figures.is_empty_list());
  page.set("figures", figures);
}

// The moments recognised at an entry: "Detected", "Resolved".
std::string moments_at(const IncidentMoments& moments, int line) {
  std::string names;
  const std::pair<const std::optional<IncidentMoment>*, const char*> all[] = {
      {&moments.started, "Started"},
      {&moments.detected, "Detected"},
      {&moments.mitigated, "Mitigated"},
      {&moments.resolved, "Resolved"}};
  for (const auto& [moment, name] : all) {
    if (*moment && (*moment)->source == IncidentMoment::Source::timeline &&
        (*moment)->line == line) {
      names += (names.empty() ? "" : ", ") + std::string(name);
    }
  }
  return names;
}

data timeline_row(const Incident& incident, std::size_t index, std::optional<CivilDate>& last_day) {
  const TimelineEntry& entry = incident.timeline[index];
  data row;
  row.set("row_number", std::to_string(index + 1));
  if (entry.date && entry.date->year != 0 && entry.date != last_day) {
    row.set("row_day", format_iso_date(*entry.date));
    last_day = entry.date;
  }
  set_text(row, "row_time", entry.time_text);
  set_text(row, "row_event", entry.event);
  set_text(row, "row_action", entry.action);
  set_text(row, "row_actor", entry.actor);
  set_text(row, "row_moments", moments_at(incident.moments, entry.line));
  row.set("row_approximate", entry.approximate);
  if (entry.invalid)
    row.set("row_problem",
            entry.problem.empty() ? std::string("time not understood") : entry.problem);
  return row;
}

void set_timeline(const Incident& incident, data& page) {
  data rows = list();
  std::optional<CivilDate> last_day;
  bool actions = false, actors = false;
  for (std::size_t index = 0; index < incident.timeline.size(); ++index) {
    rows.push_back(timeline_row(incident, index, last_day));
    actions = actions || !trim(incident.timeline[index].action).empty();
    actors = actors || !trim(incident.timeline[index].actor).empty();
  }
  page.set("timeline_rows", rows);
  page.set("timeline_has_actions", actions);
  page.set("timeline_has_actors", actors);
  page.set("timeline_columns", std::to_string(3 + (actions ? 1 : 0) + (actors ? 1 : 0)));
  const TimelineChart chart = timeline_chart(incident);
  if (chart.svg.empty()) return;
  page.set("timeline_svg_html", chart.svg);
  if (!chart.close_up_svg.empty()) page.set("timeline_close_up_html", chart.close_up_svg);
  std::string caption =
      "Drawn to scale, " + chart.frame + ". The numbers are those of the table below";
  caption += chart.impact_band
                 ? "; the shaded band runs from the start of the incident to its resolution."
                 : ".";
  page.set("timeline_caption", caption);
}

void set_whys(const Incident& incident, data& page) {
  data whys = list();
  for (std::size_t index = 0; index < incident.five_whys.size(); ++index) {
    data why;
    why.set("why_number", std::to_string(index + 1));
    set_text(why, "why_question", incident.five_whys[index].question);
    set_text(why, "why_answer", incident.five_whys[index].answer);
    whys.push_back(why);
  }
  page.set("whys", whys);
  const bool written = !trim(incident.root_cause).empty() && !is_placeholder(incident.root_cause);
  if (written) page.set("root_cause", incident.root_cause);
  page.set("root_cause_missing", !written);
}

data action_data(const ActionRow& row) {
  data item;
  item.set("action_id", row.id);
  set_text(item, "action_title", row.title);
  set_text(item, "action_owner", is_placeholder(row.owner) ? std::string() : row.owner);
  set_text(item, "action_deadline", is_placeholder(row.deadline) ? std::string() : row.deadline);
  set_text(item, "action_priority", row.priority);
  set_text(item, "action_status", row.status);
  item.set("action_status_class", row.status_class);
  item.set("action_overdue", row.overdue);
  if (row.overdue)
    item.set("action_days_overdue",
             std::to_string(row.days_overdue) + (row.days_overdue == 1 ? " day" : " days"));
  data tickets = list();
  for (const TicketLink& ticket : row.tickets) {
    data link;
    link.set("ticket_text", ticket.text);
    if (!ticket.url.empty()) link.set("ticket_url", ticket.url);
    tickets.push_back(link);
  }
  item.set("action_tickets", tickets);
  return item;
}

void set_actions(const Incident& incident, const RenderOptions& options, data& page) {
  data items = list();
  int overdue = 0;
  bool priorities = false, statuses = false, tickets = false;
  for (const ActionRow& row : action_rows(incident.action_items, options)) {
    items.push_back(action_data(row));
    overdue += row.overdue ? 1 : 0;
    priorities = priorities || !trim(row.priority).empty();
    statuses = statuses || !trim(row.status).empty();
    tickets = tickets || !row.tickets.empty();
  }
  page.set("action_rows", items);
  // Columns no item fills are left out.
  page.set("actions_have_priority", priorities);
  page.set("actions_have_status", statuses);
  page.set("actions_have_tickets", tickets);
  if (overdue > 0)
    page.set("actions_overdue",
             std::to_string(overdue) + (overdue == 1 ? " item is" : " items are") + " overdue");
  if (options.today.year != 0) page.set("actions_today", format_iso_date(options.today));
}

data parts_data(const std::vector<ReportPart>& parts) {
  data out = list();
  for (const ReportPart& part : parts) {
    data item;
    item.set("is_markdown", part.kind == ReportPart::Kind::markdown);
    item.set("is_timeline", part.kind == ReportPart::Kind::timeline);
    item.set("is_whys", part.kind == ReportPart::Kind::whys);
    item.set("is_actions", part.kind == ReportPart::Kind::actions);
    if (part.kind == ReportPart::Kind::markdown) item.set("part_html", part.html);
    out.push_back(item);
  }
  return out;
}

void add_section(const ReportSection& section, data& sections) {
  data item;
  item.set("section_id", section.id);
  item.set("section_title", section.title);
  item.set("section_level", std::to_string(section.level));
  item.set("section_parts", parts_data(section.parts));
  sections.push_back(item);
  for (const ReportSection& subsection : section.subsections) add_section(subsection, sections);
}

void set_body(const ParsedDocument& document, data& page) {
  const MarkdownHtml markdown(document);
  const DocumentView view(markdown.tree(), *document.lines);
  const IncidentOutline outline = outline_incident(view, document);
  const ReportBody body = report_body(view, outline, document.incident, kReportPageIds);
  std::string preamble;
  for (const ReportPart& part : body.preamble) preamble += part.html;
  if (!preamble.empty()) page.set("preamble_html", preamble);
  data sections = list();
  for (const ReportSection& section : body.sections) add_section(section, sections);
  page.set("sections", sections);
  set_header(document, outline, page);
}

}  // namespace

data report_data(const ParsedDocument& document, const RenderOptions& options) {
  data page;
  page.set("lang", "en");
  set_body(document, page);
  set_figures(document.incident, page);
  set_timeline(document.incident, page);
  set_whys(document.incident, page);
  set_actions(document.incident, options, page);
  return page;
}

}  // namespace pm
