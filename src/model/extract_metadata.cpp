#include <array>
#include <utility>

#include "model/extract.h"
#include "model/field_line.h"
#include "model/normalize.h"
#include "model/table.h"
#include "text/fold.h"

namespace pm {
namespace {

enum class KnownField { none, title, date, severity, status, duration, authors, reviewers, services };

constexpr std::array<std::pair<std::string_view, KnownField>, 34> kFieldNames{{
    {"title", KnownField::title},
    {"incident title", KnownField::title},
    {"date", KnownField::date},
    {"incident date", KnownField::date},
    {"date of incident", KnownField::date},
    {"incident start date", KnownField::date},
    {"severity", KnownField::severity},
    {"sev", KnownField::severity},
    {"severity level", KnownField::severity},
    {"incident severity", KnownField::severity},
    {"status", KnownField::status},
    {"incident status", KnownField::status},
    {"document status", KnownField::status},
    {"postmortem status", KnownField::status},
    {"duration", KnownField::duration},
    {"total duration", KnownField::duration},
    {"outage duration", KnownField::duration},
    {"incident duration", KnownField::duration},
    {"author", KnownField::authors},
    {"authors", KnownField::authors},
    {"created by", KnownField::authors},
    {"written by", KnownField::authors},
    {"prepared by", KnownField::authors},
    {"reviewer", KnownField::reviewers},
    {"reviewers", KnownField::reviewers},
    {"reviewed by", KnownField::reviewers},
    {"approvers", KnownField::reviewers},
    {"service", KnownField::services},
    {"services", KnownField::services},
    {"services impacted", KnownField::services},
    {"affected services", KnownField::services},
    {"impacted services", KnownField::services},
    {"systems affected", KnownField::services},
    {"components", KnownField::services},
}};

KnownField known_field(std::string_view name) {
  const std::string folded = fold(name);
  for (const auto& [known_name, field] : kFieldNames) {
    if (folded == known_name) return field;
  }
  return KnownField::none;
}

struct FieldCollector {
  std::vector<MetadataField> fields;
  std::vector<std::vector<std::string>> items;  // list values of front matter fields

  void add(std::string name, std::string value, int line, std::vector<std::string> list = {}) {
    fields.push_back({std::move(name), std::move(value), line});
    items.push_back(std::move(list));
  }
};

void collect_field_lines(const DocumentView& view, Node block, bool allow_plain_key, FieldCollector& out) {
  if (block.kind() == NodeKind::list) {
    for (Node item = block.first_child(); item; item = item.next()) {
      if (auto field = parse_field_line(view.lines().line(item.start_line()), false)) {
        out.add(field->name, field->value, item.start_line());
      }
    }
    return;
  }
  if (block.kind() != NodeKind::paragraph) return;
  for (int line = block.start_line(); line <= block.end_line(); ++line) {
    if (auto field = parse_field_line(view.lines().line(line), allow_plain_key)) {
      out.add(field->name, field->value, line);
    }
  }
}

bool is_field_value_table(const TableView& table) {
  if (table.header.size() != 2) return false;
  const std::string first = fold(table.header[0]);
  const std::string second = fold(table.header[1]);
  for (std::string_view name : {"field", "key", "property", "attribute", "item", "name", "metadata", ""}) {
    if (first == name) {
      return second == "value" || second == "details" || second == "description" || second == "" ||
             second == "info";
    }
  }
  return false;
}

void collect_table_fields(Node table_node, FieldCollector& out) {
  TableView table = read_table(table_node);
  if (!is_field_value_table(table)) return;
  for (const auto& row : table.rows) {
    if (row.cells.size() < 2 || row.cells[0].empty()) continue;
    std::string name = strip_symbols(row.cells[0]);
    if (!name.empty() && name.back() == ':') name.pop_back();
    if (name.empty()) continue;  // only symbols ("?>"): no field to name
    out.add(name, row.cells[1], row.line);
  }
}

// Metadata sits between the title and the first section, in a metadata section, or in a
// Field | Value table anywhere in the incident.
void collect_document_fields(const DocumentView& view, FieldCollector& out) {
  const HeadingTree& tree = view.tree();
  const int root = view.incident_root();
  for (Node block : tree[root].blocks) collect_field_lines(view, block, true, out);
  if (root == 0) {
    // The document's own title, even after a stray section: its fields follow it.
    const int title = document_title_heading(tree);
    if (title != 0) {
      for (Node block : tree[title].blocks) collect_field_lines(view, block, true, out);
    }
  }
  for (int section : view.sections_with_key("metadata")) {
    for (Node block : tree[section].blocks) collect_field_lines(view, block, false, out);
  }
  for (int section : tree.subtree(root)) {
    for (Node block : tree[section].blocks) {
      if (block.kind() == NodeKind::table) collect_table_fields(block, out);
    }
  }
}

std::optional<CivilDate> find_date_in(std::string_view text, int year_hint) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == ' ' || (at > 0 && text[at - 1] != ' ' && text[at - 1] != '(' && text[at - 1] != ',')) continue;
    if (auto match = match_leading_moment(text.substr(at), year_hint)) {
      if (match->moment.date && match->moment.date->year != 0 && is_valid_date(*match->moment.date)) {
        return match->moment.date;
      }
    }
  }
  return std::nullopt;
}

