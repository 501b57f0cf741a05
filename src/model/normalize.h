#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/incident.h"

namespace pm {

// "P1", "p1", "SEV1", "Sev-1", "S1", "Critical", "High", "Medium", "Low" -> "P0".."P4";
// null when no mapping is clear.
std::optional<std::string> normalize_severity(std::string_view text);

// Status words and emoji: "🟢 Done", "completed", "✅", "🟡 In Progress", "🔄", "🔴 Not Started",
// "todo", "❌", "[x]".
ActionStatus normalize_action_status(std::string_view text);

// Ticket references in text: "PAY-812", "#123", "GH-5", and http(s) URLs.
std::vector<std::string> find_ticket_references(std::string_view text);

// Drops leading and trailing emoji, symbols and markup left in a value: "✅ RESOLVED" -> "RESOLVED".
std::string strip_symbols(std::string_view text);

// "Ana Ruiz, @bo and Chen Li" -> {"Ana Ruiz", "@bo", "Chen Li"}.
std::vector<std::string> split_names(std::string_view text);

// Text left as the template gave it: "[Name]", "[YYYY-MM-DD]", "{{ name }}", "TBD", "TODO", "XX hours".
bool is_placeholder(std::string_view text);

}  // namespace pm
