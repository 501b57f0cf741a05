#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "template/template_spec.h"

namespace pm {

// The texts inside the square brackets of a template value, in order: "[Name] - [YYYY-MM-DD]"
// gives "Name" and "YYYY-MM-DD". Links ("[text](url)") and task boxes ("[ ]", "[x]") are not
// placeholders.
std::vector<std::string_view> bracketed_texts(std::string_view value);

// The alternatives a placeholder offers, split on '/' or '|' and trimmed: "P0 / P1 / P2" gives
// P0, P1, P2. Empty when there are fewer than two.
std::vector<std::string> placeholder_alternatives(std::string_view inner);

// What a placeholder asks for: "YYYY-MM-DD" a date, "XX hours YY minutes" a duration,
// "Draft / Published" one of its alternatives, anything else free text.
FieldSpec::Type placeholder_type(std::string_view inner);

}  // namespace pm
