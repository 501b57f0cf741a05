// The two public forms of a TemplateSpec: JSON for tools and a listing for people.

#include <algorithm>
#include <string>

#include "template/template_reader.h"

namespace pm {
namespace {

using nlohmann::ordered_json;

ordered_json field_json(const FieldSpec& field) {
  return ordered_json{{"name", field.name},
                      {"type", field_type_name(field.type)},
                      {"values", field.values},
                      {"placeholder", field.placeholder},
                      {"line", field.line}};
}

ordered_json section_json(const SectionSpec& section) {
  return ordered_json{{"title", section.title},       {"key", section.key},
                      {"aliases", section.aliases},   {"level", section.level},
                      {"optional", section.optional}, {"line", section.line},
                      {"parent", section.parent}};
}

ordered_json table_json(const TableSpec& table) {
  return ordered_json{
      {"section_key", table.section_key}, {"columns", table.columns}, {"line", table.line}};
}

template <typename T, typename ToJson>
ordered_json json_array(const std::vector<T>& items, ToJson to_json_item) {
  ordered_json array = ordered_json::array();
  for (const T& item : items) array.push_back(to_json_item(item));
  return array;
}

// Code points, so that names with accents or emoji still line up in a terminal.
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string padded(std::string_view text, std::size_t width) {
  std::string out(text);
  out.append(width - std::min(width, display_width(text)), ' ');
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// Line numbers right-aligned in a column of their own.
std::string line_label(int line) {
  const std::string number = std::to_string(line);
  return std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') + number + "  ";
}

std::string or_none(std::string text) { return text.empty() ? "(none)" : text; }

int depth_of(const std::vector<SectionSpec>& sections, const SectionSpec& section) {
  int depth = 0;
  for (int parent = section.parent; parent >= 0;
       parent = sections[static_cast<std::size_t>(parent)].parent)
    ++depth;
  return depth;
}

std::string describe_fields(const std::vector<FieldSpec>& fields) {
  std::size_t name_width = 0;
  for (const FieldSpec& field : fields)
    name_width = std::max(name_width, display_width(field.name));
  std::string out = "Fields (" + std::to_string(fields.size()) + "):\n";
  if (fields.empty()) out += "  (none)\n";
  for (const FieldSpec& field : fields) {
    const std::string detail = field.type == FieldSpec::Type::enumeration
                                   ? joined(field.values, " | ")
                                   : field.placeholder;
    out += line_label(field.line) + padded(field.name, name_width) + "  " +
           padded(field_type_name(field.type), 11) + "  " + detail + "\n";
  }
  return out;
}

std::string describe_sections(const std::vector<SectionSpec>& sections) {
  std::string out = "Sections (" + std::to_string(sections.size()) + "):\n";
  for (const SectionSpec& section : sections) {
    out += line_label(section.line) +
           std::string(static_cast<std::size_t>(depth_of(sections, section)) * 2, ' ') +
           std::string(static_cast<std::size_t>(section.level), '#') + " " + section.title;
    if (section.optional) out += "  (optional)";
    if (!section.aliases.empty()) out += "  aliases: " + joined(section.aliases, ", ");
    out += "\n";
  }
  return out;
}

std::string describe_tables(const std::vector<TableSpec>& tables) {
  std::string out = "Tables:\n";
  if (tables.empty()) out += "  (none)\n";
  for (const TableSpec& table : tables) {
    out += line_label(table.line) + table.section_key + ": " + joined(table.columns, " | ") + "\n";
  }
  return out;
}

}  // namespace

std::string_view field_type_name(FieldSpec::Type type) {
  switch (type) {
    case FieldSpec::Type::text:
      return "text";
    case FieldSpec::Type::date:
      return "date";
    case FieldSpec::Type::duration:
      return "duration";
    case FieldSpec::Type::enumeration:
      return "enumeration";
  }
  return "text";
}

ordered_json to_json(const TemplateSpec& spec) {
  return ordered_json{{"schema_version", kTemplateSchemaVersion},
                      {"source", spec.source},
                      {"title_pattern", spec.title_pattern},
                      {"fields", json_array(spec.fields, field_json)},
                      {"sections", json_array(spec.sections, section_json)},
                      {"tables", json_array(spec.tables, table_json)},
                      {"status_vocabulary", spec.status_vocabulary},
                      {"priority_vocabulary", spec.priority_vocabulary},
                      {"whys", spec.whys}};
}

std::string describe_template(const TemplateSpec& spec) {
  std::string out = "Template: " + spec.source + "\n";
  out += "Title: " + or_none(spec.title_pattern) + "\n\n";
  out += describe_fields(spec.fields) + "\n";
  out += describe_sections(spec.sections) + "\n";
  out += describe_tables(spec.tables) + "\n";
  out += "Action statuses: " + or_none(joined(spec.status_vocabulary, ", ")) + "\n";
  out += "Priorities: " + or_none(joined(spec.priority_vocabulary, ", ")) + "\n";
  out += "Why steps: " + std::to_string(spec.whys) + "\n";
  return out;
}

}  // namespace pm
