#pragma once

#include <string>
#include <vector>

#include "model/incident.h"

namespace pm {

// How long the incident took to reach one of its moments, counted from its start.
struct KeyFigure {
  std::string name;  // "Time to detect", "Time to mitigate", "Time to resolve"
  int minutes = 0;
  Timestamp from;       // the start
  Timestamp to;         // the moment reached
  bool stated = false;  // both ends are metadata fields, not events recognised in the timeline
};

// The figures the moments allow: each needs the start and its moment, with the moment not
// before the start. Moments with an unknown year cannot be set against each other.
std::vector<KeyFigure> key_figures(const IncidentMoments& moments);

}  // namespace pm
