#include "config/json_schema.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/embedded_files.h"
#include "support/run_command.h"

namespace {

using nlohmann::json;
using pm::SchemaViolation;
using pm::validate_against_schema;

constexpr const char* small_schema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "name": { "type": "string", "minLength": 1 },
    "limits": {
      "type": "object",
      "additionalProperties": false,
      "properties": { "count": { "$ref": "#/definitions/positive" } }
    },
    "tags": { "type": "array", "items": { "type": "string" } }
  },
  "definitions": { "positive": { "type": "integer", "minimum": 1 } }
})json";

bool has_pointer(const std::vector<SchemaViolation>& violations, const std::string& pointer) {
  for (const SchemaViolation& violation : violations) {
    if (violation.pointer == pointer) return true;
  }
  return false;
}

std::string config_schema_text() {
  return pm::test::read_text(std::string(PM_SOURCE_DIR) + "/schemas/config.schema.json");
}

TEST_CASE("a conforming document has no violations") {
  const json document = {{"name", "x"}, {"limits", {{"count", 3}}}, {"tags", {"a", "b"}}};
  CHECK(validate_against_schema(document, small_schema).empty());
  CHECK(validate_against_schema(json::object(), small_schema).empty());
}

TEST_CASE("violations point at the offending value") {
  const auto nested = validate_against_schema({{"limits", {{"count", 0}}}}, small_schema);
  CHECK(has_pointer(nested, "/limits/count"));

  const auto wrong_type = validate_against_schema({{"limits", {{"count", "five"}}}}, small_schema);
  CHECK(has_pointer(wrong_type, "/limits/count"));

  const auto item = validate_against_schema({{"tags", {"a", 2}}}, small_schema);
  CHECK(has_pointer(item, "/tags/1"));

  const auto unknown = validate_against_schema({{"nmae", "x"}}, small_schema);
  CHECK(has_pointer(unknown, ""));
  for (const SchemaViolation& violation : unknown) CHECK_FALSE(violation.message.empty());
}

TEST_CASE("integers are not numbers written as strings or floats") {
  CHECK(has_pointer(validate_against_schema({{"limits", {{"count", "5"}}}}, small_schema),
                    "/limits/count"));
  CHECK(has_pointer(validate_against_schema({{"limits", {{"count", 2.5}}}}, small_schema),
                    "/limits/count"));
}

TEST_CASE("an unusable schema is reported as such, never thrown") {
  const auto not_json = validate_against_schema(json::object(), "{ not json");
  REQUIRE(not_json.size() == 1);
  CHECK(not_json[0].pointer.empty());
  CHECK(not_json[0].message.rfind(pm::invalid_schema_prefix, 0) == 0);

  // A remote reference is never fetched.
  const auto remote = validate_against_schema(
      json::object(), R"({"$ref": "https://example.com/other.schema.json"})");
  REQUIRE(remote.size() == 1);
  CHECK(remote[0].message.rfind(pm::invalid_schema_prefix, 0) == 0);

  const auto bad_pattern =
      validate_against_schema(json("x"), R"({"type": "string", "pattern": "[unclosed"})");
  REQUIRE(bad_pattern.size() == 1);
  CHECK(bad_pattern[0].message.rfind(pm::invalid_schema_prefix, 0) == 0);
}

TEST_CASE("JSON pointers escape ~ and / and round-trip") {
  CHECK(pm::to_json_pointer({}).empty());
  CHECK(pm::to_json_pointer({"options", "whys"}) == "/options/whys");
  CHECK(pm::to_json_pointer({"a/b", "c~d", ""}) == "/a~1b/c~0d/");
  CHECK(pm::json_pointer_tokens("").empty());
  CHECK(pm::json_pointer_tokens("/a~1b/c~0d/") == std::vector<std::string>{"a/b", "c~d", ""});
  CHECK(pm::json_pointer_tokens("/~01") == std::vector<std::string>{"~1"});
}

// --- schemas/config.schema.json itself ---

void check_every_level(const json& schema, const std::string& where) {
  if (!schema.is_object()) return;
  const bool describes_objects =
      schema.contains("properties") || schema.contains("patternProperties") ||
      (schema.contains("type") &&
       (schema["type"] == "object" ||
        (schema["type"].is_array() && std::find(schema["type"].begin(), schema["type"].end(),
                                                "object") != schema["type"].end())));
  if (describes_objects) {
    INFO(where);
    CHECK(schema.value("additionalProperties", json(true)) == json(false));
  }
  for (const char* keyword : {"properties", "patternProperties", "definitions"}) {
    if (!schema.contains(keyword)) continue;
    for (const auto& [name, child] : schema[keyword].items()) {
      const std::string path = where + "/" + keyword + "/" + name;
      INFO(path);
      CHECK(child.contains("description"));
      check_every_level(child, path);
    }
  }
  if (schema.contains("items")) check_every_level(schema["items"], where + "/items");
  if (schema.contains("oneOf")) {
    for (std::size_t index = 0; index < schema["oneOf"].size(); ++index) {
      check_every_level(schema["oneOf"][index], where + "/oneOf/" + std::to_string(index));
    }
  }
}

TEST_CASE("the config schema is draft-07, closed and described at every level") {
  const json schema = json::parse(config_schema_text());
  CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
  CHECK(schema.contains("description"));
  check_every_level(schema, "");
}

TEST_CASE("the config schema is usable by the validator") {
  const std::string text = config_schema_text();
  CHECK(validate_against_schema(json::object(), text).empty());
  CHECK(validate_against_schema({{"options", {{"whys", 3}}}}, text).empty());
  CHECK(has_pointer(validate_against_schema({{"options", {{"whys", 0}}}}, text), "/options/whys"));
}

TEST_CASE("the binary embeds the current config schema") {
  const auto embedded = pm::find_embedded_file("schemas/config.schema.json");
  REQUIRE(embedded.has_value());
  CHECK(std::string(*embedded) == config_schema_text());
}

}  // namespace
