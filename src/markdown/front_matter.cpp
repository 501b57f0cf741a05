#include "markdown/front_matter.h"

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <cctype>
#include <optional>
#include <sstream>

namespace pm {
namespace {

struct Fences {
  std::size_t body_begin = 0;  // first byte after the opening fence line
  std::size_t body_end = 0;    // first byte of the closing fence line
  std::size_t block_end = 0;   // first byte after the closing fence line
  int closing_line = 0;
};

std::string_view line_at(std::string_view text, std::size_t begin) {
  std::size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

// The opening fence must be the very first line; the closing one the next line equal to it.
std::optional<Fences> find_fences(std::string_view text, std::string_view fence) {
  if (line_at(text, 0) != fence) return std::nullopt;
  std::size_t begin = text.find('\n');
  if (begin == std::string_view::npos) return std::nullopt;
  ++begin;
  int line_number = 2;
  for (std::size_t cursor = begin; cursor < text.size(); ++line_number) {
    std::string_view line = line_at(text, cursor);
    std::size_t next = text.find('\n', cursor);
    std::size_t after = next == std::string_view::npos ? text.size() : next + 1;
    if (line == fence || (fence == "---" && line == "...")) {
      return Fences{begin, cursor, after, line_number};
    }
    cursor = after;
  }
  return std::nullopt;
}

// A key is a name the model matches against field names; control characters in it (YAML allows
// some in plain scalars) are dropped so that "\x19severity" is the severity it was meant to be.
std::string key_name(std::string key) {
  std::erase_if(key, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  return key;
}

std::string yaml_scalar_text(const YAML::Node& node) {
  if (node.IsScalar()) return node.Scalar();
  if (node.IsNull()) return {};
  YAML::Emitter out;
  out << YAML::Flow << node;
  return out.c_str();
}

// Every field reports the line of its key, also when its value is a list or spans lines.
void add_yaml_field(const std::string& name, int key_line, const YAML::Node& node, int body_line,
                    std::vector<FrontMatterField>& fields) {
  if (node.IsMap()) {
    for (const auto& entry : node) {
      add_yaml_field(name + "." + key_name(entry.first.as<std::string>()), body_line + entry.first.Mark().line, entry.second,
                     body_line, fields);
    }
    return;
  }
  FrontMatterField field{name, {}, {}, key_line};
  if (node.IsSequence()) {
    for (const auto& element : node) field.items.push_back(yaml_scalar_text(element));
  } else {
    field.items.push_back(yaml_scalar_text(node));
  }
  for (const auto& item : field.items) {
    if (!field.value.empty()) field.value += ", ";
    field.value += item;
  }
  fields.push_back(std::move(field));
}

void read_yaml(std::string_view body, FrontMatter& front_matter) {
  // Lines in yaml-cpp marks are 0-based from the body's first line, one after the fence.
  const int body_line = front_matter.first_line + 1;
  try {
    YAML::Node root = YAML::Load(std::string(body));
    if (root.IsNull()) return;
    if (!root.IsMap()) {
      front_matter.errors.push_back({body_line, "front matter is not a mapping of keys to values"});
      return;
    }
    for (const auto& entry : root) {
      add_yaml_field(key_name(entry.first.as<std::string>()), body_line + entry.first.Mark().line, entry.second, body_line,
                     front_matter.fields);
    }
  } catch (const YAML::Exception& error) {
    front_matter.errors.push_back({body_line + std::max(0, error.mark.line),
                                   "malformed YAML front matter: " + error.msg});
  }
}

std::string toml_value_text(const toml::node& node) {
  if (auto text = node.value<std::string>()) return *text;
  std::ostringstream out;
  if (const auto* array = node.as_array()) {
    for (const auto& element : *array) out << (out.tellp() > 0 ? ", " : "") << toml_value_text(element);
    return out.str();
  }
  node.visit([&out](const auto& value) { out << value; });
  return out.str();
}

void add_toml_fields(const toml::table& table, const std::string& prefix, int body_line,
                     std::vector<FrontMatterField>& fields) {
  for (const auto& [key, node] : table) {
    std::string name = key_name(prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str()));
    if (const auto* nested = node.as_table()) {
      add_toml_fields(*nested, name, body_line, fields);
      continue;
    }
    FrontMatterField field{name, toml_value_text(node), {}, body_line - 1 + static_cast<int>(node.source().begin.line)};
    if (const auto* array = node.as_array()) {
      for (const auto& element : *array) field.items.push_back(toml_value_text(element));
    } else {
      field.items.push_back(field.value);
    }
    fields.push_back(std::move(field));
  }
}

void read_toml(std::string_view body, FrontMatter& front_matter) {
  const int body_line = front_matter.first_line + 1;
  try {
    toml::table table = toml::parse(body);
    add_toml_fields(table, "", body_line, front_matter.fields);
  } catch (const toml::parse_error& error) {
    front_matter.errors.push_back({body_line - 1 + static_cast<int>(error.source().begin.line),
                                   "malformed TOML front matter: " + std::string(error.description())});
  }
}

// A thematic break at the top of a document also reads "---"; front matter starts with a key.
bool starts_with_key(std::string_view body) {
  std::size_t start = body.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return true;  // empty front matter
  std::string_view line = line_at(body, start);
  if (line.front() == '#' || line.front() == '[') return true;  // a comment or a TOML table
  std::size_t colon = line.find_first_of(":=");
  if (colon == std::string_view::npos || colon == 0) return false;
  for (char c : line.substr(0, colon)) {
    bool key_char = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ' ' ||
                    c == '"' || c == '\'' || c == '.';
    if (!key_char) return false;
  }
  return true;
}

void blank_lines(std::string& text, std::size_t end) {
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

}  // namespace

FrontMatter take_front_matter(std::string& text) {
  FrontMatter front_matter;
  for (auto [fence, format] : {std::pair{std::string_view("---"), FrontMatter::Format::yaml},
                               std::pair{std::string_view("+++"), FrontMatter::Format::toml}}) {
    auto fences = find_fences(text, fence);
    if (!fences) continue;
    std::string_view body = std::string_view(text).substr(fences->body_begin, fences->body_end - fences->body_begin);
    if (!starts_with_key(body)) continue;
    front_matter.format = format;
    front_matter.first_line = 1;
    front_matter.last_line = fences->closing_line;
    if (format == FrontMatter::Format::yaml) {
      read_yaml(body, front_matter);
    } else {
      read_toml(body, front_matter);
    }
    blank_lines(text, fences->block_end);
    break;
  }
  return front_matter;
}

}  // namespace pm
