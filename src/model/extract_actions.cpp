#include <algorithm>

#include "model/action_text.h"
#include "model/extract.h"
#include "model/guidance.h"
#include "model/normalize.h"
#include "model/table.h"
#include "text/fold.h"

namespace pm {
namespace {

struct ActionColumns {
  std::optional<std::size_t> id, title, owner, deadline, priority, status, ticket;
};

std::optional<std::size_t> id_column(const TableView& table) {
  for (std::size_t index = 0; index < table.header.size(); ++index) {
    const std::string_view raw = trim(table.header[index]);
    const std::string folded = fold(raw);
    if (raw == "#" || folded == "id" || folded == "no" || folded == "number" || folded == "num") return index;
  }
  return std::nullopt;
}

std::optional<ActionColumns> action_columns(const TableView& table) {
  ActionColumns columns;
  columns.title = table.column({"action item", "action", "task", "item", "title", "description", "what", "follow up",
                                "remediation", "todo"});
  columns.owner = table.column({"owner", "assignee", "assigned to", "who", "responsible", "team"});
  columns.deadline = table.column({"deadline", "due date", "due", "target date", "eta", "by when", "target"});
  columns.priority = table.column({"priority", "prio", "severity"});
  columns.status = table.column({"status", "state", "done"});
  columns.ticket = table.column({"ticket", "bug", "issue", "jira", "link", "tracking", "pr"});
  columns.id = id_column(table);
  if (!columns.title || (!columns.owner && !columns.deadline && !columns.status && !columns.priority)) {
    return std::nullopt;
  }
  return columns;
}

// Ticket links written as Markdown links: "([PR](https://...))" keeps its URL out of the text.
void add_link_tickets(Node node, ActionItem& item) {
  for (const auto& url : node.link_urls()) {
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) continue;
    if (std::find(item.tickets.begin(), item.tickets.end(), url) == item.tickets.end()) item.tickets.push_back(url);
  }
}

void read_action_table(const TableView& table, int year_hint, std::vector<ActionItem>& out) {
  auto columns = action_columns(table);
  if (!columns) return;
  for (const auto& row : table.rows) {
    ActionItem item = parse_action_text(TableView::cell(row, columns->title), year_hint);
    item.title = TableView::cell(row, columns->title);
    item.line = row.line;
    item.id = TableView::cell(row, columns->id);
    if (columns->owner) item.owner = TableView::cell(row, columns->owner);
    if (columns->deadline) {
      item.deadline_text = TableView::cell(row, columns->deadline);
      item.deadline = parse_date(item.deadline_text, year_hint);
    }
    if (columns->priority) {
      item.priority_text = TableView::cell(row, columns->priority);
      item.priority = normalize_severity(item.priority_text).value_or(item.priority_text);
    }
    if (columns->status) {
      item.status_text = TableView::cell(row, columns->status);
      item.status = normalize_action_status(item.status_text);
    }
    if (columns->ticket) {
      for (auto& ticket : find_ticket_references(TableView::cell(row, columns->ticket))) {
        bool seen = false;
        for (const auto& existing : item.tickets) seen = seen || existing == ticket;
        if (!seen) item.tickets.push_back(ticket);
      }
    }
    for (Node cell : row.cell_nodes) add_link_tickets(cell, item);
    out.push_back(std::move(item));
  }
}

bool holds_task_items(Node list) {
  for (Node item = list.first_child(); item; item = item.next()) {
    if (item.is_task_item()) return true;
    for (Node child = item.first_child(); child; child = child.next()) {
      if (child.kind() == NodeKind::list && holds_task_items(child)) return true;
    }
  }
  return false;
}

void read_action_list(Node list, int year_hint, std::vector<ActionItem>& out);

void read_action_item(Node node, int year_hint, std::vector<ActionItem>& out) {
  Node nested;
  for (Node child = node.first_child(); child; child = child.next()) {
    if (child.kind() == NodeKind::list) nested = child;
  }
  // An item whose sub-items are tasks only groups them ("1. **Fix the build:**" + "- [ ] ...").
  if (!node.is_task_item() && nested && holds_task_items(nested)) {
    read_action_list(nested, year_hint, out);
    return;
  }
  ActionItem item = parse_action_text(node.first_paragraph_text(), year_hint);
  item.line = node.start_line();
  for (Node child = node.first_child(); child; child = child.next()) {
    if (child.kind() == NodeKind::paragraph) add_link_tickets(child, item);
  }
  if (node.is_task_item()) {
    item.status = node.is_checked_task() ? ActionStatus::done : ActionStatus::not_started;
    item.status_text = node.is_checked_task() ? "[x]" : "[ ]";
  } else if (item.status == ActionStatus::unknown) {
    item.status = normalize_action_status(item.title.substr(0, std::min<std::size_t>(item.title.size(), 6)));
    if (item.status != ActionStatus::unknown) item.status_text = item.title.substr(0, item.title.find(' '));
  }
  if (!item.title.empty()) out.push_back(std::move(item));
  if (node.is_task_item() && nested && holds_task_items(nested)) read_action_list(nested, year_hint, out);
}

void read_action_list(Node list, int year_hint, std::vector<ActionItem>& out) {
  for (Node item = list.first_child(); item; item = item.next()) read_action_item(item, year_hint, out);
}

}  // namespace

std::vector<ActionItem> extract_action_items(const DocumentView& view, int year_hint) {
  std::vector<ActionItem> items;
  for (int section : view.sections_with_key("action_items")) {
    bool after_example = false;
    for (Node block : view.tree().blocks_within(section)) {
      if (is_example_label(block)) {
        after_example = true;
        continue;
      }
      if (!after_example) {
        if (block.kind() == NodeKind::table) read_action_table(read_table(block), year_hint, items);
        if (block.kind() == NodeKind::list) read_action_list(block, year_hint, items);
      }
      after_example = false;
    }
  }
  return items;
}

}  // namespace pm
