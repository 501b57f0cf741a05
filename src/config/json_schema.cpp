#include "config/json_schema.h"

#include <algorithm>
#include <exception>

// valijson reports a broken schema with abort() unless it may throw. CMake defines this for the
// whole project; every translation unit including valijson must agree on it.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace pm {
namespace {

void append_escaped_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (const char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

std::string unescape_token(std::string_view token) {
  std::string text;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      text += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      text += token[i];
    }
  }
  return text;
}

// valijson describes a location as {"<root>", "[options]", "[whys]"}; a key and an array index
// look alike ("[0]"), which is harmless because a pointer token does not distinguish them either.
std::string pointer_from_context(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (const std::string& element : context) {
    if (element == "<root>") continue;
    const bool bracketed = element.size() >= 2 && element.front() == '[' && element.back() == ']';
    tokens.push_back(bracketed ? element.substr(1, element.size() - 2) : element);
  }
  return to_json_pointer(tokens);
}

SchemaViolation invalid_schema(std::string_view reason) {
  return {"", std::string(invalid_schema_prefix) + std::string(reason)};
}

void add_unless_present(std::vector<SchemaViolation>& violations, SchemaViolation violation) {
  const bool present =
      std::any_of(violations.begin(), violations.end(), [&](const SchemaViolation& existing) {
        return existing.pointer == violation.pointer && existing.message == violation.message;
      });
  if (!present) violations.push_back(std::move(violation));
}

}  // namespace

std::string to_json_pointer(const std::vector<std::string>& tokens) {
  std::string pointer;
  for (const std::string& token : tokens) append_escaped_token(pointer, token);
  return pointer;
}

std::vector<std::string> json_pointer_tokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  std::size_t start = pointer.front() == '/' ? 1 : 0;
  while (true) {
    const std::size_t slash = pointer.find('/', start);
    tokens.push_back(unescape_token(pointer.substr(start, slash - start)));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return tokens;
}

std::vector<SchemaViolation> validate_against_schema(const nlohmann::json& document,
                                                     std::string_view schema_text) {
  const nlohmann::json schema_document = nlohmann::json::parse(schema_text, nullptr, false);
  if (schema_document.is_discarded()) return {invalid_schema("not valid JSON")};

  valijson::Schema schema;
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    // Without fetch callbacks a remote "$ref" throws here instead of reaching the network.
    parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(schema_document), schema);
  } catch (const std::exception& error) {
    return {invalid_schema(error.what())};
  }

  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  bool valid = false;
  try {
    valid = validator.validate(schema, valijson::adapters::NlohmannJsonAdapter(document), &results);
  } catch (const std::exception& error) {  // e.g. a "pattern" std::regex cannot compile
    return {invalid_schema(error.what())};
  }

  std::vector<SchemaViolation> violations;
  for (const valijson::ValidationResults::Error& error : results) {
    add_unless_present(violations, {pointer_from_context(error.context), error.description});
  }
  if (!valid && violations.empty()) violations.push_back({"", "does not satisfy the schema"});
  return violations;
}

}  // namespace pm
