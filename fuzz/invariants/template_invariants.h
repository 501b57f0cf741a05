#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "invariants/schema_validator.h"

namespace pm::fuzz {

// What must hold for any bytes given as a template (`--template`): a spec or an error, never an
// exception; a spec whose JSON validates against schemas/template.schema.json and can be
// described; and a post-mortem started from it (as `new` does) that parses and lints with
// findings inside the file.
class TemplateInvariants {
 public:
  TemplateInvariants();
  std::vector<std::string> check(std::string_view bytes) const;

 private:
  SchemaValidator schema_;
};

}  // namespace pm::fuzz
