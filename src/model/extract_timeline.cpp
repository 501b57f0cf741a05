#include <algorithm>

#include "model/extract.h"
#include "model/normalize.h"
#include "model/table.h"
#include "text/fold.h"

namespace pm {
namespace {

// An earlier clock time after a later one means the next day only when the step back is this
// large; smaller steps back are entries out of order, which the linter reports.
constexpr int kRolloverMinutes = 12 * 60;

struct TimelineBuilder {
  std::optional<CivilDate> incident_date;
  int year_hint = 0;
  std::optional<CivilDate> context_date;  // from the last date line or heading
  std::optional<int> zone_offset;
  std::optional<ClockTime> last_time;
  int rollover_days = 0;
  std::vector<TimelineEntry> entries;
  int pending_heading_entry = -1;  // a time heading waiting for its event text

  void set_context_date(const CivilDate& date) {
    context_date = date;
    last_time.reset();
    rollover_days = 0;
  }

  CivilDate complete(CivilDate date) const {
    if (date.year == 0) date.year = year_hint;
    return date;
  }

  // The day of an entry that names no date: the context date, moved on by midnight rollovers.
  std::optional<CivilDate> contextual_day(const std::optional<ClockTime>& time) {
    if (time) {
      const int minutes = time->hour * 60 + time->minute;
      if (last_time && last_time->hour * 60 + last_time->minute - minutes >= kRolloverMinutes) ++rollover_days;
      last_time = time;
    }
    std::optional<CivilDate> base = context_date ? context_date : incident_date;
    if (!base) {
      if (!time) return std::nullopt;
      base = CivilDate{0, 1, 1};  // an unknown day, still ordered by rollover
    }
    return add_days(*base, rollover_days);
  }

  void add(const Moment& moment, std::string time_text, std::string event, int line) {
    TimelineEntry entry;
    entry.time_text = std::move(time_text);
    entry.event = std::move(event);
    entry.line = line;
    entry.approximate = moment.approximate;
    entry.invalid = !moment.valid;
    entry.problem = moment.problem;
    std::optional<CivilDate> day;
    if (moment.date) {
      day = complete(*moment.date);
      set_context_date(*day);
      if (moment.time) last_time = moment.time;
    } else {
      day = contextual_day(moment.time);
    }
    entry.date = day && day->year != 0 ? day : std::nullopt;
    const std::optional<int> offset = moment.utc_offset_minutes ? moment.utc_offset_minutes : zone_offset;
    if (day && moment.time && moment.valid) entry.timestamp = Timestamp{*day, *moment.time, offset};
    if (entry.timestamp && moment.end_time) {
      CivilDate end_day = moment.end_date ? complete(*moment.end_date) : *day;
      const auto& start = *moment.time;
      if (!moment.end_date && (moment.end_time->hour * 60 + moment.end_time->minute) < start.hour * 60 + start.minute) {
        end_day = add_days(end_day, 1);
      }
      entry.end_timestamp = Timestamp{end_day, *moment.end_time, offset};
    }
    entries.push_back(std::move(entry));
  }

  void add_untimed(std::string event, int line) {
    Moment none;
    add(none, "", std::move(event), line);
  }
};

std::string_view strip_separators(std::string_view text) {
  text = trim(text);
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (std::string_view tail : {":", "-", "|", "**", "__", "*", "_", ",", "\u2013", "\u2014"}) {
      if (text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail) {
        text = trim(text.substr(0, text.size() - tail.size()));
        changed = true;
      }
    }
    for (std::string_view head : {"**", "__", "- ", "* "}) {
      if (text.substr(0, head.size()) == head) {
        text = trim(text.substr(head.size()));
        changed = true;
      }
    }
  }
  return text;
}

// A date line that groups the entries under it: "2019-01-22", "**October 25, 2025 - Incident
// Start**", "2026-03-14 (all times UTC)". A date followed by a sentence is an entry instead.
bool is_date_heading_line(std::string_view line, const MomentMatch& match) {
  std::string_view rest = trim(line.substr(match.length));
  const std::string_view whole = trim(line);
  const bool all_bold = whole.size() > 4 && whole.substr(0, 2) == "**" &&
                        (whole.substr(whole.size() - 2) == "**" || whole.substr(whole.size() - 3) == "**:");
  return rest.empty() || rest.front() == '(' || all_bold;
}

void read_line(TimelineBuilder& builder, std::string_view line, int line_number) {
  if (auto zone = find_zone_declaration(line)) builder.zone_offset = zone->utc_offset_minutes;
  auto match = match_leading_moment(line, builder.year_hint);
  if (!match) return;
  if (!match->moment.time && match->moment.date && is_date_heading_line(line, *match)) {
    builder.set_context_date(builder.complete(*match->moment.date));
    return;
  }
  builder.add(match->moment, std::string(strip_separators(line.substr(0, match->length))),
              std::string(strip_separators(line.substr(match->length))), line_number);
}

void read_paragraph(TimelineBuilder& builder, const DocumentView& view, Node paragraph) {
  if (builder.pending_heading_entry >= 0) {
    auto& entry = builder.entries[static_cast<std::size_t>(builder.pending_heading_entry)];
    if (entry.event.empty()) {
      entry.event = paragraph.plain_text();
      return;
    }
  }
  for (int line = paragraph.start_line(); line <= paragraph.end_line(); ++line) {
    read_line(builder, view.lines().line(line), line);
  }
}

void read_list(TimelineBuilder& builder, Node list);

void read_item(TimelineBuilder& builder, Node item) {
  const std::string text = item.first_paragraph_text();
  Node nested;
  for (Node child = item.first_child(); child; child = child.next()) {
    if (child.kind() == NodeKind::list) nested = child;
  }
  auto match = match_leading_moment(text, builder.year_hint);
  if (!match) {
    builder.add_untimed(text, item.start_line());
    return;
  }
  std::string_view rest = strip_separators(std::string_view(text).substr(match->length));
  if (!match->moment.time && match->moment.date && rest.empty() && nested) {
    builder.set_context_date(builder.complete(*match->moment.date));
    read_list(builder, nested);
    return;
  }
  builder.add(match->moment, std::string(strip_separators(std::string_view(text).substr(0, match->length))),
              std::string(rest), item.start_line());
}

void read_list(TimelineBuilder& builder, Node list) {
  for (Node item = list.first_child(); item; item = item.next()) read_item(builder, item);
}

bool is_time_header(std::string_view header) {
  const std::string folded = fold(header);
  for (std::string_view name : {"time", "date", "when", "timestamp", "hour", "utc", "datetime"}) {
    if (starts_with_folded(folded, name)) return true;
  }
  return false;
}

void read_table_rows(TimelineBuilder& builder, const TableView& table) {
  if (table.header.empty() || !is_time_header(table.header[0])) return;
  // "Time (UTC)" names the zone of every row.
  const std::string& header = table.header[0];
  const auto open = header.find('('), close = header.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    if (auto offset = zone_offset_minutes(trim(std::string_view(header).substr(open + 1, close - open - 1)))) {
      builder.zone_offset = offset;
    }
  }
  auto event = table.column({"event", "what happened", "description", "what", "details", "update", "summary",
                             "action impact", "impact", "milestone"});
  if (!event && table.header.size() > 1) event = 1;
  auto action = table.column({"action taken", "action", "actions", "response", "mitigation"});
  if (action == event) action.reset();
  auto actor = table.column({"by whom", "who", "actor", "owner", "person", "by", "responder", "team"});
  if (actor == event) actor.reset();
  for (const auto& row : table.rows) {
    const std::string time_cell = TableView::cell(row, 0);
    TimelineEntry* entry = nullptr;
    if (auto moment = parse_moment(time_cell, builder.year_hint)) {
      builder.add(*moment, time_cell, TableView::cell(row, event), row.line);
    } else {
      builder.add_untimed(TableView::cell(row, event), row.line);
      builder.entries.back().time_text = time_cell;
    }
    entry = &builder.entries.back();
    entry->action = TableView::cell(row, action);
    entry->actor = TableView::cell(row, actor);
  }
}

