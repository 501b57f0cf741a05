#include <nlohmann/json.hpp>

#include "tracker/tracker_text.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<CivilDate>& date) {
  return date ? Json(format_iso_date(*date)) : Json(nullptr);
}

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

const char* status_filter_name(StatusFilter status) {
  switch (status) {
    case StatusFilter::open:
      return "open";
    case StatusFilter::done:
      return "done";
    case StatusFilter::all:
      break;
  }
  return "all";
}

Json selection_json(const ItemFilter& filter) {
  return Json{
      {"description", describe_selection(filter)},
      {"status", status_filter_name(filter.status)},
      {"overdue_only", filter.overdue_only},
      {"owners", filter.owners},
      {"priorities", filter.priorities},
      {"due_within_days", filter.due_within_days ? Json(*filter.due_within_days) : Json(nullptr)},
      {"since", optional_date(filter.since)}};
}

Json summary_json(const TrackerSummary& summary) {
  Json by_owner = Json::array();
  for (const auto& tally : summary.by_owner) {
    by_owner.push_back(
        {{"owner", text_or_null(tally.owner)}, {"open", tally.open}, {"overdue", tally.overdue}});
  }
  Json by_priority = Json::array();
  for (const auto& tally : summary.by_priority) {
    by_priority.push_back({{"priority", text_or_null(tally.priority)},
                           {"open", tally.open},
                           {"overdue", tally.overdue}});
  }
  return Json{{"incidents", summary.incidents},
              {"items", summary.items},
              {"listed", summary.listed},
              {"open", summary.open},
              {"overdue", summary.overdue},
              {"due_within_week", summary.due_within_week},
              {"needs_owner_or_deadline", summary.needs_owner_or_deadline},
              {"done", summary.done},
              {"repeat_groups", summary.repeat_groups},
              {"by_owner", std::move(by_owner)},
              {"by_priority", std::move(by_priority)}};
}

Json item_json(const TrackedItem& item) {
  return Json{{"group", needs_owner_or_deadline(item) ? "needs_owner_or_deadline" : "tracked"},
              {"incident_title", item.incident_title},
              {"incident_date", optional_date(item.incident_date)},
              {"file", item.file},
              {"line", item.line},
              {"source", source_of(item)},
              {"id", item.id},
              {"title", item.title},
              {"owner", item.owner},
              {"owners", item.owners},
              {"deadline", optional_date(item.deadline)},
              {"deadline_text", item.deadline_text},
              {"priority", text_or_null(item.priority)},
              {"status", to_string(item.status)},
              {"status_text", item.status_text},
              {"days_overdue", item.days_overdue ? Json(*item.days_overdue) : Json(nullptr)},
              {"overdue", item.overdue},
              {"tickets", item.tickets},
              {"repeat_group", text_or_null(item.repeat_group)}};
}

Json repeats_json(const std::vector<RepeatGroup>& repeats) {
  Json groups = Json::array();
  for (const auto& group : repeats) {
    Json items = Json::array();
    for (const auto& item : group.items) {
      items.push_back({{"incident_title", item.incident_title},
                       {"file", item.file},
                       {"line", item.line},
                       {"title", item.title},
                       {"status", to_string(item.status)}});
    }
    groups.push_back({{"id", group.id}, {"items", std::move(items)}});
  }
  return groups;
}

}  // namespace

std::string render_actions_json(const TrackerReport& report) {
  Json items = Json::array();
  for (const auto& item : report.items) items.push_back(item_json(item));
  const Json document{{"schema_version", 1},
                      {"today", format_iso_date(report.today)},
                      {"selection", selection_json(report.filter)},
                      {"summary", summary_json(report.summary)},
                      {"items", std::move(items)},
                      {"repeats", repeats_json(report.repeats)}};
  // Decoding has already made the text valid UTF-8; replacing is a guard, never a failure.
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace pm
