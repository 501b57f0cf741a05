#include "tracker/tracker.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "tracker_test_items.h"

namespace pm {
namespace {

using test::make_item;

TrackerOptions options_with(ItemFilter filter = {}) {
  TrackerOptions options;
  options.today = CivilDate{2026, 7, 1};
  options.filter = std::move(filter);
  return options;
}

std::vector<TrackedItem> team_items() {
  return {
      make_item({.file = "a.md",
                 .line = 1,
                 .title = "Alert on replica lag",
                 .owner = "@ana.ruiz",
                 .deadline = CivilDate{2026, 6, 1},
                 .priority = "P1"}),
      make_item({.file = "a.md",
                 .line = 2,
                 .title = "Rotate keys",
                 .owner = "Bo Chen",
                 .deadline = CivilDate{2026, 7, 5},
                 .priority = "P0"}),
      make_item({.file = "b.md",
                 .line = 7,
                 .title = "Add alerting on replica lag",
                 .owner = "Ana Ruiz",
                 .status = ActionStatus::done}),
      make_item({.file = "b.md",
                 .line = 8,
                 .title = "Write the runbook",
                 .owner = "TBD",
                 .deadline = std::nullopt,
                 .priority = ""}),
      make_item({.file = "c.md",
                 .line = 3,
                 .title = "Alert on replica lag!",
                 .owner = "Ana Ruiz",
                 .deadline = CivilDate{2026, 8, 1},
                 .priority = "P2",
                 .incident_date = CivilDate{2026, 6, 20}}),
  };
}

TEST_CASE("the summary counts everything in scope, the rows only what is selected") {
  const TrackerReport report = build_tracker(team_items(), 3, options_with());
  const TrackerSummary& summary = report.summary;
  CHECK(summary.incidents == 3);
  CHECK(summary.items == 5);
  CHECK(summary.listed == 4);  // open ones only
  CHECK(summary.open == 4);
  CHECK(summary.done == 1);
  CHECK(summary.overdue == 1);
  CHECK(summary.due_within_week == 1);
  CHECK(summary.needs_owner_or_deadline == 1);
  REQUIRE(summary.by_owner.size() == 3);
  // "@ana.ruiz" and "Ana Ruiz" are one owner, shown by the full name.
  CHECK(summary.by_owner[0].owner == "Ana Ruiz");
  CHECK(summary.by_owner[0].open == 2);
  CHECK(summary.by_owner[0].overdue == 1);
  CHECK(summary.by_owner[1].owner == "Bo Chen");
  CHECK(summary.by_owner[2].owner.empty());  // the unowned, last
  REQUIRE(summary.by_priority.size() == 4);
  CHECK(summary.by_priority[0].priority == "P0");
  CHECK(summary.by_priority[3].priority.empty());
}

TEST_CASE("repeats are found among every item, shown when one of them is listed") {
  const TrackerReport report = build_tracker(team_items(), 3, options_with());
  REQUIRE(report.repeats.size() == 1);
  CHECK(report.repeats[0].id == "R1");
  REQUIRE(report.repeats[0].items.size() == 3);  // the done one included
  CHECK(report.repeats[0].items[1].status == ActionStatus::done);
  for (const auto& item : report.items) {
    CHECK(item.repeat_group == (item.title.starts_with("Alert") ? "R1" : ""));
  }
  ItemFilter only_bo;
  only_bo.owners = {"Bo"};
  CHECK(build_tracker(team_items(), 3, options_with(only_bo)).repeats.empty());
}

TEST_CASE("the scope filters narrow the summary too") {
  ItemFilter filter;
  filter.owners = {"ana"};
  filter.status = StatusFilter::all;
  const TrackerReport report = build_tracker(team_items(), 3, options_with(filter));
  CHECK(report.summary.items == 3);
  CHECK(report.summary.listed == 3);
  CHECK(report.summary.done == 1);
  filter.since = CivilDate{2026, 6, 1};
  CHECK(build_tracker(team_items(), 3, options_with(filter)).summary.items == 1);
}

TEST_CASE("the report is the same whatever order the files were read in") {
  auto reversed = team_items();
  std::reverse(reversed.begin(), reversed.end());
  const TrackerReport a = build_tracker(team_items(), 3, options_with());
  const TrackerReport b = build_tracker(reversed, 3, options_with());
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) CHECK(a.items[i].title == b.items[i].title);
  CHECK(a.repeats[0].items[0].file == b.repeats[0].items[0].file);
}

TEST_CASE("rows that need an owner or a deadline are split from the others") {
  const TrackerReport report = build_tracker(team_items(), 3, options_with());
  const TrackerSections sections = split_tracker_rows(report);
  REQUIRE(sections.needing_owner_or_deadline.size() == 1);
  CHECK(sections.needing_owner_or_deadline[0]->title == "Write the runbook");
  CHECK(sections.others.size() == 3);
  CHECK(report.items.front().title == "Write the runbook");
}

}  // namespace
}  // namespace pm
