#include "author/new_document.h"

#include <vector>

#include "author/slug.h"
#include "text/fold.h"

namespace pm {
namespace {

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Replaces the first bracketed placeholder (or, failing that, the text after the label) with `title`.
std::string titled_heading(const std::string& heading, const std::string& title) {
  const std::size_t open = heading.find('[');
  const std::size_t close = open == std::string::npos ? open : heading.find(']', open);
  if (close != std::string::npos) return heading.substr(0, open) + title + heading.substr(close + 1);
  return "# " + title;
}

bool field_is(const FieldSpec& field, std::initializer_list<std::string_view> names) {
  const std::string folded = fold(field.name);
  for (auto name : names) {
    if (folded == name) return true;
  }
  return false;
}

// The template's own spelling of a value ("p1" -> "P1", "draft" -> "Draft"), or nothing.
std::optional<std::string> vocabulary_value(const FieldSpec& field, std::string_view wanted) {
  for (const auto& value : field.values) {
    if (fold(value) == fold(wanted)) return value;
  }
  return std::nullopt;
}

std::string joined(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& value : values) text += (text.empty() ? "" : ", ") + value;
  return text;
}

struct FieldValue {
  const FieldSpec* field;
  std::string value;
};

std::variant<std::vector<FieldValue>, NewDocumentError> field_values(const TemplateSpec& spec,
                                                                    const NewDocumentFacts& facts) {
  std::vector<FieldValue> values;
  for (const auto& field : spec.fields) {
    if (field.type == FieldSpec::Type::date && field_is(field, {"date", "incident date", "date of incident"})) {
      values.push_back({&field, format_iso_date(facts.date)});
    } else if (field_is(field, {"severity", "sev", "severity level"}) && facts.severity) {
      std::optional<std::string> value = *facts.severity;
      if (field.type == FieldSpec::Type::enumeration) value = vocabulary_value(field, *facts.severity);
      if (!value) {
        return NewDocumentError{"severity \"" + *facts.severity + "\" is not one of the template's values (" +
                                joined(field.values) + ")"};
      }
      values.push_back({&field, *value});
    } else if (field_is(field, {"status", "document status", "postmortem status"})) {
      auto draft = field.type == FieldSpec::Type::enumeration ? vocabulary_value(field, "draft") : std::nullopt;
      values.push_back({&field, draft.value_or("Draft")});
    } else if (field_is(field, {"authors", "author", "written by", "created by"}) && facts.author) {
      values.push_back({&field, *facts.author});
    }
  }
  return values;
}

}  // namespace

std::variant<std::string, NewDocumentError> fill_template(std::string_view template_text, const TemplateSpec& spec,
                                                          const NewDocumentFacts& facts) {
  auto values = field_values(spec, facts);
  if (auto* error = std::get_if<NewDocumentError>(&values)) return *error;
  std::vector<std::string> lines = split_lines(template_text);
  for (const auto& [field, value] : std::get<std::vector<FieldValue>>(values)) {
    if (field->line < 1 || field->line > static_cast<int>(lines.size())) continue;
    std::string& line = lines[static_cast<std::size_t>(field->line - 1)];
    const std::size_t at = line.rfind(field->placeholder);
    if (at != std::string::npos) line.replace(at, field->placeholder.size(), value);
  }
  for (auto& line : lines) {
    if (line.rfind("# ", 0) == 0) {
      line = titled_heading(line, facts.title);
      break;
    }
  }
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) text += (i ? "\n" : "") + lines[i];
  return text;
}

std::string new_document_file_name(const NewDocumentFacts& facts) {
  return format_iso_date(facts.date) + "-" + slug_of(facts.title) + ".md";
}

}  // namespace pm
