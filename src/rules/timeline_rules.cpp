#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "model/time_parse.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "rules/timeline_window.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

Range time_range(const RuleContext& ctx, const TimelineEntry& entry) {
  return ctx.find_on_line(entry.line, entry.time_text);
}

// ---------------------------------------------------------------------------------------------
// PM011 timeline-order

// Approximate times ("~13:50", "around 2pm") may be a few minutes off either way.
constexpr long long kApproximateSlackSeconds = 15 * 60;

// Where an entry stands in time: to the second when it has a clock time, else to the day when
// it names a date of its own ("2021-08-17: bounty report received").
struct OrderPoint {
  const TimelineEntry* entry = nullptr;
  std::optional<Timestamp> timestamp;
  std::optional<CivilDate> day;
};

bool names_its_own_date(const TimelineEntry& entry) {
  const std::optional<Moment> moment = parse_moment(entry.time_text);
  return moment && moment->date && !moment->time;
}

std::optional<OrderPoint> order_point(const TimelineEntry& entry) {
  if (entry.invalid || entry.time_text.empty()) return std::nullopt;
  if (entry.timestamp) {
    const CivilDate day = entry.timestamp->date;
    return OrderPoint{&entry, entry.timestamp, day.year != 0 ? std::optional(day) : std::nullopt};
  }
  if (entry.date && names_its_own_date(entry)) return OrderPoint{&entry, std::nullopt, entry.date};
  return std::nullopt;
}

bool goes_back(const OrderPoint& previous, const OrderPoint& current) {
  if (previous.timestamp && current.timestamp) {
    const long long step = seconds_between(*previous.timestamp, *current.timestamp);
    const bool approximate = previous.entry->approximate || current.entry->approximate;
    return step < (approximate ? -kApproximateSlackSeconds : 0);
  }
  return previous.day && current.day && *current.day < *previous.day;
}

// The entry as written, with its day when that is what tells the two entries apart.
std::string shown(const OrderPoint& point, const OrderPoint& other) {
  std::string text = quoted(point.entry->time_text);
  if (point.day && other.day && *point.day != *other.day &&
      point.entry->time_text.find(format_iso_date(*point.day)) == std::string::npos)
    text += " (" + format_iso_date(*point.day) + ")";
  return text;
}

bool shows_a_date(const TimelineEntry& entry) {
  const std::optional<Moment> moment = parse_moment(entry.time_text);
  return moment && moment->date;
}

// Steps back this long between bare times are more likely a day the timeline never names (work
// resumed next morning) than a typo.
constexpr long long kUnnamedDaySeconds = 3 * 3600;

std::string order_remedy(const OrderPoint& previous, const OrderPoint& current) {
  if (shows_a_date(*current.entry))
    return "list the timeline oldest first, or correct the date or time";
  const bool long_step =
      previous.timestamp && current.timestamp &&
      seconds_between(*current.timestamp, *previous.timestamp) >= kUnnamedDaySeconds;
  if (!long_step) return "list the timeline oldest first, or correct the time";
  return "list the timeline oldest first, correct the time, or add a date line before it if it "
         "happened on a later day";
}

struct OrderStep {
  OrderPoint previous;
  OrderPoint current;
  bool back = false;
};

// Consecutive pairs of entries that can be placed in time, untimed entries skipped.
std::vector<OrderStep> order_steps(const std::vector<TimelineEntry>& timeline) {
  std::vector<OrderStep> steps;
  std::optional<OrderPoint> previous;
  for (const TimelineEntry& entry : timeline) {
    const std::optional<OrderPoint> current = order_point(entry);
    if (!current) continue;
    if (previous) steps.push_back({*previous, *current, goes_back(*previous, *current)});
    previous = current;
  }
  return steps;
}

// Some teams keep the newest entry on top, as status pages do; that is one choice to report, not
// every row.
bool runs_newest_first(const std::vector<OrderStep>& steps) {
  const auto back =
      std::count_if(steps.begin(), steps.end(), [](const OrderStep& step) { return step.back; });
  return back >= 2 && back == static_cast<long>(steps.size());
}

