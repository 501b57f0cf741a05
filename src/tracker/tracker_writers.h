#pragma once

#include <string>
#include <variant>

#include "tracker/tracker.h"

// The tracker's formats. Each writes the same report; the same documents and the same day give
// the same bytes, so a tracker committed to a repository changes only where the items did.
namespace pm {

// A Markdown page to commit beside the post-mortems: a summary, then a table of the items that
// need an owner or a deadline, the table of the others, and the possible repeats. Links to the
// post-mortems are written relative to `links_from`, the folder the page will live in (empty:
// the paths as they were given).
std::string render_actions_markdown(const TrackerReport& report,
                                    const std::string& links_from = "");

struct TemplateFailure {
  std::string message;
};

// A self-contained HTML page (inline CSS, no scripts, nothing fetched) with the same summary, a
// bar chart of open items by owner drawn as inline SVG, and overdue rows marked. `postmortem
// site` publishes it as actions.html.
std::variant<std::string, TemplateFailure> render_actions_html(const TrackerReport& report);

// RFC 4180: a header row, CRLF line ends, fields quoted where they need it.
std::string render_actions_csv(const TrackerReport& report);

// An object that schemas/actions.schema.json describes.
std::string render_actions_json(const TrackerReport& report);

// An iCalendar file (RFC 5545) with one VTODO per listed item, due on its deadline, stamped with
// the tracker's day so that the output is reproducible.
std::string render_actions_ics(const TrackerReport& report);

}  // namespace pm
