#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pm::fuzz {

// A JSON Schema (draft-07) compiled once and applied to many documents: a fuzz target checks
// every input against the same schema, and compiling it per input would dominate the run.
class SchemaValidator {
 public:
  // Throws std::runtime_error when the schema is not built into the program or not usable: that
  // is a defect of the build, never of an input.
  static SchemaValidator embedded(std::string_view path);  // e.g. "schemas/postmortem.schema.json"

  explicit SchemaValidator(std::string_view schema_text);
  SchemaValidator(SchemaValidator&&) noexcept;
  SchemaValidator& operator=(SchemaValidator&&) noexcept;
  ~SchemaValidator();

  // One line per failed constraint, "<pointer>: <description>"; empty when `document` conforms.
  std::vector<std::string> violations(const nlohmann::json& document) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace pm::fuzz
