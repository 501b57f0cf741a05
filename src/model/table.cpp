#include "model/table.h"

#include "text/fold.h"

namespace pm {

std::optional<std::size_t> TableView::column(std::initializer_list<std::string_view> names) const {
  for (std::string_view name : names) {
    for (std::size_t index = 0; index < header.size(); ++index) {
      if (starts_with_folded(fold(header[index]), name)) return index;
    }
  }
  return std::nullopt;
}

std::string TableView::cell(const TableRow& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size()) return {};
  return row.cells[*column];
}

TableView read_table(Node table) {
  TableView view;
  view.line = table.start_line();
  for (Node row = table.first_child(); row; row = row.next()) {
    TableRow parsed;
    parsed.line = row.start_line();
    for (Node cell = row.first_child(); cell; cell = cell.next()) {
      parsed.cells.push_back(cell.plain_text());
      parsed.cell_nodes.push_back(cell);
    }
    if (row.is_header_row()) {
      view.header = std::move(parsed.cells);
    } else {
      view.rows.push_back(std::move(parsed));
    }
  }
  return view;
}

}  // namespace pm