void check_timeline_order(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::vector<OrderStep> steps = order_steps(ctx.incident().timeline);
  if (runs_newest_first(steps)) {
    const OrderStep& first = steps.front();
    sink.report(time_range(ctx, *first.current.entry),
                "the timeline runs newest first (" + shown(first.previous, first.current) +
                    " on line " + std::to_string(first.previous.entry->line) + " comes before " +
                    shown(first.current, first.previous) +
                    "); list it oldest first so it reads as the incident unfolded");
    return;
  }
  for (const OrderStep& step : steps) {
    if (!step.back) continue;
    sink.report(time_range(ctx, *step.current.entry),
                "timeline entry " + shown(step.current, step.previous) +
                    " is earlier than the entry before it, " + shown(step.previous, step.current) +
                    " on line " + std::to_string(step.previous.entry->line) + "; " +
                    order_remedy(step.previous, step.current));
  }
}

// ---------------------------------------------------------------------------------------------
// PM012 invalid-time

struct TimeProblem {
  std::string written;  // the part of the time that is wrong: "13:09 PM"
  std::string reason;   // "hour 13 with PM"
};

// The model keeps each problem as "<written>: <reason>", several joined by "; ".
std::vector<TimeProblem> problems_of(const TimelineEntry& entry) {
  std::vector<TimeProblem> problems;
  std::string_view rest = entry.problem;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find("; "), rest.size());
    const std::string_view part = rest.substr(0, end);
    const std::size_t colon = part.rfind(": ");
    if (colon == std::string_view::npos) {
      problems.push_back({entry.time_text, std::string(part)});
    } else {
      problems.push_back({std::string(part.substr(0, colon)), std::string(part.substr(colon + 2))});
    }
    rest = end + 2 <= rest.size() ? rest.substr(end + 2) : std::string_view{};
  }
  if (problems.empty()) problems.push_back({entry.time_text, "it is not a real time"});
  return problems;
}

std::string remedy(std::string_view reason) {
  if (reason.find(" with PM") != std::string_view::npos ||
      reason.find(" with AM") != std::string_view::npos)
    return "write a 24-hour time without AM/PM, or a 12-hour time (1 to 12) with it";
  if (reason.find(" has no day ") != std::string_view::npos || reason.starts_with("month "))
    return "correct the date";
  return "write the time as HH:MM between 00:00 and 23:59";
}

void check_invalid_times(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const TimelineEntry& entry : ctx.incident().timeline) {
    if (!entry.invalid) continue;
    const TimeProblem problem = problems_of(entry).front();
    const std::string_view line = ctx.line(entry.line);
    const Range range = line.find(problem.written) != std::string_view::npos
                            ? ctx.find_on_line(entry.line, problem.written)
                            : time_range(ctx, entry);
    sink.report(range, "timeline time " + quoted(entry.time_text) +
                           " is not valid: " + problem.reason + "; " + remedy(problem.reason));
  }
}

// ---------------------------------------------------------------------------------------------
// PM013 duration-mismatch

// The duration as the author wrote it, without comments such as lint suppressions.
std::string duration_written(const Metadata& metadata) {
  return std::string(trim(without_comments(metadata.duration_text)));
}

std::string duration_message(const Metadata& metadata, const DurationConflict& conflict) {
  const std::string stated = "the duration " + quoted(duration_written(metadata));
  const std::string span = describe_timestamp(conflict.from) + " to " +
                           describe_timestamp(conflict.to) + " (" +
                           human_duration(conflict.timeline_minutes) + ")";
  switch (conflict.kind) {
    case DurationConflict::Kind::too_long:
      return stated + " is longer than the whole timeline, which runs from " + span +
             "; add the entries that show the impact, or correct the duration";
    case DurationConflict::Kind::too_short:
      return stated + " is shorter than the impact the timeline shows, from " + span +
             "; correct the duration or the times";
    case DurationConflict::Kind::differs:
      break;
  }
  return stated + " does not match the stated start and resolution, " + span +
         "; correct whichever is wrong";
}

void check_duration(const RuleContext& ctx, DiagnosticSink& sink) {
  const Incident& incident = ctx.incident();
  const Metadata& metadata = incident.metadata;
  if (!metadata.duration_minutes || metadata.duration_line <= 0) return;
  const std::optional<ImpactEstimate> estimate =
      estimate_impact(incident.moments, incident.timeline);
  if (!estimate) return;
  const std::optional<DurationConflict> conflict =
      compare_duration(*metadata.duration_minutes, *estimate);
  if (!conflict) return;
  sink.report(ctx.find_on_line(metadata.duration_line, duration_written(metadata)),
              duration_message(metadata, *conflict));
}

