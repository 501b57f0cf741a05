#include "render/header_line_drops.h"

#include "render/markdown_line.h"

namespace pm {
namespace {

void drop_range(HeaderLineDrops& drops, int first, int last) {
  for (int line = first; line <= last; ++line) drops.lines.insert(line);
}

void drop_list_items(HeaderLineDrops& drops, const IncidentOutline& outline, Node list) {
  for (Node item = list.first_child(); item; item = item.next()) {
    if (!is_header_line(outline, item.start_line())) continue;
    drop_range(drops, item.start_line(), item.end_line());
    // An item between two others leaves the list whole; the first or last one leaves its
    // neighbour next to whatever stood before or after the list.
    const bool between_items = item.previous() && item.next();
    if (!between_items) drops.keep_apart_after.insert(item.end_line());
  }
}

void drop_paragraph_lines(HeaderLineDrops& drops, const IncidentOutline& outline, Node block,
                          const LineTable& lines) {
  bool dropped_from_start = true;
  for (int line = block.start_line(); line <= block.end_line(); ++line) {
    if (is_header_line(outline, line)) {
      drops.lines.insert(line);
      continue;
    }
    if (dropped_from_start && line > block.start_line() && block.kind() == NodeKind::paragraph)
      drops.restarted[line] = opening_a_paragraph(lines.line(line));
    dropped_from_start = false;
  }
  if (dropped_from_start) drops.keep_apart_after.insert(block.end_line());
}

}  // namespace

HeaderLineDrops header_lines_to_drop(const DocumentView& view, const IncidentOutline& outline,
                                     const LineTable& lines) {
  std::vector<Node> blocks = outline.preamble;
  // The same blocks the outline takes header fields from: a metadata section's subsections too.
  for (int section : view.sections_with_key("metadata")) {
    const std::vector<Node> within = view.tree().blocks_within(section);
    blocks.insert(blocks.end(), within.begin(), within.end());
  }
  HeaderLineDrops drops;
  for (Node block : blocks) {
    if (!holds_header_field(outline, block)) continue;
    if (block.kind() == NodeKind::table) {
      drop_range(drops, block.start_line(), block.end_line());
      drops.keep_apart_after.insert(block.end_line());
    } else if (block.kind() == NodeKind::list) {
      drop_list_items(drops, outline, block);
    } else {
      drop_paragraph_lines(drops, outline, block, lines);
    }
  }
  return drops;
}

}  // namespace pm
