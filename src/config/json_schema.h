#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

// One constraint `document` failed. `pointer` is an RFC 6901 JSON pointer to the offending value
// ("" for the document itself, "/options/whys" for a nested one); `message` is valijson's text.
struct SchemaViolation {
  std::string pointer;
  std::string message;
};

inline constexpr std::string_view invalid_schema_prefix = "invalid schema: ";

// Checks `document` against the JSON Schema (draft-07) in `schema_text`. Empty when it conforms;
// otherwise one entry per failed constraint, duplicates removed. A failure inside a nested value
// is also reported for each enclosing value, so callers wanting the precise cause should prefer
// the deepest pointers. Only references inside the schema ("#/definitions/...") are followed:
// nothing is fetched. Taking the text rather than a path lets callers use a schema compiled into
// the binary as easily as one read from disk. A schema that is not JSON or cannot be used gives a
// single violation with pointer "" and a message starting with `invalid_schema_prefix`: that is
// a defect of the schema, not of the document.
std::vector<SchemaViolation> validate_against_schema(const nlohmann::json& document,
                                                     std::string_view schema_text);

// RFC 6901 conversions: {"options", "a/b"} <-> "/options/a~1b".
std::string to_json_pointer(const std::vector<std::string>& tokens);
std::vector<std::string> json_pointer_tokens(std::string_view pointer);

}  // namespace pm
