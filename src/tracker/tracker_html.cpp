#include <algorithm>
#include <kainjow/mustache.hpp>

#include "support/embedded_files.h"
#include "tracker/tracker_text.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// Geometry of the bar chart of open items by owner, in SVG user units.
struct ChartLayout {
  static constexpr int label_width = 210;
  static constexpr int bar_area = 360;
  static constexpr int count_width = 130;
  static constexpr int row_height = 28;
  static constexpr int bar_height = 18;
  static constexpr int top = 8;
  static constexpr std::size_t label_characters = 28;
};

// At most `limit` characters, cut on a character boundary and marked with an ellipsis.
std::string shortened(const std::string& text, std::size_t limit) {
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    if (++characters > limit) return text.substr(0, at) + "\u2026";
  }
  return text;
}

std::string number(long value) { return std::to_string(value); }

data chart_data(const TrackerSummary& summary) {
  data chart;
  data bars{data::type::list};
  int most = 1;
  for (const auto& tally : summary.by_owner) most = std::max(most, tally.open);
  int y = ChartLayout::top;
  for (const auto& tally : summary.by_owner) {
    const int open_width = std::max(2, tally.open * ChartLayout::bar_area / most);
    const int overdue_width = tally.overdue * ChartLayout::bar_area / most;
    data bar;
    bar.set("label", shortened(tally_owner_label(tally.owner), ChartLayout::label_characters));
    bar.set("owner", tally_owner_label(tally.owner));
    bar.set("y", number(y));
    bar.set("height", number(ChartLayout::bar_height));
    bar.set("text_y", number(y + ChartLayout::bar_height - 4));
    bar.set("open_width", number(open_width));
    bar.set("has_overdue", tally.overdue > 0);
    bar.set("overdue_width", number(overdue_width));
    bar.set("count_x", number(ChartLayout::label_width + open_width + 6));
    bar.set("counts", number(tally.open) + " open" +
                          (tally.overdue > 0 ? ", " + number(tally.overdue) + " overdue" : ""));
    bars.push_back(bar);
    y += ChartLayout::row_height;
  }
  chart.set("bars", bars);
  chart.set("has_bars", !summary.by_owner.empty());
  chart.set("label_width", number(ChartLayout::label_width));
  chart.set("label_end", number(ChartLayout::label_width - 8));
  chart.set("width",
            number(ChartLayout::label_width + ChartLayout::bar_area + ChartLayout::count_width));
  chart.set("height", number(y + ChartLayout::top));
  return chart;
}

data tally_list(const TrackerSummary& summary) {
  data owners{data::type::list};
  for (const auto& tally : summary.by_owner) {
    data entry;
    entry.set("name", tally_owner_label(tally.owner));
    entry.set("open", number(tally.open));
    entry.set("overdue", number(tally.overdue));
    owners.push_back(entry);
  }
  return owners;
}

data priority_list(const TrackerSummary& summary) {
  data priorities{data::type::list};
  for (const auto& tally : summary.by_priority) {
    data entry;
    entry.set("name", tally_priority_label(tally.priority));
    entry.set("open", number(tally.open));
    entry.set("overdue", number(tally.overdue));
    priorities.push_back(entry);
  }
  return priorities;
}

data ticket_list(const TrackedItem& item) {
  data tickets{data::type::list};
  for (const auto& ticket : item.tickets) {
    data entry;
    entry.set("text", ticket);
    const bool url = ticket.rfind("http://", 0) == 0 || ticket.rfind("https://", 0) == 0;
    entry.set("is_url", url);
    tickets.push_back(entry);
  }
  return tickets;
}