void read_heading(TimelineBuilder& builder, Node heading) {
  builder.pending_heading_entry = -1;
  const std::string title = heading.plain_text();
  if (auto zone = find_zone_declaration(title)) builder.zone_offset = zone->utc_offset_minutes;
  auto match = match_leading_moment(title, builder.year_hint);
  if (!match && is_placeholder(title)) {
    // A template's "### {{ hh:mm }}" or "### [HH:MM]" stands for an entry still to be written.
    builder.add_untimed("", heading.start_line());
    builder.entries.back().time_text = title;
    builder.pending_heading_entry = static_cast<int>(builder.entries.size()) - 1;
    return;
  }
  if (!match) return;
  if (!match->moment.time) {
    if (match->moment.date) builder.set_context_date(builder.complete(*match->moment.date));
    return;
  }
  builder.add(match->moment, std::string(strip_separators(std::string_view(title).substr(0, match->length))),
              std::string(strip_separators(std::string_view(title).substr(match->length))), heading.start_line());
  builder.pending_heading_entry = static_cast<int>(builder.entries.size()) - 1;
}

void read_block(TimelineBuilder& builder, const DocumentView& view, Node block) {
  switch (block.kind()) {
    case NodeKind::heading:
      read_heading(builder, block);
      break;
    case NodeKind::paragraph:
      read_paragraph(builder, view, block);
      break;
    case NodeKind::list:
      builder.pending_heading_entry = -1;
      read_list(builder, block);
      break;
    case NodeKind::table:
      builder.pending_heading_entry = -1;
      read_table_rows(builder, read_table(block));
      break;
    default:
      break;
  }
}

bool is_date_title(std::string_view title) {
  auto moment = parse_moment(title);
  return moment && moment->date && !moment->time;
}

// Day headings written as siblings of the Timeline heading ("## Timeline", "## May 12",
// "## May 13") still belong to it.
std::vector<int> timeline_sections(const DocumentView& view) {
  const HeadingTree& tree = view.tree();
  std::vector<int> out;
  for (int section : view.sections_with_key("timeline")) {
    out.push_back(section);
    const auto& siblings = tree[tree[section].parent].children;
    auto at = std::find(siblings.begin(), siblings.end(), section);
    for (++at; at != siblings.end() && is_date_title(tree[*at].title); ++at) out.push_back(*at);
  }
  return out;
}

}  // namespace

std::vector<TimelineEntry> extract_timeline(const DocumentView& view, const std::optional<CivilDate>& incident_date) {
  TimelineBuilder builder;
  builder.incident_date = incident_date;
  builder.year_hint = incident_date ? incident_date->year : 0;
  const HeadingTree& tree = view.tree();
  for (int section : timeline_sections(view)) {
    if (auto zone = find_zone_declaration(tree[section].title)) builder.zone_offset = zone->utc_offset_minutes;
    if (view.key(section) != "timeline") read_heading(builder, tree[section].heading);
    for (Node block : tree.blocks_within(section)) read_block(builder, view, block);
  }
  return std::move(builder.entries);
}

}  // namespace pm
