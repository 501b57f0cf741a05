#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/incident.h"

namespace pm {

// One action item as the tracker shows it: where it was promised, what it says once the team's
// vocabulary is applied, and how it stands on the day the tracker is drawn up.
struct TrackedItem {
  std::string file;
  int line = 0;
  std::string incident_title;  // the file's stem when the document has no title
  std::optional<CivilDate> incident_date;

  std::string id;
  std::string title;
  std::string owner;                // as written, even when it names nobody
  std::vector<std::string> owners;  // the people or teams it names; empty for "-", "[Name]", "TBD"
  std::optional<CivilDate> deadline;  // only a complete date, year included
  std::string deadline_text;
  std::string priority;  // "P0".."P4" where clear, else as written; empty when none
  ActionStatus status = ActionStatus::unknown;
  std::string status_text;
  std::vector<std::string> tickets;

  // Against the tracker's day: days past the deadline (0 when not yet due) for open items with
  // a deadline, and whether that counts as overdue once the grace period is allowed for.
  std::optional<long> days_overdue;
  bool overdue = false;
  std::string repeat_group;  // "R1", ... when another incident promises nearly the same thing
};

// How a team's documents are read: its extra vocabulary and its slack on deadlines.
struct TrackingRules {
  CivilDate today;
  int overdue_grace_days = 0;
  std::map<std::string, std::string>
      status_map;  // folded status -> done | in_progress | not_started
  std::map<std::string, std::string> priority_map;  // folded priority -> P0..P4
};

// The action items of one incident, in document order, leaving out rows still as the template
// left them (no title, or placeholders only).
std::vector<TrackedItem> track_incident_items(const Incident& incident, const TrackingRules& rules);

bool is_open(const TrackedItem& item);
bool lacks_owner(const TrackedItem& item);
bool lacks_deadline(const TrackedItem& item);
// Open and missing an owner or a deadline: the items most likely to be forgotten, which every
// view lists first.
bool needs_owner_or_deadline(const TrackedItem& item);

// "done", "in progress", "not started", or the status as written when it means none of those.
std::string status_label(const TrackedItem& item);
// The deadline as YYYY-MM-DD, or as written when it is not a complete date.
std::string deadline_label(const TrackedItem& item);

}  // namespace pm
