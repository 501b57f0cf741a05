#pragma once

#include <string>
#include <vector>

#include "tracker/item_filter.h"
#include "tracker/item_order.h"
#include "tracker/tracked_item.h"
#include "tracker/tracker_summary.h"

namespace pm {

// Items promising nearly the same work in different incidents, all of them shown, including
// those the filters leave out of the rows.
struct RepeatGroup {
  std::string id;                  // "R1", "R2", ... in the order of the groups' first items
  std::vector<TrackedItem> items;  // in file and line order
};

// Everything a tracker shows, ready for any of its formats.
struct TrackerReport {
  CivilDate today;
  ItemFilter filter;
  std::vector<TrackedItem>
      items;  // the listed rows, in order; those needing an owner or a deadline first
  TrackerSummary summary;
  std::vector<RepeatGroup> repeats;  // the groups with at least one listed row
};

struct TrackerOptions {
  CivilDate today;
  ItemFilter filter;
  ItemOrder order = ItemOrder::overdue_first;
};

// Builds the tracker over the action items of `incident_count` post-mortems: looks for repeats
// among all of them, keeps those in scope for the summary, and lists and sorts the selected rows.
TrackerReport build_tracker(std::vector<TrackedItem> items, int incident_count,
                            const TrackerOptions& options);

// The rows that need an owner or a deadline, and the others, each in the tracker's order.
struct TrackerSections {
  std::vector<const TrackedItem*> needing_owner_or_deadline;
  std::vector<const TrackedItem*> others;
};
TrackerSections split_tracker_rows(const TrackerReport& report);

}  // namespace pm
