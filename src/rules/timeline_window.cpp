#include "rules/timeline_window.h"

#include <algorithm>
#include <cstdlib>

namespace pm {
namespace {

std::string two_digits(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string plural(int count, std::string_view unit) {
  return std::to_string(count) + " " + std::string(unit) + (count == 1 ? "" : "s");
}

// A mistyped year (6705 for 2026) puts moments thousands of years apart, more minutes than an
// int holds once a tolerance is added. No incident lasts anywhere near the cap (about 1,900 years).
constexpr long long kMaxMinutesApart = 1'000'000'000;

int minutes_between(const Timestamp& from, const Timestamp& to) {
  const long long minutes = seconds_between(from, to) / 60;
  return static_cast<int>(std::clamp(minutes, -kMaxMinutesApart, kMaxMinutesApart));
}

bool is_before(const Timestamp& a, const Timestamp& b) { return seconds_between(a, b) > 0; }

// Timestamps with an unknown year (0) come from documents without a date; they cannot be set
// against moments, which always carry one.
bool has_year(const Timestamp& timestamp) { return timestamp.date.year != 0; }

const IncidentMoment* stated(const std::optional<IncidentMoment>& moment) {
  return moment && moment->source == IncidentMoment::Source::metadata ? &*moment : nullptr;
}

std::vector<Timestamp> points_of(const IncidentMoments& moments,
                                 const std::vector<TimelineEntry>& timeline) {
  std::vector<Timestamp> points;
  for (const TimelineEntry& entry : timeline) {
    if (entry.timestamp && has_year(*entry.timestamp)) points.push_back(*entry.timestamp);
    if (entry.end_timestamp && has_year(*entry.end_timestamp))
      points.push_back(*entry.end_timestamp);
  }
  for (const auto* moment :
       {&moments.started, &moments.detected, &moments.mitigated, &moments.resolved}) {
    if (*moment) points.push_back((*moment)->timestamp);
  }
  return points;
}

std::optional<Timestamp> earliest(const std::vector<Timestamp>& points) {
  if (points.empty()) return std::nullopt;
  return *std::min_element(points.begin(), points.end(), is_before);
}

std::optional<Timestamp> latest(const std::vector<Timestamp>& points) {
  if (points.empty()) return std::nullopt;
  return *std::max_element(points.begin(), points.end(), is_before);
}

// The impact lasted at least from the last sign of it being known (detection, or a stated start)
// to the first sign of it ending (mitigation or resolution).
void set_shortest(const IncidentMoments& moments, ImpactEstimate& estimate) {
  std::vector<Timestamp> ends;
  if (moments.mitigated) ends.push_back(moments.mitigated->timestamp);
  if (moments.resolved) ends.push_back(moments.resolved->timestamp);
  const std::optional<Timestamp> end = earliest(ends);
  if (!end) return;
  // A start recognised only as the timeline's first row may be a trigger long before the
  // impact, so it does not count here.
  const IncidentMoment* detected = moments.detected ? &*moments.detected : nullptr;
  std::vector<Timestamp> starts;
  for (const IncidentMoment* moment : {stated(moments.started), detected}) {
    if (moment && !is_before(*end, moment->timestamp)) starts.push_back(moment->timestamp);
  }
  const std::optional<Timestamp> start = latest(starts);
  if (!start) return;
  estimate.shortest_minutes = minutes_between(*start, *end);
  estimate.shortest_from = *start;
  estimate.shortest_to = *end;
  estimate.has_shortest = true;
}

}  // namespace

long long seconds_between(const Timestamp& from, const Timestamp& to) {
  const bool zoned = from.utc_offset_minutes && to.utc_offset_minutes;
  const auto seconds = [zoned](const Timestamp& at) {
    const std::optional<int> offset = zoned ? at.utc_offset_minutes : std::nullopt;
    return minutes_since_epoch(at.date, at.time, offset) * 60 + at.time.second;
  };
  return seconds(to) - seconds(from);
}

std::string describe_timestamp(const Timestamp& timestamp) {
  std::string clock = two_digits(timestamp.time.hour) + ":" + two_digits(timestamp.time.minute);
  if (timestamp.time.has_seconds && timestamp.time.second != 0)
    clock += ":" + two_digits(timestamp.time.second);
  if (!has_year(timestamp)) return clock;
  std::string text = format_iso_date(timestamp.date) + " " + clock;
  if (const std::optional<int> offset = timestamp.utc_offset_minutes) {
    if (*offset == 0) return text + " UTC";
    const int magnitude = std::abs(*offset);
    text += std::string(*offset < 0 ? " -" : " +") + two_digits(magnitude / 60) + ":" +
            two_digits(magnitude % 60);
  }
  return text;
}

std::string human_duration(int minutes) {
  if (minutes <= 0) return "0 minutes";
  const int days = minutes / 1440;
  const int hours = minutes % 1440 / 60;
  const int rest = minutes % 60;
  std::string text;
  const auto add = [&text](int count, std::string_view unit) {
    if (count == 0) return;
    text += (text.empty() ? "" : " ") + plural(count, unit);
  };
  add(days, "day");
  add(hours, "hour");
  add(rest, "minute");
  return text;
}

int duration_tolerance_minutes(int minutes) { return std::max(15, std::abs(minutes) / 10); }

std::optional<ImpactEstimate> estimate_impact(const IncidentMoments& moments,
                                              const std::vector<TimelineEntry>& timeline) {
  ImpactEstimate estimate;
  const IncidentMoment* start = stated(moments.started);
  const IncidentMoment* end = stated(moments.resolved);
  if (start && end) {
    const int minutes = minutes_between(start->timestamp, end->timestamp);
    if (minutes < 0) return std::nullopt;  // moments out of order: PM021's to report
    estimate.exact = true;
    estimate.shortest_minutes = estimate.longest_minutes = minutes;
    estimate.shortest_from = estimate.longest_from = start->timestamp;
    estimate.shortest_to = estimate.longest_to = end->timestamp;
    estimate.has_shortest = true;
    return estimate;
  }
  const std::vector<Timestamp> points = points_of(moments, timeline);
  const std::optional<Timestamp> first = start ? start->timestamp : earliest(points);
  const std::optional<Timestamp> last = end ? end->timestamp : latest(points);
  if (!first || !last || !is_before(*first, *last)) return std::nullopt;
  estimate.longest_minutes = minutes_between(*first, *last);
  estimate.longest_from = *first;
  estimate.longest_to = *last;
  set_shortest(moments, estimate);
  if (estimate.has_shortest && estimate.shortest_minutes > estimate.longest_minutes)
    return std::nullopt;
  return estimate;
}

std::optional<DurationConflict> compare_duration(int stated_minutes,
                                                 const ImpactEstimate& estimate) {
  if (estimate.exact) {
    const int timeline = estimate.longest_minutes;
    const int tolerance = duration_tolerance_minutes(std::max(stated_minutes, timeline));
    if (std::abs(stated_minutes - timeline) <= tolerance) return std::nullopt;
    return DurationConflict{DurationConflict::Kind::differs, timeline, estimate.longest_from,
                            estimate.longest_to};
  }
  const int longest = estimate.longest_minutes;
  if (stated_minutes > longest + duration_tolerance_minutes(longest)) {
    return DurationConflict{DurationConflict::Kind::too_long, longest, estimate.longest_from,
                            estimate.longest_to};
  }
  const int shortest = estimate.shortest_minutes;
  if (estimate.has_shortest && stated_minutes < shortest - duration_tolerance_minutes(shortest)) {
    return DurationConflict{DurationConflict::Kind::too_short, shortest, estimate.shortest_from,
                            estimate.shortest_to};
  }
  return std::nullopt;
}

}  // namespace pm
