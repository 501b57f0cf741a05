#include "render/closed_blocks.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "markdown/document.h"
#include "text/fold.h"
#include "text/line_table.h"

namespace pm {
namespace {

constexpr std::string_view kProbe = "# postmortem-probe";

// Whether Markdown after `chunk` starts afresh: a heading line that follows it is a heading.
bool is_closed(const std::string& chunk) {
  const std::string probed = chunk + "\n" + std::string(kProbe) + "\n";
  const MarkdownDocument document = MarkdownDocument::parse(probed);
  const std::vector<Node> blocks = document.root().children();
  return !blocks.empty() && blocks.back().kind() == NodeKind::heading &&
         blocks.back().plain_text() == kProbe.substr(2);
}

// The run of backticks or tildes that opens the fence on `line`, or "".
std::string fence_of(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && at < 3 && line[at] == ' ') ++at;
  if (at >= line.size() || (line[at] != '`' && line[at] != '~')) return {};
  const std::size_t end = line.find_first_not_of(line[at], at);
  return std::string(line.substr(at, (end == std::string_view::npos ? line.size() : end) - at));
}

// The first line of the last top-level block, where an open fence would have started.
std::string_view last_block_first_line(const std::string& chunk) {
  const MarkdownDocument document = MarkdownDocument::parse(chunk);
  const std::vector<Node> blocks = document.root().children();
  if (blocks.empty()) return {};
  return LineTable(chunk).line(blocks.back().start_line());
}

// The kind and first line of each top-level block, lines counted from `first_line`.
std::vector<std::pair<NodeKind, int>> top_level_blocks(const std::string& text, int first_line) {
  std::vector<std::pair<NodeKind, int>> blocks;
  const MarkdownDocument document = MarkdownDocument::parse(text);
  for (Node block : document.root().children())
    blocks.emplace_back(block.kind(), block.start_line() + first_line - 1);
  return blocks;
}

}  // namespace

std::string separator_between(const std::string& first, const std::string& then) {
  if (first.empty() || then.empty()) return {};
  auto apart = top_level_blocks(first, 1);
  const int then_line = static_cast<int>(std::count(first.begin(), first.end(), '\n')) + 2;
  for (const auto& block : top_level_blocks(then, then_line)) apart.push_back(block);
  if (top_level_blocks(first + "\n" + then, 1) == apart) return "\n";
  return "\n<!-- -->\n\n";
}

std::string joined_apart(const std::string& first, const std::string& then) {
  return first + separator_between(first, then) + then;
}

std::string with_open_block_closed(std::string chunk) {
  if (chunk.empty() || is_closed(chunk)) return chunk;
  if (!chunk.ends_with('\n')) chunk += '\n';
  // The end conditions of the HTML block kinds that do not end at a blank line, then the fence.
  constexpr std::array<std::string_view, 8> kHtmlEnds{"-->",      "?>",     "]]>",      ">",
                                                       "</script>", "</pre>", "</style>", "</textarea>"};
  std::vector<std::string> closers(kHtmlEnds.begin(), kHtmlEnds.end());
  const std::string_view opening = last_block_first_line(chunk);
  // A raw <pre>, <script>, <style> or <textarea> block ends at any of their end tags; its own
  // reads best.
  for (std::string_view tag : {"pre", "script", "style", "textarea"}) {
    const std::string_view trimmed = opening.substr(std::min(opening.find_first_not_of(' '), opening.size()));
    if (trimmed.size() > tag.size() && trimmed[0] == '<' && fold(trimmed.substr(1, tag.size())) == tag)
      closers.insert(closers.begin(), "</" + std::string(tag) + ">");
  }
  const std::string fence = fence_of(opening);
  if (!fence.empty()) closers.insert(closers.begin(), fence);
  for (const std::string& closer : closers) {
    if (is_closed(chunk + closer + "\n")) return chunk + closer + "\n";
  }
  return chunk;
}

}  // namespace pm
