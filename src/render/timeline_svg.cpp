#include "render/timeline_svg.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "render/html_escape.h"
#include "render/time_axis.h"

namespace pm {
namespace {

// The drawing's own coordinates; the page scales it to the width available.
constexpr int kWidth = 960;
constexpr int kSideMargin = 28;
constexpr int kTopMargin = 8;
constexpr int kMomentRowHeight = 19;
constexpr int kLaneHeight = 22;
constexpr int kMaxLanes = 10;
constexpr int kMaxMomentRows = 4;
constexpr int kAxisGap = 26;    // between the lowest label lane and the axis
constexpr int kBelowAxis = 46;  // tick labels: time, then date
constexpr int kCharWidth = 8;   // an estimate for 13px text, to keep labels apart
constexpr int kLabelPadding = 6;
constexpr long long kShortestSpan =
    10;  // minutes: a narrower timeline is widened around its middle
// A close-up is worth drawing when the incident takes less than this share of the whole timeline
// and holds at least this many entries.
constexpr double kCloseUpShare = 0.5;
constexpr std::size_t kCloseUpEntries = 3;

using Window = std::pair<long long, long long>;  // first and last minute

struct Marker {
  int number = 0;  // 1-based row of the timeline table
  const TimelineEntry* entry = nullptr;
  long long minute = 0;
  std::optional<long long> end_minute;
  int lane = 0;
};

struct MomentLine {
  const char* name = "";
  const char* css_class = "";
  long long minute = 0;
  int row = 0;
  bool anchor_end = false;  // the label runs left of its line, near the right edge
};

struct Scale {
  long long first = 0;
  long long last = 1;
  double x(long long minute) const {
    const double share = static_cast<double>(minute - first) / static_cast<double>(last - first);
    return kSideMargin + share * (kWidth - 2 * kSideMargin);
  }
};

struct Drawing {
  TimeFrame frame;
  bool dates_known = true;
  std::vector<Marker> markers;
  std::vector<MomentLine> moments;
  std::optional<Window> impact;
  Scale scale;
  int moment_rows = 0;
  int lanes = 0;

