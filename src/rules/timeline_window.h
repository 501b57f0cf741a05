#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/incident.h"

// Arithmetic on the incident's points in time, shared by the timeline rules: how far apart two
// timestamps are, how long the timeline says the impact lasted, and how to say so to a reader.
namespace pm {

// Seconds from `from` to `to` (negative when `to` is earlier). Offsets count only when both are
// known: a time written without a zone is in the document's own local time, so mixing it with a
// zoned one by UTC would shift it by hours.
long long seconds_between(const Timestamp& from, const Timestamp& to);

// "2026-03-14 23:40 UTC", "2026-03-14 09:17", or "23:40" when the year is unknown.
std::string describe_timestamp(const Timestamp& timestamp);

// "45 minutes", "1 hour", "2 hours 5 minutes", "1 day 3 hours".
std::string human_duration(int minutes);

// How far a stated duration may stray from the timeline's before it is worth a warning: a quarter
// of an hour, or a tenth of the duration for long incidents. Durations are rounded by the people
// who write them, and the timeline's first and last rows rarely mark the exact edges of impact.
int duration_tolerance_minutes(int minutes);

// What the timeline and the incident moments say about how long the impact lasted.
struct ImpactEstimate {
  int shortest_minutes = 0;  // at least this long
  int longest_minutes = 0;   // at most this long
  bool exact = false;        // both ends stated as metadata fields: shortest == longest
  // The points each bound was measured between, for messages.
  Timestamp shortest_from, shortest_to;
  Timestamp longest_from, longest_to;
  bool has_shortest = false;
};

// Null when the document gives too little to judge: no end of impact and fewer than two timed
// entries. Metadata moments are statements and bound the impact exactly; moments recognised in
// timeline events and the timeline's first and last rows only bound it loosely, since timelines
// hold triggers before the impact and follow-ups after it.
std::optional<ImpactEstimate> estimate_impact(const IncidentMoments& moments,
                                              const std::vector<TimelineEntry>& timeline);

struct DurationConflict {
  enum class Kind { differs, too_long, too_short };
  Kind kind = Kind::differs;
  int timeline_minutes = 0;  // the figure the stated duration was compared with
  Timestamp from, to;        // between these points
};

// Null when `stated_minutes` fits the estimate within duration_tolerance_minutes.
std::optional<DurationConflict> compare_duration(int stated_minutes,
                                                 const ImpactEstimate& estimate);

}  // namespace pm
