#include "schema_check.h"

#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <utility>

// Without this valijson reports schema and validation failures with abort().
// Every translation unit that includes valijson must agree on this value (ODR).
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#ifndef PM_SOURCE_DIR
#error "PM_SOURCE_DIR must be defined as the project root (a string literal)"
#endif

namespace pm::test {
namespace {

struct LoadedSchema {
  nlohmann::json document;  // kept alive alongside the parsed schema
  valijson::Schema schema;
};

valijson::SchemaParser::Version draft_of(const nlohmann::json& schema_document) {
  std::string uri;
  if (schema_document.is_object()) {
    const auto it = schema_document.find("$schema");
    if (it != schema_document.end() && it->is_string()) uri = it->get<std::string>();
  }
  if (uri.find("draft-03") != std::string::npos) return valijson::SchemaParser::kDraft3;
  if (uri.find("draft-04") != std::string::npos) return valijson::SchemaParser::kDraft4;
  return valijson::SchemaParser::kDraft7;  // valijson's newest; also used for draft-06 and later
}

std::unique_ptr<LoadedSchema> load_schema(const std::string& schema_path) {
  std::ifstream in(schema_path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open schema file " + schema_path);
  std::ostringstream text;
  text << in.rdbuf();

  auto loaded = std::make_unique<LoadedSchema>();
  loaded->document = nlohmann::json::parse(text.str());
  valijson::SchemaParser parser(draft_of(loaded->document));
  const valijson::adapters::NlohmannJsonAdapter adapter(loaded->document);
  // No fetch/free callbacks: remote "$ref"s make populateSchema throw instead of going online.
  parser.populateSchema(adapter, loaded->schema);
  return loaded;
}

// Parses each schema once per process. Failed loads are not cached.
const LoadedSchema& cached_schema(const std::string& schema_path) {
  struct Cache {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<LoadedSchema>> schemas;
  };
  static Cache cache;

  const std::lock_guard<std::mutex> lock(cache.mutex);
  auto it = cache.schemas.find(schema_path);
  if (it == cache.schemas.end()) {
    it = cache.schemas.emplace(schema_path, load_schema(schema_path)).first;
  }
  return *it->second;
}

void append_pointer_token(std::string& pointer, std::string_view token) {
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

// valijson's context is {"<root>", "[key]", "[0]", ...}; RFC 6901 wants "/key/0".
std::string json_pointer(const std::vector<std::string>& context) {
  std::string pointer;
  for (const std::string& element : context) {
    if (element == "<root>") continue;
    std::string_view token = element;
    if (token.size() >= 2 && token.front() == '[' && token.back() == ']') {
      token = token.substr(1, token.size() - 2);
    }
    append_pointer_token(pointer, token);
  }
  return pointer;
}

}  // namespace

std::vector<std::string> schema_errors(const nlohmann::json& document,
                                       const std::string& schema_path) {
  const LoadedSchema* loaded = nullptr;
  try {
    loaded = &cached_schema(schema_path);
  } catch (const std::exception& error) {
    return {"<schema>: cannot load " + schema_path + ": " + error.what()};
  }

  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  const valijson::adapters::NlohmannJsonAdapter target(document);
  bool valid = false;
  try {
    valid = validator.validate(loaded->schema, target, &results);
  } catch (const std::exception& error) {
    return {"<validator>: validation aborted: " + std::string(error.what())};
  }

  std::vector<std::string> errors;
  for (const valijson::ValidationResults::Error& error : results) {
    std::string line = json_pointer(error.context) + ": " + error.description;
    bool seen = false;
    for (const std::string& existing : errors) {
      if (existing == line) {
        seen = true;
        break;
      }
    }
    if (!seen) errors.push_back(std::move(line));
  }
  if (!valid && errors.empty()) errors.emplace_back(": document does not satisfy the schema");
  return errors;
}

std::string project_path(std::string_view relative) {
  std::string path = PM_SOURCE_DIR;
  path += '/';
  path += relative;
  return path;
}

}  // namespace pm::test
