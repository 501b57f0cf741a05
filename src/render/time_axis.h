#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/incident.h"

namespace pm {

// How the points of one timeline are set on a single axis of minutes. Points that all name their
// zone are compared in UTC. When any point names none, all are taken as the document's own wall
// clock: a time without a zone is in the local time the document was written in, so converting
// only the zoned ones would move them hours away from their neighbours.
struct TimeFrame {
  bool in_utc = false;
  std::optional<int> wall_clock_offset;  // when every point names the same zone: its offset
};

TimeFrame choose_time_frame(const std::vector<Timestamp>& points);

// Minutes since 1970-01-01 00:00 in the frame.
long long frame_minutes(const Timestamp& point, const TimeFrame& frame);

// "times in UTC", "times in UTC-07:00", or "times as written" when the zone is unknown.
std::string describe_frame(const TimeFrame& frame);

struct AxisTick {
  long long minute = 0;    // in the frame
  std::string time_label;  // "23:45"
  std::string date_label;  // "Mar 15" on the first tick and wherever the day changes; else empty
};

// Round-numbered ticks (every 5 minutes, 15 minutes, 1 hour, 6 hours, 1 day, ...) covering
// [first, last], about eight of them. `dates_known` is false for timelines without a year, whose
// days cannot be named.
std::vector<AxisTick> axis_ticks(long long first, long long last, bool dates_known);

// "23:40" for a minute of the frame.
std::string clock_label(long long minute);
// "Mar 15" for a minute of the frame.
std::string day_label(long long minute);

}  // namespace pm
