#include "tracker/item_order.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "tracker_test_items.h"

namespace pm {
namespace {

using test::make_item;

std::vector<std::string> titles(const std::vector<TrackedItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.title);
  return out;
}

std::vector<TrackedItem> mixed_items() {
  return {
      make_item({.file = "b.md",
                 .line = 4,
                 .title = "due later",
                 .deadline = CivilDate{2026, 8, 1},
                 .priority = "P0"}),
      make_item({.file = "a.md",
                 .line = 9,
                 .title = "done",
                 .deadline = CivilDate{2026, 1, 1},
                 .status = ActionStatus::done}),
      make_item({.file = "c.md",
                 .line = 2,
                 .title = "late P2",
                 .deadline = CivilDate{2026, 6, 1},
                 .priority = "P2"}),
      make_item({.file = "a.md",
                 .line = 3,
                 .title = "late P1",
                 .deadline = CivilDate{2026, 6, 1},
                 .priority = "P1"}),
      make_item({.file = "d.md",
                 .line = 1,
                 .title = "no owner",
                 .owner = "-",
                 .deadline = CivilDate{2026, 9, 1}}),
      make_item({.file = "a.md",
                 .line = 1,
                 .title = "very late",
                 .owner = "Bo",
                 .deadline = CivilDate{2026, 2, 1},
                 .priority = "P3"}),
  };
}

TEST_CASE(
    "the default order: items needing an owner first, then overdue, deadline, priority; done "
    "last") {
  auto items = mixed_items();
  sort_items(items, ItemOrder::overdue_first);
  CHECK(titles(items) == std::vector<std::string>{"no owner", "very late", "late P1", "late P2",
                                                  "due later", "done"});
}

TEST_CASE("--sort deadline, priority, owner and incident") {
  auto items = mixed_items();
  sort_items(items, ItemOrder::deadline);
  CHECK(titles(items) == std::vector<std::string>{"no owner", "very late", "late P1", "late P2",
                                                  "due later", "done"});
  sort_items(items, ItemOrder::priority);
  CHECK(titles(items) == std::vector<std::string>{"no owner", "due later", "late P1", "late P2",
                                                  "very late", "done"});
  sort_items(items, ItemOrder::owner);
  CHECK(titles(items) == std::vector<std::string>{"no owner", "late P1", "late P2", "due later",
                                                  "very late", "done"});
  sort_items(items, ItemOrder::incident);  // all on one day: file and line decide
  CHECK(titles(items) == std::vector<std::string>{"no owner", "very late", "late P1", "due later",
                                                  "late P2", "done"});
}

TEST_CASE("the order does not depend on the order items arrived in") {
  auto forward = mixed_items();
  auto backward = mixed_items();
  std::reverse(backward.begin(), backward.end());
  for (ItemOrder order : {ItemOrder::overdue_first, ItemOrder::deadline, ItemOrder::priority,
                          ItemOrder::owner, ItemOrder::incident}) {
    sort_items(forward, order);
    sort_items(backward, order);
    CHECK(titles(forward) == titles(backward));
  }
}

TEST_CASE("sort names") {
  CHECK(parse_item_order("overdue") == ItemOrder::overdue_first);
  CHECK(parse_item_order("owner") == ItemOrder::owner);
  CHECK_FALSE(parse_item_order("owners"));
  CHECK(priority_rank("P0") == 0);
  CHECK(priority_rank("P4") == 4);
  CHECK(priority_rank("Must have") == 5);
  CHECK(priority_rank("") == 6);
}

}  // namespace
}  // namespace pm
