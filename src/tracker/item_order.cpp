#include "tracker/item_order.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "tracker/owner_names.h"

namespace pm {
namespace {

constexpr std::array<std::string_view, 5> kOrderNames{"overdue", "deadline", "priority", "owner",
                                                      "incident"};

// Dates that are missing sort after every real one.
std::tuple<bool, CivilDate> date_key(const std::optional<CivilDate>& date) {
  return {!date.has_value(), date.value_or(CivilDate{})};
}

std::tuple<bool, std::string> owner_sort_key(const TrackedItem& item) {
  if (item.owners.empty()) return {true, {}};
  return {false, owner_key(item.owners.front())};
}

// Negative when `a` comes first, positive when `b` does, 0 when this order cannot tell.
template <typename Key>
int compare_keys(const Key& a, const Key& b) {
  if (a < b) return -1;
  if (b < a) return 1;
  return 0;
}

int compare_by(ItemOrder order, const TrackedItem& a, const TrackedItem& b) {
  const auto deadline = [](const TrackedItem& item) { return date_key(item.deadline); };
  const auto priority = [](const TrackedItem& item) { return priority_rank(item.priority); };
  const auto incident = [](const TrackedItem& item) { return date_key(item.incident_date); };
  const auto owner = owner_sort_key;
  const auto compare = [&](auto key) { return compare_keys(key(a), key(b)); };
  int result = 0;
  switch (order) {
    case ItemOrder::overdue_first:
      if ((result = compare([](const TrackedItem& item) { return !item.overdue; }))) return result;
      if ((result = compare(deadline))) return result;
      return compare(priority);
    case ItemOrder::deadline:
      if ((result = compare(deadline))) return result;
      return compare(priority);
    case ItemOrder::priority:
      if ((result = compare(priority))) return result;
      return compare(deadline);
    case ItemOrder::owner:
      if ((result = compare(owner))) return result;
      if ((result = compare(deadline))) return result;
      return compare(priority);
    case ItemOrder::incident:
      return compare(incident);
  }
  return 0;
}

}  // namespace

std::optional<ItemOrder> parse_item_order(std::string_view name) {
  for (std::size_t i = 0; i < kOrderNames.size(); ++i) {
    if (kOrderNames[i] == name) return static_cast<ItemOrder>(i);
  }
  return std::nullopt;
}

std::vector<std::string_view> item_order_names() {
  return {kOrderNames.begin(), kOrderNames.end()};
}

int priority_rank(const std::string& priority) {
  if (priority.size() == 2 && priority[0] == 'P' && priority[1] >= '0' && priority[1] <= '4')
    return priority[1] - '0';
  return priority.empty() ? 6 : 5;
}

void sort_items(std::vector<TrackedItem>& items, ItemOrder order) {
  std::stable_sort(items.begin(), items.end(), [order](const TrackedItem& a, const TrackedItem& b) {
    if (needs_owner_or_deadline(a) != needs_owner_or_deadline(b)) return needs_owner_or_deadline(a);
    if (is_open(a) != is_open(b)) return is_open(a);
    if (const int result = compare_by(order, a, b)) return result < 0;
    return std::tie(a.file, a.line, a.title) < std::tie(b.file, b.line, b.title);
  });
}

}  // namespace pm
