#pragma once

#include <string>
#include <string_view>

namespace pm {

// The canonical key of a known post-mortem section ("timeline", "action_items", ...) for a
// heading title as teams write it; empty when the title names no known section.
std::string canonical_section_key(std::string_view title);

}  // namespace pm
