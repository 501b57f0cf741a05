#include "fix/table_alignment.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "markdown/document.h"
#include "text/fold.h"
#include "text/line_table.h"

namespace pm {
namespace {

char32_t next_code_point(std::string_view text, std::size_t& at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
  char32_t value = length == 1 ? byte : length == 2 ? (byte & 0x1F) : length == 3 ? (byte & 0x0F) : (byte & 0x07);
  for (int i = 1; i < length && at + static_cast<std::size_t>(i) < text.size(); ++i) {
    value = (value << 6) | (static_cast<unsigned char>(text[at + static_cast<std::size_t>(i)]) & 0x3F);
  }
  at += static_cast<std::size_t>(length);
  return value;
}

int code_point_width(char32_t c) {
  if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x0300 && c <= 0x036F) ||
      (c >= 0x1F3FB && c <= 0x1F3FF)) {
    return 0;
  }
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                    (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1F680 && c <= 0x1F6FF) ||
                    (c >= 0x1FA70 && c <= 0x1FAFF) || c == 0x2705 || c == 0x274C || c == 0x2B50 ||
                    (c >= 0x1F7E0 && c <= 0x1F7EB) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

// Cells of one table row: split on pipes that are not escaped, the outer pipes optional.
std::vector<std::string> split_row(std::string_view line) {
  std::string_view row = trim(line);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t at = 0; at < row.size(); ++at) {
    if (row[at] == '\\' && at + 1 < row.size()) {
      cell += row[at];
      cell += row[++at];
    } else if (row[at] == '|') {
      cells.emplace_back(trim(cell));
      cell.clear();
    } else {
      cell += row[at];
    }
  }
  cells.emplace_back(trim(cell));
  return cells;
}

struct ColumnAlignment {
  bool left = false;
  bool right = false;
};

std::optional<std::vector<ColumnAlignment>> read_delimiter_row(const std::vector<std::string>& cells) {
  std::vector<ColumnAlignment> alignments;
  for (const auto& cell : cells) {
    if (cell.empty()) return std::nullopt;
    ColumnAlignment alignment{cell.front() == ':', cell.size() > 1 && cell.back() == ':'};
    const std::string_view dashes = std::string_view(cell).substr(alignment.left ? 1 : 0,
        cell.size() - (alignment.left ? 1 : 0) - (alignment.right ? 1 : 0));
    if (dashes.empty() || dashes.find_first_not_of('-') != std::string_view::npos) return std::nullopt;
    alignments.push_back(alignment);
  }
  return alignments;
}

std::string padded(const std::string& cell, int width) {
  return cell + std::string(static_cast<std::size_t>(std::max(0, width - display_width(cell))), ' ');
}

std::string delimiter_cell(ColumnAlignment alignment, int width) {
  const int dashes = std::max(1, width - (alignment.left ? 1 : 0) - (alignment.right ? 1 : 0));
  return std::string(alignment.left ? ":" : "") + std::string(static_cast<std::size_t>(dashes), '-') +
         std::string(alignment.right ? ":" : "");
}

// The aligned lines of a table, or nothing when the table is better left alone.
std::optional<std::vector<std::string>> aligned_rows(const std::vector<std::string_view>& lines) {
  if (lines.size() < 2) return std::nullopt;
  for (auto line : lines) {
    if (line.empty() || line.front() != '|') return std::nullopt;  // indented or pipe-less rows
  }
  std::vector<std::vector<std::string>> rows;
  for (auto line : lines) rows.push_back(split_row(line));
  const std::size_t columns = rows.front().size();
  for (const auto& row : rows) {
    if (row.size() != columns) return std::nullopt;
  }
  const auto alignments = read_delimiter_row(rows[1]);
  if (!alignments) return std::nullopt;
  std::vector<int> widths(columns, 3);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (r == 1) continue;
    for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], display_width(rows[r][c]));
  }
  std::vector<std::string> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string line = "|";
    for (std::size_t c = 0; c < columns; ++c) {
      line += " " + (r == 1 ? delimiter_cell((*alignments)[c], widths[c]) : padded(rows[r][c], widths[c])) + " |";
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t at = 0; at < text.size();) width += code_point_width(next_code_point(text, at));
  return width;
}

AlignedTables align_tables(std::string_view text) {
  const MarkdownDocument markdown = MarkdownDocument::parse(text);
  const LineTable lines(text);
  std::vector<std::pair<int, std::vector<std::string>>> replacements;  // first line, new lines
  for (Node block = markdown.root().first_child(); block; block = block.next()) {
    if (block.kind() != NodeKind::table) continue;
    std::vector<std::string_view> rows;
    for (int line = block.start_line(); line <= block.end_line(); ++line) rows.push_back(lines.line(line));
    auto aligned = aligned_rows(rows);
    if (!aligned) continue;
    bool same = true;
    for (std::size_t i = 0; i < rows.size(); ++i) same = same && rows[i] == (*aligned)[i];
    if (!same) replacements.emplace_back(block.start_line(), std::move(*aligned));
  }
  AlignedTables result;
  result.tables = static_cast<int>(replacements.size());
  if (replacements.empty()) {
    result.text = std::string(text);
    return result;
  }
  std::vector<std::string_view> out_lines;
  std::size_t next = 0;
  for (int line = 1; line <= lines.line_count(); ++line) {
    if (next < replacements.size() && replacements[next].first == line) {
      for (const auto& row : replacements[next].second) out_lines.push_back(row);
      line += static_cast<int>(replacements[next].second.size()) - 1;
      ++next;
    } else {
      out_lines.push_back(lines.line(line));
    }
  }
  for (std::size_t i = 0; i < out_lines.size(); ++i) {
    if (i > 0) result.text += '\n';
    result.text += out_lines[i];
  }
  if (!text.empty() && text.back() == '\n') result.text += '\n';
  return result;
}

}  // namespace pm
