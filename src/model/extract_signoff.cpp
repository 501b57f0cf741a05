#include "model/extract.h"
#include "model/normalize.h"
#include "model/table.h"
#include "text/fold.h"

namespace pm {
namespace {

// "Incident Commander: Ana Ruiz - 2026-03-16" -> role, name, date.
SignoffEntry parse_signoff_text(std::string_view text) {
  SignoffEntry entry;
  std::string_view rest = text;
  const std::size_t colon = text.find(':');
  if (colon != std::string_view::npos) {
    entry.role = std::string(trim(text.substr(0, colon)));
    rest = trim(text.substr(colon + 1));
  }
  for (std::string_view separator : {" - ", " \u2014 ", " \u2013 ", ", "}) {
    const std::size_t at = rest.rfind(separator);
    if (at == std::string_view::npos) continue;
    entry.date = std::string(trim(rest.substr(at + separator.size())));
    rest = trim(rest.substr(0, at));
    break;
  }
  entry.name = std::string(rest);
  if (entry.role.empty()) std::swap(entry.role, entry.name);
  return entry;
}

bool is_filled(const std::string& value) { return !trim(value).empty() && !is_placeholder(value); }

void read_signoff_table(const TableView& table, std::vector<SignoffEntry>& out) {
  auto role = table.column({"role"});
  auto name = table.column({"name", "approver", "reviewer", "signed by"});
  auto date = table.column({"date", "signed on"});
  auto signed_column = table.column({"signed", "approved", "status", "sign off"});
  if (!role && !name) return;
  for (const auto& row : table.rows) {
    SignoffEntry entry{TableView::cell(row, role), TableView::cell(row, name), TableView::cell(row, date), false,
                       row.line};
    if (signed_column) {
      const std::string mark = TableView::cell(row, signed_column);
      entry.is_signed = normalize_action_status(mark) == ActionStatus::done || fold(mark) == "yes";
    } else {
      entry.is_signed = is_filled(entry.name) && is_filled(entry.date);
    }
    out.push_back(std::move(entry));
  }
}

}  // namespace

std::vector<SignoffEntry> extract_signoff(const DocumentView& view) {
  std::vector<SignoffEntry> entries;
  for (int section : view.sections_with_key("signoff")) {
    for (Node block : view.tree().blocks_within(section)) {
      if (block.kind() == NodeKind::table) read_signoff_table(read_table(block), entries);
      if (block.kind() != NodeKind::list) continue;
      for (Node item = block.first_child(); item; item = item.next()) {
        SignoffEntry entry = parse_signoff_text(item.first_paragraph_text());
        entry.line = item.start_line();
        entry.is_signed = item.is_task_item() ? item.is_checked_task() : is_filled(entry.name) && is_filled(entry.date);
        entries.push_back(std::move(entry));
      }
    }
  }
  return entries;
}

}  // namespace pm
