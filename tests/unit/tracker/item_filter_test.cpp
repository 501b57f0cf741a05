#include "tracker/item_filter.h"

#include <doctest/doctest.h>

#include "tracker_test_items.h"

namespace pm {
namespace {

using test::ItemSpec;
using test::make_item;

const CivilDate kToday{2026, 7, 1};

TEST_CASE("--status chooses open, done or every item") {
  const TrackedItem open = make_item({});
  const TrackedItem done = make_item({.status = ActionStatus::done});
  const TrackedItem unknown = make_item({.status = ActionStatus::unknown});
  ItemFilter filter;
  CHECK(is_listed(open, filter, kToday));
  CHECK(is_listed(unknown, filter, kToday));  // nothing says it is done
  CHECK_FALSE(is_listed(done, filter, kToday));
  filter.status = StatusFilter::done;
  CHECK_FALSE(is_listed(open, filter, kToday));
  CHECK(is_listed(done, filter, kToday));
  filter.status = StatusFilter::all;
  CHECK(is_listed(open, filter, kToday));
  CHECK(is_listed(done, filter, kToday));
}

TEST_CASE("--overdue keeps the open items past their deadline") {
  ItemFilter filter;
  filter.overdue_only = true;
  CHECK(is_listed(make_item({.deadline = CivilDate{2026, 6, 30}}), filter, kToday));
  CHECK_FALSE(is_listed(make_item({.deadline = CivilDate{2026, 7, 1}}), filter, kToday));
  CHECK_FALSE(is_listed(make_item({.deadline = std::nullopt}), filter, kToday));
}

TEST_CASE("--due-within keeps open items due by then, overdue ones included") {
  ItemFilter filter;
  filter.due_within_days = 7;
  CHECK(is_listed(make_item({.deadline = CivilDate{2026, 7, 8}}), filter, kToday));
  CHECK(is_listed(make_item({.deadline = CivilDate{2026, 6, 1}}), filter, kToday));
  CHECK_FALSE(is_listed(make_item({.deadline = CivilDate{2026, 7, 9}}), filter, kToday));
  CHECK_FALSE(is_listed(make_item({.deadline = std::nullopt}), filter, kToday));
  CHECK_FALSE(
      is_listed(make_item({.deadline = CivilDate{2026, 7, 2}, .status = ActionStatus::done}),
                filter, kToday));
}

TEST_CASE("--owner matches handles and full names alike") {
  ItemFilter filter;
  filter.owners = {"@kasper.lindholt"};
  CHECK(in_scope(make_item({.owner = "Kasper Lindholt"}), filter));
  CHECK(in_scope(make_item({.owner = "@kasper.lindholt, Ana Ruiz"}), filter));
  CHECK_FALSE(in_scope(make_item({.owner = "Ana Ruiz"}), filter));
  CHECK_FALSE(in_scope(make_item({.owner = "TBD"}), filter));
  filter.owners = {"ana", "bo"};
  CHECK(in_scope(make_item({.owner = "Ana Ruiz"}), filter));
  CHECK(in_scope(make_item({.owner = "@bo"}), filter));
}

TEST_CASE("--priority and --since narrow the scope") {
  ItemFilter filter;
  filter.priorities = {"P0", "P1"};
  CHECK(in_scope(make_item({.priority = "P1"}), filter));
  CHECK_FALSE(in_scope(make_item({.priority = "P2"}), filter));
  CHECK_FALSE(in_scope(make_item({.priority = ""}), filter));
  filter = {};
  filter.since = CivilDate{2026, 5, 1};
  CHECK(in_scope(make_item({.incident_date = CivilDate{2026, 5, 1}}), filter));
  CHECK_FALSE(in_scope(make_item({.incident_date = CivilDate{2026, 4, 30}}), filter));
  CHECK_FALSE(in_scope(make_item({.incident_date = std::nullopt}), filter));
}

TEST_CASE("priority names on the command line read like priorities in documents") {
  const std::map<std::string, std::string> none;
  CHECK(priority_level("P1", none) == "P1");
  CHECK(priority_level("p0", none) == "P0");
  CHECK(priority_level("high", none) == "P1");
  CHECK(priority_level("sev-2", none) == "P2");
  CHECK_FALSE(priority_level("soonish", none));
  CHECK(priority_level("Must have", {{"must have", "P0"}}) == "P0");
}

}  // namespace
}  // namespace pm
