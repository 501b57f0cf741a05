#include "tracker/tracker_text.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

// RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string joined(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

std::vector<std::string> item_fields(const TrackedItem& item) {
  return {
      needs_owner_or_deadline(item) ? "needs_owner_or_deadline" : "tracked",
      item.incident_title,
      item.incident_date ? format_iso_date(*item.incident_date) : std::string(),
      source_of(item),
      item.id,
      item.title,
      item.owner,
      item.deadline ? format_iso_date(*item.deadline) : std::string(),
      item.deadline_text,
      item.priority,
      to_string(item.status),
      item.status_text,
      item.days_overdue ? std::to_string(*item.days_overdue) : std::string(),
      item.overdue ? "yes" : "no",
      joined(item.tickets, " "),
      item.repeat_group,
  };
}

}  // namespace

std::string render_actions_csv(const TrackerReport& report) {
  std::string out =
      csv_record({"group", "incident", "incident_date", "source", "id", "title", "owner",
                  "deadline", "deadline_text", "priority", "status", "status_text", "days_overdue",
                  "overdue", "tickets", "repeat_group"});
  for (const auto& item : report.items) out += csv_record(item_fields(item));
  return out;
}

}  // namespace pm
