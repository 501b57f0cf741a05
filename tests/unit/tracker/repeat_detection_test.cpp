#include "tracker/repeat_detection.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TrackedItem item(std::string file, int line, std::string title) {
  TrackedItem tracked;
  tracked.file = std::move(file);
  tracked.line = line;
  tracked.title = std::move(title);
  return tracked;
}

TEST_CASE("title terms drop function words and meet across inflections") {
  CHECK(title_terms("Add alerting on the replica lag") == title_terms("add alert on replica lag"));
  CHECK(title_terms("Alerts for all deploys") == title_terms("alert deploy"));
  CHECK(title_terms("Retries with backoff") == title_terms("retry backoff"));
  CHECK(title_terms("").empty());
  CHECK(title_terms("✅ — !").empty());
}

TEST_CASE("near-identical titles are the same promise") {
  CHECK(titles_near_identical("Alert on replica lag", "Add alerting on replica lag"));
  CHECK(titles_near_identical("Add a canary stage to deploys", "Add canary stage to all deploys"));
  CHECK(titles_near_identical("Move the consumer group name into the shared config map",
                              "Move consumer group name to the shared config map."));
  CHECK(titles_near_identical("Recieve alerts for dead-letter topic growth",
                              "Receive alerts for dead-letter topic growth"));
}

TEST_CASE("titles that promise different work are not repeats") {
  CHECK_FALSE(
      titles_near_identical("Run two consumers in staging", "Run three consumers in staging"));
  CHECK_FALSE(titles_near_identical("Add alerts on lag", "Remove alerts on lag"));
  CHECK_FALSE(titles_near_identical("Add a canary stage to deploys",
                                    "Add a canary stage to database migrations"));
  CHECK_FALSE(titles_near_identical("", ""));
  // Titles in scripts without ASCII letters keep their words instead of folding to nothing.
  CHECK_FALSE(titles_near_identical("監視を追加する", "ログを削除する"));
  CHECK(titles_near_identical("監視を追加する", "監視を追加する"));
}

TEST_CASE("repeats are looked for across incidents only, and grouped transitively") {
  const std::vector<TrackedItem> items{
      item("b.md", 10, "Alert on replica lag"),
      item("a.md", 5, "Add alerting on replica lag"),
      item("a.md", 6, "Alert on replica lag"),  // same file as the one above: not a repeat of it
      item("c.md", 3, "Write a runbook for label backlogs"),
      item("d.md", 7, "Write runbook for label backlog"),
      item("e.md", 1, "Rotate the leaked API key"),
  };
  const auto groups = find_repeats(items);
  REQUIRE(groups.size() == 2);
  // In file and line order, the groups ordered by their first members.
  CHECK(groups[0] == std::vector<std::size_t>{1, 2, 0});
  CHECK(groups[1] == std::vector<std::size_t>{3, 4});
}

TEST_CASE("the same title twice in one post-mortem is not a repeat") {
  const std::vector<TrackedItem> items{item("a.md", 5, "Alert on lag"),
                                       item("a.md", 9, "Alert on lag")};
  CHECK(find_repeats(items).empty());
}

}  // namespace
}  // namespace pm
