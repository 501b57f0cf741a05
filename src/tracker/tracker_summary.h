#pragma once

#include <string>
#include <vector>

#include "tracker/tracked_item.h"

namespace pm {

struct OwnerTally {
  std::string owner;  // empty for the open items that name no owner
  int open = 0;
  int overdue = 0;
};

struct PriorityTally {
  std::string priority;  // empty for the open items that have none
  int open = 0;
  int overdue = 0;
};

// The counts a tracker shows above its rows, over every item in scope (not only those listed).
struct TrackerSummary {
  int incidents = 0;  // post-mortems read
  int items = 0;      // action items in scope
  int open = 0;
  int overdue = 0;
  int done = 0;
  int needs_owner_or_deadline = 0;
  int due_within_week = 0;  // open items due in the next seven days, not yet overdue
  int listed = 0;           // rows the tracker lists
  int repeat_groups = 0;    // groups of possible repeats among the listed rows
  // Open items per owner, the busiest first (the unowned last); an item with two owners counts
  // for both.
  std::vector<OwnerTally> by_owner;
  // Open items per priority, P0 first, those without one last.
  std::vector<PriorityTally> by_priority;
};

TrackerSummary summarize_items(const std::vector<TrackedItem>& in_scope, const CivilDate& today);

}  // namespace pm
