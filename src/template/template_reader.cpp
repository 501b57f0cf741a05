#include "template/template_reader.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "markdown/document.h"
#include "markdown/front_matter.h"
#include "markdown/heading_tree.h"
#include "model/field_line.h"
#include "model/guidance.h"
#include "model/section_keys.h"
#include "model/table.h"
#include "support/embedded_files.h"
#include "template/directives.h"
#include "template/placeholder.h"
#include "text/decode.h"
#include "text/fold.h"
#include "text/line_table.h"

namespace pm {
namespace {

constexpr std::string_view kDefaultTemplatePath = "templates/default.md";
constexpr std::string_view kDefaultTemplateSource = "built-in default";
constexpr std::string_view kTimelineKey = "timeline";
constexpr std::string_view kActionItemsKey = "action_items";

// The parsed template as every derivation step reads it.
struct Skeleton {
  const HeadingTree& tree;
  const LineTable& lines;
  int title = -1;                 // tree index of the H1 title; -1 when the template has none
  std::vector<std::string> keys;  // section key per tree index
};

std::string section_key(std::string_view title) {
  std::string key = canonical_section_key(title);
  return key.empty() ? fold(title) : key;
}

// The title is the template's first heading when that heading is an H1.
int find_title(const HeadingTree& tree) { return tree.size() > 1 && tree[1].level == 1 ? 1 : -1; }

bool is_section(const Skeleton& skeleton, int index) {
  return index > 0 && index != skeleton.title;
}

// Guidance paragraphs and examples (an `**Example**:` label and the block after it) show authors
// what to write; they never state what a post-mortem needs.
std::vector<Node> requirement_blocks(const std::vector<Node>& blocks) {
  std::vector<Node> kept;
  bool after_example_label = false;
  for (Node block : blocks) {
    // "**Example**:" alone introduces the next block; "**Example**: text" is an example by itself.
    const bool is_label = is_example_label(block);
    const bool skip =
        after_example_label || is_label || is_inline_example(block) || is_guidance_paragraph(block);
    after_example_label = is_label;
    if (!skip) kept.push_back(block);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Structure checks

std::optional<TemplateError> structure_error(const Skeleton& skeleton) {
  if (skeleton.tree.size() == 1) {
    return TemplateError{
        1,
        "template has no headings; a template is a post-mortem skeleton whose "
        "headings (`## Timeline`, `## Action Items`, ...) are the sections it requires"};
  }
  if (skeleton.tree.size() == 2 && skeleton.title == 1) {
    return TemplateError{skeleton.tree[1].line,
                         "template has a title but no sections below it; add a "
                         "`## Section` heading for each section a post-mortem needs"};
  }
  return std::nullopt;
}

// cmark lets an unclosed comment run to the end of the document, swallowing every heading after it.
std::optional<TemplateError> unclosed_comment_error(const Skeleton& skeleton) {
  for (const HeadingSection& section : skeleton.tree.sections()) {
    for (Node block : section.blocks) {
      if (block.kind() != NodeKind::html_block) continue;
      for (const HtmlComment& comment : html_comments(block.literal())) {
        if (!comment.closed) {
          return TemplateError{
              block.start_line() + comment.line_offset,
              "HTML comment is never closed with `-->`, so it hides the rest of the template"};
        }
      }
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Sections

// Where comments about a section may stand: on its heading line, or as HTML blocks right after it.
struct DirectiveSite {
  std::string_view html;
  int line = 0;
};

std::vector<DirectiveSite> directive_sites(const HeadingSection& section) {
  std::vector<DirectiveSite> sites;
  for (Node inline_node = section.heading.first_child(); inline_node;
       inline_node = inline_node.next()) {
    if (inline_node.kind() == NodeKind::html_inline)
      sites.push_back({inline_node.literal(), section.line});
  }
  for (Node block : section.blocks) {
    if (block.kind() != NodeKind::html_block) break;
    sites.push_back({block.literal(), block.start_line()});
  }
  return sites;
}

std::optional<TemplateError> apply_directives(const HeadingSection& section, SectionSpec& spec) {
  for (const DirectiveSite& site : directive_sites(section)) {
    for (const HtmlComment& comment : html_comments(site.html)) {
      SectionDirective directive = read_section_directive(comment.text);
      if (directive.kind == SectionDirective::Kind::optional) spec.optional = true;
      if (directive.kind != SectionDirective::Kind::aliases) continue;
      if (directive.aliases.empty()) {
        return TemplateError{site.line + comment.line_offset,
                             "aliases comment for \"" + spec.title +
                                 "\" lists no titles; write them comma-separated: `<!-- aliases: "
                                 "Summary, TL;DR -->`"};
      }
      for (std::string& alias : directive.aliases) spec.aliases.push_back(std::move(alias));
    }
  }
  return std::nullopt;
}

std::variant<std::vector<SectionSpec>, TemplateError> read_sections(const Skeleton& skeleton) {
  std::vector<SectionSpec> sections;
  std::vector<int> spec_of_tree_index(static_cast<std::size_t>(skeleton.tree.size()), -1);
  for (int index = 0; index < skeleton.tree.size(); ++index) {
    if (!is_section(skeleton, index)) continue;
    const HeadingSection& section = skeleton.tree[index];
    SectionSpec spec;
    spec.title = section.title;
    spec.key = skeleton.keys[static_cast<std::size_t>(index)];
    spec.level = section.level;
    spec.line = section.line;
    spec.parent =
        section.parent >= 0 ? spec_of_tree_index[static_cast<std::size_t>(section.parent)] : -1;
    if (auto error = apply_directives(section, spec)) return *error;
    spec_of_tree_index[static_cast<std::size_t>(index)] = static_cast<int>(sections.size());
    sections.push_back(std::move(spec));
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Header fields

std::vector<Node> header_blocks(const Skeleton& skeleton) {
  return requirement_blocks(skeleton.tree[std::max(skeleton.title, 0)].blocks);
}

bool has_field_named(const std::vector<FieldSpec>& fields, std::string_view name) {
  const std::string folded = fold(name);
  return std::any_of(fields.begin(), fields.end(),
                     [&](const FieldSpec& field) { return fold(field.name) == folded; });
}

// `**Name**: [placeholder]`; a line whose value has no placeholder is a fixed text, not a field.
std::optional<FieldSpec> field_of_line(std::string_view line, int line_number) {
  std::optional<FieldLine> field = parse_field_line(line, false);
  if (!field) return std::nullopt;
  const std::vector<std::string_view> placeholders = bracketed_texts(field->value);
  if (placeholders.empty()) return std::nullopt;
  FieldSpec spec;
  spec.name = std::move(field->name);
  spec.type = placeholder_type(placeholders.front());
  if (spec.type == FieldSpec::Type::enumeration)
    spec.values = placeholder_alternatives(placeholders.front());
  spec.placeholder = std::move(field->value);
  spec.line = line_number;
  return spec;
}

std::vector<FieldSpec> read_fields(const Skeleton& skeleton) {
  std::vector<FieldSpec> fields;
  for (Node block : header_blocks(skeleton)) {
    if (block.kind() != NodeKind::paragraph && block.kind() != NodeKind::list) continue;
    for (int line = block.start_line(); line <= block.end_line(); ++line) {
      std::optional<FieldSpec> field = field_of_line(skeleton.lines.line(line), line);
      if (field && !has_field_named(fields, field->name)) fields.push_back(std::move(*field));
    }
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Tables and their vocabularies

// The timeline or action-item section a table belongs to, looking through subsections such as
// "### Chronological Timeline"; empty for tables elsewhere.
std::string_view table_owner_key(const Skeleton& skeleton, int index) {
  for (; is_section(skeleton, index); index = skeleton.tree[index].parent) {
    const std::string& key = skeleton.keys[static_cast<std::size_t>(index)];
    if (key == kTimelineKey || key == kActionItemsKey) return key;
  }
  return {};
}

// A cell's vocabulary: its text, or the alternatives of its placeholders ("[P0 / P1]"). A
// placeholder without alternatives ("[Status]") names no value.
std::vector<std::string> cell_values(std::string_view cell) {
  cell = trim(cell);
  const std::vector<std::string_view> placeholders = bracketed_texts(cell);
  if (placeholders.empty())
    return cell.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(cell)};
  std::vector<std::string> values;
  for (std::string_view placeholder : placeholders) {
    for (std::string& value : placeholder_alternatives(placeholder))
      values.push_back(std::move(value));
  }
  return values;
}

// Values compare folded ("🟢 Done" and "Done" are one status); emoji-only values compare as
// written.
std::string vocabulary_key(std::string_view value) {
  std::string folded = fold(value);
  return folded.empty() ? std::string(value) : folded;
}

std::vector<std::string> column_vocabulary(const TableView& table,
                                           std::optional<std::size_t> column) {
  std::vector<std::string> vocabulary;
  std::vector<std::string> seen;
  if (!column) return vocabulary;
  for (const TableRow& row : table.rows) {
    for (std::string& value : cell_values(TableView::cell(row, column))) {
      std::string key = vocabulary_key(value);
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(std::move(key));
      vocabulary.push_back(std::move(value));
    }
  }
  return vocabulary;
}

bool has_table_for(const std::vector<TableSpec>& tables, std::string_view key) {
  return std::any_of(tables.begin(), tables.end(),
                     [&](const TableSpec& table) { return table.section_key == key; });
}

void read_tables(const Skeleton& skeleton, TemplateSpec& spec) {
  for (int index = 0; index < skeleton.tree.size(); ++index) {
    const std::string_view owner = table_owner_key(skeleton, index);
    if (owner.empty()) continue;
    for (Node block : requirement_blocks(skeleton.tree[index].blocks)) {
      if (block.kind() != NodeKind::table || has_table_for(spec.tables, owner)) continue;
      TableView table = read_table(block);
      if (owner == kActionItemsKey) {
        spec.status_vocabulary = column_vocabulary(table, table.column({"status"}));
        spec.priority_vocabulary = column_vocabulary(table, table.column({"priority"}));
      }
      spec.tables.push_back(TableSpec{std::string(owner), std::move(table.header), table.line});
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Five whys

bool is_why_question(std::string_view text) {
  return starts_with_folded(fold(text), "why") && text.find('?') != std::string_view::npos;
}

int why_items(Node list) {
  int count = 0;
  for (Node item = list.first_child(); item; item = item.next()) {
    if (is_why_question(item.first_paragraph_text())) ++count;
  }
  return count;
}

// The template's first numbered list of "Why ...?" steps.
int count_whys(const Skeleton& skeleton) {
  for (int index = 0; index < skeleton.tree.size(); ++index) {
    if (!is_section(skeleton, index)) continue;
    for (Node block : requirement_blocks(skeleton.tree[index].blocks)) {
      if (block.kind() != NodeKind::list || !block.is_ordered_list()) continue;
      if (const int count = why_items(block); count > 0) return count;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------

TemplateResult derive_spec(const Skeleton& skeleton, std::string source) {
  if (auto error = structure_error(skeleton)) return *error;
  if (auto error = unclosed_comment_error(skeleton)) return *error;
  TemplateSpec spec;
  spec.source = std::move(source);
  if (skeleton.title >= 0) spec.title_pattern = skeleton.tree[skeleton.title].title;
  auto sections = read_sections(skeleton);
  if (auto* error = std::get_if<TemplateError>(&sections)) return std::move(*error);
  spec.sections = std::move(std::get<std::vector<SectionSpec>>(sections));
  spec.fields = read_fields(skeleton);
  read_tables(skeleton, spec);
  spec.whys = count_whys(skeleton);
  return spec;
}

TemplateError not_utf8_error(const DecodeFailure& failure) {
  return TemplateError{failure.line, "template is not UTF-8 text: " + failure.message};
}

}  // namespace

TemplateResult read_template(std::string_view bytes, std::string source) {
  DecodeResult decoded = decode(bytes);
  if (const auto* failure = std::get_if<DecodeFailure>(&decoded)) return not_utf8_error(*failure);
  const std::string& text = std::get<DecodedText>(decoded).text;
  // Front matter is blanked, not removed, so every line keeps its number.
  std::string markdown_text = text;
  take_front_matter(markdown_text);
  const LineTable lines(text);
  const MarkdownDocument markdown = MarkdownDocument::parse(markdown_text);
  const HeadingTree tree = HeadingTree::build(markdown, lines.line_count());
  Skeleton skeleton{tree, lines, find_title(tree), {}};
  for (const HeadingSection& section : tree.sections())
    skeleton.keys.push_back(section_key(section.title));
  return derive_spec(skeleton, std::move(source));
}

TemplateResult default_template() {
  const std::optional<std::string_view> content = find_embedded_file(kDefaultTemplatePath);
  if (!content)
    return TemplateError{0,
                         "the built-in template is missing from this build (templates/default.md)"};
  return read_template(*content, std::string(kDefaultTemplateSource));
}

}  // namespace pm