// ---------------------------------------------------------------------------------------------
// PM021 moments-out-of-order

struct NamedMoment {
  std::string_view name;
  const IncidentMoment* moment = nullptr;
};

std::vector<NamedMoment> moments_in_order(const IncidentMoments& moments) {
  std::vector<NamedMoment> present;
  const std::array<NamedMoment, 4> all{
      {{"started", moments.started ? &*moments.started : nullptr},
       {"detected", moments.detected ? &*moments.detected : nullptr},
       {"mitigated", moments.mitigated ? &*moments.mitigated : nullptr},
       {"resolved", moments.resolved ? &*moments.resolved : nullptr}}};
  for (const NamedMoment& named : all) {
    if (named.moment) present.push_back(named);
  }
  return present;
}

bool from_timeline(const NamedMoment& named) {
  return named.moment->source == IncidentMoment::Source::timeline;
}

// Moments recognised in the timeline are guesses from its wording ("paged", "rolled back"), and a
// start taken from the timeline is only its first row. Two guesses disagreeing says more about
// the wording than about the incident, so at least one side must be a stated field.
bool worth_comparing(const NamedMoment& earlier, const NamedMoment& later) {
  if (from_timeline(earlier) && from_timeline(later)) return false;
  return !(earlier.name == "started" && from_timeline(earlier));
}

void check_moment_order(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::vector<NamedMoment> moments = moments_in_order(ctx.incident().moments);
  for (std::size_t index = 1; index < moments.size(); ++index) {
    const NamedMoment& earlier = moments[index - 1];
    const NamedMoment& later = moments[index];
    if (!worth_comparing(earlier, later)) continue;
    if (seconds_between(earlier.moment->timestamp, later.moment->timestamp) >= 0) continue;
    sink.report(ctx.line_range(later.moment->line),
                quoted(later.name) + " (" + describe_timestamp(later.moment->timestamp) +
                    ") comes before " + quoted(earlier.name) + " (" +
                    describe_timestamp(earlier.moment->timestamp) + ", line " +
                    std::to_string(earlier.moment->line) +
                    "); an incident is started, detected, mitigated and resolved in that order");
  }
}

// ---------------------------------------------------------------------------------------------
// PM022 timeline-outside-window

// Timelines reach back to the change that planted the fault and forward to follow-up work, often
// by days and sometimes by weeks; an entry a month or more away is far more often a mistyped
// month or year.
constexpr long kWindowSlackDays = 30;

struct DayWindow {
  CivilDate first;
  CivilDate last;
  bool stated = false;  // from the metadata rather than from the timeline itself
  int line = 0;         // the metadata line that states it
};

std::optional<CivilDate> entry_day(const TimelineEntry& entry) {
  if (entry.invalid || entry.time_text.empty()) return std::nullopt;
  if (entry.timestamp && entry.timestamp->date.year != 0) return entry.timestamp->date;
  if (entry.date && entry.date->year != 0) return entry.date;
  return std::nullopt;
}

void widen(std::optional<DayWindow>& window, const CivilDate& day, int line) {
  if (!window) {
    window = DayWindow{day, day, true, line};
    return;
  }
  window->first = std::min(window->first, day);
  window->last = std::max(window->last, day);
}

// The days the metadata gives the incident (its date and stated moments), or else the middle day
// of the timeline, so that a lone mistyped entry stands out from the rest.
std::optional<DayWindow> incident_days(const Incident& incident) {
  std::optional<DayWindow> window;
  const Metadata& metadata = incident.metadata;
  if (metadata.date && metadata.date->year != 0) widen(window, *metadata.date, metadata.date_line);
  for (const auto* moment : {&incident.moments.started, &incident.moments.detected,
                             &incident.moments.mitigated, &incident.moments.resolved}) {
    if (*moment && (*moment)->source == IncidentMoment::Source::metadata)
      widen(window, (*moment)->timestamp.date, (*moment)->line);
  }
  if (window) return window;
  std::vector<CivilDate> days;
  for (const TimelineEntry& entry : incident.timeline) {
    if (auto day = entry_day(entry)) days.push_back(*day);
  }
  if (days.empty()) return std::nullopt;
  std::nth_element(days.begin(), days.begin() + static_cast<long>(days.size() / 2), days.end());
  const CivilDate middle = days[days.size() / 2];
  return DayWindow{middle, middle, false, 0};
}

