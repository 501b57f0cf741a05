#include "tracker/tracked_item.h"

#include <algorithm>
#include <filesystem>

#include "model/normalize.h"
#include "rules/action_status.h"
#include "rules/section_match.h"
#include "text/fold.h"
#include "tracker/owner_names.h"
#include "tracker/text_words.h"

namespace pm {
namespace {

std::string priority_of(const ActionItem& item,
                        const std::map<std::string, std::string>& priority_map) {
  if (!item.priority_text.empty()) {
    const auto mapped = priority_map.find(fold(item.priority_text));
    if (mapped != priority_map.end()) return mapped->second;
  }
  if (is_placeholder(item.priority)) return {};
  return std::string(trim(item.priority));
}

// A deadline without its year cannot be compared with today, so it counts as none.
std::optional<CivilDate> usable_deadline(const ActionItem& item) {
  if (!item.deadline || item.deadline->year == 0) return std::nullopt;
  return item.deadline;
}

// A row still as the template left it, with no title or one made of placeholders only
// ("{{ summary }} [link to issue]"), promises nothing yet and is no item to chase.
bool is_template_row(const ActionItem& item) {
  return split_words(text_outside_placeholders(item.title)).empty();
}

void judge_against(TrackedItem& tracked, const TrackingRules& rules) {
  if (!is_open(tracked) || !tracked.deadline || rules.today.year == 0) return;
  const long late = days_between(*tracked.deadline, rules.today);
  tracked.days_overdue = std::max(0L, late);
  tracked.overdue = late > 0 && late > rules.overdue_grace_days;
}

}  // namespace

std::vector<TrackedItem> track_incident_items(const Incident& incident,
                                              const TrackingRules& rules) {
  std::vector<TrackedItem> out;
  const std::string incident_title = !incident.title.empty()
                                         ? incident.title
                                         : std::filesystem::path(incident.file).stem().string();
  for (const ActionItem& item : incident.action_items) {
    if (is_template_row(item)) continue;
    TrackedItem tracked;
    tracked.file = incident.file;
    tracked.line = item.line;
    tracked.incident_title = incident_title;
    tracked.incident_date = incident.metadata.date;
    if (tracked.incident_date && tracked.incident_date->year == 0) tracked.incident_date.reset();
    tracked.id = std::string(trim(item.id));
    tracked.title = std::string(trim(item.title));
    tracked.owner = std::string(trim(item.owner));
    tracked.owners = owners_named(item.owner);
    tracked.deadline = usable_deadline(item);
    tracked.deadline_text = std::string(trim(item.deadline_text));
    tracked.priority = priority_of(item, rules.priority_map);
    tracked.status = effective_status(item, rules.status_map);
    tracked.status_text = std::string(trim(item.status_text));
    tracked.tickets = item.tickets;
    judge_against(tracked, rules);
    out.push_back(std::move(tracked));
  }
  return out;
}

bool is_open(const TrackedItem& item) { return item.status != ActionStatus::done; }

bool lacks_owner(const TrackedItem& item) { return item.owners.empty(); }

bool lacks_deadline(const TrackedItem& item) { return !item.deadline.has_value(); }

bool needs_owner_or_deadline(const TrackedItem& item) {
  return is_open(item) && (lacks_owner(item) || lacks_deadline(item));
}

std::string status_label(const TrackedItem& item) {
  switch (item.status) {
    case ActionStatus::done:
      return "done";
    case ActionStatus::in_progress:
      return "in progress";
    case ActionStatus::not_started:
      return "not started";
    case ActionStatus::unknown:
      break;
  }
  return strip_symbols(item.status_text);
}

std::string deadline_label(const TrackedItem& item) {
  return item.deadline ? format_iso_date(*item.deadline) : item.deadline_text;
}

}  // namespace pm
