#include "tracker/tracker_text.h"

#include <cctype>

namespace pm {

std::string count_of(long count, const std::string& singular, const std::string& plural) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

std::string describe_selection(const ItemFilter& filter) {
  std::string text;
  if (filter.overdue_only) text += "overdue ";
  switch (filter.status) {
    case StatusFilter::open:
      text += "open action items";
      break;
    case StatusFilter::done:
      text += "done action items";
      break;
    case StatusFilter::all:
      text += "action items";
      break;
  }
  if (filter.due_within_days) {
    text += " due within " + count_of(*filter.due_within_days, "day", "days") + " (or overdue)";
  }
  const auto list = [](const std::vector<std::string>& values, const std::string& last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out += i + 1 == values.size() ? last_joiner : ", ";
      out += values[i];
    }
    return out;
  };
  if (!filter.owners.empty()) text += " owned by " + list(filter.owners, " or ");
  if (!filter.priorities.empty()) text += " with priority " + list(filter.priorities, " or ");
  if (filter.since) text += " from incidents since " + format_iso_date(*filter.since);
  return text;
}

std::string tracker_lead(const TrackerReport& report) {
  std::string selection = describe_selection(report.filter);
  selection[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(selection[0])));
  const TrackerSummary& summary = report.summary;
  return selection + " from " + count_of(summary.incidents, "post-mortem", "post-mortems") +
         ", as of " + format_iso_date(report.today) + ": " + std::to_string(summary.listed) +
         " of " + count_of(summary.items, "item", "items") + ".";
}

std::string source_of(const TrackedItem& item) {
  return item.file + ":" + std::to_string(item.line);
}

std::string tally_owner_label(const std::string& owner) {
  return owner.empty() ? "(no owner)" : owner;
}

std::string tally_priority_label(const std::string& priority) {
  return priority.empty() ? "(none)" : priority;
}

}  // namespace pm