data row_data(const TrackedItem& item) {
  data row;
  row.set("incident", item.incident_title);
  row.set("date", item.incident_date ? format_iso_date(*item.incident_date) : std::string());
  row.set("source", source_of(item));
  row.set("id", item.id);
  row.set("title", item.title);
  row.set("has_repeat", !item.repeat_group.empty());
  row.set("repeat_group", item.repeat_group);
  row.set("owner", item.owner);
  row.set("owner_missing", lacks_owner(item));
  row.set("owner_written", !item.owner.empty());
  row.set("deadline", deadline_label(item));
  row.set("deadline_missing", lacks_deadline(item) && is_open(item));
  row.set("deadline_written", !deadline_label(item).empty());
  row.set("priority", item.priority);
  row.set("status", status_label(item));
  row.set("overdue", item.overdue);
  row.set("days_overdue",
          item.overdue ? count_of(*item.days_overdue, "day", "days") : std::string());
  row.set("tickets", ticket_list(item));
  return row;
}

data section_data(const std::string& id, const std::string& heading, const std::string& note,
                  const std::vector<const TrackedItem*>& items) {
  data section;
  section.set("id", id);
  section.set("heading", heading);
  section.set("has_note", !note.empty());
  section.set("note", note);
  data rows{data::type::list};
  for (const TrackedItem* item : items) rows.push_back(row_data(*item));
  section.set("rows", rows);
  section.set("has_rows", !items.empty());
  return section;
}

data sections_data(const TrackerReport& report) {
  const TrackerSections split = split_tracker_rows(report);
  data sections{data::type::list};
  if (!split.needing_owner_or_deadline.empty()) {
    sections.push_back(section_data("needs-owner-or-deadline", kNeedsOwnerHeading, kNeedsOwnerNote,
                                    split.needing_owner_or_deadline));
  }
  const std::string heading = split.needing_owner_or_deadline.empty() ? "Items" : "Other items";
  sections.push_back(section_data("items", heading, "", split.others));
  return sections;
}

data repeats_data(const TrackerReport& report) {
  data groups{data::type::list};
  for (const auto& group : report.repeats) {
    data entry;
    entry.set("id", group.id);
    data items{data::type::list};
    for (const auto& item : group.items) {
      data member;
      member.set("title", item.title);
      member.set("status", status_label(item));
      member.set("incident", item.incident_title);
      member.set("source", source_of(item));
      items.push_back(member);
    }
    entry.set("items", items);
    groups.push_back(entry);
  }
  return groups;
}

data summary_data(const TrackerSummary& summary) {
  data totals;
  totals.set("incidents", number(summary.incidents));
  totals.set("items", number(summary.items));
  totals.set("listed", number(summary.listed));
  totals.set("open", number(summary.open));
  totals.set("overdue", number(summary.overdue));
  totals.set("due_within_week", number(summary.due_within_week));
  totals.set("needs_owner_or_deadline", number(summary.needs_owner_or_deadline));
  totals.set("done", number(summary.done));
  totals.set("repeat_groups", number(summary.repeat_groups));
  return totals;
}

data page_data(const TrackerReport& report) {
  data page;
  page.set("title", kTrackerTitle);
  page.set("today", format_iso_date(report.today));
  page.set("lead", tracker_lead(report));
  page.set("summary", summary_data(report.summary));
  page.set("chart", chart_data(report.summary));
  page.set("owners", tally_list(report.summary));
  page.set("has_owners", !report.summary.by_owner.empty());
  page.set("priorities", priority_list(report.summary));
  page.set("has_priorities", !report.summary.by_priority.empty());
  page.set("sections", sections_data(report));
  page.set("repeats", repeats_data(report));
  page.set("has_repeats", !report.repeats.empty());
  page.set("repeats_heading", kRepeatsHeading);
  page.set("repeats_note", kRepeatsNote);
  return page;
}

}  // namespace

std::variant<std::string, TemplateFailure> render_actions_html(const TrackerReport& report) {
  const auto text = find_embedded_file("templates/actions.html.mustache");
  if (!text) return TemplateFailure{"templates/actions.html.mustache is not built in"};
  mustache page{std::string(*text)};
  if (!page.is_valid())
    return TemplateFailure{"templates/actions.html.mustache: " + page.error_message()};
  std::string html = page.render(page_data(report));
  if (!page.is_valid())
    return TemplateFailure{"templates/actions.html.mustache: " + page.error_message()};
  return html;
}

}  // namespace pm
