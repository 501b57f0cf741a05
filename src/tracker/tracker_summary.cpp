#include "tracker/tracker_summary.h"

#include <algorithm>
#include <map>

#include "tracker/item_order.h"
#include "tracker/owner_names.h"

namespace pm {
namespace {

struct OwnerCounts {
  std::vector<std::string> spellings;
  OwnerTally tally;
};

// Every spelling is remembered, done items' included, so that a full name written anywhere is
// shown rather than a handle.
void count_owner(std::map<std::string, OwnerCounts>& owners, const std::string& owner,
                 const TrackedItem& item) {
  OwnerCounts& counts = owners[owner_key(owner)];
  if (std::find(counts.spellings.begin(), counts.spellings.end(), owner) == counts.spellings.end())
    counts.spellings.push_back(owner);
  if (!is_open(item)) return;
  ++counts.tally.open;
  if (item.overdue) ++counts.tally.overdue;
}

std::vector<OwnerTally> tally_owners(const std::vector<TrackedItem>& items) {
  std::map<std::string, OwnerCounts> owners;
  OwnerTally unowned;
  for (const auto& item : items) {
    if (is_open(item) && item.owners.empty()) {
      ++unowned.open;
      if (item.overdue) ++unowned.overdue;
    }
    for (const auto& owner : item.owners) count_owner(owners, owner, item);
  }
  std::vector<OwnerTally> out;
  for (auto& [key, counts] : owners) {
    if (counts.tally.open == 0) continue;
    counts.tally.owner = preferred_owner_spelling(counts.spellings);
    out.push_back(counts.tally);
  }
  std::stable_sort(out.begin(), out.end(), [](const OwnerTally& a, const OwnerTally& b) {
    if (a.open != b.open) return a.open > b.open;
    return a.overdue > b.overdue;
  });
  if (unowned.open > 0) out.push_back(unowned);
  return out;
}

std::vector<PriorityTally> tally_priorities(const std::vector<TrackedItem>& items) {
  std::map<std::pair<int, std::string>, PriorityTally> priorities;
  for (const auto& item : items) {
    if (!is_open(item)) continue;
    PriorityTally& tally = priorities[{priority_rank(item.priority), item.priority}];
    tally.priority = item.priority;
    ++tally.open;
    if (item.overdue) ++tally.overdue;
  }
  std::vector<PriorityTally> out;
  for (auto& [key, tally] : priorities) out.push_back(tally);
  return out;
}

}  // namespace

TrackerSummary summarize_items(const std::vector<TrackedItem>& in_scope, const CivilDate& today) {
  TrackerSummary summary;
  summary.items = static_cast<int>(in_scope.size());
  for (const auto& item : in_scope) {
    if (!is_open(item)) {
      ++summary.done;
      continue;
    }
    ++summary.open;
    if (item.overdue) ++summary.overdue;
    if (needs_owner_or_deadline(item)) ++summary.needs_owner_or_deadline;
    if (!item.overdue && item.deadline && days_between(today, *item.deadline) <= 7)
      ++summary.due_within_week;
  }
  summary.by_owner = tally_owners(in_scope);
  summary.by_priority = tally_priorities(in_scope);
  return summary;
}

}  // namespace pm
