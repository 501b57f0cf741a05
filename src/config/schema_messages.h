#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace pm {

// Turns a JSON Schema into words, so that messages about a document follow the schema instead of
// repeating its rules in code. Schemas are ordered_json so that lists of keys keep the order the
// schema author chose. Only what config.schema.json uses is understood: local "$ref", "oneOf" and
// "anyOf", "type" (single or list), "enum", "minimum"/"maximum", "minLength", "items",
// "properties", "patternProperties" and "additionalProperties".

// The subschema governing the value at `tokens` in `document`, or nullptr when the schema does
// not describe it. On the way down "$ref"s are followed and, in a "oneOf"/"anyOf", the branch
// whose type fits the value is taken.
const nlohmann::ordered_json* schema_for_value(const nlohmann::ordered_json& root_schema,
                                               const nlohmann::ordered_json& document,
                                               const std::vector<std::string>& tokens);

// What `schema` accepts, phrased to follow "must be": "an integer ≥ 1",
// "off, info, warning or error", "a list of non-empty strings". When the schema offers
// alternatives, those whose type fits `value` are described, or all of them when none fits.
std::string describe_expected(const nlohmann::ordered_json& root_schema,
                              const nlohmann::ordered_json& schema,
                              const nlohmann::ordered_json& value);

// The string values of the "enum"s describe_expected would mention, for "did you mean" hints.
std::vector<std::string> expected_words(const nlohmann::ordered_json& root_schema,
                                        const nlohmann::ordered_json& schema,
                                        const nlohmann::ordered_json& value);

// A value as a message shows it: "\"five\"", "0", "true", "a list", "an empty mapping", "nothing".
std::string describe_value(const nlohmann::ordered_json& value);

// "a", "a or b", "a, b or c".
std::string join_alternatives(const std::vector<std::string>& words);

// A key that an object schema with "additionalProperties": false does not allow.
struct UnknownKey {
  std::vector<std::string> tokens;   // path to the key itself; the last token is the key
  std::vector<std::string> allowed;  // the names the schema lists, in schema order
};

// Every unknown key in `document`, in document order.
std::vector<UnknownKey> find_unknown_keys(const nlohmann::ordered_json& root_schema,
                                          const nlohmann::ordered_json& document);

}  // namespace pm