  int lanes_top() const { return kTopMargin + moment_rows * kMomentRowHeight; }
  int axis_y() const { return lanes_top() + lanes * kLaneHeight + kAxisGap; }
  int height() const { return axis_y() + kBelowAxis; }
  int lane_y(int lane) const { return axis_y() - kAxisGap - lane * kLaneHeight + 8; }
};

std::string number(double value) { return std::to_string(std::lround(value)); }
std::string number(int value) { return std::to_string(value); }

// Picks for each item, left to right, the first row where it overlaps nothing already there;
// `extent` gives the item's left and right edges. Past `max_rows` the emptiest row is shared.
template <typename Item, typename Extent>
int assign_rows(std::vector<Item*>& items, int max_rows, Extent extent, int Item::*row) {
  std::vector<double> right_edges;
  for (Item* item : items) {
    const auto [left, right] = extent(*item);
    std::size_t chosen = 0;
    while (chosen < right_edges.size() && right_edges[chosen] + kLabelPadding > left) ++chosen;
    if (chosen == right_edges.size() && static_cast<int>(chosen) == max_rows) {
      chosen = static_cast<std::size_t>(std::min_element(right_edges.begin(), right_edges.end()) -
                                        right_edges.begin());
    }
    if (chosen == right_edges.size()) right_edges.push_back(right);
    right_edges[chosen] = right;
    item->*row = static_cast<int>(chosen);
  }
  return static_cast<int>(right_edges.size());
}

// Entries with a known year when there are any; a timeline without dates is drawn on its own.
bool dated_timeline(const std::vector<TimelineEntry>& timeline) {
  return std::any_of(timeline.begin(), timeline.end(), [](const TimelineEntry& entry) {
    return entry.timestamp && entry.timestamp->date.year != 0;
  });
}

struct NamedMoment {
  const char* name;
  const char* css_class;
  Timestamp timestamp;
};

std::vector<NamedMoment> named_moments(const IncidentMoments& moments) {
  std::vector<NamedMoment> named;
  if (moments.started) named.push_back({"Started", "tl-started", moments.started->timestamp});
  if (moments.detected) named.push_back({"Detected", "tl-detected", moments.detected->timestamp});
  if (moments.mitigated)
    named.push_back({"Mitigated", "tl-mitigated", moments.mitigated->timestamp});
  if (moments.resolved) named.push_back({"Resolved", "tl-resolved", moments.resolved->timestamp});
  return named;
}

TimeFrame frame_for(const std::vector<const TimelineEntry*>& entries,
                    const std::vector<NamedMoment>& moments) {
  std::vector<Timestamp> points;
  for (const TimelineEntry* entry : entries) {
    points.push_back(*entry->timestamp);
    if (entry->end_timestamp) points.push_back(*entry->end_timestamp);
  }
  for (const NamedMoment& moment : moments) points.push_back(moment.timestamp);
  return choose_time_frame(points);
}

// Every timed entry and moment placed in one frame, before any scale or layout.
Drawing collect(const Incident& incident) {
  Drawing drawing;
  drawing.dates_known = dated_timeline(incident.timeline);
  std::vector<const TimelineEntry*> entries;
  std::vector<int> numbers;
  for (std::size_t index = 0; index < incident.timeline.size(); ++index) {
    const TimelineEntry& entry = incident.timeline[index];
    if (!entry.timestamp || (entry.timestamp->date.year != 0) != drawing.dates_known) continue;
    entries.push_back(&entry);
    numbers.push_back(static_cast<int>(index) + 1);
  }
  // Moments always have a year; they cannot be set on a timeline that has none.
  const auto moments =
      drawing.dates_known ? named_moments(incident.moments) : std::vector<NamedMoment>{};
  drawing.frame = frame_for(entries, moments);
  for (std::size_t index = 0; index < entries.size(); ++index) {
    Marker marker{numbers[index],
                  entries[index],
                  frame_minutes(*entries[index]->timestamp, drawing.frame),
                  {},
                  0};
    if (entries[index]->end_timestamp)
      marker.end_minute = frame_minutes(*entries[index]->end_timestamp, drawing.frame);
    drawing.markers.push_back(marker);
  }
  for (const NamedMoment& moment : moments) {
    drawing.moments.push_back(
        {moment.name, moment.css_class, frame_minutes(moment.timestamp, drawing.frame), 0, false});
  }
  if (drawing.dates_known && incident.moments.started && incident.moments.resolved) {
    const long long from = frame_minutes(incident.moments.started->timestamp, drawing.frame);
    const long long to = frame_minutes(incident.moments.resolved->timestamp, drawing.frame);
    if (to > from) drawing.impact = Window{from, to};
  }
  return drawing;
}

Window extent_of(const Drawing& drawing) {
  long long first = drawing.markers.front().minute, last = first;
  auto widen = [&](long long minute) {
    first = std::min(first, minute);
    last = std::max(last, minute);
  };
  for (const Marker& marker : drawing.markers) {
    widen(marker.minute);
    if (marker.end_minute) widen(*marker.end_minute);
  }
  for (const MomentLine& moment : drawing.moments) widen(moment.minute);
  return {first, last};
}

// The axis runs a little beyond the points so that none sits on its edge.
Scale scale_for(Window window) {
  if (window.second - window.first < kShortestSpan) {
    const long long middle = (window.first + window.second) / 2;
    window = {middle - kShortestSpan / 2, middle + kShortestSpan / 2};
  }
  const long long margin = std::max<long long>(1, (window.second - window.first) / 40);
  return Scale{window.first - margin, window.second + margin};
}

std::string label_text(const MomentLine& moment) {
  return std::string(moment.name) + " " + clock_label(moment.minute);
}

void lay_out(Drawing& drawing) {
  const Scale& scale = drawing.scale;
  std::vector<Marker*> markers;
  for (Marker& marker : drawing.markers) markers.push_back(&marker);
  std::stable_sort(markers.begin(), markers.end(),
                   [](const Marker* a, const Marker* b) { return a->minute < b->minute; });
  drawing.lanes = assign_rows(
      markers, kMaxLanes,
      [&](const Marker& marker) {
        const double half =
            static_cast<double>(std::to_string(marker.number).size() * kCharWidth + 4) / 2.0;
        return std::pair{scale.x(marker.minute) - half, scale.x(marker.minute) + half};
      },
      &Marker::lane);
  std::vector<MomentLine*> moments;
  for (MomentLine& moment : drawing.moments) moments.push_back(&moment);
  std::stable_sort(moments.begin(), moments.end(),
                   [](const MomentLine* a, const MomentLine* b) { return a->minute < b->minute; });
  for (MomentLine* moment : moments) moment->anchor_end = scale.x(moment->minute) > kWidth * 0.75;
  drawing.moment_rows = assign_rows(
      moments, kMaxMomentRows,
      [&](const MomentLine& moment) {
        const double width = static_cast<double>(label_text(moment).size() * kCharWidth);
        const double x = scale.x(moment.minute);
        return moment.anchor_end ? std::pair{x - width, x} : std::pair{x, x + width};
      },
      &MomentLine::row);
}

// The window from a little before the start to a little after the resolution, when the whole
// timeline dwarfs it and it holds enough entries to be worth a second look.
std::optional<Window> close_up_window(const Drawing& drawing) {
  if (!drawing.impact) return std::nullopt;
  const auto [first, last] = extent_of(drawing);
  const long long incident = drawing.impact->second - drawing.impact->first;
  if (static_cast<double>(incident) >= kCloseUpShare * static_cast<double>(last - first))
    return std::nullopt;
  const long long pad = std::max<long long>(5, incident / 10);
  const Window window{drawing.impact->first - pad, drawing.impact->second + pad};
  const auto inside =
      std::count_if(drawing.markers.begin(), drawing.markers.end(), [&](const Marker& marker) {
        return marker.minute >= window.first && marker.minute <= window.second;
      });
  if (static_cast<std::size_t>(inside) < kCloseUpEntries) return std::nullopt;
  return window;
}

Drawing within(const Drawing& whole, Window window) {
  Drawing part = whole;
  auto outside = [&](long long minute) { return minute < window.first || minute > window.second; };
  std::erase_if(part.markers, [&](const Marker& marker) { return outside(marker.minute); });
  std::erase_if(part.moments, [&](const MomentLine& moment) { return outside(moment.minute); });
  for (Marker& marker : part.markers) {
    if (marker.end_minute) marker.end_minute = std::min(*marker.end_minute, window.second);
  }
  return part;
}

std::string when(const Drawing& drawing, long long minute) {
  return (drawing.dates_known ? day_label(minute) + " " : std::string()) + clock_label(minute);
}

std::string description(const Drawing& drawing) {
  const auto by_minute = [](const Marker& a, const Marker& b) { return a.minute < b.minute; };
  const auto [first, last] =
      std::minmax_element(drawing.markers.begin(), drawing.markers.end(), by_minute);
  const std::size_t count = drawing.markers.size();
  return std::to_string(count) + (count == 1 ? " timed entry" : " timed entries") + " from " +
         when(drawing, first->minute) + " to " + when(drawing, last->minute) + " (" +
         describe_frame(drawing.frame) + "), numbered as in the table below.";
}

void draw_impact(const Drawing& drawing, std::string& svg) {
  if (!drawing.impact) return;
  const double left = std::max(drawing.scale.x(drawing.impact->first), 0.0);
  const double right =
      std::min(drawing.scale.x(drawing.impact->second), static_cast<double>(kWidth));
  if (right <= left) return;
  const int top = drawing.lanes_top();
  svg += "<rect class=\"tl-impact\" x=\"" + number(left) + "\" y=\"" + number(top) + "\" width=\"" +
         number(right - left) + "\" height=\"" + number(drawing.axis_y() - top) + "\"/>\n";
}

void draw_axis(const Drawing& drawing, std::string& svg) {
  const int y = drawing.axis_y();
  svg += "<line class=\"tl-axis\" x1=\"" + number(kSideMargin / 2) + "\" y1=\"" + number(y) +
         "\" x2=\"" + number(kWidth - kSideMargin / 2) + "\" y2=\"" + number(y) + "\"/>\n";
  for (const AxisTick& tick :
       axis_ticks(drawing.scale.first, drawing.scale.last, drawing.dates_known)) {
    const std::string x = number(drawing.scale.x(tick.minute));
    svg += "<line class=\"tl-tick\" x1=\"" + x + "\" y1=\"" + number(y) + "\" x2=\"" + x +
           "\" y2=\"" + number(y + 5) + "\"/>\n<text class=\"tl-tick-label\" x=\"" + x + "\" y=\"" +
           number(y + 19) + "\">" + tick.time_label + "</text>\n";
    if (!tick.date_label.empty()) {
      svg += "<text class=\"tl-tick-date\" x=\"" + x + "\" y=\"" + number(y + 36) + "\">" +
             tick.date_label + "</text>\n";
    }
  }
}

void draw_moments(const Drawing& drawing, std::string& svg) {
  for (const MomentLine& moment : drawing.moments) {
    const double x = drawing.scale.x(moment.minute);
    const int label_y = kTopMargin + moment.row * kMomentRowHeight + 13;
    svg += "<g class=\"" + std::string(moment.css_class) + "\"><line class=\"tl-moment\" x1=\"" +
           number(x) + "\" y1=\"" + number(label_y + 4) + "\" x2=\"" + number(x) + "\" y2=\"" +
           number(drawing.axis_y()) + "\"/>";
    svg += "<text class=\"tl-moment-label\" x=\"" + number(x + (moment.anchor_end ? -4 : 4)) +
           "\" y=\"" + number(label_y) + "\"" + (moment.anchor_end ? " text-anchor=\"end\"" : "") +
           ">" + escape_html(label_text(moment)) + "</text></g>\n";
  }
}

std::string marker_title(const Marker& marker) {
  const TimelineEntry& entry = *marker.entry;
  std::string title = "#" + std::to_string(marker.number) + " " + entry.time_text;
  if (!entry.event.empty()) title += ": " + entry.event;
  return escape_html(title);
}

void draw_markers(const Drawing& drawing, std::string& svg) {
  const int axis = drawing.axis_y();
  for (const Marker& marker : drawing.markers) {
    const std::string x = number(drawing.scale.x(marker.minute));
    const int label_y = drawing.lane_y(marker.lane);
    svg += "<g class=\"tl-entry\"><title>" + marker_title(marker) + "</title>";
    if (marker.end_minute && *marker.end_minute > marker.minute) {
      const double width = drawing.scale.x(*marker.end_minute) - drawing.scale.x(marker.minute);
      svg += "<rect class=\"tl-span\" x=\"" + x + "\" y=\"" + number(axis - 3) + "\" width=\"" +
             number(width) + "\" height=\"6\"/>";
    }
    svg += "<line class=\"tl-stem\" x1=\"" + x + "\" y1=\"" + number(label_y + 4) + "\" x2=\"" + x +
           "\" y2=\"" + number(axis) + "\"/>";
    svg += "<circle class=\"tl-dot\" cx=\"" + x + "\" cy=\"" + number(axis) + "\" r=\"4\"/>";
    svg += "<text class=\"tl-number\" x=\"" + x + "\" y=\"" + number(label_y) + "\">" +
           std::to_string(marker.number) + "</text></g>\n";
  }
}

// `id` names the chart; its title and description take it as a prefix.
std::string draw(Drawing drawing, Window window, const std::string& id, const std::string& title) {
  drawing.scale = scale_for(window);
  lay_out(drawing);
  std::string svg = "<svg class=\"timeline-chart\" viewBox=\"0 0 " + number(kWidth) + " " +
                    number(drawing.height()) + "\" role=\"img\" aria-labelledby=\"" + id +
                    "-title " + id + "-desc\">\n";
  svg += "<title id=\"" + id + "-title\">" + title + "</title>\n";
  svg += "<desc id=\"" + id + "-desc\">" + escape_html(description(drawing)) + "</desc>\n";
  draw_impact(drawing, svg);
  draw_axis(drawing, svg);
  draw_moments(drawing, svg);
  draw_markers(drawing, svg);
  return svg + "</svg>\n";
}

}  // namespace

TimelineChart timeline_chart(const Incident& incident) {
  const bool any_timed =
      std::any_of(incident.timeline.begin(), incident.timeline.end(),
                  [](const TimelineEntry& entry) { return entry.timestamp.has_value(); });
  if (!any_timed) return {};
  const Drawing whole = collect(incident);
  TimelineChart chart;
  chart.svg = draw(whole, extent_of(whole), "timeline-chart", "Timeline of the incident");
  if (const auto window = close_up_window(whole)) {
    chart.close_up_svg =
        draw(within(whole, *window), *window, "timeline-close-up", "The incident up close");
  }
  chart.frame = describe_frame(whole.frame);
  chart.impact_band = whole.impact.has_value();
  return chart;
}

}  // namespace pm
