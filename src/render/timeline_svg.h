#pragma once

#include <string>

#include "model/incident.h"

namespace pm {

// The timeline drawn on a real time axis, as inline SVG: a numbered marker for each timed entry
// (the numbers of the timeline table under it), a bar for entries with an end, the incident's
// moments (started, detected, mitigated, resolved) as labelled lines and the impact from start to
// resolution as a band. Gaps in time are gaps on the axis, and entries after midnight or days
// later sit where their dates put them. When the whole timeline is much longer than the incident
// (a trigger days before, a review days after), a second chart shows the incident up close.
struct TimelineChart {
  std::string svg;           // empty when no entry has a time
  std::string close_up_svg;  // from just before the start to just after the resolution; often empty
  std::string frame;         // how times are read: "times in UTC", "times as written", ...
  bool impact_band = false;  // the band from start to resolution is drawn
};

TimelineChart timeline_chart(const Incident& incident);

}  // namespace pm
