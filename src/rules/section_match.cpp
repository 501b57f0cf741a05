#include "rules/section_match.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "model/document_view.h"
#include "model/field_line.h"
#include "model/guidance.h"
#include "model/normalize.h"
#include "model/section_keys.h"
#include "model/time_parse.h"
#include "text/fold.h"

namespace pm {
namespace {

std::size_t at(int index) { return static_cast<std::size_t>(index); }

// ---------------------------------------------------------------------------------------------
// Matching

// What matching needs to know about every heading, computed once per document.
struct Outline {
  std::vector<std::string> folded;  // fold(title)
  std::vector<std::string> keys;    // canonical_section_key(title)
  std::vector<int> last;  // last index of the heading's subtree (indices are in document order)
  std::vector<int> depth;
};

Outline outline_of(const HeadingTree& tree) {
  Outline outline;
  const std::size_t count = at(tree.size());
  outline.folded.resize(count);
  outline.keys.resize(count);
  outline.last.resize(count);
  outline.depth.resize(count);
  for (int index = 0; index < tree.size(); ++index) {
    outline.folded[at(index)] = fold(tree[index].title);
    if (index > 0) outline.keys[at(index)] = canonical_section_key(tree[index].title);
    outline.last[at(index)] = index;
    outline.depth[at(index)] = index == 0 ? 0 : outline.depth[at(tree[index].parent)] + 1;
  }
  // A subtree is contiguous in document order, so its end is its last descendant's index.
  for (int index = tree.size() - 1; index > 0; --index) {
    int& parent_last = outline.last[at(tree[index].parent)];
    parent_last = std::max(parent_last, outline.last[at(index)]);
  }
  return outline;
}

bool is_inside(const Outline& outline, int outer, int inner) {
  return inner > outer && inner <= outline.last[at(outer)];
}

std::vector<std::string> folded_names(const SectionSpec& section) {
  std::vector<std::string> names{fold(section.title)};
  for (const auto& alias : section.aliases) names.push_back(fold(alias));
  std::erase_if(names, [](const std::string& name) { return name.empty(); });
  return names;
}

std::vector<std::string> canonical_keys(const SectionSpec& section) {
  std::vector<std::string> keys{canonical_section_key(section.title)};
  for (const auto& alias : section.aliases) keys.push_back(canonical_section_key(alias));
  std::erase_if(keys, [](const std::string& key) { return key.empty(); });
  return keys;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// Headings whose title names some template section may only be matched by title, so that a key
// match never takes a heading another section asks for by name.
std::vector<bool> claimed_by_title(const TemplateSpec& spec, const Outline& outline) {
  std::vector<std::string> all_names;
  for (const auto& section : spec.sections) {
    for (auto& name : folded_names(section)) all_names.push_back(std::move(name));
  }
  std::sort(all_names.begin(), all_names.end());
  std::vector<bool> claimed(outline.folded.size(), false);
  for (std::size_t index = 0; index < claimed.size(); ++index) {
    claimed[index] = std::binary_search(all_names.begin(), all_names.end(), outline.folded[index]);
  }
  return claimed;
}

// The document's title H1 is its title unless it names a template section itself.
int find_title_heading(const HeadingTree& tree, int incident_root,
                       const std::vector<bool>& claimed) {
  if (incident_root != 0) return -1;
  const int title = document_title_heading(tree);
  return title == 0 || claimed[at(title)] ? -1 : title;
}

// The shallowest candidate, the first of those in document order.
int best_candidate(const std::vector<int>& candidates, const Outline& outline) {
  int best = -1;
  for (int candidate : candidates) {
    if (best < 0 || outline.depth[at(candidate)] < outline.depth[at(best)]) best = candidate;
  }
  return best;
}

struct Matcher {
  const TemplateSpec& spec;
  const HeadingTree& tree;
  const Outline outline;
  const std::vector<bool> claimed;
  SectionMatches& out;

  bool is_candidate(int scope, int heading) const {
    return is_inside(outline, scope, heading) && heading != out.title_heading &&
           out.spec_of_heading[at(heading)] < 0;
  }

  int scope_of(const SectionSpec& section) const {
    if (section.parent >= 0 && out.found(section.parent)) return out.heading_of(section.parent);
    return out.incident_root;
  }

  void match_by_title(int spec_index, int scope) {
    const std::vector<std::string> names = folded_names(spec.sections[at(spec_index)]);
    std::vector<int> hits;
    for (int heading = scope + 1; heading <= outline.last[at(scope)]; ++heading) {
      if (is_candidate(scope, heading) && contains(names, outline.folded[at(heading)]))
        hits.push_back(heading);
    }
    const int primary = best_candidate(hits, outline);
    if (primary < 0) return;
    SectionMatch& match = out.specs[at(spec_index)];
    match.heading = primary;
    out.spec_of_heading[at(primary)] = spec_index;
    for (int hit : hits) {
      if (hit == primary || tree[hit].parent != tree[primary].parent) continue;
      match.repeats.push_back(hit);
      out.spec_of_heading[at(hit)] = spec_index;
    }
  }

  void match_by_key(int spec_index, int scope) {
    const std::vector<std::string> keys = canonical_keys(spec.sections[at(spec_index)]);
    if (keys.empty()) return;
    std::vector<int> hits;
    for (int heading = scope + 1; heading <= outline.last[at(scope)]; ++heading) {
      if (is_candidate(scope, heading) && !claimed[at(heading)] &&
          contains(keys, outline.keys[at(heading)])) {
        hits.push_back(heading);
      }
    }
    const int primary = best_candidate(hits, outline);
    if (primary < 0) return;
    out.specs[at(spec_index)].heading = primary;
    out.specs[at(spec_index)].by_key = true;
    out.spec_of_heading[at(primary)] = spec_index;
  }

  void run() {
    for (int spec_index = 0; spec_index < static_cast<int>(spec.sections.size()); ++spec_index) {
      const int scope = scope_of(spec.sections[at(spec_index)]);
      match_by_title(spec_index, scope);
      if (!out.found(spec_index)) match_by_key(spec_index, scope);
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Placement

int clamp_level(int level) { return std::clamp(level, 1, 6); }

int depth_of(const HeadingTree& tree, int heading) {
  int depth = 0;
  for (; heading > 0; heading = tree[heading].parent) ++depth;
  return depth;
}

// The level the document gives the template's top sections: one below the incident's heading
// (or its title), whatever level the template itself uses.
int top_level_offset(const TemplateSpec& spec, const SectionMatches& matches,
                     const HeadingTree& tree) {
  int container_level = 0;
  if (matches.incident_root != 0) {
    container_level = tree[matches.incident_root].level;
  } else if (matches.title_heading >= 0) {
    container_level = tree[matches.title_heading].level;
  }
  int template_top = 6;
  for (const auto& section : spec.sections) {
    if (section.parent < 0) template_top = std::min(template_top, section.level);
  }
  return container_level + 1 - template_top;
}

std::string heading_line(int level, std::string_view title) {
  return std::string(static_cast<std::size_t>(clamp_level(level)), '#') + " " + std::string(title) +
         "\n\n";
}

// ---------------------------------------------------------------------------------------------
// Prose and placeholders

bool is_word_char(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x80 && (std::isalnum(byte) || c == '_');
}

bool is_blank(std::string_view text) { return trim(text).empty(); }

// The matching closer of every '[' and '(' in [begin, end), found in one pass so that a line full
// of unclosed brackets still costs linear time. Escaped characters never open or close.
class BracketPairs {
 public:
  BracketPairs(std::string_view line, std::size_t begin, std::size_t end) : begin_(begin) {
    close_.assign(end - begin, std::string_view::npos);
    std::vector<std::size_t> squares;
    std::vector<std::size_t> rounds;
    for (std::size_t i = begin; i < end; ++i) {
      const char c = line[i];
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        squares.push_back(i);
      } else if (c == '(') {
        rounds.push_back(i);
      } else if (c == ']' && !squares.empty()) {
        close_[squares.back() - begin] = i;
        squares.pop_back();
      } else if (c == ')' && !rounds.empty()) {
        close_[rounds.back() - begin] = i;
        rounds.pop_back();
      }
    }
  }

  // The closer of the opener at `open`, or npos.
  std::size_t close_of(std::size_t open) const {
    return open >= begin_ && open - begin_ < close_.size() ? close_[open - begin_]
                                                           : std::string_view::npos;
  }

 private:
  std::size_t begin_;
  std::vector<std::size_t> close_;
};

// Brackets that editors and writers use on purpose, never left over from a template.
bool is_editorial_bracket(std::string_view inner) {
  inner = trim(inner);
  if (inner.empty() || inner == "x" || inner == "X") return true;  // also task boxes: "[ ]", "[x]"
  if (inner.front() == '^' || inner.front() == '!') return true;   // footnotes, "[!NOTE]" alerts
  if (std::all_of(inner.begin(), inner.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return true;  // citations: "[1]"
  if (inner.substr(0, 4) == "http") return true;
  // Channels, handles, emoji codes and written times are the author's: "[#ops]", "[@ana]",
  // "[:fire: ongoing]", "[13:20]".
  if (inner.find_first_of("#@") != std::string_view::npos || inner.front() == ':') return true;
  if (parse_moment(inner)) return true;
  const std::string folded = fold(inner);
  for (std::string_view word :
       {"redacted", "sic", "removed", "edited", "omitted", "snip", "snipped", "truncated"}) {
    if (folded == word) return true;
  }
  if (folded.empty()) return inner == "..." || inner == "\u2026";  // "[...]" elides a quote
  const std::vector<std::string> tickets = find_ticket_references(inner);
  return tickets.size() == 1 && tickets.front() == inner;  // "[PAY-812]"
}

bool starts_line(std::string_view line, std::size_t position) {
  return position <= 3 && is_blank(line.substr(0, position));
}

constexpr std::array<std::string_view, 5> kMarkerWords{"TBD", "TBA", "TBC", "TODO", "FIXME"};
constexpr std::array<std::string_view, 11> kDurationUnits{
    "hours", "hour", "hrs", "h", "minutes", "minute", "mins", "min", "m", "seconds", "days"};

std::string_view word_at(std::string_view line, std::size_t begin, std::size_t end) {
  std::size_t stop = begin;
  while (stop < end && is_word_char(line[stop])) ++stop;
  return line.substr(begin, stop - begin);
}

bool is_filler_word(std::string_view word) {
  return word == "XX" || word == "YY" || word == "xx" || word == "yy" || word == "X" || word == "N";
}

// "XX hours YY minutes": filler words each followed by a unit; returns the end of the run.
std::size_t filler_duration_end(std::string_view line, std::size_t begin, std::size_t end) {
  std::size_t position = begin;
  std::size_t run_end = begin;
  while (position < end) {
    const std::string_view filler = word_at(line, position, end);
    if (!is_filler_word(filler)) break;
    std::size_t after = position + filler.size();
    while (after < end && line[after] == ' ') ++after;
    const std::string_view unit = word_at(line, after, end);
    if (unit.empty() ||
        std::find(kDurationUnits.begin(), kDurationUnits.end(), unit) == kDurationUnits.end())
      break;
    run_end = after + unit.size();
    position = run_end;
    while (position < end && line[position] == ' ') ++position;
  }
  return run_end;
}

// A placeholder word at a word start, or nullopt; `end` is the end of the word or run.
std::optional<Placeholder> marker_at(std::string_view line, std::size_t begin, std::size_t end) {
  const std::string_view word = word_at(line, begin, end);
  if (word.empty()) return std::nullopt;
  const std::size_t after = begin + word.size();
  if (std::find(kMarkerWords.begin(), kMarkerWords.end(), word) != kMarkerWords.end()) {
    // "TODO-123" is a ticket and "TODO list" a heading, not markers.
    const bool ticket = after + 1 < end && line[after] == '-' &&
                        std::isdigit(static_cast<unsigned char>(line[after + 1]));
    const std::string next_word = fold(word_at(line, std::min(after + 1, end), end));
    if (ticket || (line.substr(after, 1) == " " && (next_word == "list" || next_word == "items")))
      return std::nullopt;
    return Placeholder{Placeholder::Kind::marker, {begin, after, false}};
  }
  if (const std::size_t run_end = filler_duration_end(line, begin, end); run_end > begin) {
    return Placeholder{Placeholder::Kind::marker, {begin, run_end, false}};
  }
  if (word == "XX" || word == "YY")
    return Placeholder{Placeholder::Kind::marker, {begin, after, false}};
  if (word == "HH" && line.substr(after, 3) == ":MM") {
    return Placeholder{Placeholder::Kind::marker, {begin, after + 3, false}};
  }
  return std::nullopt;
}

// Where scanning resumes after a bracket at `open`, and the placeholder when it is one.
struct BracketScan {
  std::size_t resume = 0;
  std::optional<Placeholder> placeholder;
};

BracketScan scan_bracket(std::string_view line, std::size_t open, std::size_t end,
                         const BracketPairs& pairs, const std::vector<std::string>& labels) {
  const std::size_t close = pairs.close_of(open);
  if (close == std::string_view::npos) return {open + 1, std::nullopt};
  const std::size_t after = close + 1;
  const bool is_image = open > 0 && line[open - 1] == '!';
  if (after < end && line[after] == '(') {  // inline link or image: skip text and destination
    const std::size_t paren = pairs.close_of(after);
    return {paren == std::string_view::npos ? after : paren + 1, std::nullopt};
  }
  if (after < end && line[after] == '[') {  // full reference link: "[text][ref]"
    const std::size_t ref_close = pairs.close_of(after);
    return {ref_close == std::string_view::npos ? after : ref_close + 1, std::nullopt};
  }
  if (after < end && line[after] == ':' && starts_line(line, open))
    return {end, std::nullopt};  // a definition
  const std::string_view inner = line.substr(open + 1, close - open - 1);
  if (is_image || is_editorial_bracket(inner) || contains(labels, fold(inner)))
    return {after, std::nullopt};
  return {after, Placeholder{Placeholder::Kind::bracketed, {open, after, false}}};
}

// ---------------------------------------------------------------------------------------------
// Section content

// List markers, quote markers and task boxes carry nothing an author wrote.
std::string_view strip_line_markers(std::string_view line) {
  bool changed = true;
  while (changed) {
    changed = false;
    line = trim(line);
    if (!line.empty() && line.front() == '>') {
      line.remove_prefix(1);
      changed = true;
      continue;
    }
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
        line[1] == ' ') {
      line.remove_prefix(2);
      changed = true;
      continue;
    }
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
        line[digits + 1] == ' ') {
      line.remove_prefix(digits + 2);
      changed = true;
      continue;
    }
    for (std::string_view box : {"[ ]", "[x]", "[X]"}) {
      if (line.substr(0, 3) == box) {
        line.remove_prefix(3);
        changed = true;
      }
    }
  }
  return line;
}

// Words a template puts between its placeholders: "[HH:MM] to [HH:MM] UTC", "| 1 | [Action] | Done
// |",
// "**Why [did that happen]?** → [Answer]".
constexpr std::array<std::string_view, 22> kTemplateConnectors{
    "to",  "and",  "or",   "of",  "the", "a",    "an",       "by",  "in",      "at",  "on",
    "for", "from", "with", "utc", "why", "done", "progress", "not", "started", "yes", "no"};

bool is_template_connector(std::string_view word) {
  const bool number = std::all_of(
      word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return number || std::find(kTemplateConnectors.begin(), kTemplateConnectors.end(), word) !=
                       kTemplateConnectors.end();
}

// Whether the text has a word the author wrote; beside placeholders (`ignore_connectors`) the
// template's connecting words do not count.
bool has_own_words(std::string_view text, bool ignore_connectors) {
  const std::string folded = fold(text);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(start, end - start);
    if (!ignore_connectors || !is_template_connector(word)) return true;
    start = end + 1;
  }
  return false;
}

// A line is filled when it says something beyond its label, its placeholders and the words the
// template put between them.
bool line_is_filled(std::string_view line, ProseScanner& scanner,
                    const std::vector<std::string>& labels) {
  std::string residue;
  bool had_placeholder = false;
  for (const TextSpan& segment : scanner.segments(line)) {
    if (segment.code) return true;  // inline code is always the author's
    std::size_t copied = segment.begin;
    for (const Placeholder& placeholder : find_placeholders(line, segment, labels)) {
      residue.append(line.substr(copied, placeholder.span.begin - copied));
      residue += ' ';
      copied = placeholder.span.end;
      had_placeholder = true;
    }
    residue.append(line.substr(copied, segment.end - copied));
    residue += ' ';
  }
  std::string_view content = strip_line_markers(residue);
  std::string value;
  if (auto field = parse_field_line(content, false)) {
    value = std::move(field->value);
    content = value;
  }
  return has_own_words(content, had_placeholder);
}

bool lines_are_filled(int first, int last, const LineTable& lines,
                      const std::vector<std::string>& labels) {
  ProseScanner scanner;
  for (int line = first; line <= last; ++line) {
    if (line_is_filled(lines.line(line), scanner, labels)) return true;
  }
  return false;
}

bool block_has_content(Node block, const LineTable& lines, const std::vector<std::string>& labels) {
  switch (block.kind()) {
    case NodeKind::heading:
    case NodeKind::thematic_break:
      return false;
    case NodeKind::code_block:
      return true;
    case NodeKind::paragraph:
      // "*All times in UTC.*" looks like guidance but tells the reader how to read the timeline.
      if (is_italic_guidance(block)) return find_zone_declaration(block.plain_text()).has_value();
      return lines_are_filled(block.start_line(), block.end_line(), lines, labels);
    case NodeKind::table:  // the header row and the delimiter row are the template's
      return lines_are_filled(block.start_line() + 2, block.end_line(), lines, labels);
    case NodeKind::html_block: {
      ProseScanner scanner;
      for (int line = block.start_line(); line <= block.end_line(); ++line) {
        const std::string_view text = lines.line(line);
        for (const TextSpan& segment : scanner.segments(text)) {
          if (!is_blank(text.substr(segment.begin, segment.end - segment.begin))) return true;
        }
      }
      return false;
    }
    default:
      return lines_are_filled(block.start_line(), block.end_line(), lines, labels);
  }
}

}  // namespace

bool title_matches(const SectionSpec& section, std::string_view title) {
  return contains(folded_names(section), fold(title));
}

SectionMatches match_sections(const TemplateSpec& spec, const HeadingTree& tree,
                              int incident_root) {
  SectionMatches matches;
  matches.incident_root = incident_root;
  matches.specs.resize(spec.sections.size());
  matches.spec_of_heading.assign(at(tree.size()), -1);
  Outline outline = outline_of(tree);
  std::vector<bool> claimed = claimed_by_title(spec, outline);
  matches.title_heading = find_title_heading(tree, incident_root, claimed);
  Matcher matcher{spec, tree, std::move(outline), std::move(claimed), matches};
  matcher.run();
  return matches;
}

std::vector<int> subsections_of(const TemplateSpec& spec, int parent) {
  std::vector<int> children;
  for (int index = 0; index < static_cast<int>(spec.sections.size()); ++index) {
    if (spec.sections[at(index)].parent == parent) children.push_back(index);
  }
  return children;
}

std::vector<int> aligned_subsections(const TemplateSpec& spec, const SectionMatches& matches,
                                     const HeadingTree& tree, int parent) {
  std::vector<int> found;
  int shallowest = tree.size();
  for (int child : subsections_of(spec, parent)) {
    if (!matches.found(child)) continue;
    found.push_back(child);
    shallowest = std::min(shallowest, depth_of(tree, matches.heading_of(child)));
  }
  std::erase_if(found,
                [&](int child) { return depth_of(tree, matches.heading_of(child)) != shallowest; });
  return found;
}

Placement place_missing_section(const TemplateSpec& spec, const SectionMatches& matches,
                                const HeadingTree& tree, int missing) {
  const SectionSpec& section = spec.sections[at(missing)];
  int previous = -1;
  int following = -1;
  for (int sibling : aligned_subsections(spec, matches, tree, section.parent)) {
    if (sibling < missing) previous = matches.heading_of(sibling);
    if (sibling > missing && following < 0) following = matches.heading_of(sibling);
  }
  Placement placement;
  if (previous >= 0) {
    placement = {Placement::Anchor::after, previous, tree[previous].end_line + 1,
                 tree[previous].level};
  } else if (following >= 0) {
    placement = {Placement::Anchor::before, following, tree[following].line, tree[following].level};
  } else if (section.parent >= 0 && matches.found(section.parent)) {
    const int parent = matches.heading_of(section.parent);
    const int relative = section.level - spec.sections[at(section.parent)].level;
    placement = {Placement::Anchor::inside, parent, tree[parent].end_line + 1,
                 tree[parent].level + relative};
  } else {
    const int root = matches.incident_root;
    placement = {Placement::Anchor::at_end, -1, tree[root].end_line + 1,
                 section.level + top_level_offset(spec, matches, tree)};
  }
  placement.level = clamp_level(placement.level);
  return placement;
}

std::string missing_section_stub(const TemplateSpec& spec, const SectionMatches& matches,
                                 int missing, int level) {
  const SectionSpec& section = spec.sections[at(missing)];
  std::string stub = heading_line(level, section.title);
  for (int child : subsections_of(spec, missing)) {
    const SectionSpec& sub = spec.sections[at(child)];
    if (sub.optional || matches.found(child)) continue;
    stub += missing_section_stub(spec, matches, child, level + sub.level - section.level);
  }
  return stub;
}

std::vector<TextSpan> ProseScanner::segments(std::string_view line) {
  std::vector<TextSpan> out;
  std::vector<std::size_t> unclosed_runs;
  std::size_t start = 0;
  std::size_t position = 0;
  auto flush = [&](std::size_t end) {
    if (end > start) out.push_back({start, end, false});
  };
  while (position < line.size()) {
    if (in_comment_) {
      const std::size_t close = line.find("-->", position);
      if (close == std::string_view::npos) return out;
      in_comment_ = false;
      position = start = close + 3;
    } else if (line.substr(position, 4) == "<!--") {
      flush(position);
      in_comment_ = true;
      position += 4;
    } else if (line[position] == '\\') {
      position += 2;
    } else if (line[position] == '`') {
      std::size_t run = 0;
      while (position + run < line.size() && line[position + run] == '`') ++run;
      // A code span closes with a run of exactly as many backticks. A length that found no closer
      // will not find one later on the line either.
      const bool hopeless =
          std::find(unclosed_runs.begin(), unclosed_runs.end(), run) != unclosed_runs.end();
      std::size_t search = hopeless ? std::string_view::npos : position + run;
      std::size_t close = std::string_view::npos;
      while (search != std::string_view::npos &&
             (search = line.find('`', search)) != std::string_view::npos) {
        std::size_t length = 0;
        while (search + length < line.size() && line[search + length] == '`') ++length;
        if (length == run) {
          close = search;
          break;
        }
        search += length;
      }
      if (close == std::string_view::npos) {
        if (!hopeless) unclosed_runs.push_back(run);
        position += run;
        continue;
      }
      flush(position);
      out.push_back({position, close + run, true});
      position = start = close + run;
    } else {
      ++position;
    }
  }
  if (!in_comment_) flush(line.size());
  return out;
}

std::vector<std::string> reference_labels(const LineTable& lines) {
  std::vector<std::string> labels;
  for (int number = 1; number <= lines.line_count(); ++number) {
    const std::string_view line = lines.line(number);
    const std::size_t open = line.find('[');
    if (open == std::string_view::npos || !starts_line(line, open)) continue;
    const std::size_t close = line.find("]:", open);
    if (close == std::string_view::npos || line.substr(open + 1, 1) == "^") continue;
    labels.push_back(fold(line.substr(open + 1, close - open - 1)));
  }
  return labels;
}

std::vector<Placeholder> find_placeholders(std::string_view line, TextSpan prose,
                                           const std::vector<std::string>& labels) {
  std::vector<Placeholder> found;
  const std::size_t end = std::min(prose.end, line.size());
  const BracketPairs pairs(line, prose.begin, end);
  // Once one "{{" has no "}}" after it, no later one has either.
  bool variables_closed = true;
  std::size_t position = prose.begin;
  while (position < end) {
    const char c = line[position];
    if (c == '\\') {
      position += 2;
    } else if (c == '[') {
      BracketScan scan = scan_bracket(line, position, end, pairs, labels);
      if (scan.placeholder) found.push_back(*scan.placeholder);
      position = scan.resume;
    } else if (variables_closed && line.substr(position, 2) == "{{") {
      const std::size_t close = line.substr(0, end).find("}}", position + 2);
      if (close == std::string_view::npos) {
        variables_closed = false;
        position += 2;
        continue;
      }
      found.push_back({Placeholder::Kind::variable, {position, close + 2, false}});
      position = close + 2;
    } else if (is_word_char(c) && (position == 0 || !is_word_char(line[position - 1]))) {
      if (auto marker = marker_at(line, position, end)) {
        found.push_back(*marker);
        position = marker->span.end;
      } else {
        position += std::max<std::size_t>(word_at(line, position, end).size(), 1);
      }
    } else {
      ++position;
    }
  }
  return found;
}

std::string text_outside_placeholders(std::string_view text) {
  std::string rest;
  std::size_t from = 0;
  for (const Placeholder& placeholder : find_placeholders(text, TextSpan{0, text.size(), false}, {})) {
    rest += text.substr(from, placeholder.span.begin - from);
    from = placeholder.span.end;
  }
  rest += text.substr(std::min(from, text.size()));
  return rest;
}

bool is_italic_guidance(Node paragraph) {
  if (paragraph.kind() != NodeKind::paragraph) return false;
  bool any_italic = false;
  for (Node child = paragraph.first_child(); child; child = child.next()) {
    switch (child.kind()) {
      case NodeKind::emphasis:
        any_italic = true;
        break;
      case NodeKind::text:
        if (!is_blank(child.literal())) return false;
        break;
      case NodeKind::soft_break:
      case NodeKind::line_break:
        break;
      case NodeKind::html_inline:
        if (child.literal().substr(0, 4) != "<!--") return false;
        break;
      default:
        return false;
    }
  }
  return any_italic;
}

bool introduces_next_block(Node example_label) {
  for (Node child = example_label.first_child().next(); child; child = child.next()) {
    if (child.kind() == NodeKind::html_inline && child.literal().substr(0, 4) == "<!--") continue;
    const std::string_view text = child.kind() == NodeKind::text ? trim(child.literal()) : "x";
    if (!text.empty() && text != ":") return false;
  }
  return true;
}

bool section_has_content(const HeadingTree& tree, int heading, const LineTable& lines,
                         const std::vector<std::string>& labels) {
  bool skip_example = false;
  for (Node block : tree.blocks_within(heading)) {
    if (skip_example) {
      skip_example = false;
      continue;
    }
    if (is_example_label(block)) {
      skip_example = introduces_next_block(block);
      continue;
    }
    if (block_has_content(block, lines, labels)) return true;
  }
  return false;
}

std::string without_comments(std::string_view text) {
  std::string out;
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t open = text.find("<!--", position);
    out.append(text.substr(
        position, open == std::string_view::npos ? std::string_view::npos : open - position));
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    position = close + 3;
  }
  return out;
}

}  // namespace pm
