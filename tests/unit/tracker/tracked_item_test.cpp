#include "tracker/tracked_item.h"

#include <doctest/doctest.h>

#include <memory>
#include <variant>

#include "model/parse_document.h"

namespace pm {
namespace {

std::vector<TrackedItem> track(std::string_view markdown, const TrackingRules& rules,
                               const std::string& file = "2026-03-01-outage.md") {
  ParseResult parsed = parse_document(markdown, file);
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(parsed));
  return track_incident_items(std::get<std::unique_ptr<ParsedDocument>>(parsed)->incident, rules);
}

TrackingRules rules_on(CivilDate today) {
  TrackingRules rules;
  rules.today = today;
  return rules;
}

constexpr std::string_view kTable =
    "# Checkout outage\n"
    "\n"
    "**Date:** 2026-03-01\n"
    "\n"
    "## Action Items\n"
    "\n"
    "| # | Action Item | Owner | Deadline | Priority | Status | Ticket |\n"
    "|---|-------------|-------|----------|----------|--------|--------|\n"
    "| 1 | Alert on lag | Ana Ruiz | 2026-03-20 | P1 | In progress | OPS-1 |\n"
    "| 2 | Add a canary | - | 2026-04-10 | High | Not started | |\n"
    "| 3 | Write a runbook | @bo | next sprint | P2 | Done | |\n"
    "| 4 | Drop the old index | [Name] | [YYYY-MM-DD] | Must have | Deferred | |\n";

TEST_CASE("items are tracked in document order with where they came from") {
  const auto items = track(kTable, rules_on({2026, 4, 1}));
  REQUIRE(items.size() == 4);
  CHECK(items[0].file == "2026-03-01-outage.md");
  CHECK(items[0].line == 9);
  CHECK(items[0].incident_title == "Checkout outage");
  REQUIRE(items[0].incident_date);
  CHECK(format_iso_date(*items[0].incident_date) == "2026-03-01");
  CHECK(items[0].id == "1");
  CHECK(items[0].owners == std::vector<std::string>{"Ana Ruiz"});
  CHECK(items[0].tickets == std::vector<std::string>{"OPS-1"});
  CHECK(items[1].priority == "P1");  // "High"
}

TEST_CASE("days overdue count from the deadline to today, for open items only") {
  const auto items = track(kTable, rules_on({2026, 4, 1}));
  REQUIRE(items[0].days_overdue);
  CHECK(*items[0].days_overdue == 12);
  CHECK(items[0].overdue);
  REQUIRE(items[1].days_overdue);
  CHECK(*items[1].days_overdue == 0);  // due on 2026-04-10: not yet
  CHECK_FALSE(items[1].overdue);
  CHECK_FALSE(items[2].days_overdue);  // done
  CHECK_FALSE(items[3].days_overdue);  // no deadline
  CHECK_FALSE(items[3].overdue);
}

TEST_CASE("the grace period of the configuration delays what counts as overdue") {
  TrackingRules rules = rules_on({2026, 3, 25});
  rules.overdue_grace_days = 5;
  const auto items = track(kTable, rules);
  CHECK(*items[0].days_overdue == 5);
  CHECK_FALSE(items[0].overdue);
  rules.today = {2026, 3, 26};
  CHECK(track(kTable, rules)[0].overdue);
}

TEST_CASE("owners and deadlines that name nothing leave the item needing them") {
  const auto items = track(kTable, rules_on({2026, 4, 1}));
  CHECK_FALSE(needs_owner_or_deadline(items[0]));
  CHECK(lacks_owner(items[1]));
  CHECK(items[1].owner == "-");  // kept as written
  CHECK(needs_owner_or_deadline(items[1]));
  CHECK(lacks_deadline(items[2]));
  CHECK(deadline_label(items[2]) == "next sprint");
  CHECK_FALSE(needs_owner_or_deadline(items[2]));  // done: nothing left to chase
  CHECK(lacks_owner(items[3]));
  CHECK(lacks_deadline(items[3]));
}

TEST_CASE("the team's status and priority maps are honoured") {
  TrackingRules rules = rules_on({2026, 4, 1});
  CHECK(track(kTable, rules)[3].status == ActionStatus::unknown);
  CHECK(status_label(track(kTable, rules)[3]) == "Deferred");
  CHECK(track(kTable, rules)[3].priority == "Must have");
  rules.status_map = {{"deferred", "done"}};
  rules.priority_map = {{"must have", "P0"}};
  const auto items = track(kTable, rules);
  CHECK(items[3].status == ActionStatus::done);
  CHECK(status_label(items[3]) == "done");
  CHECK(items[3].priority == "P0");
}

TEST_CASE(
    "a deadline without a year counts as none, and an untitled document is named by its file") {
  const auto items = track(
      "## Action Items\n\n"
      "- [ ] Rotate the key (owner: @ana, due: March 3)\n",
      rules_on({2026, 4, 1}), "docs/2026-02-01-key-leak.md");
  REQUIRE(items.size() == 1);
  CHECK(items[0].incident_title == "2026-02-01-key-leak");
  CHECK_FALSE(items[0].incident_date);
  CHECK(lacks_deadline(items[0]));
  CHECK(items[0].deadline_text == "March 3");
  CHECK(status_label(items[0]) == "not started");
}

TEST_CASE("rows still as the template left them are not tracked; titles in any script are") {
  const auto items = track(
      "## Action Items\n\n"
      "| # | Action Item | Owner | Deadline |\n"
      "|---|-------------|-------|----------|\n"
      "| 1 | [Action] | [Name] | [YYYY-MM-DD] |\n"
      "| 2 | {{ summary }} [link to github issue] | | |\n"
      "| 3 | | | |\n"
      "| 4 | 監視を追加する | 渡辺 | 2026-05-01 |\n",
      rules_on({2026, 4, 1}));
  REQUIRE(items.size() == 1);
  CHECK(items[0].title == "監視を追加する");
  CHECK(items[0].owners == std::vector<std::string>{"渡辺"});
}

}  // namespace
}  // namespace pm
