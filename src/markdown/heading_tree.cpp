#include "markdown/heading_tree.h"

namespace pm {

HeadingTree HeadingTree::build(const MarkdownDocument& document, int last_line) {
  HeadingTree tree;
  tree.sections_.push_back(HeadingSection{"", 0, 0, last_line, Node(), {}, -1, {}});
  std::vector<int> open{0};
  for (Node block = document.root().first_child(); block; block = block.next()) {
    if (block.kind() != NodeKind::heading) {
      tree.sections_[static_cast<std::size_t>(open.back())].blocks.push_back(block);
      continue;
    }
    const int level = block.heading_level();
    while (open.size() > 1 && tree[open.back()].level >= level) {
      tree.sections_[static_cast<std::size_t>(open.back())].end_line = block.start_line() - 1;
      open.pop_back();
    }
    const int index = tree.size();
    tree.sections_.push_back(HeadingSection{block.plain_text(), level, block.start_line(), last_line, block,
                                            {}, open.back(), {}});
    tree.sections_[static_cast<std::size_t>(open.back())].children.push_back(index);
    open.push_back(index);
  }
  return tree;
}

std::vector<int> HeadingTree::subtree(int index) const {
  std::vector<int> out;
  std::vector<int> pending{index};
  while (!pending.empty()) {
    int current = pending.back();
    pending.pop_back();
    out.push_back(current);
    const auto& children = (*this)[current].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) pending.push_back(*it);
  }
  return out;
}

std::vector<Node> HeadingTree::blocks_within(int index) const {
  std::vector<Node> out;
  for (int section : subtree(index)) {
    if (section != index && (*this)[section].heading) out.push_back((*this)[section].heading);
    const auto& blocks = (*this)[section].blocks;
    out.insert(out.end(), blocks.begin(), blocks.end());
  }
  return out;
}

}  // namespace pm
