#pragma once

#include <string>
#include <vector>

#include "model/incident.h"
#include "render/render_options.h"

namespace pm {

struct TicketLink {
  std::string text;
  std::string url;  // empty when the ticket is a reference such as "LDG-812", not a web address
};

// An action item as the report's table shows it.
struct ActionRow {
  std::string id;  // as written, else its position
  std::string title;
  std::string owner;
  std::string deadline;  // ISO when the date is known, else as written
  std::string priority;
  std::string status;        // "Done", "In progress", "Not started", or as written
  std::string status_class;  // "done", "in-progress", "not-started", "unknown"
  bool overdue = false;
  long days_overdue = 0;
  std::vector<TicketLink> tickets;
};

// Overdue as `lint` sees it: an open item (under way, not started, or with no status written)
// whose deadline is more than the grace days before today.
std::vector<ActionRow> action_rows(const std::vector<ActionItem>& items,
                                   const RenderOptions& options);

}  // namespace pm
