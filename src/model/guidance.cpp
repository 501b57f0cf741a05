#include "model/guidance.h"

#include "text/fold.h"

namespace pm {

bool is_guidance_paragraph(Node block) {
  if (block.kind() != NodeKind::paragraph) return false;
  bool any = false;
  for (Node child = block.first_child(); child; child = child.next()) {
    if (child.kind() == NodeKind::emphasis) {
      any = true;
    } else if (child.kind() == NodeKind::text || child.kind() == NodeKind::soft_break ||
               child.kind() == NodeKind::line_break) {
      if (!trim(child.literal()).empty()) return false;
    } else {
      return false;
    }
  }
  return any;
}

bool is_example_label(Node block) {
  if (block.kind() != NodeKind::paragraph) return false;
  Node first = block.first_child();
  if (!first || first.kind() != NodeKind::strong) return false;
  const std::string folded = fold(block.plain_text());
  // Only a label on its own introduces the next block; "**Example**: text" is its own example.
  return folded == "example" || folded == "examples" || folded == "for example";
}

bool is_inline_example(Node block) {
  if (block.kind() != NodeKind::paragraph) return false;
  Node first = block.first_child();
  return first && first.kind() == NodeKind::strong && starts_with_folded(fold(first.plain_text()), "example");
}

}  // namespace pm
