// How action statuses are read against the team's status map and the template's vocabulary.

#include "rules/action_status.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

namespace pm {
namespace {

const std::vector<std::string> kVocabulary{"🟢 Done", "🟡 In Progress", "🔴 Not Started"};

ActionItem item_with_status(std::string title, std::string status, ActionStatus normalized) {
  ActionItem item;
  item.title = std::move(title);
  item.status_text = std::move(status);
  item.status = normalized;
  return item;
}

TEST_CASE("a status names a vocabulary entry whatever its emoji, case and punctuation") {
  CHECK(names_vocabulary_entry("🟢 Done", kVocabulary));
  CHECK(names_vocabulary_entry("Done ✅", kVocabulary));
  CHECK(names_vocabulary_entry("in progress", kVocabulary));
  CHECK(names_vocabulary_entry("🔴 NOT STARTED", kVocabulary));
  CHECK(names_vocabulary_entry("Done (PR #88)", kVocabulary));
  CHECK_FALSE(names_vocabulary_entry("Completed", kVocabulary));
  CHECK_FALSE(names_vocabulary_entry("Doneish", kVocabulary));
  CHECK_FALSE(names_vocabulary_entry("✅", kVocabulary));
  CHECK_FALSE(names_vocabulary_entry("", kVocabulary));
}

TEST_CASE("emoji-only vocabulary entries compare as written") {
  const std::vector<std::string> symbols{"✅", "🚧", "⏸"};
  CHECK(names_vocabulary_entry(" ✅ ", symbols));
  CHECK_FALSE(names_vocabulary_entry("🟢", symbols));
}

TEST_CASE("plain synonyms and lone status symbols are certain suggestions") {
  const auto completed = suggest_status_entry("Completed", kVocabulary);
  REQUIRE(completed);
  CHECK(completed->entry == "🟢 Done");
  CHECK(completed->certain);
  const auto wip = suggest_status_entry("WIP", kVocabulary);
  REQUIRE(wip);
  CHECK(wip->entry == "🟡 In Progress");
  CHECK(wip->certain);
  const auto tick = suggest_status_entry("✅", kVocabulary);
  REQUIRE(tick);
  CHECK(tick->entry == "🟢 Done");
  CHECK(tick->certain);
}

TEST_CASE("statuses that say more than the entry only get a hint") {
  const auto blocked = suggest_status_entry("Blocked", kVocabulary);
  REQUIRE(blocked);
  CHECK(blocked->entry == "🟡 In Progress");
  CHECK_FALSE(blocked->certain);
  const auto dated = suggest_status_entry("Completed 2026-06-10", kVocabulary);
  REQUIRE(dated);
  CHECK_FALSE(dated->certain);
  const auto cross = suggest_status_entry("❌", kVocabulary);
  REQUIRE(cross);
  CHECK(cross->entry == "🔴 Not Started");
  CHECK_FALSE(cross->certain);
}

TEST_CASE("no suggestion for unknown words or when several entries mean the same") {
  CHECK_FALSE(suggest_status_entry("Won't do", kVocabulary));
  CHECK_FALSE(suggest_status_entry("Parked", kVocabulary));
  const std::vector<std::string> two_done{"Done", "Shipped", "Open"};
  CHECK_FALSE(suggest_status_entry("Completed", two_done));
}

TEST_CASE("the team's status map overrides the built-in words") {
  const std::map<std::string, std::string> status_map{{"live", "done"}, {"parked", "not_started"}};
  CHECK(effective_status(item_with_status("Roll out", "Live", ActionStatus::unknown), status_map) ==
        ActionStatus::done);
  CHECK(effective_status(item_with_status("Roll out", "🅿️ Parked", ActionStatus::unknown),
                         status_map) == ActionStatus::not_started);
  CHECK(effective_status(item_with_status("Roll out", "Open", ActionStatus::not_started),
                         status_map) == ActionStatus::not_started);
  CHECK(effective_status(item_with_status("Roll out", "", ActionStatus::unknown), status_map) ==
        ActionStatus::unknown);
}

TEST_CASE("task boxes and a status read from the item's first word were not written as statuses") {
  CHECK(has_written_status(item_with_status("Add alerts", "Completed", ActionStatus::done)));
  CHECK_FALSE(has_written_status(item_with_status("Add alerts", "[ ]", ActionStatus::not_started)));
  CHECK_FALSE(has_written_status(item_with_status("Add alerts", "[x]", ActionStatus::done)));
  CHECK_FALSE(has_written_status(
      item_with_status("Open a ticket with the vendor", "Open", ActionStatus::not_started)));
  CHECK_FALSE(has_written_status(item_with_status("Add alerts", "", ActionStatus::unknown)));
}

}  // namespace
}  // namespace pm
