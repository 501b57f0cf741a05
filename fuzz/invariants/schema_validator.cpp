#include "invariants/schema_validator.h"

#include <stdexcept>

// Must agree with every other translation unit that includes valijson (set by CMake).
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "support/embedded_files.h"

namespace pm::fuzz {

// The schema's own JSON stays beside the compiled form, which may refer into it.
struct SchemaValidator::Compiled {
  nlohmann::json document;
  valijson::Schema schema;
};

SchemaValidator SchemaValidator::embedded(std::string_view path) {
  const auto text = find_embedded_file(path);
  if (!text) throw std::runtime_error(std::string(path) + " is not built into this program");
  return SchemaValidator(*text);
}

SchemaValidator::SchemaValidator(std::string_view schema_text)
    : compiled_(std::make_unique<Compiled>()) {
  compiled_->document = nlohmann::json::parse(schema_text);
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  // No fetch callbacks: a remote "$ref" throws instead of reaching the network.
  parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(compiled_->document),
                        compiled_->schema);
}

SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;
SchemaValidator& SchemaValidator::operator=(SchemaValidator&&) noexcept = default;
SchemaValidator::~SchemaValidator() = default;

std::vector<std::string> SchemaValidator::violations(const nlohmann::json& document) const {
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  if (validator.validate(compiled_->schema, valijson::adapters::NlohmannJsonAdapter(document),
                         &results))
    return {};
  std::vector<std::string> lines;
  for (const auto& error : results) {
    std::string pointer;
    for (const auto& part : error.context) {
      if (part != "<root>") pointer += "/" + part;
    }
    lines.push_back(pointer + ": " + error.description);
  }
  if (lines.empty()) lines.emplace_back(": does not satisfy the schema");
  return lines;
}

}  // namespace pm::fuzz
