#include "tracker/item_filter.h"

#include <algorithm>

#include "model/normalize.h"
#include "text/fold.h"
#include "tracker/owner_names.h"

namespace pm {

std::optional<std::string> priority_level(std::string_view name,
                                          const std::map<std::string, std::string>& priority_map) {
  const auto mapped = priority_map.find(fold(name));
  if (mapped != priority_map.end()) return mapped->second;
  return normalize_severity(name);
}

bool has_priority(const TrackedItem& item, const std::vector<std::string>& priorities) {
  return std::find(priorities.begin(), priorities.end(), item.priority) != priorities.end();
}

bool in_scope(const TrackedItem& item, const ItemFilter& filter) {
  if (!filter.owners.empty()) {
    const bool named =
        std::any_of(filter.owners.begin(), filter.owners.end(),
                    [&](const std::string& query) { return owner_matches(query, item.owners); });
    if (!named) return false;
  }
  if (!filter.priorities.empty() && !has_priority(item, filter.priorities)) return false;
  if (filter.since && (!item.incident_date || *item.incident_date < *filter.since)) return false;
  return true;
}

bool is_listed(const TrackedItem& item, const ItemFilter& filter, const CivilDate& today) {
  if (filter.status == StatusFilter::open && !is_open(item)) return false;
  if (filter.status == StatusFilter::done && is_open(item)) return false;
  if (filter.overdue_only && !item.overdue) return false;
  if (filter.due_within_days) {
    if (!is_open(item) || !item.deadline) return false;
    if (days_between(today, *item.deadline) > *filter.due_within_days) return false;
  }
  return true;
}

}  // namespace pm
