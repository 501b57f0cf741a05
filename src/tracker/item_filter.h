#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/tracked_item.h"

namespace pm {

enum class StatusFilter { open, done, all };

struct ItemFilter {
  // Which items the tracker is about; its summary counts every one of them.
  std::vector<std::string> owners;      // any of them, as typed: "@ana", "Ana Ruiz"
  std::vector<std::string> priorities;  // "P0".."P4"
  std::optional<CivilDate> since;       // incidents on or after this day (undated ones drop out)
  // Which of those are listed as rows.
  StatusFilter status = StatusFilter::open;
  bool overdue_only = false;
  std::optional<int> due_within_days;  // open items due by today + N days, overdue ones included
};

bool in_scope(const TrackedItem& item, const ItemFilter& filter);
bool is_listed(const TrackedItem& item, const ItemFilter& filter, const CivilDate& today);

// "P1", "p1", "high", "sev-1", or a value of the team's priority map -> "P1"; null when the
// name means no level.
std::optional<std::string> priority_level(std::string_view name,
                                          const std::map<std::string, std::string>& priority_map);

bool has_priority(const TrackedItem& item, const std::vector<std::string>& priorities);

}  // namespace pm
