#include "render/canonical_header.h"

#include <regex>
#include <vector>

#include "model/field_line.h"
#include "model/normalize.h"
#include "render/field_kind.h"
#include "render/markdown_line.h"
#include "rules/timeline_window.h"
#include "text/fold.h"

namespace pm {
namespace {

struct HeaderField {
  const MetadataField* field;
  FieldKind kind;
  bool written = false;
};

std::vector<HeaderField> header_fields(const Metadata& metadata, const IncidentOutline& outline) {
  std::vector<HeaderField> fields;
  for (const MetadataField& field : metadata.fields) {
    if (is_header_line(outline, field.line)) fields.push_back({&field, field_kind(field.name)});
  }
  return fields;
}

// The value a template enumeration spells the same way, ignoring case, emoji and punctuation.
std::optional<std::string> vocabulary_entry(std::string_view value, const FieldSpec& spec) {
  if (spec.type != FieldSpec::Type::enumeration) return std::nullopt;
  const std::string folded = fold(value);
  for (const std::string& entry : spec.values) {
    if (!folded.empty() && fold(entry) == folded) return entry;
  }
  return std::nullopt;
}

// "3h 40m", "2 hours 5 minutes", "1.5 hours", "1 day, 3 hours and 5 minutes": nothing but a duration.
bool is_only_a_duration(std::string_view value) {
  static const std::string kNumber = R"(\d+(\.\d+)?\s*)";
  static const std::string kUnit = "(d|days?|h|hrs?|hours?|m|mins?|minutes?)";
  static const std::regex kDuration(
      R"(\s*)" + kNumber + kUnit + R"((\s*,?\s*(and\s+)?)" + kNumber + kUnit + R"()*\s*)",
      std::regex::icase);
  return std::regex_match(value.begin(), value.end(), kDuration);
}

std::string canonical_date(const std::string& value, const Metadata& metadata) {
  const auto moment = parse_moment(value);
  if (!metadata.date || !moment || !moment->date || moment->time || *moment->date != *metadata.date)
    return value;
  return format_iso_date(*metadata.date);
}

std::string canonical_duration(const std::string& value, const Metadata& metadata) {
  if (!metadata.duration_minutes || value != metadata.duration_text || !is_only_a_duration(value))
    return value;
  const std::string spelled = human_duration(*metadata.duration_minutes);
  return parse_duration_minutes(spelled) == metadata.duration_minutes ? spelled : value;
}

// The value of the field the model read its meaning from, in the template's words where certain.
std::string canonical_value(const HeaderField& header, const Metadata& metadata,
                            const FieldSpec& spec) {
  const std::string& value = header.field->value;
  switch (header.kind) {
    case FieldKind::date:
      return canonical_date(value, metadata);
    case FieldKind::severity:
      if (metadata.severity && value == metadata.severity_text) {
        return vocabulary_entry(*metadata.severity, spec).value_or(value);
      }
      return value;
    case FieldKind::status:
      return vocabulary_entry(strip_symbols(value), spec).value_or(value);
    case FieldKind::duration:
      return canonical_duration(value, metadata);
    default:
      return value;
  }
}

std::string field_line(std::string_view name, const std::string& value) {
  const std::string text = one_line(value);
  return "**" + std::string(name) + "**:" + (text.empty() ? "" : " " + text) + "\n";
}

// Whether `line` is read again as the field `name`, so that rendering twice gives one text.
bool reads_back_as(const std::string& line, std::string_view name) {
  const auto field = parse_field_line(line.substr(0, line.size() - 1), false);
  return field && field->name == name;
}

// A field whose name would not read back as a field (front matter keys may be anything: "1tsa
// Ptus", a whole sentence, `[x]`) is kept as a list item of text below the fields. A leading `*`
// or `_` is escaped so that the item cannot open a bold key.
std::string text_item(const std::string& name, const std::string& value) {
  std::string item = one_line(name) + ": " + one_line(value);
  if (!item.empty() && (item.front() == '*' || item.front() == '_')) item.insert(0, "\\");
  return "- " + item + "\n";
}

bool fills(const HeaderField& header, const FieldSpec& spec, FieldKind spec_kind) {
  if (header.written || header.kind == FieldKind::title) return false;
  if (spec_kind != FieldKind::other) return header.kind == spec_kind;
  return fold(header.field->name) == fold(spec.name);
}

}  // namespace

std::string canonical_field_lines(const ParsedDocument& document, const IncidentOutline& outline,
                                  const TemplateSpec& spec) {
  const Metadata& metadata = document.incident.metadata;
  std::vector<HeaderField> fields = header_fields(metadata, outline);
  std::string lines;
  for (const FieldSpec& field_spec : spec.fields) {
    const FieldKind spec_kind = field_kind(field_spec.name);
    for (HeaderField& header : fields) {
      if (!fills(header, field_spec, spec_kind)) continue;
      lines += field_line(field_spec.name, canonical_value(header, metadata, field_spec));
      header.written = true;
      break;
    }
  }
  std::string text_items;
  for (const HeaderField& header : fields) {
    // The heading says the title; a title field saying something else stays.
    const bool repeats_title =
        header.kind == FieldKind::title && trim(header.field->value) == document.incident.title;
    if (header.written || repeats_title) continue;
    const std::string line = field_line(header.field->name, header.field->value);
    if (reads_back_as(line, header.field->name)) {
      lines += line;
    } else {
      text_items += text_item(header.field->name, header.field->value);
    }
  }
  if (!text_items.empty()) lines += (lines.empty() ? "" : "\n") + text_items;
  return lines;
}

}  // namespace pm
