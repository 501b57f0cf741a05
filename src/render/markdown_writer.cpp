#include "render/markdown_writer.h"

#include <algorithm>
#include <map>

#include "fix/table_alignment.h"
#include "model/document_view.h"
#include "render/action_vocabulary.h"
#include "render/canonical_header.h"
#include "render/closed_blocks.h"
#include "render/header_line_drops.h"
#include "render/incident_outline.h"
#include "render/markdown_line.h"
#include "text/fold.h"

namespace pm {
namespace {

constexpr int kDeepestHeading = 6;

bool is_blank(std::string_view line) { return trim(line).empty(); }

// What the writer reads, gathered once: the tree, the source lines (front matter blanked), the
// changes to make to lines, and the template.
struct Source {
  const ParsedDocument& document;
  const DocumentView& view;
  const IncidentOutline& outline;
  const TemplateSpec& spec;
  LineTable lines;                      // over document.markdown_text
  HeaderLineDrops dropped;              // header field lines, written in the header instead
  std::map<int, std::string> replaced;  // rewritten action rows and paragraph lines

  const HeadingTree& tree() const { return view.tree(); }
};

// The lines as one text, less blank lines at either end.
std::string joined_lines(const std::vector<std::string_view>& lines) {
  std::size_t start = 0, end = lines.size();
  while (end > start && is_blank(lines[end - 1])) --end;
  while (start < end && is_blank(lines[start])) ++start;
  std::string text;
  for (std::size_t index = start; index < end; ++index) (text += lines[index]) += '\n';
  return text;
}

// The lines [first, last] as written, less the dropped ones, with the blank lines a dropped run
// leaves behind folded into one and blank lines at either end trimmed. Where a dropped block stood
// between two others, they are joined so that they still read apart.
std::string copy_lines(const Source& source, int first, int last) {
  std::vector<std::vector<std::string_view>> pieces(1);
  bool after_drop = false;
  bool keep_apart = false;
  for (int number = first; number <= last; ++number) {
    if (source.dropped.lines.count(number)) {
      after_drop = true;
      keep_apart = keep_apart || source.dropped.keep_apart_after.count(number);
      continue;
    }
    const auto rewritten = source.replaced.find(number);
    const std::string_view line = rewritten != source.replaced.end()
                                      ? std::string_view(rewritten->second)
                                      : source.lines.line(number);
    std::vector<std::string_view>& kept = pieces.back();
    if (is_blank(line) && after_drop && (kept.empty() || is_blank(kept.back()))) continue;
    if (!is_blank(line)) {
      if (keep_apart && !kept.empty() && !is_blank(kept.back())) pieces.emplace_back();
      after_drop = keep_apart = false;
    }
    pieces.back().push_back(line);
  }
  // Each piece is weighed against the one before it only, so the work stays linear.
  std::string text, previous;
  for (const auto& piece : pieces) {
    std::string current = joined_lines(piece);
    if (current.empty()) continue;
    text += separator_between(previous, current) + current;
    previous = std::move(current);
  }
  return text;
}

// A section's own lines: after its heading, before its first subsection.
std::string own_content(const Source& source, int section) {
  const HeadingSection& heading = source.tree()[section];
  const int first = heading.heading ? heading.heading.end_line() + 1 : 1;
  const int last = heading.children.empty() ? heading.end_line
                                            : source.tree()[heading.children.front()].line - 1;
  // Sections move to the template's order; one must not swallow the next.
  return with_open_block_closed(copy_lines(source, first, last));
}

// The heading's inline Markdown as written: "Impact of the `v418` change".
std::string heading_source(const Source& source, const HeadingSection& section) {
  const Node heading = section.heading;
  std::string_view first = trim(source.lines.line(heading.start_line()));
  if (heading.is_setext_heading()) {
    // A setext heading: its text runs up to the underline.
    std::string text;
    for (int line = heading.start_line(); line < heading.end_line(); ++line) {
      text += (text.empty() ? "" : " ") + std::string(trim(source.lines.line(line)));
    }
    return text.empty() ? section.title : text;
  }
  first.remove_prefix(std::min(first.find_first_not_of('#'), first.size()));
  first = trim(first);
  // An optional closing run of #s, when a space separates it from the text.
  const std::size_t closing = first.find_last_not_of('#');
  if (closing != std::string_view::npos && closing + 1 < first.size() && first[closing] == ' ') {
    first = trim(first.substr(0, closing));
  } else if (closing == std::string_view::npos) {
    first = {};
  }
  return std::string(first);
}

const SectionSpec* spec_for(const TemplateSpec& spec, const std::string& key) {
  if (key.empty()) return nullptr;
  for (const SectionSpec& section : spec.sections) {
    if (section.key == key) return &section;
  }
  return nullptr;
}

// The template's title for a section it knows, unless the title as written says more that the
// reader relies on: "Timeline (all times PDT)" names the zone of every entry below it.
std::string section_title(const Source& source, int section) {
  const HeadingSection& heading = source.tree()[section];
  const SectionSpec* known = spec_for(source.spec, source.view.key(section));
  if (known && !find_zone_declaration(heading.title)) return known->title;
  return heading_source(source, heading);
}

// Sections in the template's order. A section the template does not know keeps its place after
// the one it followed, so a day heading stays after its timeline.
std::vector<int> in_template_order(const Source& source, const std::vector<int>& sections) {
  std::vector<std::pair<int, int>> ranked;  // template rank, section
  int rank = -1;
  for (int section : sections) {
    const std::string& key = source.view.key(section);
    for (std::size_t index = 0; !key.empty() && index < source.spec.sections.size(); ++index) {
      if (source.spec.sections[index].key == key) {
        rank = static_cast<int>(index);
        break;
      }
    }
    ranked.emplace_back(rank, section);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<int> ordered;
  for (const auto& entry : ranked) ordered.push_back(entry.second);
  return ordered;
}

void add_chunk(std::string& out, const std::string& chunk) {
  if (chunk.empty()) return;
  if (!out.empty()) out += '\n';
  out += chunk;
}

std::string section_markdown(const Source& source, int section, int level) {
  std::string body = own_content(source, section);
  for (int child : in_template_order(source, source.tree()[section].children)) {
    add_chunk(body, section_markdown(source, child, level + 1));
  }
  // A metadata section whose fields all moved to the header has nothing left to say.
  if (body.empty() && source.view.key(section) == "metadata") return {};
  std::string out = atx_heading_line(std::min(level, kDeepestHeading), section_title(source, section));
  add_chunk(out, body);
  return out;
}

// The lines before the first section that are not fields: a note under the title, a warning
// that the document is a draft.
std::string preamble_text(const Source& source) {
  std::string out;
  // Lines before the first heading belong to the incident unless it is nested in a larger page.
  if (source.view.incident_root() == 0) out = own_content(source, 0);
  // The title heading stood between the two and is written above them both.
  if (source.outline.title_section >= 0)
    out = joined_apart(out, own_content(source, source.outline.title_section));
  return out;
}

std::string title_line(const Source& source) {
  if (source.outline.title_section >= 0) {
    const std::string written = heading_source(source, source.tree()[source.outline.title_section]);
    // An empty `#` leaves the title to a title field, which the header then leaves out.
    if (!trim(written).empty()) return atx_heading_line(1, written);
  }
  const std::string& title = source.document.incident.title;
  return title.empty() ? std::string() : atx_heading_line(1, title);
}

// Without a title or fields, the text may start with a line a second reading takes for the
// opening fence of front matter: a thematic break `---` above a setext heading that became
// `## ...` (front matter may open with a `#` comment), or a paragraph of `+++` lines. `***` is the
// same break and `\+++` the same text.
std::string without_leading_fence(std::string out) {
  const std::size_t end = out.find('\n');
  std::string_view first(out.data(), end == std::string::npos ? out.size() : end);
  while (!first.empty() && (first.back() == ' ' || first.back() == '\t')) first.remove_suffix(1);
  if (first == "---") {
    out.replace(0, first.size(), "***");
  } else if (first == "+++") {
    out.insert(0, "\\");
  }
  return out;
}

}  // namespace

std::string render_markdown(const ParsedDocument& document, const TemplateSpec& spec) {
  const DocumentView view(*document.tree, *document.lines);
  const IncidentOutline outline = outline_incident(view, document);
  Source source{document, view, outline, spec, LineTable(document.markdown_text), {}, {}};
  source.dropped = header_lines_to_drop(view, outline, source.lines);
  source.replaced = action_rows_in_vocabulary(view, document.incident, source.lines, spec);
  source.replaced.insert(source.dropped.restarted.begin(), source.dropped.restarted.end());
  std::string out = title_line(source);
  // The fields may end in a list of `- key: value` items, which indented text would join.
  add_chunk(out, joined_apart(canonical_field_lines(document, outline, spec), preamble_text(source)));
  for (int section : in_template_order(source, outline.sections))
    add_chunk(out, section_markdown(source, section, 2));
  return without_leading_fence(align_tables(out).text);
}

}  // namespace pm
