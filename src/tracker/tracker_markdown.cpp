#include <cctype>
#include <filesystem>

#include "tracker/tracker_text.h"
#include "tracker/tracker_writers.h"

namespace pm {
namespace {

bool is_ascii_alnum(char c) {
  return static_cast<unsigned char>(c) < 0x80 && std::isalnum(static_cast<unsigned char>(c));
}

// Text in a table cell or a list item, shown literally: characters that would start markup or
// end the cell are escaped. An underscore inside a word is never emphasis in GFM, so
// "lock_timeout" stays readable in the committed file.
std::string escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    bool escape = std::string_view("\\|*`[]<>~").find(c) != std::string_view::npos;
    if (c == '_')
      escape = i == 0 || i + 1 == text.size() || !is_ascii_alnum(text[i - 1]) ||
               !is_ascii_alnum(text[i + 1]);
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

// A link target with the characters that would end it, or the table cell, percent-encoded.
std::string link_target(std::string_view path) {
  std::string out;
  for (const char c : path) {
    switch (c) {
      case ' ':
        out += "%20";
        break;
      case '(':
        out += "%28";
        break;
      case ')':
        out += "%29";
        break;
      case '<':
        out += "%3C";
        break;
      case '>':
        out += "%3E";
        break;
      case '|':
        out += "%7C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string relative_link(const std::string& file, const std::string& links_from) {
  if (links_from.empty()) return file;
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path from = fs::absolute(links_from, error).lexically_normal();
  const fs::path to = fs::absolute(file, error).lexically_normal();
  if (error) return file;
  const fs::path relative = to.lexically_relative(from);
  return relative.empty() ? file : relative.generic_string();
}

std::string missing(const std::string& written) {
  return written.empty() ? "*none*" : "*none* (" + escaped(written) + ")";
}

std::string tickets_cell(const TrackedItem& item) {
  std::string out;
  for (const auto& ticket : item.tickets) {
    if (!out.empty()) out += ", ";
    const bool url = ticket.rfind("http://", 0) == 0 || ticket.rfind("https://", 0) == 0;
    out += url ? "<" + link_target(ticket) + ">" : escaped(ticket);
  }
  return out;
}

std::string title_cell(const TrackedItem& item) {
  std::string out = escaped(item.title);
  if (!item.repeat_group.empty()) out += " *(possible repeat: " + item.repeat_group + ")*";
  return out;
}

std::string row(const TrackedItem& item, const std::string& links_from) {
  std::string out = "| " + escaped(item.incident_title);
  out += " | " + (item.incident_date ? format_iso_date(*item.incident_date) : std::string());
  out += " | [" + escaped(source_of(item)) + "](" +
         link_target(relative_link(item.file, links_from)) + ")";
  out += " | " + escaped(item.id);
  out += " | " + title_cell(item);
  out += " | " + (lacks_owner(item) ? missing(item.owner) : escaped(item.owner));
  out += " | " + (lacks_deadline(item) && is_open(item) ? missing(item.deadline_text)
                                                        : escaped(deadline_label(item)));
  out += " | " + escaped(item.priority);
  out += " | " + escaped(status_label(item));
  out += " | " +
         (item.overdue ? "**" + count_of(*item.days_overdue, "day", "days") + "**" : std::string());
  out += " | " + tickets_cell(item) + " |\n";
  return out;
}

std::string item_table(const std::vector<const TrackedItem*>& items,
                       const std::string& links_from) {
  std::string out =
      "| Incident | Date | Source | ID | Action item | Owner | Deadline | Priority | Status | "
      "Overdue | Tickets |\n"
      "|----------|------|--------|----|-------------|-------|----------|----------|--------|------"
      "--:|---------|\n";
  for (const TrackedItem* item : items) out += row(*item, links_from);
  return out;
}

std::string totals(const TrackerReport& report) {
  const TrackerSummary& summary = report.summary;
  std::string out = "- **" + std::to_string(summary.open) + " open**, of which **" +
                    std::to_string(summary.overdue) + " overdue**, " +
                    std::to_string(summary.due_within_week) + " due within 7 days and " +
                    std::to_string(summary.needs_owner_or_deadline) +
                    " without an owner or a deadline\n";
  out += "- **" + std::to_string(summary.done) + " done**\n";
  if (summary.repeat_groups > 0) {
    out += "- " + count_of(summary.repeat_groups, "group", "groups") + " of possible repeats\n";
  }
  return out;
}

std::string tallies(const TrackerSummary& summary) {
  std::string out;
  if (!summary.by_owner.empty()) {
    out += "\n### Open items by owner\n\n| Owner | Open | Overdue |\n|-------|-----:|--------:|\n";
    for (const auto& tally : summary.by_owner) {
      out += "| " + escaped(tally_owner_label(tally.owner)) + " | " + std::to_string(tally.open) +
             " | " + std::to_string(tally.overdue) + " |\n";
    }
  }
  if (!summary.by_priority.empty()) {
    out +=
        "\n### Open items by priority\n\n| Priority | Open | Overdue "
        "|\n|----------|-----:|--------:|\n";
    for (const auto& tally : summary.by_priority) {
      out += "| " + escaped(tally_priority_label(tally.priority)) + " | " +
             std::to_string(tally.open) + " | " + std::to_string(tally.overdue) + " |\n";
    }
  }
  return out;
}

std::string repeats(const TrackerReport& report, const std::string& links_from) {
  if (report.repeats.empty()) return {};
  std::string out = std::string("\n## ") + kRepeatsHeading + "\n\n" + kRepeatsNote + "\n\n";
  for (const auto& group : report.repeats) {
    out += "- **" + group.id + "**\n";
    for (const auto& item : group.items) {
      out += "  - " + escaped(item.title) + " (" + escaped(status_label(item)) + ") in " +
             escaped(item.incident_title) + ", [" + escaped(source_of(item)) + "](" +
             link_target(relative_link(item.file, links_from)) + ")\n";
    }
  }
  return out;
}

}  // namespace

std::string render_actions_markdown(const TrackerReport& report, const std::string& links_from) {
  std::string out = std::string("# ") + kTrackerTitle + "\n\n";
  out +=
      "<!-- Generated by `postmortem actions`: edit the post-mortems, then generate this file "
      "again. -->\n\n";
  out += escaped(tracker_lead(report)) + "\n\n";
  out += "## Summary\n\n" + totals(report) + tallies(report.summary);
  const TrackerSections sections = split_tracker_rows(report);
  if (!sections.needing_owner_or_deadline.empty()) {
    out += std::string("\n## ") + kNeedsOwnerHeading + "\n\n" + kNeedsOwnerNote + "\n\n";
    out += item_table(sections.needing_owner_or_deadline, links_from);
  }
  out += std::string("\n## ") +
         (sections.needing_owner_or_deadline.empty() ? "Items" : "Other items") + "\n\n";
  out += sections.others.empty() ? "None.\n" : item_table(sections.others, links_from);
  out += repeats(report, links_from);
  return out;
}

}  // namespace pm