// Days by which `day` lies outside the window: negative before it, positive after, 0 within.
long days_outside(const DayWindow& window, const CivilDate& day) {
  if (day < window.first) return -days_between(day, window.first);
  if (day > window.last) return days_between(window.last, day);
  return 0;
}

std::string describe_window(const DayWindow& window) {
  std::string text = format_iso_date(window.first);
  if (window.last != window.first) text += " to " + format_iso_date(window.last);
  return text;
}

std::string outside_message(const DayWindow& window, const CivilDate& day, long outside) {
  const std::string anchor = window.stated
                                 ? "the incident (" + describe_window(window) + ")"
                                 : "the rest of the timeline (" + describe_window(window) + ")";
  const long days = outside < 0 ? -outside : outside;
  return "timeline entry dated " + format_iso_date(day) + " is " + std::to_string(days) + " days " +
         (outside < 0 ? "before " : "after ") + anchor + "; check its month and year";
}

void check_outside_window(const RuleContext& ctx, DiagnosticSink& sink) {
  const Incident& incident = ctx.incident();
  const std::optional<DayWindow> window = incident_days(incident);
  if (!window) return;
  std::vector<std::pair<const TimelineEntry*, long>> outside;
  int dated = 0;
  for (const TimelineEntry& entry : incident.timeline) {
    const std::optional<CivilDate> day = entry_day(entry);
    if (!day) continue;
    ++dated;
    const long off = days_outside(*window, *day);
    if (off < -kWindowSlackDays || off > kWindowSlackDays) outside.emplace_back(&entry, off);
  }
  if (outside.empty()) return;
  // When most of the timeline disagrees with the metadata, the metadata is the likelier mistake:
  // one diagnostic there instead of one per entry.
  if (window->stated && window->line > 0 && outside.size() * 2 > static_cast<std::size_t>(dated)) {
    const Metadata& metadata = incident.metadata;
    const bool on_date = window->line == metadata.date_line;
    sink.report(on_date ? ctx.find_on_line(window->line, trim(without_comments(metadata.date_text)))
                        : ctx.line_range(window->line),
                "most timeline entries are more than " + std::to_string(kWindowSlackDays) +
                    " days from the incident date " + describe_window(*window) +
                    "; check the date here and in the timeline");
    return;
  }
  for (const auto& [entry, off] : outside)
    sink.report(time_range(ctx, *entry), outside_message(*window, *entry_day(*entry), off));
}

}  // namespace

