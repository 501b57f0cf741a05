#include "config/schema_messages.h"

#include <regex>
#include <string_view>

namespace pm {
namespace {

using Json = nlohmann::ordered_json;

std::string join_words(const std::vector<std::string>& words, std::string_view conjunction) {
  std::string text;
  for (std::size_t index = 0; index < words.size(); ++index) {
    if (index > 0) {
      text += index + 1 == words.size() ? " " + std::string(conjunction) + " " : ", ";
    }
    text += words[index];
  }
  return text;
}

// A schema whose "$ref"s lead back to themselves would otherwise loop forever.
constexpr int max_reference_hops = 16;

const Json* follow_references(const Json& root, const Json* schema) {
  for (int hop = 0; schema && hop < max_reference_hops; ++hop) {
    if (!schema->is_object()) return nullptr;
    const auto reference = schema->find("$ref");
    if (reference == schema->end()) return schema;
    if (!reference->is_string()) return nullptr;
    const std::string& target = reference->get_ref<const std::string&>();
    if (target.empty() || target.front() != '#') return nullptr;  // only local references
    try {
      schema = &root.at(Json::json_pointer(target.substr(1)));
    } catch (const Json::exception&) {
      return nullptr;
    }
  }
  return nullptr;
}

const Json* member(const Json& schema, std::string_view name) {
  const auto found = schema.find(name);
  return found == schema.end() ? nullptr : &*found;
}

bool value_has_type(const Json& value, std::string_view type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  return false;
}

std::vector<std::string> type_names(const Json& schema) {
  const Json* type = member(schema, "type");
  if (!type) return {};
  if (type->is_string()) return {type->get<std::string>()};
  std::vector<std::string> names;
  if (type->is_array()) {
    for (const Json& name : *type) {
      if (name.is_string()) names.push_back(name.get<std::string>());
    }
  }
  return names;
}

bool type_fits(const Json& schema, const Json& value) {
  const std::vector<std::string> names = type_names(schema);
  if (names.empty()) return true;  // no "type": any kind of value may do
  for (const std::string& name : names) {
    if (value_has_type(value, name)) return true;
  }
  return false;
}

const Json* alternatives_of(const Json& schema) {
  for (const char* keyword : {"oneOf", "anyOf"}) {
    const Json* branches = member(schema, keyword);
    if (branches && branches->is_array()) return branches;
  }
  return nullptr;
}

std::vector<const Json*> resolved_branches(const Json& root, const Json& branches) {
  std::vector<const Json*> resolved;
  for (const Json& branch : branches) {
    if (const Json* schema = follow_references(root, &branch)) resolved.push_back(schema);
  }
  return resolved;
}

// The alternatives of `schema` that apply to `value`: the branches whose type fits, all of them
// when none does, and `schema` itself when it offers no alternatives.
std::vector<const Json*> applicable_schemas(const Json& root, const Json& schema,
                                            const Json& value) {
  const Json* resolved = follow_references(root, &schema);
  if (!resolved) return {};
  const Json* branches = alternatives_of(*resolved);
  if (!branches) return {resolved};
  const std::vector<const Json*> all = resolved_branches(root, *branches);
  std::vector<const Json*> fitting;
  for (const Json* branch : all) {
    if (type_fits(*branch, value)) fitting.push_back(branch);
  }
  return fitting.empty() ? all : fitting;
}

// The one schema to descend through for `value`: the first applicable alternative.
const Json* governing_schema(const Json& root, const Json& schema, const Json& value) {
  const std::vector<const Json*> schemas = applicable_schemas(root, schema, value);
  if (schemas.empty()) return nullptr;
  const Json* chosen = schemas.front();
  // A fitting branch may itself offer alternatives; descend until one remains.
  return alternatives_of(*chosen) ? governing_schema(root, *chosen, value) : chosen;
}

bool pattern_matches(const std::string& pattern, const std::string& text) {
  try {
    return std::regex_search(text, std::regex(pattern, std::regex::ECMAScript));
  } catch (const std::regex_error&) {
    return false;  // a pattern this library cannot read matches nothing, as in valijson
  }
}

const Json* property_schema(const Json& object_schema, const std::string& name) {
  if (const Json* properties = member(object_schema, "properties")) {
    if (const Json* found = member(*properties, name)) return found;
  }
  if (const Json* patterns = member(object_schema, "patternProperties")) {
    for (const auto& [pattern, schema] : patterns->items()) {
      if (pattern_matches(pattern, name)) return &schema;
    }
  }
  const Json* additional = member(object_schema, "additionalProperties");
  return additional && additional->is_object() ? additional : nullptr;
}

bool forbids_other_keys(const Json& object_schema) {
  const Json* additional = member(object_schema, "additionalProperties");
  return additional && additional->is_boolean() && !additional->get<bool>();
}

std::vector<std::string> listed_property_names(const Json& object_schema) {
  std::vector<std::string> names;
  if (const Json* properties = member(object_schema, "properties")) {
    for (const auto& [name, schema] : properties->items()) names.push_back(name);
  }
  return names;
}

const Json* child_schema(const Json& root, const Json& schema, const Json& value,
                         const std::string& token) {
  const Json* governing = governing_schema(root, schema, value);
  if (!governing) return nullptr;
  if (value.is_object()) return property_schema(*governing, token);
  if (value.is_array()) {
    const Json* items = member(*governing, "items");
    return items && items->is_object() ? items : nullptr;
  }
  return nullptr;
}

const Json* child_value(const Json& value, const std::string& token) {
  if (value.is_object()) {
    const auto found = value.find(token);
    return found == value.end() ? nullptr : &*found;
  }
  if (value.is_array()) {
    std::size_t index = 0;
    for (const Json& element : value) {
      if (std::to_string(index++) == token) return &element;
    }
  }
  return nullptr;
}

std::string number_text(const Json& number) { return number.dump(); }

std::string describe_number(const Json& schema, const std::string& noun) {
  const Json* minimum = member(schema, "minimum");
  const Json* maximum = member(schema, "maximum");
  if (minimum && maximum) {
    return noun + " from " + number_text(*minimum) + " to " + number_text(*maximum);
  }
  if (minimum) return noun + " ≥ " + number_text(*minimum);
  if (maximum) return noun + " ≤ " + number_text(*maximum);
  return noun;
}

bool requires_text(const Json& schema) {
  const Json* min_length = member(schema, "minLength");
  return min_length && min_length->is_number() && min_length->get<double>() >= 1;
}

std::string describe_schema(const Json& root, const Json& schema);

std::string describe_list(const Json& root, const Json& schema) {
  const Json* items = member(schema, "items");
  const Json* item_schema = items ? follow_references(root, items) : nullptr;
  if (!item_schema) return "a list";
  const bool plain_strings = type_names(*item_schema) == std::vector<std::string>{"string"} &&
                             !member(*item_schema, "enum");
  if (plain_strings)
    return requires_text(*item_schema) ? "a list of non-empty strings" : "a list of strings";
  return "a list whose every item is " + describe_schema(root, *item_schema);
}

std::string describe_mapping(const Json& root, const Json& schema) {
  const std::vector<std::string> names = listed_property_names(schema);
  if (!names.empty()) return "a mapping with keys among " + join_words(names, "and");
  const Json* value_schema = nullptr;
  if (const Json* patterns = member(schema, "patternProperties")) {
    if (!patterns->empty()) value_schema = &patterns->begin().value();
  }
  if (!value_schema) {
    const Json* additional = member(schema, "additionalProperties");
    if (additional && additional->is_object()) value_schema = additional;
  }
  if (!value_schema) return "a mapping";
  const Json* resolved = follow_references(root, value_schema);
  return resolved ? "a mapping of names to " + describe_schema(root, *resolved) : "a mapping";
}

std::string describe_type(const Json& root, const Json& schema, const std::string& type) {
  if (type == "integer") return describe_number(schema, "an integer");
  if (type == "number") return describe_number(schema, "a number");
  if (type == "string") return requires_text(schema) ? "a non-empty string" : "a string";
  if (type == "boolean") return "true or false";
  if (type == "array") return describe_list(root, schema);
  if (type == "object") return describe_mapping(root, schema);
  return type;
}

std::string enum_text(const Json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string describe_schemas(const Json& root, const std::vector<const Json*>& schemas) {
  std::string text;
  for (const Json* schema : schemas) {
    if (!text.empty()) text += ", or ";
    text += describe_schema(root, *schema);
  }
  return text;
}

std::string describe_schema(const Json& root, const Json& schema) {
  if (const Json* branches = alternatives_of(schema)) {
    return describe_schemas(root, resolved_branches(root, *branches));
  }
  if (const Json* values = member(schema, "enum"); values && values->is_array()) {
    std::vector<std::string> words;
    for (const Json& value : *values) words.push_back(enum_text(value));
    return join_alternatives(words);
  }
  std::vector<std::string> types;
  for (const std::string& type : type_names(schema)) {
    // An absent value is allowed as a convenience for empty sections; no need to advertise it.
    if (type != "null") types.push_back(describe_type(root, schema, type));
  }
  if (types.empty()) return "a valid value";
  return join_alternatives(types);
}

void collect_unknown_keys(const Json& root, const Json* schema, const Json& value,
                          std::vector<std::string>& tokens, std::vector<UnknownKey>& found) {
  if (!schema || !(value.is_object() || value.is_array())) return;
  const Json* governing = governing_schema(root, *schema, value);
  if (!governing) return;
  if (value.is_array()) {
    const Json* items = member(*governing, "items");
    std::size_t index = 0;
    for (const Json& element : value) {
      tokens.push_back(std::to_string(index++));
      collect_unknown_keys(root, items && items->is_object() ? items : nullptr, element, tokens,
                           found);
      tokens.pop_back();
    }
    return;
  }
  for (const auto& [name, element] : value.items()) {
    tokens.push_back(name);
    const Json* element_schema = property_schema(*governing, name);
    if (!element_schema && forbids_other_keys(*governing)) {
      found.push_back({tokens, listed_property_names(*governing)});
    } else {
      collect_unknown_keys(root, element_schema, element, tokens, found);
    }
    tokens.pop_back();
  }
}

}  // namespace

const Json* schema_for_value(const Json& root_schema, const Json& document,
                             const std::vector<std::string>& tokens) {
  const Json* schema = &root_schema;
  const Json* value = &document;
  for (const std::string& token : tokens) {
    schema = child_schema(root_schema, *schema, *value, token);
    value = child_value(*value, token);
    if (!schema || !value) return nullptr;
  }
  return schema;
}

std::string describe_expected(const Json& root_schema, const Json& schema, const Json& value) {
  const std::string text =
      describe_schemas(root_schema, applicable_schemas(root_schema, schema, value));
  return text.empty() ? "a valid value" : text;
}

std::vector<std::string> expected_words(const Json& root_schema, const Json& schema,
                                        const Json& value) {
  std::vector<std::string> words;
  for (const Json* applicable : applicable_schemas(root_schema, schema, value)) {
    const Json* values = member(*applicable, "enum");
    if (!values || !values->is_array()) continue;
    for (const Json& word : *values) {
      if (word.is_string()) words.push_back(word.get<std::string>());
    }
  }
  return words;
}

std::string describe_value(const Json& value) {
  // Long strings are cut so that one bad value cannot swamp the message.
  constexpr std::size_t longest_shown = 60;
  if (value.is_null()) return "nothing";
  if (value.is_array()) return value.empty() ? "an empty list" : "a list";
  if (value.is_object()) return value.empty() ? "an empty mapping" : "a mapping";
  if (!value.is_string()) return value.dump();
  std::string text = value.get<std::string>();
  if (text.size() > longest_shown) {
    std::size_t cut = longest_shown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string join_alternatives(const std::vector<std::string>& words) {
  return join_words(words, "or");
}

std::vector<UnknownKey> find_unknown_keys(const Json& root_schema, const Json& document) {
  std::vector<UnknownKey> found;
  std::vector<std::string> tokens;
  collect_unknown_keys(root_schema, &root_schema, document, tokens, found);
  return found;
}

}  // namespace pm
