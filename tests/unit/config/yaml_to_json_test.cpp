#include "config/yaml_to_json.h"

#include <doctest/doctest.h>

#include <string>
#include <variant>

namespace {

using Json = nlohmann::ordered_json;

pm::YamlJson converted(std::string_view text) {
  auto result = pm::yaml_to_json(text);
  if (const auto* problem = std::get_if<pm::YamlProblem>(&result)) {
    FAIL("line " << problem->line << ": " << problem->message);
  }
  return std::get<pm::YamlJson>(result);
}

Json scalar(std::string_view text) {
  return converted("v: " + std::string(text) + "\n").value.at("v");
}

TEST_CASE("plain scalars follow the YAML 1.2 core schema") {
  CHECK(scalar("off") == Json("off"));
  CHECK(scalar("no") == Json("no"));
  CHECK(scalar("yes") == Json("yes"));
  CHECK(scalar("true") == Json(true));
  CHECK(scalar("False") == Json(false));
  CHECK(scalar("~").is_null());
  CHECK(scalar("null").is_null());
  CHECK(scalar("").is_null());
  CHECK(scalar("5") == Json(5));
  CHECK(scalar("-12") == Json(-12));
  CHECK(scalar("+7") == Json(7));
  CHECK(scalar("0x1F") == Json(31));
  CHECK(scalar("0o17") == Json(15));
  CHECK(scalar("2.5") == Json(2.5));
  CHECK(scalar("1e3") == Json(1000.0));
  CHECK(scalar(".5") == Json(0.5));
  CHECK(scalar("99999999999999999999").is_number_float());
  CHECK(scalar(".inf") == Json(".inf"));  // JSON has no infinity
  CHECK(scalar("P0") == Json("P0"));
  CHECK(scalar("1.2.3") == Json("1.2.3"));
  CHECK(scalar("0x") == Json("0x"));
}

TEST_CASE("quoted, block and !!str scalars are always strings") {
  CHECK(scalar("\"5\"") == Json("5"));
  CHECK(scalar("'true'") == Json("true"));
  CHECK(scalar("!!str 5") == Json("5"));
  CHECK(converted("v: |\n  5\n").value.at("v") == Json("5\n"));
}

TEST_CASE("keys keep file order and every value keeps its place") {
  const pm::YamlJson yaml =
      converted("zeta: 1\nalpha:\n  beta: [x, y]\n  list:\n    - a\n    - b\n");
  CHECK(yaml.value.dump() == R"({"zeta":1,"alpha":{"beta":["x","y"],"list":["a","b"]}})");
  CHECK(yaml.places.at("").line == 1);
  CHECK(yaml.places.at("/zeta").line == 1);
  CHECK(yaml.places.at("/alpha").line == 2);
  CHECK(yaml.places.at("/alpha/beta").line == 3);
  CHECK(yaml.places.at("/alpha/beta").column == 3);
  CHECK(yaml.places.at("/alpha/beta/1").line == 3);
  CHECK(yaml.places.at("/alpha/list/1").line == 6);
  CHECK(yaml.places.at("/alpha/list/1").key == "alpha.list[1]");
  CHECK(yaml.places.at("/alpha/beta").key == "alpha.beta");
}

TEST_CASE("keys with / and ~ are escaped in pointers but not in names") {
  const pm::YamlJson yaml = converted("map:\n  SEV/A: P0\n  a~b: P1\n");
  CHECK(yaml.places.at("/map/SEV~1A").key == "map.SEV/A");
  CHECK(yaml.places.at("/map/a~0b").line == 3);
}

TEST_CASE("an empty document is null") {
  CHECK(converted("").value.is_null());
  CHECK(converted("# comment\n").value.is_null());
}

TEST_CASE("keys that are not text are rejected") {
  const auto result = pm::yaml_to_json("? [a, b]\n: c\n");
  REQUIRE(std::holds_alternative<pm::YamlProblem>(result));
  CHECK(std::get<pm::YamlProblem>(result).line == 1);
}

TEST_CASE("alias bombs are cut off") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  std::string previous = "a";
  for (char name = 'b'; name <= 'h'; ++name) {
    text += std::string(1, name) + ": &" + name + " [";
    for (int copy = 0; copy < 10; ++copy) text += (copy ? ", *" : "*") + previous;
    text += "]\n";
    previous = std::string(1, name);
  }
  const auto result = pm::yaml_to_json(text);
  REQUIRE(std::holds_alternative<pm::YamlProblem>(result));
  CHECK(std::get<pm::YamlProblem>(result).message == "too many values; is this the right file?");
}

TEST_CASE("deep nesting is cut off") {
  const std::string text = "v: " + std::string(40, '[') + std::string(40, ']') + "\n";
  const auto result = pm::yaml_to_json(text);
  REQUIRE(std::holds_alternative<pm::YamlProblem>(result));
  CHECK(std::get<pm::YamlProblem>(result).message == "nested too deeply");
}

}  // namespace
