#include "site/internal_sections.h"

#include <algorithm>
#include <string_view>

#include "text/fold.h"

namespace pm {
namespace {

// The text split into lines without their ends, and where each line starts.
struct Lines {
  std::vector<std::string_view> content;
  std::vector<std::size_t> starts;
};

Lines split_lines(std::string_view text) {
  Lines lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.content.push_back(line);
    lines.starts.push_back(start);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// `<!-- internal -->`, in any case and spacing.
bool has_internal_marker(std::string_view line) {
  const std::size_t open = line.find("<!--");
  if (open == std::string_view::npos) return false;
  const std::size_t close = line.find("-->", open + 4);
  if (close == std::string_view::npos) return false;
  return fold(line.substr(open + 4, close - open - 4)) == "internal";
}

bool marked_internal(const Section& section, const Lines& lines) {
  const auto at = [&](int line) { return lines.content[static_cast<std::size_t>(line - 1)]; };
  const int last = std::min(section.end_line, static_cast<int>(lines.content.size()));
  if (section.line < 1 || section.line > last) return false;
  if (has_internal_marker(at(section.line))) return true;
  for (int line = section.line + 1; line <= last; ++line) {
    if (!trim(at(line)).empty()) return has_internal_marker(at(line));
  }
  return false;
}

struct Dropping {
  const Lines& lines;
  std::vector<std::string> folded_titles;
  std::vector<DroppedSection> dropped;
  std::vector<std::pair<int, int>> ranges;  // inclusive line ranges to empty
};

void visit(const std::vector<Section>& sections, Dropping& dropping) {
  for (const Section& section : sections) {
    const auto& titles = dropping.folded_titles;
    const bool listed =
        std::find(titles.begin(), titles.end(), fold(section.title)) != titles.end();
    if (listed || marked_internal(section, dropping.lines)) {
      dropping.dropped.push_back(DroppedSection{section.title, section.line});
      dropping.ranges.emplace_back(section.line, section.end_line);
    } else {
      visit(section.sections, dropping);
    }
  }
}

}  // namespace

PublicSections drop_internal_sections(const ParsedDocument& document,
                                      const std::vector<std::string>& internal_titles) {
  const std::string& text = document.decoded.text;
  const Lines lines = split_lines(text);
  Dropping dropping{lines, {}, {}, {}};
  for (const auto& title : internal_titles) dropping.folded_titles.push_back(fold(title));
  visit(document.incident.sections, dropping);

  std::vector<bool> emptied(lines.content.size(), false);
  for (const auto& [first, last] : dropping.ranges) {
    for (int line = std::max(first, 1); line <= last && line <= static_cast<int>(emptied.size());
         ++line)
      emptied[static_cast<std::size_t>(line - 1)] = true;
  }
  PublicSections result;
  for (std::size_t index = 0; index < lines.content.size(); ++index) {
    if (!emptied[index]) {
      const std::size_t end =
          index + 1 < lines.starts.size() ? lines.starts[index + 1] : text.size();
      result.text.append(text, lines.starts[index], end - lines.starts[index]);
    } else if (index + 1 < lines.starts.size()) {
      result.text += '\n';
    }
  }
  result.dropped = std::move(dropping.dropped);
  return result;
}

}  // namespace pm
