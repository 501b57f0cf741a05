#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <tuple>

#include "tracker/icalendar_text.h"
#include "tracker/tracker_text.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

std::uint64_t fnv1a_64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char byte : bytes) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string hex_of(std::uint64_t value) {
  constexpr std::string_view digits = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) hex[static_cast<std::size_t>(i)] = digits[value & 0xF];
  return hex;
}

// A UID that stays the same from one run to the next, so that importing the calendar again
// updates each to-do instead of adding a copy: it hashes the post-mortem's file name (not the
// path it was reached by) and the item's title, plus a count for the rare item promised twice in
// one document.
std::map<const TrackedItem*, std::string> stable_uids(const std::vector<TrackedItem>& items) {
  std::map<std::tuple<std::string, std::string>, std::vector<const TrackedItem*>> same_title;
  for (const auto& item : items) {
    same_title[{std::filesystem::path(item.file).filename().string(), item.title}].push_back(&item);
  }
  std::map<const TrackedItem*, std::string> uids;
  for (auto& [key, group] : same_title) {
    std::sort(group.begin(), group.end(),
              [](const TrackedItem* a, const TrackedItem* b) { return a->line < b->line; });
    for (std::size_t i = 0; i < group.size(); ++i) {
      std::string identity = std::get<0>(key) + "\n" + std::get<1>(key);
      if (i > 0) identity += "\n" + std::to_string(i);
      uids[group[i]] = hex_of(fnv1a_64(identity)) + "@postmortem";
    }
  }
  return uids;
}

std::string compact_date(const CivilDate& date) {
  std::string iso = format_iso_date(date);
  std::erase(iso, '-');
  return iso;
}

const char* todo_status(ActionStatus status) {
  switch (status) {
    case ActionStatus::done:
      return "COMPLETED";
    case ActionStatus::in_progress:
      return "IN-PROCESS";
    case ActionStatus::not_started:
    case ActionStatus::unknown:
      break;
  }
  return "NEEDS-ACTION";
}

// RFC 5545 counts 1 as the highest priority and 9 as the lowest.
int todo_priority(const std::string& priority) {
  const int rank = priority_rank(priority);
  return rank <= 4 ? 1 + 2 * rank : 0;
}

std::string description(const TrackedItem& item) {
  std::string text = "Owner: " + (item.owners.empty() ? std::string("none") : item.owner);
  text += "\nIncident: " + item.incident_title;
  if (item.incident_date) text += " (" + format_iso_date(*item.incident_date) + ")";
  text += "\nSource: " + source_of(item);
  if (!item.id.empty()) text += "\nItem: " + item.id;
  if (!item.priority.empty()) text += "\nPriority: " + item.priority;
  if (!status_label(item).empty()) text += "\nStatus: " + status_label(item);
  if (!item.deadline && !item.deadline_text.empty())
    text += "\nDeadline as written: " + item.deadline_text;
  for (const auto& ticket : item.tickets) text += "\nTicket: " + ticket;
  if (!item.repeat_group.empty()) text += "\nPossible repeat: " + item.repeat_group;
  return text;
}

std::string first_url(const TrackedItem& item) {
  for (const auto& ticket : item.tickets) {
    if (ticket.rfind("http://", 0) == 0 || ticket.rfind("https://", 0) == 0) return ticket;
  }
  return {};
}

std::string todo(const TrackedItem& item, const std::string& uid, const std::string& stamp) {
  std::string summary = item.title;
  if (!item.owners.empty()) summary += " (" + item.owner + ")";
  std::string out = folded_content_line("BEGIN:VTODO");
  out += folded_content_line("UID:" + uid);
  out += folded_content_line("DTSTAMP:" + stamp);
  out += folded_content_line("SUMMARY:" + icalendar_text(summary));
  out += folded_content_line("DESCRIPTION:" + icalendar_text(description(item)));
  if (item.deadline) out += folded_content_line("DUE;VALUE=DATE:" + compact_date(*item.deadline));
  if (const int priority = todo_priority(item.priority)) {
    out += folded_content_line("PRIORITY:" + std::to_string(priority));
  }
  out += folded_content_line(std::string("STATUS:") + todo_status(item.status));
  if (const std::string url = first_url(item); !url.empty())
    out += folded_content_line("URL:" + url);
  out += folded_content_line("END:VTODO");
  return out;
}

}  // namespace

std::string render_actions_ics(const TrackerReport& report) {
  // The stamp is the tracker's day, not the clock, so the same input gives the same file.
  const std::string stamp = compact_date(report.today) + "T000000Z";
  const auto uids = stable_uids(report.items);
  std::string out = folded_content_line("BEGIN:VCALENDAR");
  out += folded_content_line("VERSION:2.0");
  out += folded_content_line("PRODID:-//postmortem//postmortem actions//EN");
  out += folded_content_line("CALSCALE:GREGORIAN");
  out += folded_content_line("METHOD:PUBLISH");
  out += folded_content_line("X-WR-CALNAME:" + icalendar_text("Post-mortem action items"));
  for (const auto& item : report.items) out += todo(item, uids.at(&item), stamp);
  out += folded_content_line("END:VCALENDAR");
  return out;
}

}  // namespace pm
