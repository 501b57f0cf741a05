#include "render/action_rows.h"

#include "render/safe_url.h"
#include "rules/action_status.h"
#include "text/fold.h"

namespace pm {
namespace {

bool is_open(const ActionItem& item, ActionStatus status) {
  if (status == ActionStatus::in_progress || status == ActionStatus::not_started) return true;
  return status == ActionStatus::unknown && trim(item.status_text).empty();
}

void set_status(const ActionItem& item, ActionStatus status, ActionRow& row) {
  switch (status) {
    case ActionStatus::done:
      row.status = "Done", row.status_class = "done";
      return;
    case ActionStatus::in_progress:
      row.status = "In progress", row.status_class = "in-progress";
      return;
    case ActionStatus::not_started:
      row.status = "Not started", row.status_class = "not-started";
      return;
    case ActionStatus::unknown:
      break;
  }
  row.status = std::string(trim(item.status_text));
  row.status_class = "unknown";
}

// "https://tracker.example.com/browse/LDG-820" reads as "LDG-820"; the link keeps the address.
std::string ticket_text(std::string_view url) {
  std::string_view path = url;
  while (!path.empty() && (path.back() == '/' || path.back() == '#')) path.remove_suffix(1);
  const std::size_t slash = path.find_last_of('/');
  const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return last.empty() || path.find("://") + 3 > slash ? std::string(url) : std::string(last);
}

TicketLink ticket_link(const std::string& ticket) {
  const bool web = ticket.starts_with("http://") || ticket.starts_with("https://");
  if (!web || !is_safe_link_url(ticket)) return TicketLink{ticket, ""};
  return TicketLink{ticket_text(ticket), encode_url(ticket)};
}

void set_overdue(const ActionItem& item, ActionStatus status, const RenderOptions& options,
                 ActionRow& row) {
  if (options.today.year == 0 || !item.deadline || item.deadline->year == 0 ||
      !is_open(item, status))
    return;
  const long late = days_between(*item.deadline, options.today);
  row.overdue = late > 0 && late > options.overdue_grace_days;
  row.days_overdue = row.overdue ? late : 0;
}

}  // namespace

std::vector<ActionRow> action_rows(const std::vector<ActionItem>& items,
                                   const RenderOptions& options) {
  std::vector<ActionRow> rows;
  for (std::size_t index = 0; index < items.size(); ++index) {
    const ActionItem& item = items[index];
    ActionRow row;
    row.id = item.id.empty() ? std::to_string(index + 1) : item.id;
    row.title = item.title;
    row.owner = item.owner;
    row.deadline = item.deadline && item.deadline->year != 0 ? format_iso_date(*item.deadline)
                                                             : item.deadline_text;
    row.priority = item.priority;
    const ActionStatus status = effective_status(item, options.status_map);
    set_status(item, status, row);
    set_overdue(item, status, options, row);
    for (const std::string& ticket : item.tickets) row.tickets.push_back(ticket_link(ticket));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace pm
