#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tracker/tracked_item.h"

namespace pm {

// `overdue_first` (the default, named "overdue"): overdue first, then by deadline, then by
// priority.
enum class ItemOrder { overdue_first, deadline, priority, owner, incident };

std::optional<ItemOrder> parse_item_order(std::string_view name);
std::vector<std::string_view> item_order_names();

// Sorts rows for a tracker. Items that need an owner or a deadline always come first and done
// items last, whatever the order; every order ends with the file and the line, so the same
// documents always give the same output and a committed tracker changes only where the items did.
void sort_items(std::vector<TrackedItem>& items, ItemOrder order);

// 0 for "P0" up to 4 for "P4", 5 for any other written priority, 6 for none.
int priority_rank(const std::string& priority);

}  // namespace pm