namespace rules {

const RuleInfo kTimelineOrder{
    "PM011",
    "timeline-order",
    "A timeline entry is earlier than the entry before it.",
    "Readers follow a timeline from top to bottom to see what was known when; an entry out of "
    "place suggests a step happened before its cause, and usually means a mistyped time. Entries "
    "are compared with the offsets of their zones when both name one. A time-only timeline that "
    "runs past midnight (23:50, then 00:10) is read as the next day and not reported, and a step "
    "back of up to 15 minutes is allowed next to an approximate time such as \"~13:50\". A "
    "timeline written newest first is reported once. Move the entry to its place or correct its "
    "time.",
    "## Timeline\n\n| Time (UTC) | Event |\n|------------|-------|\n| 13:02 | On-call paged |\n"
    "| 12:58 | Queue depth alert fires |\n",
    "## Timeline\n\n| Time (UTC) | Event |\n|------------|-------|\n| 12:58 | Queue depth alert "
    "fires |\n"
    "| 13:02 | On-call paged |\n",
    Severity::warning,
    false,
    false,
    check_timeline_order,
};

const RuleInfo kInvalidTime{
    "PM012",
    "invalid-time",
    "A timeline entry has a time or date that cannot exist, such as 13:09 PM or 25:10.",
    "An impossible time cannot be placed in the timeline, so it is left out of ordering, the "
    "incident window and the duration checks, and readers have to guess which time was meant. "
    "\"13:09 PM\" mixes the 24-hour and 12-hour clocks; \"24:15\" and \"February 30\" do not "
    "exist. Write a 24-hour time (13:09) or a 12-hour time with AM/PM (1:09 PM).",
    "## Timeline\n\n| Time (UTC) | Event |\n|------------|-------|\n| 13:09 PM | Workers scaled "
    "from 12 to 30 |\n",
    "## Timeline\n\n| Time (UTC) | Event |\n|------------|-------|\n| 13:09 | Workers scaled from "
    "12 to 30 |\n",
    Severity::error,
    false,
    false,
    check_invalid_times,
};

const RuleInfo kDurationMismatch{
    "PM013",
    "duration-mismatch",
    "The Duration field disagrees with the times in the timeline or the stated incident moments.",
    "The duration is the figure most often quoted from a post-mortem, so it should match the "
    "times the document gives. When the start and the resolution are stated as fields, the "
    "duration must match the time between them. Otherwise the timeline bounds it: the impact "
    "lasted no longer than the timeline's first to last entry, and no less than from detection "
    "to the first mitigation or resolution it records. Differences within 15 minutes, or within "
    "10% for incidents longer than two and a half hours, are allowed for rounding. Correct the "
    "duration, or the times, whichever is wrong.",
    "**Date**: 2026-06-09\n**Duration**: 45 minutes\n\n## Timeline\n\n| Time (UTC) | Event |\n"
    "|------------|-------|\n"
    "| 14:02 | Error rate alert pages on-call |\n| 15:40 | Rollback completes; errors stop |\n",
    "**Date**: 2026-06-09\n**Duration**: 1 hour 38 minutes\n\n## Timeline\n\n| Time (UTC) | Event "
    "|\n"
    "|------------|-------|\n"
    "| 14:02 | Error rate alert pages on-call |\n| 15:40 | Rollback completes; errors stop |\n",
    Severity::warning,
    false,
    false,
    check_duration,
};

const RuleInfo kMomentOrder{
    "PM021",
    "moments-out-of-order",
    "The incident's moments are not in the order started, detected, mitigated, resolved.",
    "An incident is detected after it starts, mitigated after it is detected and resolved last; "
    "when the stated moments say otherwise, one of them is wrong, and time-to-detect and "
    "time-to-resolve figures computed from them come out negative. Moments come from fields such "
    "as `started:` or `**Detected**:` and from timeline events (an alert, a rollback, "
    "\"resolved\"). "
    "Because moments recognised in the timeline are read from its wording, two of them are never "
    "compared with each other, and the timeline's first row is not taken as the start; at least "
    "one moment of each pair must be a stated field. Correct the moment that is wrong.",
    "---\nstarted: 2026-04-22T13:48:00Z\ndetected: 2026-04-22T14:02:00Z\n"
    "mitigated: 2026-04-22T13:10:00Z\nresolved: 2026-04-22T15:36:00Z\n---\n",
    "---\nstarted: 2026-04-22T13:48:00Z\ndetected: 2026-04-22T14:02:00Z\n"
    "mitigated: 2026-04-22T15:10:00Z\nresolved: 2026-04-22T15:36:00Z\n---\n",
    Severity::warning,
    false,
    false,
    check_moment_order,
};

const RuleInfo kOutsideWindow{
    "PM022",
    "timeline-outside-window",
    "A timeline entry is dated more than 30 days away from the incident.",
    "Timelines rightly reach back to the change that planted the fault and forward to follow-up "
    "work, so entries a few days or weeks from the incident are normal. An entry more than 30 "
    "days before or after the incident's dates (the Date field and any stated start, detection, "
    "mitigation or resolution) is almost always a mistyped month or year, often last year's year "
    "in an incident of early January. Without a date field, entries are compared with the middle "
    "day of the timeline. When most entries disagree with the Date field, the field is reported "
    "instead. Correct the date that is wrong.",
    "**Date**: 2026-01-03\n\n## Timeline\n\n- **2025-01-03 09:12 UTC** - Certificate renewal job "
    "fails\n"
    "- **2026-01-03 09:40 UTC** - TLS errors reported by customers\n",
    "**Date**: 2026-01-03\n\n## Timeline\n\n- **2026-01-03 09:12 UTC** - Certificate renewal job "
    "fails\n"
    "- **2026-01-03 09:40 UTC** - TLS errors reported by customers\n",
    Severity::warning,
    false,
    false,
    check_outside_window,
};

}  // namespace rules
}  // namespace pm
