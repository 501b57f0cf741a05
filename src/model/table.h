#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/document.h"

namespace pm {

struct TableRow {
  std::vector<std::string> cells;  // plain text of each cell
  std::vector<Node> cell_nodes;
  int line = 0;
};

// A GFM table read into text: its header and body rows.
struct TableView {
  std::vector<std::string> header;
  std::vector<TableRow> rows;
  int line = 0;

  // The first column whose folded header starts with one of `names` (folded, e.g. "due date").
  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;
  // The cell at `column` in `row`, or empty when the row is short or the column is absent.
  static std::string cell(const TableRow& row, std::optional<std::size_t> column);
};

TableView read_table(Node table);

}  // namespace pm