void apply_field(KnownField kind, const MetadataField& field, const std::vector<std::string>& items,
                 TitleAndMetadata& out) {
  Metadata& metadata = out.metadata;
  const std::vector<std::string> names = items.size() > 1 ? items : split_names(field.value);
  switch (kind) {
    case KnownField::title:
      if (out.title.empty()) out.title = std::string(trim(field.value)), out.title_line = field.line;
      break;
    case KnownField::date:
      if (metadata.date_text.empty()) {
        metadata.date_text = field.value;
        metadata.date_line = field.line;
        metadata.date = find_date_in(field.value, 0);
      }
      break;
    case KnownField::severity:
      if (metadata.severity_text.empty()) {
        metadata.severity_text = field.value;
        metadata.severity_line = field.line;
        metadata.severity = normalize_severity(strip_symbols(field.value));
      }
      break;
    case KnownField::status:
      if (metadata.status.empty()) metadata.status = strip_symbols(field.value), metadata.status_line = field.line;
      break;
    case KnownField::duration:
      if (metadata.duration_text.empty()) {
        metadata.duration_text = field.value;
        metadata.duration_line = field.line;
        metadata.duration_minutes = parse_duration_minutes(field.value);
      }
      break;
    case KnownField::authors:
      if (metadata.authors.empty()) metadata.authors = names;
      break;
    case KnownField::reviewers:
      if (metadata.reviewers.empty()) metadata.reviewers = names;
      break;
    case KnownField::services:
      if (metadata.services.empty()) metadata.services = names;
      break;
    case KnownField::none:
      break;
  }
}

// The title heading: the incident's own heading, or the document's title H1.
void find_title_heading(const DocumentView& view, TitleAndMetadata& out) {
  const HeadingTree& tree = view.tree();
  int heading = view.incident_root();
  if (heading == 0) heading = document_title_heading(tree);
  if (heading != 0) {
    out.title = tree[heading].title;
    out.title_line = tree[heading].line;
  }
}

}  // namespace

TitleAndMetadata extract_metadata(const DocumentView& view, const FrontMatter& front_matter) {
  TitleAndMetadata out;
  find_title_heading(view, out);
  FieldCollector collected;
  for (const auto& field : front_matter.fields) collected.add(field.name, field.value, field.line, field.items);
  collect_document_fields(view, collected);
  for (std::size_t i = 0; i < collected.fields.size(); ++i) {
    apply_field(known_field(collected.fields[i].name), collected.fields[i], collected.items[i], out);
  }
  if (!out.metadata.date) {
    out.metadata.date = find_date_in(out.title, 0);
    if (out.metadata.date && out.metadata.date_line == 0) out.metadata.date_line = out.title_line;
  }
  out.metadata.fields = std::move(collected.fields);
  return out;
}

}  // namespace pm
