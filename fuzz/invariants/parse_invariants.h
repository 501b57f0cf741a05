#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "invariants/schema_validator.h"

namespace pm::fuzz {

// What must hold for any bytes given to the parser: it returns a model or a located failure
// (never throws), the model's JSON serialises, validates against schemas/postmortem.schema.json
// and points only at lines the document has.
class ParseInvariants {
 public:
  ParseInvariants();
  // One line per broken invariant; empty when all hold.
  std::vector<std::string> check(std::string_view bytes) const;

 private:
  SchemaValidator schema_;
};

}  // namespace pm::fuzz
