#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

namespace pm {

// Where a value is written: the line and column (1-based) of its key, or of the item itself
// inside a list, and its dotted name ("options.whys", "include[2]") for messages.
struct YamlPlace {
  int line = 0;
  int column = 0;
  std::string key;
};

// A YAML document as JSON, keeping keys in file order, plus the place of every value by JSON
// pointer ("" for the whole document). An empty document (or only comments) is null.
struct YamlJson {
  nlohmann::ordered_json value;
  std::map<std::string, YamlPlace> places;
};

// Why the text could not become JSON; line 0 when no line applies.
struct YamlProblem {
  int line = 0;
  std::string key;
  std::string message;
};

// How a key is shown in dotted names and messages: as written, or JSON-quoted when it would
// otherwise be invisible or break the line (empty, surrounding spaces, control characters).
std::string key_label(std::string_view key);

// Reads one YAML document. Plain scalars are typed by the YAML 1.2 core schema, so `off` and `no`
// stay strings (YAML 1.1 would make them false) while `5`, `true` and `~` do not; quoted scalars
// are always strings. Rejects what JSON cannot say or what is almost certainly a mistake:
// binary or non-UTF-8 text, several documents, keys that are not plain text, duplicate keys.
std::variant<YamlJson, YamlProblem> yaml_to_json(std::string_view text);

}  // namespace pm
