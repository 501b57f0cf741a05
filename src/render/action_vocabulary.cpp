#include "render/action_vocabulary.h"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "rules/action_status.h"
#include "text/fold.h"

namespace pm {
namespace {

// The cells of a GFM table row as written, split at the pipes that are not escaped; the text
// before the first pipe and after the last one are cells too, usually empty.
std::vector<std::string> split_cells(std::string_view row) {
  std::vector<std::string> cells(1);
  for (std::size_t at = 0; at < row.size(); ++at) {
    if (row[at] == '\\' && at + 1 < row.size()) {
      cells.back() += row.substr(at, 2);
      ++at;
    } else if (row[at] == '|') {
      cells.emplace_back();
    } else {
      cells.back() += row[at];
    }
  }
  return cells;
}

std::string join_cells(const std::vector<std::string>& cells) {
  std::string row;
  for (std::size_t index = 0; index < cells.size(); ++index)
    row += (index == 0 ? "" : "|") + cells[index];
  return row;
}

// Puts `replacement` in the one cell that holds exactly `value`; false when none or several do.
bool replace_cell(std::vector<std::string>& cells, std::string_view value,
                  const std::string& replacement) {
  if (trim(value).empty()) return false;
  auto holds = [&](const std::string& cell) { return trim(cell) == trim(value); };
  if (std::count_if(cells.begin(), cells.end(), holds) != 1) return false;
  std::string& cell = *std::find_if(cells.begin(), cells.end(), holds);
  const std::size_t first = cell.find_first_not_of(" \t"), last = cell.find_last_not_of(" \t");
  cell = cell.substr(0, first) + replacement + cell.substr(last + 1);
  return true;
}

std::optional<std::string> status_entry(const ActionItem& item, const TemplateSpec& spec) {
  if (!has_written_status(item)) return std::nullopt;
  const std::vector<std::string>& vocabulary = spec.status_vocabulary;
  if (std::find(vocabulary.begin(), vocabulary.end(), trim(item.status_text)) != vocabulary.end())
    return std::nullopt;
  // "Done" is the template's "🟢 Done" without its symbol.
  for (const std::string& entry : vocabulary) {
    if (!fold(entry).empty() && fold(entry) == fold(item.status_text)) return entry;
  }
  if (names_vocabulary_entry(item.status_text, vocabulary)) return std::nullopt;
  const auto suggestion = suggest_status_entry(item.status_text, vocabulary);
  if (!suggestion || !suggestion->certain) return std::nullopt;
  return suggestion->entry;
}

std::optional<std::string> priority_entry(const ActionItem& item, const TemplateSpec& spec) {
  if (item.priority.empty() || item.priority == item.priority_text) return std::nullopt;
  for (const std::string& entry : spec.priority_vocabulary) {
    if (fold(entry) == fold(item.priority_text))
      return std::nullopt;  // already the template's word
  }
  for (const std::string& entry : spec.priority_vocabulary) {
    if (entry == item.priority) return entry;
  }
  return std::nullopt;
}

// The lines of the table rows in action-item sections; list items are not rows.
std::set<int> action_table_rows(const DocumentView& view) {
  std::set<int> rows;
  for (int section : view.sections_with_key("action_items")) {
    for (Node block : view.tree().blocks_within(section)) {
      if (block.kind() != NodeKind::table) continue;
      for (Node row = block.first_child(); row; row = row.next()) rows.insert(row.start_line());
    }
  }
  return rows;
}

}  // namespace

std::map<int, std::string> action_rows_in_vocabulary(const DocumentView& view,
                                                     const Incident& incident,
                                                     const LineTable& lines,
                                                     const TemplateSpec& spec) {
  const std::set<int> table_rows = action_table_rows(view);
  std::map<int, std::string> rows;
  for (const ActionItem& item : incident.action_items) {
    if (!table_rows.count(item.line)) continue;
    std::vector<std::string> cells = split_cells(lines.line(item.line));
    bool changed = false;
    if (auto entry = status_entry(item, spec))
      changed = replace_cell(cells, item.status_text, *entry) || changed;
    if (auto entry = priority_entry(item, spec))
      changed = replace_cell(cells, item.priority_text, *entry) || changed;
    if (changed) rows[item.line] = join_cells(cells);
  }
  return rows;
}

}  // namespace pm
