// Action items as the report's table shows them: status labels, overdue marks, ticket links.

#include "render/action_rows.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

ActionItem item(std::string title, ActionStatus status, std::string status_text,
                std::optional<CivilDate> deadline) {
  ActionItem action;
  action.title = std::move(title);
  action.status = status;
  action.status_text = std::move(status_text);
  action.deadline = deadline;
  action.deadline_text = deadline ? format_iso_date(*deadline) : "";
  return action;
}

RenderOptions on(CivilDate today, int grace = 0) {
  RenderOptions options;
  options.today = today;
  options.overdue_grace_days = grace;
  return options;
}

TEST_CASE("an open item past its deadline is overdue; a done one, or one due today, is not") {
  const std::vector<ActionItem> items{
      item("late", ActionStatus::in_progress, "🟡 In Progress", CivilDate{2026, 6, 1}),
      item("done", ActionStatus::done, "🟢 Done", CivilDate{2026, 6, 1}),
      item("today", ActionStatus::not_started, "🔴 Not Started", CivilDate{2026, 7, 1}),
      item("no status", ActionStatus::unknown, "", CivilDate{2026, 6, 30}),
      item("odd status", ActionStatus::unknown, "Deferred", CivilDate{2026, 6, 1}),
      item("no date", ActionStatus::not_started, "🔴 Not Started", std::nullopt),
  };
  const auto rows = action_rows(items, on(CivilDate{2026, 7, 1}));
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].overdue);
  CHECK(rows[0].days_overdue == 30);
  CHECK(rows[0].status == "In progress");
  CHECK(rows[0].status_class == "in-progress");
  CHECK_FALSE(rows[1].overdue);
  CHECK(rows[1].status_class == "done");
  CHECK_FALSE(rows[2].overdue);
  CHECK(rows[3].overdue);
  CHECK(rows[3].days_overdue == 1);
  CHECK_FALSE(rows[4].overdue);
  CHECK(rows[4].status == "Deferred");
  CHECK(rows[4].status_class == "unknown");
  CHECK_FALSE(rows[5].overdue);
  CHECK(rows[0].id == "1");
  CHECK(rows[5].id == "6");
}

TEST_CASE("grace days and the team's status words count, and no date means nothing is overdue") {
  std::vector<ActionItem> items{
      item("late", ActionStatus::unknown, "Shipped", CivilDate{2026, 6, 25})};
  RenderOptions options = on(CivilDate{2026, 7, 1}, 7);
  CHECK_FALSE(action_rows(items, options)[0].overdue);
  options.overdue_grace_days = 0;
  options.status_map["shipped"] = "done";
  CHECK_FALSE(action_rows(items, options)[0].overdue);
  CHECK(action_rows(items, options)[0].status == "Done");
  options.status_map["shipped"] = "in_progress";
  CHECK(action_rows(items, options)[0].overdue);
  CHECK_FALSE(action_rows(items, on(CivilDate{}))[0].overdue);
}

TEST_CASE("web tickets become links named by their last part; references stay text") {
  ActionItem action = item("x", ActionStatus::done, "Done", std::nullopt);
  action.tickets = {"LDG-812", "https://tracker.example.com/browse/LDG-820", "https://example.com",
                    "javascript:alert(1)"};
  const auto rows = action_rows({action}, on(CivilDate{2026, 7, 1}));
  REQUIRE(rows[0].tickets.size() == 4);
  CHECK(rows[0].tickets[0].text == "LDG-812");
  CHECK(rows[0].tickets[0].url.empty());
  CHECK(rows[0].tickets[1].text == "LDG-820");
  CHECK(rows[0].tickets[1].url == "https://tracker.example.com/browse/LDG-820");
  CHECK(rows[0].tickets[2].text == "https://example.com");
  CHECK(rows[0].tickets[3].url.empty());
}

}  // namespace
}  // namespace pm
