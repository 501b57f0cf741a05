#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "lint/rule_context.h"
#include "markdown/document.h"
#include "rules/link_target.h"
#include "rules/rule_list.h"
#include "text/fold.h"

namespace pm {
namespace {

namespace fs = std::filesystem;

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

// The directory relative links start from, or null when the text did not come from a file we
// can see (standard input, an in-memory document): then there is nothing to compare with.
std::optional<fs::path> base_directory(const std::string& file) {
  if (file.empty() || file == "-" || file.front() == '<') return std::nullopt;
  std::error_code error;
  const fs::path path(file);
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  return path.parent_path();
}

bool file_exists(const fs::path& path) {
  std::error_code error;
  return fs::exists(path, error);
}

// Links and images in document order. Code spans and code blocks hold no link nodes, so their
// text is never mistaken for a link.
std::vector<Node> links_in(Node root) {
  std::vector<Node> found;
  std::vector<Node> pending{root};
  while (!pending.empty()) {
    const Node current = pending.back();
    pending.pop_back();
    if (current.kind() == NodeKind::link || current.kind() == NodeKind::image)
      found.push_back(current);
    const std::vector<Node> children = current.children();
    pending.insert(pending.end(), children.rbegin(), children.rend());
  }
  return found;
}

// cmark-gfm knows the lines of blocks, not of inline nodes: the block a link sits in.
Node enclosing_block(Node node) {
  for (Node current = node.parent(); current; current = current.parent()) {
    const NodeKind kind = current.kind();
    if (kind == NodeKind::paragraph || kind == NodeKind::heading || kind == NodeKind::table_row)
      return current;
  }
  return node;
}

// Finds link destinations on the lines of their blocks, in the order the links come, so that
// two links to one file on a line point at one target each.
class TargetLocator {
 public:
  explicit TargetLocator(const RuleContext& ctx) : ctx_(ctx) {}

  Range locate(Node link, std::string_view destination) {
    const Node block = enclosing_block(link);
    const int first = std::max(block.start_line(), 1);
    const int last = std::max(block.end_line(), first);
    if (auto found = find_in_lines(first, last, destination)) return *found;
    if (auto found = find_definition(destination)) return *found;
    return ctx_.line_range(first);
  }

 private:
  // "](target" or "](<target" from the cursor on; the cursor then moves past it.
  std::optional<Range> find_in_lines(int first, int last, std::string_view destination) {
    if (destination.empty()) return std::nullopt;
    for (int line = std::max(first, cursor_.line); line <= last; ++line) {
      const std::string_view text = ctx_.line(line);
      const std::size_t from = line == cursor_.line ? cursor_.offset : 0;
      for (std::string_view opener : {"](", "](<"}) {
        const std::string needle = std::string(opener) + std::string(destination);
        const std::size_t at = text.find(needle, from);
        if (at == std::string_view::npos) continue;
        const std::size_t begin = at + opener.size();
        cursor_ = {line, begin + destination.size()};
        return columns(line, begin, begin + destination.size());
      }
    }
    return std::nullopt;
  }

  // Reference links take their destination from a "[label]: target" line anywhere.
  std::optional<Range> find_definition(std::string_view destination) const {
    if (destination.empty()) return std::nullopt;
    for (int line = 1; line <= ctx_.document.lines->line_count(); ++line) {
      const std::string_view text = ctx_.line(line);
      const std::size_t colon = text.find("]:");
      if (trim(text).substr(0, 1) != "[" || colon == std::string_view::npos) continue;
      const std::size_t at = text.find(destination, colon + 2);
      if (at != std::string_view::npos) return columns(line, at, at + destination.size());
    }
    return std::nullopt;
  }

  static Range columns(int line, std::size_t begin, std::size_t end) {
    return Range{{line, static_cast<int>(begin) + 1}, {line, static_cast<int>(end) + 1}};
  }

  struct Cursor {
    int line = 0;
    std::size_t offset = 0;
  };
  const RuleContext& ctx_;
  Cursor cursor_;
};

std::string broken_link_message(Node link, const LinkTarget& target, const fs::path& resolved) {
  const std::string what = link.kind() == NodeKind::image ? "image" : "link";
  std::string message = what + " target " + in_quotes(target.path) +
                        " does not exist (looked for " + in_quotes(resolved.generic_string()) + ")";
  if (looks_like_host_name(target.path))
    message += "; if it is a web address, write it as " + in_quotes("https://" + target.path);
  return message;
}

// ---------------------------------------------------------------------------------------------
// PM026 broken-relative-link

void check_relative_links(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::optional<fs::path> base = base_directory(ctx.file);
  if (!base) return;
  TargetLocator locator(ctx);
  for (const Node link : links_in(ctx.document.markdown.root())) {
    const LinkTarget target = classify_link_target(link.url());
    if (target.kind != LinkTarget::Kind::relative) continue;
    const fs::path resolved = (*base / fs::path(target.path)).lexically_normal();
    const Range range = locator.locate(link, trim(link.url()));
    if (file_exists(resolved)) continue;
    sink.report(range, broken_link_message(link, target, resolved));
  }
}

}  // namespace

namespace rules {

const RuleInfo kBrokenLink{
    "PM026",
    "broken-relative-link",
    "A relative link or image points at a file that does not exist.",
    "Post-mortems link the evidence next to them: dashboards exported as images, log excerpts, "
    "the runbook that was followed. When such a file is renamed, moved or never committed, the "
    "reader loses the evidence and the renderer shows a broken link. Targets are looked up "
    "relative to the document's folder, without any `#section` or `?query`; web addresses, "
    "`#anchors` and paths starting with `/` are not checked. Fix the path, add the missing file, "
    "or write a web address with its `https://`.",
    "![Error rate during the incident](img/error-rate.png)\n\n"
    "See the [failover runbook](runbooks/db-failover.md).\n",
    "![Error rate during the incident](images/error-rate.png)\n\n"
    "See the [failover runbook](../runbooks/db-failover.md).\n",
    Severity::warning,
    false,
    false,
    check_relative_links,
};

}  // namespace rules
}  // namespace pm
